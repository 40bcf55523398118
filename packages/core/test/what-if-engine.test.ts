/**
 * The incremental engine behind the counterfactual search must agree with the full model on
 * the changed scenario, for every kind of change.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../src/evaluate.js';
import { applyChange } from '../src/apply-change.js';
import { internalsOf } from '../src/evaluation-internals.js';
import { WhatIfEngine, type EngineChange } from '../src/what-if-engine.js';
import type { FactChange } from '../src/explanation.js';
import type { SettingName } from '../src/settings.js';
import { scenarioArbitrary } from './arbitraries.js';

const SETTINGS: SettingName[] = [
  'weight-power',
  'weight-intent',
  'neutral-threat',
  'neutral-power',
  'weakness',
  'ally-help',
  'bandwagon-proximity',
  'partner-threat',
  'great-powers-bandwagon',
  'wartime-weakness',
];

describe('WhatIfEngine', () => {
  it('decides the subject as the full model does on applyChange(...)', () => {
    const change = fc.record({
      kind: fc.constantFrom('perception', 'intent', 'offense', 'power', 'setting'),
      a: fc.nat(),
      b: fc.nat(),
      setting: fc.constantFrom(...SETTINGS),
      value: fc.integer({ min: 0, max: 1000 }).map((v) => v / 1000),
    });
    fc.assert(
      fc.property(
        scenarioArbitrary({ maxStates: 8 }),
        fc.constantFrom('threat', 'power'),
        change,
        fc.nat(),
        (scenario, theory, c, s) => {
          const evaluation = evaluate(scenario, theory);
          const n = evaluation.states.length;
          const ids = evaluation.states;
          const subject = s % n;
          const i = c.a % n;
          const j = (i + 1 + (c.b % (n - 1))) % n;
          let engineChange: EngineChange;
          let fact: (from: number, to: number) => FactChange;
          let value = c.value;
          if (c.kind === 'perception') {
            engineChange = { kind: 'perception', observer: i, target: j };
            fact = (from, to) => ({ kind: 'perception', observer: ids[i]!, target: ids[j]!, from, to });
          } else if (c.kind === 'setting') {
            engineChange = { kind: 'setting', name: c.setting };
            if (c.setting.startsWith('weight-')) value = c.value * 5;
            if (c.setting === 'great-powers-bandwagon') value = Math.round(c.value);
            fact = (from, to) => ({ kind: 'setting', name: c.setting, from, to });
          } else {
            const kind = c.kind as 'intent' | 'offense' | 'power';
            engineChange = { kind, state: i };
            fact = (from, to) => ({ kind, state: ids[i]!, from, to });
          }
          const engine = new WhatIfEngine(internalsOf(evaluation)!);
          const from = engine.valueOf(engineChange);
          const fast = engine.tryValue(engineChange, value, (e) => e.decide(subject));
          const full = evaluate(applyChange(scenario, fact(from, value)), theory).predictions.get(
            ids[subject]!,
          )!;
          expect(fast.strategy).toBe(full.strategy);
          expect(fast.target < 0 ? undefined : ids[fast.target]).toBe(full.target);
          // And the engine is back where it started.
          const again = engine.tryValue(engineChange, from, (e) => e.decide(subject));
          const before = evaluation.predictions.get(ids[subject]!)!;
          expect(again.strategy).toBe(before.strategy);
        },
      ),
      { numRuns: 300 },
    );
  });
});
