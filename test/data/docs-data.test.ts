/**
 * docs/data.md tells the truth: its scenario excerpts parse, and it documents every proxy
 * parameter with its value, every data file and every region the importer knows.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseText } from '@threatlab/dsl';
import { DATA_FILES, PROXY_PARAMETERS, REGIONS } from '@threatlab/data';
import { tableRows } from '../support/markdown-table.js';

const doc = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'data.md'),
  'utf8',
);

describe('docs/data.md', () => {
  it.each([...doc.matchAll(/```threat\n([\s\S]*?)```/g)].map((m, i) => [i + 1, m[1]!] as const))(
    'excerpt %i parses',
    (_, text) => {
      expect(parseText('excerpt.threat', text).problems.map((p) => p.message)).toEqual([]);
    },
  );

  it.each(Object.entries(PROXY_PARAMETERS))('documents the parameter %s with its value', (name, value) => {
    const row = doc.split('\n').find((line) => line.startsWith('| `') && line.includes(`\`${name}\``));
    expect(row, `a parameter table row for ${name}`).toBeDefined();
    expect(row).toContain(String(Number(value.toPrecision(12))));
  });

  it.each(Object.values(DATA_FILES).map((f) => [f.path, f.citation] as const))(
    'documents %s and its citation',
    (path, citation) => {
      const row = doc.split('\n').find((line) => line.includes(`\`${path}\``));
      expect(row).toBeDefined();
      expect(row).toContain(citation);
    },
  );

  it.each(REGIONS.map((r) => r.name))('documents the region %s', (name) => {
    expect(tableRows(doc).some((cells) => cells[0] === `\`${name}\``)).toBe(true);
  });
});
