/**
 * How the product says a strategy: "balances against Germany", "bandwagons with Empire",
 * "stays neutral". The one table of strategy words; the renderers, the editor's code lens and
 * hover, the CLI and the bot all word predictions through it.
 *
 * A new strategy is added to `Strategy` and then here: `STRATEGY_WORDS` is a record over every
 * strategy, so the compiler points at this file until the new one has its words.
 */
import type { Prediction, Strategy } from './explanation.js';
import type { StateId } from './scenario.js';

/** The words for one strategy. */
export interface StrategyWords {
  /** Third person, no object: "balances", "bandwagons", "stays neutral". */
  readonly verb: string;
  /**
   * The word that joins the verb to its target ("against", "with"); absent for a strategy
   * that has no target, whose verb is then the whole phrase.
   */
  readonly preposition?: string;
  /** The noun for the behaviour, as in "balancing is more common": "balancing". */
  readonly noun: string;
}

/** The words for every strategy. */
export const STRATEGY_WORDS: Readonly<Record<Strategy, StrategyWords>> = {
  balance: { verb: 'balances', preposition: 'against', noun: 'balancing' },
  bandwagon: { verb: 'bandwagons', preposition: 'with', noun: 'bandwagoning' },
  neutral: { verb: 'stays neutral', noun: 'neutrality' },
};

/** Said of a target the caller does not name. */
const UNNAMED_TARGET = 'its main threat';

/**
 * A strategy as a verb phrase with its target's display name: "balances against Germany",
 * "bandwagons with Empire", "stays neutral".
 *
 * @param target the target's display name; "its main threat" when absent
 */
export function strategyPhrase(strategy: Strategy, target: string | undefined): string {
  const words = STRATEGY_WORDS[strategy];
  if (words.preposition === undefined) return words.verb;
  return `${words.verb} ${words.preposition} ${target ?? UNNAMED_TARGET}`;
}

/** Options of `predictionPhrase`. */
export interface PredictionPhraseOptions {
  /**
   * Name the partners a balancer stands with ("... with France, Russia"). A bandwagoner's
   * partner is its target, which the phrase already names.
   */
  readonly partners?: boolean;
}

/**
 * A prediction as a verb phrase, with display names from `name` (see `stateNamer`):
 * "balances against Germany with France, Russia", "bandwagons with Germany", "stays neutral".
 */
export function predictionPhrase(
  prediction: Pick<Prediction, 'strategy' | 'target' | 'partners'>,
  name: (id: StateId | undefined) => string,
  options: PredictionPhraseOptions = {},
): string {
  const phrase = strategyPhrase(
    prediction.strategy,
    prediction.target === undefined ? undefined : name(prediction.target),
  );
  if (!options.partners || prediction.strategy !== 'balance') return phrase;
  const partners = prediction.partners.filter((p) => p !== prediction.target).map((p) => name(p));
  return partners.length > 0 ? `${phrase} with ${partners.join(', ')}` : phrase;
}

/**
 * Whether two predictions say the same thing: the same strategy against or with the same
 * target. Partners are left out: the theories disagree when a state turns elsewhere, not when
 * its company changes.
 */
export function samePrediction(
  a: Pick<Prediction, 'strategy' | 'target'>,
  b: Pick<Prediction, 'strategy' | 'target'>,
): boolean {
  return a.strategy === b.strategy && a.target === b.target;
}
