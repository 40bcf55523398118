/**
 * The list of the checker's checks, in the order their reports read best.
 */
import type { Check } from './check-context.js';
import { checkFacts } from './check-facts.js';
import { checkHeader } from './check-header.js';
import { checkNames } from './check-names.js';
import { checkPower } from './check-power.js';
import { checkSettings } from './check-settings.js';
import { checkValues } from './check-values.js';
import { checkVariants } from './check-variants.js';

/** Every check, in the order their reports read best (names first, model-level last). */
export const CHECKS: readonly Check[] = [
  checkNames,
  checkHeader,
  checkValues,
  checkPower,
  checkFacts,
  checkSettings,
  checkVariants,
];

export type { Check, CheckContext } from './check-context.js';
export { settingName } from './check-settings.js';
