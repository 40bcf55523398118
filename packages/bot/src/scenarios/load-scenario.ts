/**
 * A channel's scenario, checked and evaluated by the language package's `analyzeProgram`:
 * its documents served from memory, its diagnostics (failed `expect` claims included), its
 * base scenario and variants with the model's analysis of each.
 */
import type { Scenario } from '@threatlab/core';
import {
  analyzeProgram,
  hasErrors,
  type CheckedProgram,
  type Diagnostic,
  type Limits,
  type ProgramEvaluation,
} from '@threatlab/dsl';
import type { SessionSource, StateName } from '../engine/jobs.js';
import type { ExampleLibrary } from './example-library.js';
import { safeFileName } from './file-names.js';
import { SandboxProvider, sandboxUri } from './sandbox-provider.js';

export interface LoadedScenario {
  readonly source: SessionSource;
  /** The root document's identifier inside the sandbox. */
  readonly uri: string;
  /** What people call it: the example's name or the uploaded file's name. */
  readonly label: string;
  readonly checked: CheckedProgram;
  /** The model's analysis of the base and each variant; undefined when a limit stopped it. */
  readonly evaluation: ProgramEvaluation | undefined;
  readonly diagnostics: readonly Diagnostic[];
  readonly hasErrors: boolean;
  readonly base: Scenario;
  readonly variants: readonly { readonly name: string; readonly scenario: Scenario }[];
  readonly states: readonly StateName[];
  /** The text of a document of the program, to quote lines in diagnostics. */
  textOf(uri: string): string | undefined;
}

export type LoadOutcome =
  { readonly ok: true; readonly loaded: LoadedScenario } | { readonly ok: false; readonly reason: string };

export function loadScenario(source: SessionSource, examples: ExampleLibrary, limits: Limits): LoadOutcome {
  let uri: string;
  const extra = new Map<string, string>();
  if (source.origin === 'example') {
    const example = examples.get(source.name);
    if (!example)
      return {
        ok: false,
        reason: `There is no bundled example "${source.name}"; the examples are ${listNames(examples)}`,
      };
    uri = sandboxUri(example.fileName);
  } else {
    const fileName = safeFileName(source.name);
    // An upload named like an example gets its own name, so it can import that example.
    uri = sandboxUri(examples.get(fileName) ? `uploaded-${fileName}` : fileName);
    extra.set(uri, source.text);
  }
  const provider = new SandboxProvider(examples, extra, limits);
  const { checked, evaluation, diagnostics } = analyzeProgram(uri, provider, { limits });
  const base = checked.lowered.base.scenario;
  return {
    ok: true,
    loaded: {
      source,
      uri,
      label: source.origin === 'example' ? source.name : safeFileName(source.name),
      checked,
      evaluation,
      diagnostics,
      hasErrors: hasErrors(diagnostics),
      base,
      variants: checked.lowered.variants.map((v) => ({ name: v.name, scenario: v.scenario })),
      states: base.states.map((s) => ({ id: s.id, name: s.name })),
      textOf: (docUri) => checked.program.byUri.get(docUri)?.text,
    },
  };
}

export function listNames(examples: ExampleLibrary): string {
  const names = examples.list().map((e) => `"${e.name}"`);
  return names.length > 0 ? names.join(', ') : 'none (the bot has no bundled examples)';
}
