/**
 * The input of the model: a scenario as plain data.
 *
 * The language package lowers a checked `.threat` file to this shape; tests and the data
 * importer may build it directly. Nothing here knows about text, files or ranges: facts are
 * identified by the states they concern, so a change proposed by the model (a counterfactual,
 * a what-if) can be mapped back to source text by whoever owns the text.
 */

/** A state's identifier as written in the scenario (`Germany`, `Austria-Hungary`). */
export type StateId = string;

/** Which theory a prediction or a claim is made under. */
export type Theory = 'threat' | 'power';

/** The four sources of threat in Walt's theory. */
export type Factor = 'power' | 'proximity' | 'offense' | 'intent';
/** The four factors of Walt's threat score, in the order every table lists them. */
export const FACTORS: readonly Factor[] = ['power', 'proximity', 'offense', 'intent'];

/** The six components of the Correlates of War composite index (CINC). */
export type CincComponent = 'milex' | 'milper' | 'irst' | 'pec' | 'tpop' | 'upop';
/** The CINC components in Correlates of War's order. */
export const CINC_COMPONENTS: readonly CincComponent[] = ['milex', 'milper', 'irst', 'pec', 'tpop', 'upop'];

/** The two components of the economic power measure. */
export type EconomyComponent = 'gdp' | 'milex';
/** The economic measure's components: GDP and military spending. */
export const ECONOMY_COMPONENTS: readonly EconomyComponent[] = ['gdp', 'milex'];

/**
 * Aggregate power as declared. A share is used as it stands; components are turned into a
 * share of the scenario's total by the model (see `docs/model.md`, "Aggregate power").
 */
export type PowerInput =
  | { readonly kind: 'share'; readonly share: number }
  | { readonly kind: 'cinc'; readonly components: Readonly<Record<CincComponent, number>> }
  | { readonly kind: 'economy'; readonly components: Readonly<Record<EconomyComponent, number>> }
  | { readonly kind: 'missing' };

/** How far a state can project power: a named level or a distance in km at which its strength halves. */
export type Reach =
  { readonly kind: 'level'; readonly level: ReachLevel } | { readonly kind: 'km'; readonly km: number };
/** How far a state projects power, as a named level (each stands for a distance in km). */
export type ReachLevel = 'local' | 'regional' | 'global';

/** A point on the globe in degrees (a capital). */
export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

/**
 * Everything a scenario states about one state: name, power, offense, intent, capital, reach and
 * whether it is a great power.
 */
export interface StateFacts {
  readonly id: StateId;
  /** Display name; the identifier when none was given. */
  readonly name: string;
  readonly power: PowerInput;
  /** Offensive capability in [0, 1]; absent means the model's default. */
  readonly offense?: number;
  /** Declared intent in [0, 1] as seen by everyone without a perception of their own. */
  readonly intent?: number;
  readonly capital?: GeoPoint;
  readonly reach?: Reach;
  /** A major (great) power in the Correlates of War sense. */
  readonly major: boolean;
}

/**
 * A geographic fact about a pair of states. `land` is a shared land border; `sea` a water
 * crossing of `km`; `distance` an explicit distance between the two (capital to capital
 * unless the author says otherwise).
 */
export type GeoLink =
  | { readonly kind: 'land'; readonly a: StateId; readonly b: StateId }
  | { readonly kind: 'sea'; readonly a: StateId; readonly b: StateId; readonly km: number }
  | { readonly kind: 'distance'; readonly a: StateId; readonly b: StateId; readonly km: number };

/** What `observer` believes about `target`'s intentions, in [0, 1]. */
export interface Perception {
  readonly observer: StateId;
  readonly target: StateId;
  readonly intent: number;
}

/** The kinds of alliance treaty ATOP distinguishes, plus an entente without a treaty. */
export type AllianceKind = 'defense' | 'offense' | 'neutrality' | 'nonaggression' | 'entente';
/** Every alliance kind, in the order the language's documentation lists them. */
export const ALLIANCE_KINDS: readonly AllianceKind[] = [
  'defense',
  'offense',
  'neutrality',
  'nonaggression',
  'entente',
];

/**
 * A declared alliance: a name, a kind, a year and its members. Declared alliances are judged
 * against the prediction, never fed into it.
 */
export interface Alliance {
  readonly name: string;
  readonly kind: AllianceKind;
  readonly year?: number;
  readonly members: readonly StateId[];
}

/**
 * A claim the author expects to hold. `balances`, `bandwagons` and `neutral` are about the
 * subject's predicted strategy; `threatens-more` says `subject` threatens `observer` more
 * than `other` does. A negated claim holds when the plain one does not.
 */
export type Claim =
  | {
      readonly kind: 'balances';
      readonly subject: StateId;
      readonly target: StateId;
      readonly negated: boolean;
      readonly theory: Theory;
    }
  | {
      readonly kind: 'bandwagons';
      readonly subject: StateId;
      readonly target: StateId;
      readonly negated: boolean;
      readonly theory: Theory;
    }
  | {
      readonly kind: 'neutral';
      readonly subject: StateId;
      readonly negated: boolean;
      readonly theory: Theory;
    }
  | {
      readonly kind: 'threatens-more';
      readonly subject: StateId;
      readonly observer: StateId;
      readonly other: StateId;
      readonly negated: boolean;
      readonly theory: Theory;
    };

/**
 * The model's whole input as plain data: states, geographic links, perceptions, alliances,
 * settings and claims.
 */
export interface Scenario {
  readonly title: string;
  readonly year?: number;
  readonly sources: readonly string[];
  /** The scenario is set during a war: Walt's wartime condition for bandwagoning applies. */
  readonly wartime: boolean;
  readonly states: readonly StateFacts[];
  readonly links: readonly GeoLink[];
  readonly perceptions: readonly Perception[];
  readonly alliances: readonly Alliance[];
  /** Settings the author overrode; everything else takes the defaults in `settings.ts`. */
  readonly settings: Readonly<Partial<Record<SettingName, number>>>;
  readonly claims: readonly Claim[];
}

// Imported last to keep the scenario types first in the file; the cycle is type-only.
import type { SettingName } from './settings.js';
