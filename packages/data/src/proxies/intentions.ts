/**
 * Intentions, Walt's fourth source of threat, as the observer sees them: dyadic. How i sees j
 * comes from hostility between i and j before the date, decaying with age:
 *
 * - militarized disputes (MID 3.10, Ghosn, Palmer & Bremer 2004) in which the two stood on
 *   opposite sides: j's hostility level, halved where j was not the revisionist;
 * - COW inter-state wars (Sarkees & Wayman 2010) fought on opposite sides, each counting as a
 *   war (a MID at the war level between the same pair is the same war and is not counted again);
 * - treaties in force: i's own alliance naming j as the threat (ATOP `statthr`, Leeds et al.
 *   2002), or j's alliance naming i or one of i's defence allies. A named threat lasts as long
 *   as the treaty that named it.
 *
 * What every observer without dyadic evidence sees, the `intent` of the state, is only a weak
 * prior from its record as a revisionist against anyone (at most 0.1 above status quo), and
 * two states bound by a defence pact in force see each other as benign unless the pair's own
 * record says otherwise. Every number comes with the note that explains it.
 *
 * The dispute data end in 2001 and the war data in 2007: for later dates the records are
 * taken as they stood when the data end (not decayed further, since no record is not no
 * dispute), and the notes and the import's remarks say so.
 */
import { INTENT_LEVELS } from '@threatlab/core';
import type { ImportedPerception, Noted } from '../imported-system.js';
import { DISPUTES_LAST_DAY, type Disputes, type DisputeParticipation } from '../sources/disputes.js';
import type { AtopAlliance, MembershipSpell } from '../sources/atop.js';
import { WARS_LAST_DAY, type Wars } from '../sources/wars.js';
import { isoDay, yearOf, yearsBetween, type Day } from '../day.js';
import { roundTo } from '../number-text.js';
import { HOSTILITY_LEVELS, PROXY_PARAMETERS as P } from './parameters.js';

export interface IntentionContext {
  /** The day described; only what began before it counts. */
  readonly day: Day;
  /** Selected COW codes. */
  readonly codes: ReadonlySet<number>;
  readonly nameOf: (ccode: number) => string;
  readonly idOf: (ccode: number) => string;
  readonly disputes: Disputes;
  readonly wars: Wars;
  readonly alliances: readonly AtopAlliance[];
  readonly members: readonly MembershipSpell[];
}

export interface Intentions {
  /** Each state's intent as seen without dyadic evidence: the weak prior. */
  readonly declared: ReadonlyMap<number, Noted<number>>;
  readonly perceptions: readonly ImportedPerception[];
  /**
   * The dispute and war record of each pair, observer*1000+target: the evidence alone, before
   * it becomes an intent. The back-test's worst-dispute-opponent baseline reads it.
   */
  readonly records: ReadonlyMap<number, number>;
  /** Sentences on what the data could not cover for this date, for the file and standard error. */
  readonly coverage: readonly string[];
}

interface DyadRecord {
  disputes: number;
  wars: number;
  disputeCount: number;
  warNames: string[];
  latest: number;
  highest: number;
}

