/**
 * Navigation through the protocol: definition, references, highlights and rename, across imports.
 */
import {
  DefinitionRequest,
  DocumentHighlightRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  type Location,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEdits, markers, startHarness, textOf, type Harness } from './support/harness.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

const uri = 'file:///ws/a.threat';

async function openMarked(marked: string, files: Record<string, string> = {}) {
  const { text, positions } = markers(marked);
  harness = await startHarness({ files });
  await harness.open(uri, text);
  return { text, positions, client: harness.client };
}

describe('definition', () => {
  it('goes from a state name to its declaration', async () => {
    const { text, positions, client } = await openMarked(
      'state Germany { power 0.1 }\nstate France { power 0.1 }\nborder France Ger<|>many\n',
    );
    const result = (await client.sendRequest(DefinitionRequest.type, {
      textDocument: { uri },
      position: positions[0]!,
    })) as Location[];
    expect(result).toHaveLength(1);
    expect(result[0]!.uri).toBe(uri);
    expect(result[0]!.range.start).toEqual({ line: 0, character: 6 });
    expect(textOf(text, result[0]!.range)).toBe('Germany');
  });

  it('goes to a declaration in an imported file', async () => {
    const base = 'file:///ws/base.threat';
    const { positions, client } = await openMarked(
      'import "base.threat"\nstate B { power 0.1 }\nborder <|>A B\n',
      { [base]: 'state A { power 0.2 }\n' },
    );
    const result = (await client.sendRequest(DefinitionRequest.type, {
      textDocument: { uri },
      position: positions[0]!,
    })) as Location[];
    expect(result).toEqual([
      { uri: base, range: { start: { line: 0, character: 6 }, end: { line: 0, character: 7 } } },
    ]);
  });

  it('goes from an import path to the imported file', async () => {
    const base = 'file:///ws/base.threat';
    const { positions, client } = await openMarked('import "ba<|>se.threat"\n', {
      [base]: 'state A { power 0.2 }\n',
    });
    const result = (await client.sendRequest(DefinitionRequest.type, {
      textDocument: { uri },
      position: positions[0]!,
    })) as Location[];
    expect(result.map((l) => l.uri)).toEqual([base]);
  });

  it('answers nothing on a keyword', async () => {
    const { positions, client } = await openMarked('sta<|>te A { power 0.1 }\n');
    expect(
      await client.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positions[0]! }),
    ).toEqual([]);
  });
});

describe('references and highlight', () => {
  const scenario =
    'state <|>A { power 0.1 }\nstate B { power 0.1 }\nborder A B\nB sees A as hostile\nexpect B balances against A\n';

  it('finds every use of a state, with or without its declaration', async () => {
    const { text, positions, client } = await openMarked(scenario);
    const all = await client.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position: positions[0]!,
      context: { includeDeclaration: true },
    });
    expect(all?.map((l) => `${l.range.start.line}:${textOf(text, l.range)}`)).toEqual([
      '0:A',
      '2:A',
      '3:A',
      '4:A',
    ]);
    const uses = await client.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position: positions[0]!,
      context: { includeDeclaration: false },
    });
    expect(uses).toHaveLength(3);
  });

  it('finds references in files that import the document', async () => {
    const base = 'file:///ws/base.threat';
    harness = await startHarness();
    const { text, positions } = markers('state <|>A { power 0.1 }\nstate B { power 0.1 }\n');
    await harness.open(base, text);
    await harness.open(uri, 'import "base.threat"\nborder A B\n');
    const result = await harness.client.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: base },
      position: positions[0]!,
      context: { includeDeclaration: true },
    });
    expect(result?.map((l) => `${l.uri}:${l.range.start.line}`)).toEqual([`${uri}:1`, `${base}:0`]);
  });

  it('highlights the uses of a state in the document, the declaration as a write', async () => {
    const { positions, client } = await openMarked(
      scenario.replace('<|>', '').replace('border A B', 'border <|>A B'),
    );
    const result = await client.sendRequest(DocumentHighlightRequest.type, {
      textDocument: { uri },
      position: positions[0]!,
    });
    expect(result?.map((h) => [h.range.start.line, h.kind])).toEqual([
      [0, 3],
      [2, 2],
      [3, 2],
      [4, 2],
    ]);
  });
});

describe('rename', () => {
  it('prepares a rename on a state name and refuses elsewhere', async () => {
    const { positions, client } = await openMarked(
      'state Ger<|>many { power 0.1 }\nstate France { <|>power 0.1 }\n',
    );
    expect(
      await client.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: positions[0]! }),
    ).toEqual({
      range: { start: { line: 0, character: 6 }, end: { line: 0, character: 13 } },
      placeholder: 'Germany',
    });
    await expect(
      client.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position: positions[1]! }),
    ).rejects.toThrow('Only state names can be renamed');
  });

  it('renames every reference', async () => {
    const { text, positions, client } = await openMarked(
      'state <|>A { power 0.1 }\nstate B { power 0.1 }\nborder A B\nB sees A as hostile\n',
    );
    const edit = (await client.sendRequest(RenameRequest.type, {
      textDocument: { uri },
      position: positions[0]!,
      newName: 'Prussia',
    })) as WorkspaceEdit;
    expect(applyEdits(text, edit.changes![uri]!)).toBe(
      'state Prussia { power 0.1 }\nstate B { power 0.1 }\nborder Prussia B\nB sees Prussia as hostile\n',
    );
  });

  it('renames across an imported file and its importer', async () => {
    const base = 'file:///ws/base.threat';
    harness = await startHarness();
    const baseText = 'state A { power 0.1 }\nstate B { power 0.1 }\n';
    const importerText = 'import "base.threat"\nborder A B\n';
    await harness.open(base, baseText);
    const { text, positions } = markers('import "base.threat"\nborder <|>A B\n');
    await harness.open(uri, text);
    const edit = (await harness.client.sendRequest(RenameRequest.type, {
      textDocument: { uri },
      position: positions[0]!,
      newName: 'Z',
    })) as WorkspaceEdit;
    expect(Object.keys(edit.changes!).sort()).toEqual([uri, base]);
    expect(applyEdits(baseText, edit.changes![base]!)).toBe('state Z { power 0.1 }\nstate B { power 0.1 }\n');
    expect(applyEdits(importerText, edit.changes![uri]!)).toBe('import "base.threat"\nborder Z B\n');
  });

  it('rejects a name that collides with another state, or is not a name', async () => {
    const { positions, client } = await openMarked('state <|>A { power 0.1 }\nstate B { power 0.1 }\n');
    const rename = (newName: string) =>
      client.sendRequest(RenameRequest.type, { textDocument: { uri }, position: positions[0]!, newName });
    await expect(rename('B')).rejects.toThrow(
      'A state named "B" already exists (a.threat:2); renaming would merge two states',
    );
    await expect(rename('two words')).rejects.toThrow('"two words" is not a valid state name');
    await expect(rename('border')).rejects.toThrow('"border" is a keyword and cannot name a state');
  });
});
