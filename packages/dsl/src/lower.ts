/**
 * Lowering: checked facts to the model's `Scenario`, for the base and for each variant.
 *
 * Lowering is total: it never fails on facts the checker has flagged. A reference to an
 * unknown state drops the fact, a repeated fact keeps its first statement, an out-of-range
 * number is clamped, so that everything valid in a file with errors is still evaluated.
 */
import {
  settingDescriptor,
  type Alliance,
  type AllianceKind,
  type Claim,
  type GeoLink,
  type Perception,
  type PowerInput,
  type Reach,
  type Scenario,
  type SettingName,
  type StateFacts,
  ALLIANCE_KINDS,
} from '@threatlab/core';
import { settingName } from './checks/index.js';
import type { FactSet, Located, ProgramFacts } from './facts.js';
import { classifyComponents } from './power-measure.js';
import type { Program } from './program.js';
import type { SymbolTable } from './symbols.js';
import type { Attribute, ExpectStmt, StateStmt } from './syntax-tree.js';
import { basenameOf } from './uri-path.js';
import { clamp, fractionOf, intentOf, isReachLevel, kilometresOf, offenseOf, pairKey } from './values.js';

/**
 * A scenario built for the model, with the statement behind each claim so that verdicts can be
 * reported where the claim is written.
 */
export interface LoweredScenario {
  readonly scenario: Scenario;
  /** The statement behind each of `scenario.claims`, index for index. */
  readonly claimSources: readonly Located<ExpectStmt>[];
}

/** A variant lowered to a whole scenario: the base with the variant's changes applied. */
export interface LoweredVariant extends LoweredScenario {
  readonly name: string;
}

/** The base scenario and every variant, lowered for the model. */
export interface LoweredProgram {
  readonly base: LoweredScenario;
  readonly variants: readonly LoweredVariant[];
}

/**
 * Builds core's `Scenario` for the base and each variant from a checked program's facts, skipping
 * what the checks found unusable.
 */
export function lowerProgram(program: Program, facts: ProgramFacts, symbols: SymbolTable): LoweredProgram {
  const header = facts.headers[0]?.node;
  const sources: string[] = [];
  for (const { node } of facts.headers) {
    for (const entry of node.entries)
      if (entry.type === 'Source')
        for (const s of entry.values) if (!sources.includes(s.value)) sources.push(s.value);
  }
  let year: number | undefined;
  let wartime = false;
  for (const entry of header?.entries ?? []) {
    if (entry.type === 'Year') year = entry.value.value;
    if (entry.type === 'Wartime') wartime = true;
  }
  const known = new Set(symbols.states.keys());
  const builder = new ScenarioBuilder(known);
  for (const symbol of symbols.states.values()) builder.declare(symbol.statement);
  builder.addFacts(facts.base);
  const title = header?.title.value || basenameOf(program.root);
  const base = builder.build(title, year, sources, wartime);

  const variants: LoweredVariant[] = [];
  const seen = new Set<string>();
  for (const variant of facts.variants) {
    if (seen.has(variant.name)) continue;
    seen.add(variant.name);
    const variantBuilder = builder.copy();
    for (const { node } of variant.facts.states) variantBuilder.override(node);
    variantBuilder.remove(variant.facts);
    variantBuilder.addFacts(variant.facts, true);
    variantBuilder.replaceClaims(variant.facts);
    variants.push({
      name: variant.name,
      ...variantBuilder.build(`${title}: ${variant.name}`, year, sources, wartime),
    });
  }
  return { base, variants };
}

/** Mutable state while lowering; `copy` starts a variant from the base. */
class ScenarioBuilder {
  private states = new Map<string, StateFacts>();
  // One map per kind of link, keyed by the pair: a land border, a sea link and a distance for
  // the same pair are three facts.
  private links: Record<GeoLink['kind'], Map<string, GeoLink>> = {
    land: new Map(),
    sea: new Map(),
    distance: new Map(),
  };
  private perceptions = new Map<string, Perception>();
  private alliances = new Map<string, Alliance>();
  private settings: Partial<Record<SettingName, number>> = {};
  private claims: { claim: Claim; source: Located<ExpectStmt> }[] = [];

  constructor(private readonly known: ReadonlySet<string>) {}

