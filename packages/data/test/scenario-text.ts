/**
 * Reading generated `.threat` text back through the language: its diagnostics and the
 * `Scenario` it lowers to, normalised so two scenarios can be compared as data.
 */
import { checkDiagnostics, checkProgram, TextDocumentProvider, type Diagnostic } from '@threatlab/dsl';
import type { Scenario } from '@threatlab/core';

export function readBack(text: string): { diagnostics: Diagnostic[]; scenario: Scenario } {
  const uri = '/generated.threat';
  const checked = checkProgram(uri, new TextDocumentProvider((u) => (u === uri ? text : undefined)));
  return { diagnostics: checkDiagnostics(checked), scenario: checked.lowered.base.scenario };
}

/** A scenario as plain JSON with links and perceptions in a fixed order (undefined fields dropped). */
export function normalised(scenario: Scenario): unknown {
  const plain = JSON.parse(JSON.stringify(scenario)) as Record<string, unknown[]>;
  const key = (x: unknown) => JSON.stringify(x);
  for (const field of ['links', 'perceptions', 'alliances'])
    plain[field] = [...(plain[field] ?? [])].sort((a, b) => key(a).localeCompare(key(b)));
  return plain;
}
