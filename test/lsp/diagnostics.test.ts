/**
 * Diagnostics through the protocol: published on open and change, with versions, codes and 0-based
 * ranges.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness.js';
import { EUROPE } from './support/scenarios.js';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

describe('diagnostics', () => {
  it('publishes diagnostics on open, with code, severity, source and a 0-based range', async () => {
    harness = await startHarness();
    const diagnostics = await harness.open('file:///ws/a.threat', 'state A { power 0.1 }\nborder A Bx\n');
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'unknown-state',
        severity: 1,
        source: 'threat',
        message: 'State "Bx" is not declared',
        range: { start: { line: 1, character: 9 }, end: { line: 1, character: 11 } },
      }),
    ]);
  });

  it('publishes nothing wrong for a valid scenario', async () => {
    harness = await startHarness();
    expect(await harness.open('file:///ws/europe.threat', EUROPE)).toEqual([]);
  });

  it('updates diagnostics on change, tagged with the version they describe', async () => {
    harness = await startHarness();
    const uri = 'file:///ws/a.threat';
    await harness.open(uri, 'state A { power 0.1 }\n');
    const pending = harness.diagnostics(uri, 2);
    harness.change(uri, 'state A { power 0.1 }\nstate A { power 0.2 }\n', 2);
    const diagnostics = await pending;
    expect(diagnostics.map((d) => d.code)).toEqual(['duplicate-state']);
    expect(harness.published.at(-1)?.version).toBe(2);
  });

  it('applies range edits, several in one notification, each to the text the previous made', async () => {
    harness = await startHarness();
    const uri = 'file:///ws/a.threat';
    await harness.open(
      uri,
      'state A { power 0.1 }\nstate B { power 0.1 }\nborder A B\nB sees A as hostile\n',
    );
    const next = harness.diagnostics(uri, 2);
    harness.edit(uri, 2, [
      // "border A B" -> "border A Bx", then "B sees A" -> "B sees Q" on the next line.
      { range: { start: { line: 2, character: 10 }, end: { line: 2, character: 10 } }, text: 'x' },
      { range: { start: { line: 3, character: 7 }, end: { line: 3, character: 8 } }, text: 'Q' },
    ]);
    expect((await next).map((d) => [d.range.start.line, d.message])).toEqual([
      [2, 'State "Bx" is not declared; did you mean "B"?'],
      [3, 'State "Q" is not declared; did you mean "A"?'],
    ]);
  });

  it('gives related locations that point at the first declaration', async () => {
    harness = await startHarness();
    const uri = 'file:///ws/a.threat';
    const [duplicate] = await harness.open(uri, 'state A { power 0.1 }\nstate A { power 0.2 }\n');
    expect(duplicate?.relatedInformation).toEqual([
      {
        location: { uri, range: { start: { line: 0, character: 6 }, end: { line: 0, character: 7 } } },
        message: '"A" is first declared here',
      },
    ]);
  });

  it('debounces: edits within the wait are analysed once, for the newest version', async () => {
    harness = await startHarness({ initializationOptions: { diagnostics: { debounceMs: 100 } } });
    const uri = 'file:///ws/a.threat';
    await harness.open(uri, 'state A { power 0.1 }\n');
    const before = harness.published.length;
    const last = harness.diagnostics(uri, 4);
    harness.change(uri, 'state A { power 0.1 }\nborder A Xyz\n', 2);
    harness.change(uri, 'state A { power 0.1 }\nborder A Xyzw\n', 3);
    harness.change(uri, 'state A { power 0.1 }\nborder A Quux\n', 4);
    const diagnostics = await last;
    expect(diagnostics.map((d) => d.message)).toEqual(['State "Quux" is not declared']);
    // The stale versions were never analysed; the newest may be published twice (checks, then the model's claims).
    expect(
      harness.published
        .slice(before)
        .map((p) => p.version)
        .filter((v) => v !== 4 && v !== 1),
    ).toEqual([]);
    expect(harness.published.slice(before).some((p) => p.version === 4)).toBe(true);
  });

  it('reports a file over the size limit with one clear diagnostic', async () => {
    harness = await startHarness();
    const big = `// ${'x'.repeat(9 * 1024 * 1024)}\n`;
    const diagnostics = await harness.open('file:///ws/big.threat', big);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'file-too-large' });
    expect(diagnostics[0]!.message).toMatch(/over the 8\.0 MB limit/);
  });
});

describe('imports', () => {
  const base = 'file:///ws/base.threat';
  const importer = 'file:///ws/what-if.threat';

  it('reads imports from the workspace when the imported file is not open', async () => {
    harness = await startHarness({ files: { [base]: 'state A { power 0.1 }\nstate B { power 0.2 }\n' } });
    expect(await harness.open(importer, 'import "base.threat"\nborder A B\n')).toEqual([]);
  });

  it('reports an import that does not exist', async () => {
    harness = await startHarness();
    const diagnostics = await harness.open(importer, 'import "missing.threat"\n');
    expect(diagnostics.map((d) => d.code)).toEqual(['import-not-found']);
  });

  it('re-checks importers when an imported file changes in the editor', async () => {
    harness = await startHarness({ files: { [base]: 'state A { power 0.1 }\nstate B { power 0.2 }\n' } });
    await harness.open(base, 'state A { power 0.1 }\nstate B { power 0.2 }\n');
    expect(await harness.open(importer, 'import "base.threat"\nborder A B\n')).toEqual([]);
    harness.change(base, 'state A { power 0.1 }\nstate C { power 0.2 }\n', 2);
    await harness.diagnostics(base, 2);
    // The importer is analysed again (same version: its own text did not change).
    await expect
      .poll(() =>
        harness!.published
          .filter((p) => p.uri === importer)
          .at(-1)
          ?.diagnostics.map((d) => d.message),
      )
      .toEqual(['State "B" is not declared; did you mean "A"?']);
  });

  it('summarises errors inside an imported file at the import', async () => {
    harness = await startHarness({ files: { [base]: 'state A { power 0.1 }\nborder A Nowhere\n' } });
    const diagnostics = await harness.open(importer, 'import "base.threat"\n');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toBe(
      'The imported file "base.threat" has 1 error; the first: State "Nowhere" is not declared',
    );
    expect(diagnostics[0]!.relatedInformation?.[0]?.location.uri).toBe(base);
  });
});
