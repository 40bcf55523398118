/**
 * Core's text and Markdown renderers of explanations, predictions and claims.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { explain } from '../src/explain.js';
import { renderExplanation } from '../src/render-explanation.js';
import { renderPredictions, renderSystem } from '../src/render-predictions.js';
import { describeClaim, renderClaim } from '../src/render-claim.js';
import type { Claim, Scenario } from '../src/scenario.js';
import { COLD_WAR_1955, EUROPE_1914 } from './historical-cases.js';

const claims: Claim[] = [
  { kind: 'balances', subject: 'UK', target: 'Germany', negated: false, theory: 'threat' },
  { kind: 'balances', subject: 'Italy', target: 'France', negated: false, theory: 'threat' },
  { kind: 'neutral', subject: 'Belgium', negated: true, theory: 'power' },
];
const scenario: Scenario = { ...EUROPE_1914, claims };
const analysis = analyze(scenario);

describe('renderers', () => {
  it('write explanations with display names, in text and Markdown', () => {
    const e = explain(scenario, analysis, 'UK')!;
    const text = renderExplanation(e, scenario, 'text');
    expect(text.split('\n')[0]).toBe('Britain balances against Germany (balance of threat)');
    expect(text).toContain('Main threat: Germany, threat ');
    expect(text).toContain('Under balance of power: Britain');
    expect(text).not.toMatch(/[ \t]$/m);
    const markdown = renderExplanation(e, scenario, 'markdown');
    expect(markdown.startsWith('### Britain balances against Germany')).toBe(true);
    expect(markdown).toContain('| factor | value | weight | share | basis |');
  });

  it('escape Markdown in names', () => {
    const odd: Scenario = {
      ...scenario,
      states: scenario.states.map((s) => (s.id === 'UK' ? { ...s, name: 'A|B *C*' } : s)),
    };
    const e = explain(odd, analyze(odd), 'UK')!;
    expect(renderExplanation(e, odd, 'markdown')).toContain('A\\|B \\*C\\*');
  });

  it('mark where the theories disagree', () => {
    const both = renderPredictions(analyze(COLD_WAR_1955), COLD_WAR_1955, { theory: 'both', format: 'text' });
    const italy = both.split('\n').find((l) => l.startsWith('Italy'))!;
    expect(italy).toMatch(/balances against Soviet Union +balances against United States +\*$/);
    expect(both).toContain('* the theories disagree');
    const one = renderPredictions(analysis, scenario, { theory: 'threat', format: 'markdown' });
    expect(one.split('\n').filter((l) => l.startsWith('| ')).length).toBe(scenario.states.length + 2);
  });

  it('write the coalitions and alliance verdicts', () => {
    const text = renderSystem(analysis.threat, scenario, 'text');
    expect(text).toContain('Triple Entente');
    expect(text).toContain('balancing');
  });

  it('write claims and their counterfactuals', () => {
    expect(describeClaim(claims[2]!, scenario)).toBe('Belgium does not stay neutral (balance of power)');
    const lines = analysis.claims.map((r) => renderClaim(r, scenario, 'text'));
    expect(lines[0]).toMatch(/^holds: Britain balances against Germany -- /);
    expect(lines[1]!.split('\n')[0]).toMatch(/^fails: Italy balances against France -- /);
    expect(lines[1]!.split('\n')[1]!.trim()).toBe(analysis.claims[1]!.counterfactual!.description);
    expect(renderClaim(analysis.claims[0]!, scenario, 'markdown')).toMatch(/^- \*\*holds\*\*: /);
  });

  it('are stable: the same input gives the same text', () => {
    const again = analyze(scenario);
    expect(renderPredictions(again, scenario, { theory: 'both', format: 'markdown' })).toBe(
      renderPredictions(analysis, scenario, { theory: 'both', format: 'markdown' }),
    );
    const e1 = renderExplanation(explain(scenario, analysis, 'Italy')!, scenario, 'text');
    const e2 = renderExplanation(explain(scenario, again, 'Italy')!, scenario, 'text');
    expect(e2).toBe(e1);
  });
});
