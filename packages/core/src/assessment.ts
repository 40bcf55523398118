/**
 * Threat assessments as the explanation shows them: the score, the rank, and each factor with
 * its weight, share and the fact it rests on in words.
 */
import type { FactorContribution, ThreatAssessment } from './explanation.js';
import { FACTORS, type Factor } from './scenario.js';
import { INTENT_LEVELS, OFFENSE_LEVELS } from './levels.js';
import { powerFactor } from './factors.js';
import { factorShares, type FactorWeights } from './threat-score.js';
import type { ModelInputs } from './model-inputs.js';
import { fixed, km, possessive } from './format.js';

/**
 * The assessment of `target` by `observer`, given its score and the rank the caller computed.
 * The factors, with their sentences, are written on first read: a ranked list holds one
 * assessment per state and most readers look at the first two. The getter is an own enumerable
 * property of a plain object, so JSON.stringify, spreading and deep equality all see it.
 */
export function buildAssessment(
  inputs: ModelInputs,
  weights: FactorWeights,
  score: number,
  observer: number,
  target: number,
  rank: number,
): ThreatAssessment {
  let factors: FactorContribution[] | undefined;
  return {
    observer: inputs.table.ids[observer]!,
    target: inputs.table.ids[target]!,
    score,
    rank,
    get factors() {
      return (factors ??= factorsOf(inputs, weights, observer, target));
    },
  };
}

function factorsOf(
  inputs: ModelInputs,
  weights: FactorWeights,
  observer: number,
  target: number,
): FactorContribution[] {
  const n = inputs.table.size;
  const values: Record<Factor, number> = {
    power: powerFactor(inputs.power[observer]!, inputs.power[target]!),
    proximity: inputs.geography.proximity[observer * n + target]!,
    offense: inputs.intentions.offense[target]!,
    intent: inputs.intentions.intentOf(observer, target),
  };
  const shares = factorShares(weights, values);
  return FACTORS.map((factor) => ({
    factor,
    value: values[factor],
    weight: weights[factor],
    share: shares[factor],
    basis: basisOf(inputs, factor, observer, target),
  }));
}

function basisOf(inputs: ModelInputs, factor: Factor, observer: number, target: number): string {
  switch (factor) {
    case 'power':
      return powerBasis(inputs, observer, target);
    case 'proximity':
      return proximityBasis(inputs, observer, target);
    case 'offense':
      return offenseBasis(inputs, target);
    case 'intent':
      return intentBasis(inputs, observer, target);
  }
}

const POWER_ORIGIN = {
  share: '',
  cinc: ', shares derived from CINC components',
  economy: ', shares derived from GDP and military spending',
  missing: '',
} as const;

function powerBasis(inputs: ModelInputs, observer: number, target: number): string {
  const names = inputs.table.names;
  const source = inputs.powerSources[target]!;
  const missing = [observer, target]
    .filter((i) => inputs.powerSources[i] === 'missing')
    .map((i) => names[i]!);
  const note = missing.length > 0 ? `; no power given for ${missing.join(' and ')}` : POWER_ORIGIN[source];
  return `${names[target]} ${fixed(inputs.power[target]!, 3)} against ${names[observer]} ${fixed(inputs.power[observer]!, 3)}${note}`;
}

function reachText(inputs: ModelInputs, target: number): string {
  const reach = inputs.table.facts[target]!.reach;
  const kmText = km(inputs.geography.reach[target]!);
  if (reach?.kind === 'level') return `${reach.level} reach (${kmText})`;
  if (reach?.kind === 'km' && Number.isFinite(reach.km) && reach.km > 0) return `reach ${kmText}`;
  return `regional reach by default (${kmText})`;
}

function proximityBasis(inputs: ModelInputs, observer: number, target: number): string {
  const distance = inputs.geography.distanceOf(observer, target);
  const reach = reachText(inputs, target);
  switch (inputs.geography.sourceOf(observer, target)) {
    case 'land':
      return 'land border';
    case 'sea': {
      const crossing = inputs.settings['sea-crossing'];
      return `sea crossing of ${km(distance - crossing)} plus ${km(crossing)} for water; ${reach}`;
    }
    case 'distance':
      return `stated distance of ${km(distance)}; ${reach}`;
    case 'capitals':
      return `capitals ${km(distance)} apart; ${reach}`;
    case 'default':
      return `no border, distance or capitals: ${km(distance)} assumed; ${reach}`;
    case 'self':
      return 'same state';
  }
}

/** "high (0.80)" when the value is a named level, else the number. */
function levelText(value: number, levels: Readonly<Record<string, number>>): string {
  const name = Object.keys(levels).find((level) => levels[level] === value);
  return name === undefined ? fixed(value) : `${name} (${fixed(value)})`;
}

function offenseBasis(inputs: ModelInputs, target: number): string {
  const value = inputs.intentions.offense[target]!;
  return inputs.intentions.offenseSource(target) === 'declared'
    ? `declared ${levelText(value, OFFENSE_LEVELS)}`
    : `not declared: default ${fixed(value)}`;
}

function intentBasis(inputs: ModelInputs, observer: number, target: number): string {
  const value = inputs.intentions.intentOf(observer, target);
  const level = levelText(value, INTENT_LEVELS);
  switch (inputs.intentions.intentSource(observer, target)) {
    case 'perceived':
      return `${possessive(inputs.table.names[observer]!)} perception: ${level}`;
    case 'declared':
      return `declared ${level}`;
    case 'default':
      return `not declared: default ${level}`;
  }
}
