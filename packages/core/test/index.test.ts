/**
 * The public entry point exports the API the CLI, language server and bot use, and it works end
 * to end on a small scenario.
 */
import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';
import { TEACHING } from './historical-cases.js';

describe('public API', () => {
  it('exports the model, the renderers and the glossary', () => {
    for (const name of [
      'evaluate',
      'analyze',
      'explain',
      'findCounterfactual',
      'applyChange',
      'describeChange',
      'renderExplanation',
      'renderPredictions',
      'renderSystem',
      'renderClaim',
      'describeClaim',
      'conceptForWord',
      'effectiveSettings',
      'resolveSettings',
    ]) {
      expect(typeof (core as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(Object.keys(core.GLOSSARY)).toEqual([...core.CONCEPT_IDS]);
  });

  it('answers a what-if end to end', () => {
    const claim = {
      kind: 'bandwagons',
      subject: 'Buffer',
      target: 'Empire',
      negated: true,
      theory: 'threat',
    } as const;
    const analysis = core.analyze({ ...TEACHING, claims: [claim] });
    const [result] = analysis.claims;
    expect(result!.holds).toBe(false);
    const changed = core.applyChange(TEACHING, result!.counterfactual!.change);
    expect(core.analyze({ ...changed, claims: [claim] }).claims[0]!.holds).toBe(true);
    const text = core.renderClaim(result!, TEACHING, 'text');
    expect(text.startsWith('fails: Buffer does not bandwagon with Empire -- ')).toBe(true);
  });
});
