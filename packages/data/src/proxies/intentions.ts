/**
 * Intentions, declared and perceived, from two records that precede the year:
 *
 * - Militarized Interstate Disputes (Ghosn, Palmer & Bremer 2004) active in the window of
 *   `disputeWindowYears` before the year, each weighted by how recent it is (the weight halves
 *   every `disputeHalfLifeYears`) and by the state's hostility level, (h - 1) / 4: 0 for no
 *   militarized action, 1 for war.
 *   - Declared intent (what every observer without a record of its own sees): the state's
 *     record as a revisionist, S = sum of weight x hostility over disputes where it sought to
 *     change the status quo. intent = 0.3 + 0.6 (1 - e^(-S/2)): status quo with no record,
 *     approaching hostile (0.9) with repeated wars of revision (`recordScale` is the 2).
 *   - Perceived intent (per observer, the data being dyadic by side): the hostility the target
 *     showed in disputes against the observer, D = sum of weight x hostility, halved when the
 *     target was not the revisionist (it may have been defending itself). The observer sees
 *     0.3 + 0.6 (1 - e^(-(S + 2D)/2)).
 * - ATOP alliances in force on 1 January that name a state as the threat (Leeds et al. 2002):
 *   each member perceives that state at least as revisionist (0.7).
 *
 * Only the years before the imported one are used, so a back-test never predicts an alliance
 * from the dispute or the treaty it answered.
 */
import type { ImportedPerception, Noted } from '../imported-system.js';
import type { Disputes, DisputeParticipation } from '../sources/disputes.js';
import type { AtopAlliance, MembershipSpell } from '../sources/atop.js';
import { startOfYear, yearOf } from '../day.js';
import { roundTo } from '../number-text.js';
import { HOSTILITY_LEVELS, PROXY_PARAMETERS as P } from './parameters.js';

export interface IntentionContext {
  readonly year: number;
  /** Selected COW codes. */
  readonly codes: ReadonlySet<number>;
  readonly nameOf: (ccode: number) => string;
  readonly idOf: (ccode: number) => string;
  readonly disputes: Disputes;
  readonly alliances: readonly AtopAlliance[];
  readonly members: readonly MembershipSpell[];
}

export interface Intentions {
  readonly declared: ReadonlyMap<number, Noted<number>>;
  readonly perceptions: readonly ImportedPerception[];
}

interface Record {
  total: number;
  count: number;
  latest: number;
  highest: number;
}

const emptyRecord = (): Record => ({ total: 0, count: 0, latest: 0, highest: 0 });

export function deriveIntentions(context: IntentionContext): Intentions {
  const { year, codes } = context;
  const firstYear = year - P.disputeWindowYears;
  const lastYear = year - 1;
  const active = activeParticipations(context.disputes, firstYear, lastYear);

  // Declared: each selected state's record as a revisionist.
  const revision = new Map<number, Record>();
  for (const p of active) {
    if (!p.revisionist || !codes.has(p.ccode)) continue;
    add(revision, p.ccode, p, year);
  }

  // Perceived: hostility each target showed towards each observer on the other side.
  const hostility = new Map<number, Record>();
  const byDispute = participantsByDispute(context.disputes);
  for (const target of active) {
    if (!codes.has(target.ccode)) continue;
    for (const observer of byDispute.get(target.dispute) ?? []) {
      if (observer.sideA === target.sideA || observer.ccode === target.ccode || !codes.has(observer.ccode))
        continue;
      add(hostility, observer.ccode * 1000 + target.ccode, target, year);
    }
  }

  const coverage = coverageNote(context.disputes.lastYear, firstYear, lastYear);
  const declared = new Map<number, Noted<number>>();
  for (const ccode of codes) {
    const record = revision.get(ccode) ?? emptyRecord();
    const value = intentFrom(record.total);
    const note =
      record.count === 0
        ? `no revisionist MID active ${firstYear}-${lastYear}: status quo${coverage}`
        : `revisionist in ${plural(record.count, 'MID')} active ${firstYear}-${lastYear} (latest ${record.latest}, highest hostility: ${HOSTILITY_LEVELS[record.highest]}), S = ${record.total.toFixed(2)}${coverage}`;
    declared.set(ccode, { value, note });
  }

  const named = namedThreats(context);
  const pairs = new Set<number>([...hostility.keys(), ...named.keys()]);
  const perceptions: ImportedPerception[] = [];
  for (const key of [...pairs].sort((a, b) => a - b)) {
    const observer = Math.floor(key / 1000);
    const target = key % 1000;
    const record = hostility.get(key);
    const S = revision.get(target)?.total ?? 0;
    let value = intentFrom(S + P.dyadicWeight * (record?.total ?? 0));
    const notes: string[] = [];
    if (record) {
      notes.push(
        `${plural(record.count, 'MID')} with ${context.nameOf(target)} active ${firstYear}-${lastYear} (latest ${record.latest}; its highest hostility: ${HOSTILITY_LEVELS[record.highest]}), D = ${record.total.toFixed(2)}`,
      );
    }
    const treaties = named.get(key);
    if (treaties && value < P.namedThreatIntent) value = P.namedThreatIntent;
    if (treaties)
      notes.push(
        `${treaties.map((t) => `ATOP ${t.id} (${yearOf(t.start)})`).join(', ')} ${treaties.length > 1 ? 'name' : 'names'} ${context.nameOf(target)} as the threat`,
      );
    if (!treaties && value === declared.get(target)?.value) continue;
    perceptions.push({
      observer: context.idOf(observer),
      target: context.idOf(target),
      intent: value,
      note: notes.join('; '),
    });
  }
  return { declared, perceptions };
}

