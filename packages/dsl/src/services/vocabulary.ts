/**
 * The words of the language by role, for completion, hovers and semantic tokens. The grammar
 * is the authority (grammar/threat.peggy); a test checks these lists against what it accepts.
 */
import { ALLIANCE_KINDS, FACTORS, INTENT_LEVELS, OFFENSE_LEVELS, SETTING_DESCRIPTORS } from '@threatlab/core';
import { KNOWN_COMPONENTS } from '../power-measure.js';
import { REACH_LEVELS } from '../values.js';

/** The keywords a top-level statement starts with. */
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
/** The attributes of a state block. */
export const ATTRIBUTES = ['power', 'offense', 'intent', 'capital', 'reach', 'major'] as const;
/** The entries of a scenario header. */
export const HEADER_ENTRIES = ['year', 'source', 'wartime'] as const;
/** The offense level words, from core's levels. */
export const OFFENSE_WORDS = Object.keys(OFFENSE_LEVELS);
/** The intent level words, from core's levels. */
export const INTENT_WORDS = Object.keys(INTENT_LEVELS);
/** The reach level words. */
export const REACH_WORDS: readonly string[] = REACH_LEVELS;
/** The alliance kind words, from core. */
export const ALLIANCE_KIND_WORDS: readonly string[] = ALLIANCE_KINDS;
/** The power component words. */
export const COMPONENT_WORDS = KNOWN_COMPONENTS;
/** The threat factor words. */
export const FACTOR_WORDS: readonly string[] = FACTORS;
/** The setting names offered by completion (the `weight-*` ones are completed from `weight`). */
export const SETTING_WORDS = SETTING_DESCRIPTORS.map((d) => d.name).filter((n) => !n.startsWith('weight-'));
/** What a variant's `remove` statement can remove. */
export const REMOVABLE = ['alliance', 'border', 'sea', 'distance', 'perception'] as const;
/** The units a distance may be written in. */
export const LENGTH_UNITS = ['km', 'mi', 'nm'] as const;

/** Settings measured in kilometres, which take a length unit. */
export const KM_SETTINGS: ReadonlySet<string> = new Set(
  SETTING_DESCRIPTORS.filter((d) => d.kind === 'km').map((d) => d.name),
);
