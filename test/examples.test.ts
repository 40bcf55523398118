/**
 * The bundled examples: every claim they make holds, they are in the canonical layout, and
 * `threat predict` and `threat explain` print what the expected printouts beside them in
 * test/fixtures/model/ say (UPDATE_EXPECT=1 rewrites those).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectFile } from './support/expect-file.js';
import { runThreat } from './support/cli.js';

const here = dirname(fileURLToPath(import.meta.url));
const repository = join(here, '..');
const expected = join(here, 'fixtures', 'model');

/** For each example, the state whose choice its explanation fixture shows. */
const EXAMPLES = {
  'europe-1914': 'UK',
  'cold-war-1955': 'WGermany',
  'gulf-1990': 'Syria',
  'primacy-2004': 'China',
  teaching: 'Buffer',
} as const;

describe('the bundled examples', () => {
  it('check with no errors and no failed claims', () => {
    const run = runThreat(repository, 'check', 'examples');
    expect(run.out).toBe('0 errors, 0 warnings\n');
    expect(run.code).toBe(0);
  });

  it('are formatted', () => {
    const run = runThreat(repository, 'fmt', '--check', 'examples');
    expect(run.out).toContain('already formatted');
    expect(run.code).toBe(0);
  });

  describe.each(Object.entries(EXAMPLES))('%s', (name, state) => {
    const file = `examples/${name}.threat`;

    it('predicts under both theories as expected', () => {
      const run = runThreat(repository, 'predict', '--theory', 'both', file);
      expect(run.err).toBe('');
      expect(run.code).toBe(0);
      expectFile(join(expected, `${name}.predict.txt`), run.out);
    });

    it(`explains ${state} as expected`, () => {
      const run = runThreat(repository, 'explain', file, state);
      expect(run.err).toBe('');
      expect(run.code).toBe(0);
      expectFile(join(expected, `${name}.explain-${state}.txt`), run.out);
    });
  });

  it('predicts a variant in Markdown', () => {
    const run = runThreat(
      repository,
      'predict',
      '--variant',
      'Status-quo Germany',
      '--format',
      'markdown',
      'examples/europe-1914.threat',
    );
    expect(run.code).toBe(0);
    expectFile(join(expected, 'europe-1914.variant.md'), run.out);
  });

  it('names the variants when asked for one that does not exist', () => {
    const run = runThreat(
      repository,
      'predict',
      '--variant',
      'Status quo Germany',
      'examples/europe-1914.threat',
    );
    expect(run.code).toBe(1);
    expect(run.err).toContain(
      'no variant "Status quo Germany" in examples/europe-1914.threat; did you mean "Status-quo Germany"?',
    );
  });

  it('suggests a state that is close to an unknown one', () => {
    const run = runThreat(repository, 'explain', 'examples/europe-1914.threat', 'Germnay');
    expect(run.code).toBe(1);
    expect(run.err).toContain('did you mean "Germany"?');
  });

  it('prints predictions as JSON', () => {
    const run = runThreat(repository, 'predict', '--format', 'json', 'examples/gulf-1990.threat');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out);
    const saudi = json.theories.threat.predictions.find((p: { state: string }) => p.state === 'Saudi');
    expect(saudi).toMatchObject({ strategy: 'balance', target: 'Iraq' });
  });
});