const BY_DISPUTE = new WeakMap<Disputes, Map<number, DisputeParticipation[]>>();

/** The participants of each dispute, indexed once per data set (a back-test asks every year). */
function participantsByDispute(disputes: Disputes): Map<number, DisputeParticipation[]> {
  let index = BY_DISPUTE.get(disputes);
  if (!index) {
    index = new Map();
    for (const p of disputes.participations) {
      const list = index.get(p.dispute);
      if (list) list.push(p);
      else index.set(p.dispute, [p]);
    }
    BY_DISPUTE.set(disputes, index);
  }
  return index;
}

/** Participations active at some time in [first, last]. */
function activeParticipations(disputes: Disputes, first: number, last: number): DisputeParticipation[] {
  return disputes.participations.filter((p) => p.startYear <= last && p.endYear >= first);
}

function add(records: Map<number, Record>, key: number, p: DisputeParticipation, year: number): void {
  const lastActive = Math.min(p.endYear, year - 1);
  const age = year - lastActive;
  const weight = 0.5 ** ((age - 1) / P.disputeHalfLifeYears);
  const hostility = (p.hostility - 1) / 4;
  const record = records.get(key) ?? emptyRecord();
  // Keyed records for observer-target pairs discount a non-revisionist target; `revision` only holds revisionists.
  const stance = p.revisionist ? 1 : P.defensiveHostility;
  record.total += weight * hostility * stance;
  record.count += 1;
  record.latest = Math.max(record.latest, lastActive);
  record.highest = Math.max(record.highest, p.hostility);
  records.set(key, record);
}

/** 0.3 + 0.6 (1 - e^(-x/2)), rounded to two decimals. */
export function intentFrom(x: number): number {
  return roundTo(
    P.baselineIntent + P.intentRange * (1 - Math.exp(-Math.max(0, x) / P.recordScale)),
    P.unitDecimals,
  );
}

/** For each observer-target pair (observer*1000+target): the alliances in force on 1 January that name the target. */
function namedThreats(context: IntentionContext): Map<number, AtopAlliance[]> {
  const day = startOfYear(context.year);
  const result = new Map<number, AtopAlliance[]>();
  const inForce = new Map<number, AtopAlliance>();
  for (const a of context.alliances) {
    if (a.namedThreats.length > 0 && a.start < day && a.end >= day) inForce.set(a.id, a);
  }
  if (inForce.size === 0) return result;
  const membersOf = new Map<number, number[]>();
  for (const spell of context.members) {
    if (!inForce.has(spell.alliance) || spell.start >= day || spell.end < day) continue;
    const list = membersOf.get(spell.alliance);
    if (list) list.push(spell.ccode);
    else membersOf.set(spell.alliance, [spell.ccode]);
  }
  for (const [id, alliance] of inForce) {
    const members = membersOf.get(id) ?? [];
    for (const observer of members) {
      if (!context.codes.has(observer)) continue;
      for (const target of alliance.namedThreats) {
        if (target === observer || !context.codes.has(target) || members.includes(target)) continue;
        const key = observer * 1000 + target;
        const list = result.get(key);
        if (list) list.push(alliance);
        else result.set(key, [alliance]);
      }
    }
  }
  return result;
}

function coverageNote(dataLastYear: number, first: number, last: number): string {
  if (first > dataLastYear) return `; MID 3.10 ends in ${dataLastYear}, so no dispute record is known`;
  if (last > dataLastYear) return `; MID 3.10 ends in ${dataLastYear}`;
  return '';
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
