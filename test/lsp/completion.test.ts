/**
 * Completion through the protocol: keywords, snippets, attributes and state names at `<|>` cursor
 * markers.
 */
import { CompletionRequest, type CompletionList } from 'vscode-languageserver-protocol/node';
import { afterEach, describe, expect, it } from 'vitest';
import { markers, startHarness, type Harness } from './support/harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

const uri = 'file:///ws/a.threat';
const STATES = 'state Germany "German Empire" { power 0.1 }\nstate France { power 0.1 }\n';

/** Labels offered at the cursor marker. */
async function labelsAt(marked: string): Promise<string[]> {
  const { text, positions } = markers(marked);
  harness = await startHarness();
  await harness.open(uri, text);
  const list = (await harness.client.sendRequest(CompletionRequest.type, {
    textDocument: { uri },
    position: positions[0]!,
  })) as CompletionList;
  return list.items.map((i) => i.label);
}

describe('completion', () => {
  it('offers statement keywords, snippets and state names at the start of a line', async () => {
    const labels = await labelsAt(`${STATES}<|>`);
    expect(labels).toEqual(
      expect.arrayContaining([
        'state',
        'alliance',
        'expect',
        'border',
        'sea',
        'settings',
        'variant',
        'Germany',
        'France',
      ]),
    );
  });

  it('makes state, alliance and expect snippets', async () => {
    const { text, positions } = markers(`${STATES}<|>`);
    harness = await startHarness();
    await harness.open(uri, text);
    const list = (await harness.client.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: positions[0]!,
    })) as CompletionList;
    const state = list.items.find((i) => i.label === 'state')!;
    expect(state.insertTextFormat).toBe(2);
    expect((state.textEdit as { newText: string }).newText).toMatch(/^state \$\{1:Name\} \{ power/);
    expect(list.items.find((i) => i.label === 'alliance')?.insertTextFormat).toBe(2);
    expect(list.items.find((i) => i.label === 'expect')?.insertTextFormat).toBe(2);
  });

  it('offers attribute names inside a state block', async () => {
    expect(await labelsAt('state A { power 0.1  <|> }\n')).toEqual([
      'power',
      'offense',
      'intent',
      'capital',
      'reach',
      'major',
    ]);
    expect(await labelsAt('state A {\n  power 0.1\n  off<|>\n')).toContain('offense');
  });

  it('offers the levels an attribute takes', async () => {
    expect(await labelsAt('state A { power 0.1  offense <|> }\n')).toEqual(['low', 'medium', 'high']);
    expect(await labelsAt('state A { power 0.1  intent h<|> }\n')).toEqual([
      'benign',
      'status-quo',
      'revisionist',
      'hostile',
    ]);
    expect(await labelsAt('state A { reach <|> }\n')).toEqual(['local', 'regional', 'global']);
    expect(await labelsAt(`${STATES}France sees Germany as <|>`)).toEqual([
      'benign',
      'status-quo',
      'revisionist',
      'hostile',
    ]);
  });

  it('offers state names where a state is expected', async () => {
    expect(await labelsAt(`${STATES}border G<|>`)).toEqual(['Germany', 'France']);
    expect(await labelsAt(`${STATES}expect France balances against <|>`)).toEqual(['Germany', 'France']);
    expect(await labelsAt(`${STATES}alliance "Pact" defense 1900: France, <|>`)).toEqual([
      'Germany',
      'France',
    ]);
    expect(await labelsAt(`${STATES}France sees <|>`)).toEqual(['Germany', 'France']);
  });

  it('offers claims after the subject of an expect', async () => {
    expect(await labelsAt(`${STATES}expect France <|>`)).toEqual([
      'balances against',
      'bandwagons with',
      'stays neutral',
      'threatens',
      'does not',
    ]);
    expect(await labelsAt(`${STATES}expect France balances against Germany <|>`)).toContain(
      'under balance of power',
    );
  });

  it('offers units after a number', async () => {
    expect(await labelsAt(`${STATES}sea France Germany 34 <|>`)).toEqual(['km', 'mi', 'nm']);
    expect(await labelsAt('state A { power 15<|> }\n')).toContain('%');
    expect(await labelsAt('settings { reach-global 5000 <|> }\n')).toEqual(['km', 'mi', 'nm']);
  });

  it('glues a unit to the number it follows, replacing the number', async () => {
    const { text, positions } = markers(`${STATES}sea France Germany 34<|>`);
    harness = await startHarness();
    await harness.open(uri, text);
    const list = (await harness.client.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: positions[0]!,
    })) as CompletionList;
    const km = list.items.find((i) => i.label === 'km')!;
    expect(km.textEdit).toEqual({
      range: { start: { line: 2, character: 19 }, end: { line: 2, character: 21 } },
      newText: '34 km',
    });
  });

  it('offers settings, factors, alliance kinds and removable facts', async () => {
    expect(await labelsAt('settings {\n  <|>\n}\n')).toEqual(
      expect.arrayContaining(['weight', 'neutral-threat', 'reach-global']),
    );
    expect(await labelsAt('settings { weight <|> }\n')).toEqual(['power', 'proximity', 'offense', 'intent']);
    expect(await labelsAt(`${STATES}alliance "Pact" <|>`)).toEqual([
      'defense',
      'offense',
      'neutrality',
      'nonaggression',
      'entente',
    ]);
    expect(await labelsAt(`${STATES}variant "V" {\n  remove <|>\n}\n`)).toEqual([
      'alliance',
      'border',
      'sea',
      'distance',
      'perception',
    ]);
  });

  it('gives the display name of a state as its detail', async () => {
    const { text, positions } = markers(`${STATES}border <|>`);
    harness = await startHarness();
    await harness.open(uri, text);
    const list = (await harness.client.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: positions[0]!,
    })) as CompletionList;
    expect(list.items.find((i) => i.label === 'Germany')?.detail).toBe('German Empire');
  });
});
