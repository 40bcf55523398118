/**
 * The docs tell the truth: every example in docs/language.md parses, every diagnostic code
 * and every setting is documented there.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SETTING_DESCRIPTORS } from '@threatlab/core';
import { ALL_DIAGNOSTIC_CODES, parseText } from '@threatlab/dsl';
import { tableRows } from './support/markdown-table.js';

const here = dirname(fileURLToPath(import.meta.url));
const language = readFileSync(join(here, '..', 'docs', 'language.md'), 'utf8');
const readme = readFileSync(join(here, '..', 'README.md'), 'utf8');
const threatBlocks = (markdown: string) =>
  [...markdown.matchAll(/```threat\n([\s\S]*?)```/g)].map((m) => m[1]!);
const examples = threatBlocks(language);

describe('README.md', () => {
  it('opens with the two set-up commands', () => {
    expect(readme.split('\n').slice(0, 6).join('\n')).toContain('npm ci && npm start');
  });

  it.each(threatBlocks(readme).map((text, i) => [i + 1, text] as const))(
    'scenario %i parses without syntax errors',
    (_, text) => {
      expect(parseText('readme.threat', text).problems.map((p) => p.message)).toEqual([]);
    },
  );
});

describe('docs/language.md', () => {
  it('has examples', () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  it.each(examples.map((text, i) => [i + 1, text] as const))(
    'example %i parses without syntax errors',
    (_, text) => {
      const { problems } = parseText('example.threat', text);
      expect(problems.map((p) => p.message)).toEqual([]);
    },
  );

  it.each(ALL_DIAGNOSTIC_CODES)('documents the diagnostic %s', (code) => {
    expect(language).toContain(`### ${code}\n`);
  });

  it.each(SETTING_DESCRIPTORS.map((d) => d.name))('documents the setting %s with its default', (name) => {
    const written = name.startsWith('weight-') ? `weight ${name.slice('weight-'.length)}` : name;
    const descriptor = SETTING_DESCRIPTORS.find((d) => d.name === name)!;
    const row = tableRows(language).find((cells) => cells[0] === `\`${written}\``);
    expect(row, `a settings table row for ${written}`).toBeDefined();
    expect(row).toContain(`${descriptor.default}${descriptor.kind === 'km' ? ' km' : ''}`);
  });
});
