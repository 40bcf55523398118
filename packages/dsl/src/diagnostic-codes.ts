/**
 * Every diagnostic code the language reports, with its default severity and what it means.
 *
 * Codes are stable: users search for them and docs/language.md documents each one under a
 * heading of the same name. A test checks that every code here has a fixture and a section
 * in the docs.
 */
import type { Severity } from './diagnostic.js';

/** A diagnostic code's default severity and a one-line summary of what it means. */
export interface DiagnosticCodeInfo {
  readonly severity: Severity;
  readonly summary: string;
}

/**
 * Every code the language reports, with its default severity; docs/language.md documents each (a
 * test checks both ways).
 */
export const DIAGNOSTIC_CODES = {
  // syntax
  'syntax-error': { severity: 'error', summary: 'the text does not follow the grammar' },
  'unclosed-block': { severity: 'error', summary: 'a `{` has no matching `}`' },
  'unclosed-string': { severity: 'error', summary: 'a quoted name has no closing quote on its line' },
  // names
  'unknown-state': { severity: 'error', summary: 'a state is used but never declared' },
  'duplicate-state': { severity: 'error', summary: 'a state is declared twice' },
  'duplicate-alliance': { severity: 'error', summary: 'two alliances have the same name' },
  'duplicate-variant': { severity: 'error', summary: 'two variants have the same name' },
  // values
  'value-out-of-range': { severity: 'error', summary: 'a number is outside the range its attribute allows' },
  'unknown-level': { severity: 'error', summary: 'a level word the attribute does not know' },
  'unknown-alliance-kind': {
    severity: 'error',
    summary: 'an alliance kind other than defense, offense, neutrality, nonaggression or entente',
  },
  'missing-unit': { severity: 'error', summary: 'a distance without a unit' },
  'wrong-unit': { severity: 'error', summary: 'a unit that does not fit the value' },
  'duplicate-attribute': {
    severity: 'warning',
    summary: 'an attribute given twice in one block; the last one counts',
  },
  // power
  'missing-power': { severity: 'error', summary: 'a state without power' },
  'incomplete-power': {
    severity: 'error',
    summary: 'power components that are neither the six CINC components nor GDP and military spending',
  },
  'unknown-power-component': { severity: 'error', summary: 'a power component the model does not know' },
  'mixed-power-measures': {
    severity: 'warning',
    summary: 'states measure power in different ways, so their shares are not comparable',
  },
  'power-shares-exceed-one': {
    severity: 'warning',
    summary: 'the declared power shares add up to more than the whole system',
  },
  // geography and facts
  'self-reference': {
    severity: 'error',
    summary: 'a state borders, sees, allies with or is compared with itself',
  },
  'duplicate-fact': { severity: 'warning', summary: 'the same fact is stated twice' },
  'contradictory-facts': {
    severity: 'error',
    summary: 'two statements give different values for the same fact',
  },
  'duplicate-member': { severity: 'warning', summary: 'a state is listed twice in one alliance' },
  'alliance-too-small': { severity: 'error', summary: 'an alliance with fewer than two members' },
  // imports
  'import-not-found': { severity: 'error', summary: 'an imported file does not exist' },
  'import-cycle': { severity: 'error', summary: 'files import each other in a cycle' },
  // variants
  'variant-unknown-fact': {
    severity: 'error',
    summary: 'a variant overrides or removes a fact the base scenario does not have',
  },
  'not-allowed-in-variant': { severity: 'error', summary: 'a statement that cannot appear inside a variant' },
  'remove-outside-variant': { severity: 'error', summary: '`remove` used outside a variant' },
  // settings and header
  'unknown-setting': { severity: 'error', summary: 'a setting the model does not have' },
  'duplicate-setting': { severity: 'warning', summary: 'a setting given twice; the last one counts' },
  'duplicate-header': { severity: 'warning', summary: 'more than one `scenario` header in a file' },
  // model
  'claim-failed': { severity: 'warning', summary: 'an `expect` claim the model does not confirm' },
  // limits
  'file-too-large': { severity: 'error', summary: 'a file over the size limit' },
  'too-many-statements': { severity: 'error', summary: 'a scenario over the statement limit' },
  'import-too-deep': { severity: 'error', summary: 'imports nested deeper than the limit' },
} as const satisfies Record<string, DiagnosticCodeInfo>;

/** A code the language reports. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** Every diagnostic code, in the order of `DIAGNOSTIC_CODES`. */
export const ALL_DIAGNOSTIC_CODES = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];
