/**
 * Code actions through the protocol: the fixes offered for diagnostics, and none elsewhere.
 */
import { CodeActionRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEdits, startHarness, type Harness } from './support/harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

const uri = 'file:///ws/a.threat';

async function actionsFor(text: string): Promise<{ actions: CodeAction[]; diagnostics: Diagnostic[] }> {
  harness = await startHarness();
  const diagnostics = await harness.open(uri, text);
  const range = diagnostics[0]!.range;
  const actions = (await harness.client.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range,
    context: { diagnostics },
  })) as CodeAction[];
  return { actions, diagnostics };
}

describe('code actions', () => {
  it('offers "did you mean" and "declare the state" for an unknown state', async () => {
    const text = 'state Prussia { power 0.1 }\nstate Austria { power 0.1 }\nborder Prusia Austria\n';
    const { actions } = await actionsFor(text);
    expect(actions.map((a) => [a.title, a.isPreferred ?? false])).toEqual([
      ['Change to "Prussia"', true],
      ['Declare state "Prusia"', false],
    ]);
    expect(actions[0]!.kind).toBe('quickfix');
    expect(actions[0]!.diagnostics?.[0]?.code).toBe('unknown-state');
    expect(applyEdits(text, actions[0]!.edit!.changes![uri]!)).toBe(
      'state Prussia { power 0.1 }\nstate Austria { power 0.1 }\nborder Prussia Austria\n',
    );
    expect(applyEdits(text, actions[1]!.edit!.changes![uri]!)).toBe(
      'state Prussia { power 0.1 }\nstate Austria { power 0.1 }\nstate Prusia { power 0 }\nborder Prusia Austria\n',
    );
  });

  it('adds a missing unit', async () => {
    const text = 'state A { power 0.1 }\nstate B { power 0.1 }\nsea A B 34\n';
    const { actions } = await actionsFor(text);
    expect(actions.map((a) => a.title)).toEqual(['Add "km"', 'Add "mi"', 'Add "nm"']);
    expect(applyEdits(text, actions[0]!.edit!.changes![uri]!)).toBe(
      'state A { power 0.1 }\nstate B { power 0.1 }\nsea A B 34 km\n',
    );
  });

  it('offers nothing where there is no diagnostic', async () => {
    harness = await startHarness();
    await harness.open(uri, 'state A { power 0.1 }\n');
    const actions = await harness.client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      context: { diagnostics: [] },
    });
    expect(actions).toEqual([]);
  });
});
