/**
 * Message texts that several places say: the checker, the CLI, the editor and the bot word an
 * unknown state, and a suggestion, the same way because they all take the words from here.
 * Messages follow docs/language.md's rule: one sentence, names in quotes, no trailing period.
 */

/**
 * The tail of a message that offers the closest known word, or nothing when there is none:
 * `; did you mean "Prussia"?`.
 */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined || suggestion === '' ? '' : `; did you mean "${suggestion}"?`;
}

/**
 * A state name that names no declared state:
 * `State "Prusia" is not declared; did you mean "Prussia"?`, or with a scope,
 * `State "Prusia" is not declared in europe.threat; did you mean "Prussia"?`.
 *
 * @param scope where the state was looked for (a file, "this scenario"), when the reader
 *   cannot see it from the context
 */
export function unknownStateMessage(name: string, suggestion?: string, scope?: string): string {
  return `State "${name}" is not declared${scope === undefined ? '' : ` in ${scope}`}${didYouMean(suggestion)}`;
}