export function deriveIntentions(context: IntentionContext): Intentions {
  const { day, codes } = context;
  const disputesAsOf = Math.min(day, DISPUTES_LAST_DAY);
  const warsAsOf = Math.min(day, WARS_LAST_DAY);
  const coverage = coverageRemarks(DISPUTES_LAST_DAY, day);

  const dyads = new Map<number, DyadRecord>();
  const record = (key: number): DyadRecord => {
    let r = dyads.get(key);
    if (!r) {
      r = { disputes: 0, wars: 0, disputeCount: 0, warNames: [], latest: 0, highest: 0 };
      dyads.set(key, r);
    }
    return r;
  };

  // Wars fought on opposite sides, each pair once per war.
  const warPairs = new Map<number, { start: number; end: number }[]>();
  for (const [, sides] of context.wars.byWar) {
    for (const a of sides) {
      const aSpell = spanBefore(a.spells, day);
      if (!aSpell || !codes.has(a.ccode)) continue;
      for (const b of sides) {
        if (b.side === a.side || b.ccode === a.ccode || !codes.has(b.ccode)) continue;
        const bSpell = spanBefore(b.spells, day);
        if (!bSpell) continue;
        const start = Math.max(aSpell.start, bSpell.start);
        const end = Math.min(aSpell.end, bSpell.end);
        const weight = decay(Math.min(end, warsAsOf), warsAsOf);
        const key = a.ccode * 1000 + b.ccode;
        const list = warPairs.get(key) ?? [];
        list.push({ start: yearOf(start), end: yearOf(end) });
        warPairs.set(key, list);
        if (weight === 0) continue;
        const r = record(key);
        r.wars += weight;
        r.warNames.push(`${b.warName} (${yearOf(bSpell.start)})`);
        r.latest = Math.max(r.latest, yearOf(Math.min(end, warsAsOf)));
        r.highest = 5;
      }
    }
  }

  // Disputes on opposite sides; the general revisionist record of each state.
  const revision = new Map<number, number>();
  const firstYear = yearOf(disputesAsOf) - P.disputeWindowYears;
  for (const [, participants] of participantsByDispute(context.disputes)) {
    for (const target of participants) {
      if (target.start >= day || target.endYear < firstYear || !codes.has(target.ccode)) continue;
      const weight = decay(Math.min(target.end, disputesAsOf), disputesAsOf);
      if (weight === 0) continue;
      const hostility = (target.hostility - 1) / 4;
      if (target.revisionist)
        revision.set(target.ccode, (revision.get(target.ccode) ?? 0) + weight * hostility);
      for (const observer of participants) {
        if (observer.sideA === target.sideA || observer.ccode === target.ccode) continue;
        if (!codes.has(observer.ccode) || observer.start >= day) continue;
        const key = observer.ccode * 1000 + target.ccode;
        // A war-level dispute between a pair that fought a COW war then is that war, counted above.
        if (target.hostility === 5 && sameWar(warPairs.get(key), target)) continue;
        const r = record(key);
        r.disputes += weight * hostility * (target.revisionist ? 1 : P.defensiveHostility);
        r.disputeCount++;
        r.latest = Math.max(r.latest, yearOf(Math.min(target.end, disputesAsOf)));
        r.highest = Math.max(r.highest, target.hostility);
      }
    }
  }

  const declared = new Map<number, Noted<number>>();
  for (const ccode of codes) {
    const S = revision.get(ccode) ?? 0;
    const value = roundTo(
      P.baselineIntent + P.priorRange * (1 - Math.exp(-S / P.priorScale)),
      P.unitDecimals,
    );
    const note =
      S === 0
        ? `no revisionist MID against anyone in the ${P.disputeWindowYears} years before ${isoDay(day)}: status quo`
        : `weak prior from its revisionist MIDs against anyone in the ${P.disputeWindowYears} years before ${isoDay(day)} (S = ${S.toFixed(2)}); how each state sees it comes from their own record`;
    declared.set(ccode, { value, note });
  }

  const allies = defenceAllies(context);
  const named = namedThreats(context, allies);
  const keys = new Set<number>([...dyads.keys(), ...named.keys(), ...allies.pairs]);
  const perceptions: ImportedPerception[] = [];
  const records = new Map<number, number>();
  for (const key of [...keys].sort((a, b) => a - b)) {
    const observer = Math.floor(key / 1000);
    const target = key % 1000;
    const r = dyads.get(key);
    const evidence = r ? r.disputes + r.wars : 0;
    if (r && evidence > 0) records.set(key, evidence);
    const allied = allies.pairs.has(key);
    const base = allied ? INTENT_LEVELS.benign : declared.get(target)!.value;
    let value = roundTo(
      base + (INTENT_LEVELS.hostile - base) * (1 - Math.exp(-evidence / P.evidenceScale)),
      P.unitDecimals,
    );
    const notes: string[] = [];
    if (allied) notes.push(`defence pact ${allies.treaty.get(key)} in force`);
    if (r && r.wars > 0) notes.push(`at war on the other side in ${r.warNames.join(', ')}`);
    if (r && r.disputeCount > 0)
      notes.push(
        `${plural(r.disputeCount, 'MID')} against it (latest ${r.latest}; its highest hostility: ${HOSTILITY_LEVELS[r.highest] ?? r.highest})`,
      );
    if (r) notes.push(`record ${evidence.toFixed(2)}`);
    const treaties = named.get(key);
    if (treaties) {
      if (value < P.namedThreatIntent) value = P.namedThreatIntent;
      notes.push(...treaties);
    }
    if (!treaties && !allied && value === declared.get(target)!.value) continue;
    perceptions.push({
      observer: context.idOf(observer),
      target: context.idOf(target),
      intent: value,
      note: notes.join('; '),
    });
  }
  return { declared, perceptions, records, coverage };
}

/** The weight of a record last active on `last`, seen on `asOf`: halves every half-life, none past the window. */
function decay(last: Day, asOf: Day): number {
  const age = yearsBetween(last, asOf);
  if (age > P.disputeWindowYears) return 0;
  return 0.5 ** (age / P.disputeHalfLifeYears);
}

