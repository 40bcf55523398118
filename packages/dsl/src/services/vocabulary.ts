/**
 * The words of the language by role, for completion, hovers and semantic tokens. The grammar
 * is the authority (grammar/threat.peggy); a test checks these lists against what it accepts.
 */
import { ALLIANCE_KINDS, FACTORS, INTENT_LEVELS, OFFENSE_LEVELS, SETTING_DESCRIPTORS } from '@threatlab/core';
import { KNOWN_COMPONENTS } from '../power-measure.js';
import { REACH_LEVELS } from '../values.js';

export const STATEMENT_KEYWORDS = [
  'scenario',
  'import',
  'state',
  'border',
  'sea',
  'distance',
  'alliance',
  'expect',
  'settings',
  'variant',
  'remove',
] as const;
export const ATTRIBUTES = ['power', 'offense', 'intent', 'capital', 'reach', 'major'] as const;
export const HEADER_ENTRIES = ['year', 'source', 'wartime'] as const;
export const OFFENSE_WORDS = Object.keys(OFFENSE_LEVELS);
export const INTENT_WORDS = Object.keys(INTENT_LEVELS);
export const REACH_WORDS: readonly string[] = REACH_LEVELS;
export const ALLIANCE_KIND_WORDS: readonly string[] = ALLIANCE_KINDS;
export const COMPONENT_WORDS = KNOWN_COMPONENTS;
export const FACTOR_WORDS: readonly string[] = FACTORS;
export const SETTING_WORDS = SETTING_DESCRIPTORS.map((d) => d.name).filter((n) => !n.startsWith('weight-'));
export const REMOVABLE = ['alliance', 'border', 'sea', 'distance', 'perception'] as const;
export const LENGTH_UNITS = ['km', 'mi', 'nm'] as const;

/** Settings measured in kilometres, which take a length unit. */
export const KM_SETTINGS: ReadonlySet<string> = new Set(
  SETTING_DESCRIPTORS.filter((d) => d.kind === 'km').map((d) => d.name),
);
