/**
 * Checking members' claims with the language itself. A claim is what follows `expect` in a
 * `.threat` file ("Italy bandwagons with Germany", "UK balances against Germany under balance
 * of power"), so the bot writes the claims into a small document that imports the channel's
 * scenario, checks it with the language package, and has the model judge the claims it lowered.
 * The bot parses no claim syntax of its own, and a claim means exactly what it means in a file.
 */
import { analyze, type ClaimResult, type Scenario } from '@threatlab/core';
import { checkProgram, DIAGNOSTIC_CODES, type Limits } from '@threatlab/dsl';
import type { ExampleLibrary } from '../scenarios/example-library.js';
import { SandboxProvider, sandboxUri } from '../scenarios/sandbox-provider.js';
import type { AnalyzedScenario } from './analyzed-scenario.js';

export type ClaimCheck =
  | { readonly ok: true; readonly result: ClaimResult; readonly scenario: Scenario }
  | { readonly ok: false; readonly message: string };

const CLAIMS_URI = sandboxUri('__claims__.threat');

export const CLAIM_FORMS =
  'Write a claim as in a .threat file: "Italy bandwagons with Germany", "UK balances against Germany", "Belgium stays neutral", ' +
  '"Germany threatens France more than Russia", "Russia does not balance against Germany", optionally followed by "under balance of power"';

/** The claim as it will be written after `expect`, or why it cannot be one. */
export function claimLine(raw: string): { ok: true; line: string } | { ok: false; message: string } {
  const line = raw
    .trim()
    .replace(/^expect\s+/i, '')
    .replace(/[.!?]+$/, '')
    .trim();
  if (line === '') return { ok: false, message: `The claim is empty. ${CLAIM_FORMS}` };
  // One statement on one line: nothing that could add facts to the scenario it is judged on.
  if (/[\n\r;{}]|\/\/|\/\*/.test(line))
    return {
      ok: false,
      message: `A claim is one statement on one line, without ";", braces or comments. ${CLAIM_FORMS}`,
    };
  return { ok: true, line };
}

/**
 * Judges each claim against the scenario, with a counterfactual for a failed one unless told not
 * to (the search is the costly part). Results come
 * back in the order of `claims`; a claim the language cannot read gets its diagnostic.
 */
export function checkClaims(
  claims: readonly string[],
  analyzed: AnalyzedScenario,
  examples: ExampleLibrary,
  limits: Limits,
  options: { readonly counterfactuals?: boolean } = {},
): ClaimCheck[] {
  const lines = claims.map(claimLine);
  const rootName = analyzed.loaded.uri.slice(analyzed.loaded.uri.lastIndexOf('/') + 1);
  // The claims document: the import on line 1, claim i on line i + 2 (blank where it is unusable).
  let text = `import "${rootName}"\n`;
  for (const line of lines) text += line.ok ? `expect ${line.line}\n` : '\n';
  const documents = new Map<string, string>([[CLAIMS_URI, text]]);
  if (analyzed.loaded.source.origin === 'upload')
    documents.set(analyzed.loaded.uri, analyzed.loaded.source.text);
  const checked = checkProgram(CLAIMS_URI, new SandboxProvider(examples, documents, limits), { limits });
  const lowered = checked.lowered.base;
  // Lines come from the document's own line index, the one place offsets become lines.
  const claimsLines = checked.program.byUri.get(CLAIMS_URI)?.lines;
  const lineOf = (offset: number) =>
    claimsLines ? Math.min(claimsLines.position(offset).line - 2, lines.length - 1) : -1;
  const problems = new Map<number, string>();
  for (const problem of checked.problems) {
    const severity = problem.severity ?? DIAGNOSTIC_CODES[problem.code].severity;
    if (problem.uri !== CLAIMS_URI || severity !== 'error') continue;
    const index = lineOf(problem.start);
    if (index >= 0 && !problems.has(index)) problems.set(index, problem.message);
  }
  // The claims of this document, with the claim each came from, then judged all at once.
  const mine: { index: number; claim: Scenario['claims'][number] }[] = [];
  lowered.claimSources.forEach((source, i) => {
    if (source.uri !== CLAIMS_URI) return;
    const index = lineOf(source.node.start);
    const claim = lowered.scenario.claims[i];
    if (index >= 0 && claim && lines[index]!.ok && !problems.has(index)) mine.push({ index, claim });
  });
  const scenario: Scenario = { ...lowered.scenario, claims: mine.map((m) => m.claim) };
  const results =
    mine.length > 0 ? analyze(scenario, { counterfactuals: options.counterfactuals ?? true }).claims : [];
  const byIndex = new Map(mine.map((m, i) => [m.index, results[i]!]));
  return lines.map((line, index) => {
    if (!line.ok) return line;
    const problem = problems.get(index);
    if (problem) return { ok: false, message: `${problem}. ${CLAIM_FORMS}` };
    const result = byIndex.get(index);
    return result
      ? { ok: true, result, scenario }
      : { ok: false, message: `This could not be read as a claim. ${CLAIM_FORMS}` };
  });
}