  copy(): ScenarioBuilder {
    const next = new ScenarioBuilder(this.known);
    next.states = new Map(this.states);
    next.links = {
      land: new Map(this.links.land),
      sea: new Map(this.links.sea),
      distance: new Map(this.links.distance),
    };
    next.perceptions = new Map(this.perceptions);
    next.alliances = new Map(this.alliances);
    next.settings = { ...this.settings };
    next.claims = [...this.claims];
    return next;
  }

  declare(statement: StateStmt): void {
    this.states.set(
      statement.id.name,
      applyAttributes(
        {
          id: statement.id.name,
          name: statement.name?.value || statement.id.name,
          power: { kind: 'missing' },
          major: false,
        },
        statement.attrs ?? [],
      ),
    );
  }

  /** A variant's `state X { ... }`: the attributes it gives replace the base's. */
  override(statement: StateStmt): void {
    const current = this.states.get(statement.id.name);
    if (!current) return;
    const renamed = statement.name ? { ...current, name: statement.name.value || current.name } : current;
    this.states.set(statement.id.name, applyAttributes(renamed, statement.attrs ?? []));
  }

  addFacts(facts: FactSet, replace = false): void {
    const put = <T>(map: Map<string, T>, key: string, value: T) => {
      if (replace || !map.has(key)) map.set(key, value);
    };
    for (const { node } of facts.borders) {
      if (this.knownPair(node.a.name, node.b.name))
        put(this.links.land, pairKey(node.a.name, node.b.name), {
          kind: 'land',
          a: node.a.name,
          b: node.b.name,
        });
    }
    for (const { node } of facts.seas) {
      const km = kilometresOf(node.distance);
      if (km !== undefined && this.knownPair(node.a.name, node.b.name)) {
        put(this.links.sea, pairKey(node.a.name, node.b.name), {
          kind: 'sea',
          a: node.a.name,
          b: node.b.name,
          km: Math.max(0, km),
        });
      }
    }
    for (const { node } of facts.distances) {
      const km = kilometresOf(node.distance);
      if (km !== undefined && this.knownPair(node.a.name, node.b.name)) {
        put(this.links.distance, pairKey(node.a.name, node.b.name), {
          kind: 'distance',
          a: node.a.name,
          b: node.b.name,
          km: Math.max(0, km),
        });
      }
    }
    for (const { node } of facts.perceptions) {
      if (!this.knownPair(node.observer.name, node.target.name)) continue;
      const value = node.value ? fractionOf(node.value) : node.level ? intentOf(node.level) : undefined;
      if (value === undefined) continue;
      put(this.perceptions, `${node.observer.name}\u0000${node.target.name}`, {
        observer: node.observer.name,
        target: node.target.name,
        intent: clamp(value, 0, 1),
      });
    }
    for (const { node } of facts.alliances) {
      const members = [...new Set(node.members.map((m) => m.name).filter((m) => this.known.has(m)))];
      const kind = (ALLIANCE_KINDS as readonly string[]).includes(node.kind.word)
        ? (node.kind.word as AllianceKind)
        : 'defense';
      const year = node.year && Number.isInteger(node.year.value) ? node.year.value : undefined;
      put(this.alliances, node.name.value, {
        name: node.name.value,
        kind,
        members,
        ...(year !== undefined ? { year } : {}),
      });
    }
    // Settings: the last value given counts, in the base and in a variant alike.
    for (const { node } of facts.settings) {
      const name = settingName(node);
      const descriptor = settingDescriptor(name);
      if (!descriptor) continue;
      const value =
        descriptor.kind === 'km' ? (kilometresOf(node.value) ?? node.value.value) : node.value.value;
      this.settings[descriptor.name] = clamp(value, descriptor.min, descriptor.max);
    }
    for (const located of facts.claims) {
      const claim = claimOf(located.node, this.known);
      if (claim) this.claims.push({ claim, source: located });
    }
  }

  remove(facts: FactSet): void {
    for (const { node } of facts.removes) {
      if (node.what === 'alliance') {
        if (node.name) this.alliances.delete(node.name.value);
      } else if (node.a && node.b) {
        if (node.what === 'perception') this.perceptions.delete(`${node.a.name}\u0000${node.b.name}`);
        else
          this.links[node.what === 'border' ? 'land' : node.what].delete(pairKey(node.a.name, node.b.name));
      }
    }
  }

