/**
 * Document and workspace symbols through the protocol.
 */
import {
  DocumentFormattingRequest,
  DocumentRangeFormattingRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  WorkspaceSymbolRequest,
  type DocumentSymbol,
  type SymbolInformation,
} from 'vscode-languageserver-protocol/node';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readUri } from '../../packages/vscode/src/server/file-system.js';
import { applyEdits, markers, startHarness, type Harness } from './support/harness.js';
import { EUROPE } from './support/scenarios.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

const uri = 'file:///ws/a.threat';

describe('document symbols', () => {
  it('outlines the header, states, alliances and claims, with variants nested', async () => {
    harness = await startHarness();
    await harness.open(uri, `${EUROPE}variant "Benign Germany" {\n  state Germany { intent benign }\n}\n`);
    const symbols = (await harness.client.sendRequest(DocumentSymbolRequest.type, {
      textDocument: { uri },
    })) as DocumentSymbol[];
    expect(symbols.map((s) => `${s.kind} ${s.name}`)).toEqual([
      '3 Test 1914',
      '5 Germany',
      '5 France',
      '5 Russia',
      '5 Belgium',
      '10 Franco-Russian Alliance',
      '24 France balances against Germany',
      '3 Benign Germany',
    ]);
    expect(symbols[1]!.detail).toBe('German Empire');
    expect(symbols[1]!.selectionRange).toEqual({
      start: { line: 2, character: 6 },
      end: { line: 2, character: 13 },
    });
    expect(symbols.at(-1)!.children!.map((c) => c.name)).toEqual(['Germany']);
  });
});

describe('workspace symbols', () => {
  it('finds states, alliances and variants in open documents and workspace files', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'threat-ws-'));
    try {
      mkdirSync(join(folder, 'sub'));
      writeFileSync(
        join(folder, 'sub', 'asia.threat'),
        'state Japan { power 0.1 }\nstate China { power 0.2 }\n',
      );
      writeFileSync(join(folder, 'notes.txt'), 'state Nope { power 0.1 }\n');
      const folderUri = pathToFileURL(folder).href;
      harness = await startHarness({ workspaceFolders: [{ uri: folderUri, name: 'ws' }], readFile: readUri });
      await harness.open(uri, EUROPE);
      const found = (await harness.client.sendRequest(WorkspaceSymbolRequest.type, {
        query: 'an',
      })) as SymbolInformation[];
      expect(found.map((s) => `${s.name} (${s.containerName})`)).toEqual([
        'Germany (a.threat)',
        'France (a.threat)',
        'Franco-Russian Alliance (a.threat)',
        'Japan (asia.threat)',
      ]);
      const china = (await harness.client.sendRequest(WorkspaceSymbolRequest.type, {
        query: 'chi',
      })) as SymbolInformation[];
      expect(china[0]!.location.uri).toBe(pathToFileURL(join(folder, 'sub', 'asia.threat')).href);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('folding ranges', () => {
  it('folds multi-line blocks, comment runs and perception runs of one observer', async () => {
    harness = await startHarness();
    const text = [
      '// A comment',
      '// over two lines',
      'state A {',
      '  power 0.1',
      '}',
      'state B { power 0.1 }',
      'A sees B as hostile',
      'A sees B as hostile',
      'B sees A as benign',
      'settings {',
      '  neutral-threat 0.3',
      '}',
    ].join('\n');
    await harness.open(uri, text);
    const ranges = await harness.client.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    expect(ranges?.map((r) => `${r.startLine}-${r.endLine} ${r.kind}`)).toEqual([
      '0-1 comment',
      '2-4 region',
      '6-7 region',
      '9-11 region',
    ]);
  });
});

describe('formatting', () => {
  it('formats the whole document with the dsl formatter', async () => {
    harness = await startHarness();
    const text =
      'state   A {power 0.1   offense high}\nborder A   B,B C\nstate B { power 0.1 }\nstate C { power 0.1 }\n';
    await harness.open(uri, text);
    const edits = await harness.client.sendRequest(DocumentFormattingRequest.type, {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(applyEdits(text, edits!)).toBe(
      'state A { power 0.1  offense high }\nborder A B, B C\nstate B { power 0.1 }\nstate C { power 0.1 }\n',
    );
  });

  it('formats a range: only the statements it touches', async () => {
    harness = await startHarness();
    const { text, positions } = markers('state   A {power 0.1}\nstate  <|>B {power 0.1}<|>\nborder A   B\n');
    await harness.open(uri, text);
    const edits = await harness.client.sendRequest(DocumentRangeFormattingRequest.type, {
      textDocument: { uri },
      range: { start: positions[0]!, end: positions[1]! },
      options: { tabSize: 2, insertSpaces: true },
    });
    expect(applyEdits(text, edits!)).toBe('state   A {power 0.1}\nstate B { power 0.1 }\nborder A   B\n');
  });

  it('leaves a file with syntax errors alone', async () => {
    harness = await startHarness();
    await harness.open(uri, 'state A { power }\n');
    expect(
      await harness.client.sendRequest(DocumentFormattingRequest.type, {
        textDocument: { uri },
        options: { tabSize: 2, insertSpaces: true },
      }),
    ).toEqual([]);
  });
});
