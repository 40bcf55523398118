/**
 * Semantic tokens through the protocol, for a whole document and for a range.
 */
import { SemanticTokensRangeRequest, SemanticTokensRequest } from 'vscode-languageserver-protocol/node';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

const uri = 'file:///ws/a.threat';

/** Decodes the protocol's relative encoding into `line:character text type[+declaration]`. */
function decode(text: string, data: readonly number[], types: readonly string[]): string[] {
  const lines = text.split('\n');
  const result: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i]!;
    character = data[i]! === 0 ? character + data[i + 1]! : data[i + 1]!;
    const word = lines[line]!.slice(character, character + data[i + 2]!);
    result.push(
      `${line}:${character} ${word} ${types[data[i + 3]!]}${data[i + 4]! & 1 ? '+declaration' : ''}`,
    );
  }
  return result;
}

describe('semantic tokens', () => {
  const text =
    'state A { power 15%  offense high }\nstate B { power 0.1 }\nsea A B 34 km\nalliance "Pact" defense 1900: A, B\n';

  it('marks states (declarations too), alliances, levels, numbers and units', async () => {
    harness = await startHarness();
    await harness.open(uri, text);
    const legend = harness.initialize.capabilities.semanticTokensProvider!.legend.tokenTypes;
    const tokens = await harness.client.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    expect(decode(text, tokens!.data, legend)).toEqual([
      '0:6 A state+declaration',
      '0:16 15 number',
      '0:18 % unit',
      '0:29 high level',
      '1:6 B state+declaration',
      '1:16 0.1 number',
      '2:4 A state',
      '2:6 B state',
      '2:8 34 number',
      '2:11 km unit',
      '3:9 "Pact" alliance+declaration',
      '3:16 defense level',
      '3:24 1900 number',
      '3:30 A state',
      '3:33 B state',
    ]);
  });

  it('answers a range request with the tokens inside it', async () => {
    harness = await startHarness();
    await harness.open(uri, text);
    const legend = harness.initialize.capabilities.semanticTokensProvider!.legend.tokenTypes;
    const tokens = await harness.client.sendRequest(SemanticTokensRangeRequest.type, {
      textDocument: { uri },
      range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } },
    });
    expect(decode(text, tokens!.data, legend)).toEqual([
      '2:4 A state',
      '2:6 B state',
      '2:8 34 number',
      '2:11 km unit',
    ]);
  });
});