/** The part of a war participation that began before the day: its first start and its last end. */
function spanBefore(
  spells: readonly { readonly start: Day; readonly end: Day }[],
  day: Day,
): { start: Day; end: Day } | undefined {
  const begun = spells.filter((s) => s.start < day);
  if (begun.length === 0) return undefined;
  return { start: begun[0]!.start, end: Math.max(...begun.map((s) => s.end)) };
}

function sameWar(
  wars: readonly { start: number; end: number }[] | undefined,
  p: DisputeParticipation,
): boolean {
  return (wars ?? []).some((w) => w.start <= p.endYear && w.end >= p.startYear);
}

const BY_DISPUTE = new WeakMap<Disputes, Map<number, DisputeParticipation[]>>();

/** The participants of each dispute, indexed once per data set (a back-test asks for many dates). */
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

interface Allies {
  /** observer*1000+target for both orders of every pair bound by a defence pact in force. */
  readonly pairs: ReadonlySet<number>;
  readonly treaty: ReadonlyMap<number, string>;
  /** Each state's defence allies. */
  readonly of: ReadonlyMap<number, readonly number[]>;
}

/** Members of each alliance in force on the day, joined before it. */
function membersInForce(
  context: IntentionContext,
  wanted: (a: AtopAlliance) => boolean,
): Map<AtopAlliance, number[]> {
  const { day } = context;
  const byId = new Map<number, AtopAlliance>();
  for (const a of context.alliances) if (a.start < day && a.end >= day && wanted(a)) byId.set(a.id, a);
  const result = new Map<AtopAlliance, number[]>();
  for (const spell of context.members) {
    const a = byId.get(spell.alliance);
    if (!a || spell.start >= day || spell.end < day) continue;
    const list = result.get(a);
    if (list) list.push(spell.ccode);
    else result.set(a, [spell.ccode]);
  }
  return result;
}

function defenceAllies(context: IntentionContext): Allies {
  const pairs = new Set<number>();
  const treaty = new Map<number, string>();
  const of = new Map<number, number[]>();
  for (const [alliance, members] of membersInForce(context, (a) => a.obligations.defense)) {
    for (const i of members) {
      for (const j of members) {
        if (i === j) continue;
        const key = i * 1000 + j;
        if (!pairs.has(key)) {
          (of.get(i) ?? of.set(i, []).get(i)!).push(j);
          treaty.set(key, `ATOP ${alliance.id} (${yearOf(alliance.start)})`);
        }
        if (context.codes.has(i) && context.codes.has(j)) pairs.add(key);
      }
    }
  }
  return { pairs, treaty, of };
}

/**
 * For each observer-target pair, the treaties in force that make the target a named threat:
 * the observer's own alliance naming it, or the target's alliance naming the observer or one
 * of the observer's defence allies.
 */
function namedThreats(context: IntentionContext, allies: Allies): Map<number, string[]> {
  const result = new Map<number, string[]>();
  const add = (observer: number, target: number, text: string) => {
    if (observer === target || !context.codes.has(observer) || !context.codes.has(target)) return;
    const key = observer * 1000 + target;
    const list = result.get(key) ?? [];
    if (!list.includes(text)) list.push(text);
    result.set(key, list);
  };
  for (const [alliance, members] of membersInForce(context, (a) => a.namedThreats.length > 0)) {
    const label = `ATOP ${alliance.id} (${yearOf(alliance.start)})`;
    for (const threat of alliance.namedThreats) {
      if (members.includes(threat)) continue;
      const aimedAt = [threat, ...(allies.of.get(threat) ?? [])].filter((s) => !members.includes(s));
      for (const member of members) {
        add(member, threat, `${label} names ${context.nameOf(threat)} as the threat`);
        for (const observer of aimedAt)
          add(
            observer,
            member,
            observer === threat
              ? `${label} of ${context.nameOf(member)} names ${context.nameOf(threat)} as the threat`
              : `${label} of ${context.nameOf(member)} names ${context.nameOf(threat)}, an ally, as the threat`,
          );
      }
    }
  }
  return result;
}

function coverageRemarks(disputesLastDay: Day, day: Day): string[] {
  const remarks: string[] = [];
  if (day > disputesLastDay)
    remarks.push(
      `The dispute data (MID 3.10) end on ${isoDay(disputesLastDay)}, before ${isoDay(day)}: disputes are taken as they stood then, not decayed further, and later disputes are unknown.`,
    );
  if (day > WARS_LAST_DAY)
    remarks.push(
      `The war data (COW Inter-State Wars v4.0) end on ${isoDay(WARS_LAST_DAY)}, before ${isoDay(day)}: wars are taken as they stood then, and later wars are unknown.`,
    );
  return remarks;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