  /** A variant is judged by its own claims, not the base's. */
  replaceClaims(facts: FactSet): void {
    this.claims = [];
    for (const located of facts.claims) {
      const claim = claimOf(located.node, this.known);
      if (claim) this.claims.push({ claim, source: located });
    }
  }

  build(
    title: string,
    year: number | undefined,
    sources: readonly string[],
    wartime: boolean,
  ): LoweredScenario {
    const scenario: Scenario = {
      title,
      ...(year !== undefined ? { year } : {}),
      sources,
      wartime,
      states: [...this.states.values()],
      links: [...this.links.land.values(), ...this.links.sea.values(), ...this.links.distance.values()],
      perceptions: [...this.perceptions.values()],
      alliances: [...this.alliances.values()],
      settings: { ...this.settings },
      claims: this.claims.map((c) => c.claim),
    };
    return { scenario, claimSources: this.claims.map((c) => c.source) };
  }

  private knownPair(a: string, b: string): boolean {
    return a !== b && this.known.has(a) && this.known.has(b);
  }
}

/**
 * A state's facts with a block's attributes applied in order (the last of each kind counts).
 * The result is built once with every key in the same order, so all states share one object
 * shape; this is the hottest function when lowering a large scenario.
 */
function applyAttributes(
  state: StateFacts,
  attrs: readonly (Attribute | { type: 'AttrError' })[],
): StateFacts {
  let { power, offense, intent, capital, reach, major } = state;
  for (const attr of attrs) {
    switch (attr.type) {
      case 'Power':
        power = powerOf(attr.value);
        break;
      case 'Offense': {
        const value = offenseOf(attr.value);
        if (value !== undefined) offense = clamp(value, 0, 1);
        break;
      }
      case 'Intent': {
        const value = intentOf(attr.value);
        if (value !== undefined) intent = clamp(value, 0, 1);
        break;
      }
      case 'Capital':
        capital = { lat: clamp(attr.lat.value, -90, 90), lon: clamp(attr.lon.value, -180, 180) };
        break;
      case 'Reach':
        reach = reachOf(attr.value) ?? reach;
        break;
      case 'Major':
        major = true;
        break;
      default:
        break;
    }
  }
  return { id: state.id, name: state.name, power, offense, intent, capital, reach, major };
}

function powerOf(value: Extract<Attribute, { type: 'Power' }>['value']): PowerInput {
  if (value.type === 'Number') {
    const share = fractionOf(value);
    return share === undefined ? { kind: 'missing' } : { kind: 'share', share: clamp(share, 0, 1) };
  }
  const measure = classifyComponents(value);
  if (measure.kind === 'cinc') return { kind: 'cinc', components: measure.values };
  if (measure.kind === 'economy') return { kind: 'economy', components: measure.values };
  return { kind: 'missing' };
}

function reachOf(value: Extract<Attribute, { type: 'Reach' }>['value']): Reach | undefined {
  if (value.type === 'Word')
    return isReachLevel(value.word) ? { kind: 'level', level: value.word } : undefined;
  const km = kilometresOf(value);
  return km !== undefined && km > 0 ? { kind: 'km', km } : undefined;
}

function claimOf(node: ExpectStmt, known: ReadonlySet<string>): Claim | undefined {
  const theory = node.theory?.which ?? 'threat';
  const negated = node.negated;
  const subject = node.subject.name;
  if (!known.has(subject)) return undefined;
  switch (node.verb) {
    case 'balances':
    case 'bandwagons': {
      const target = node.target?.name;
      if (!target || !known.has(target) || target === subject) return undefined;
      return { kind: node.verb, subject, target, negated, theory };
    }
    case 'neutral':
      return { kind: 'neutral', subject, negated, theory };
    case 'threatens': {
      const observer = node.target?.name;
      const other = node.other?.name;
      if (!observer || !other || !known.has(observer) || !known.has(other)) return undefined;
      if (observer === subject || other === subject || observer === other) return undefined;
      return { kind: 'threatens-more', subject, observer, other, negated, theory };
    }
  }
}
