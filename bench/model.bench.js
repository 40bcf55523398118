// Model benchmarks (min, median and p95 in ms; the minimum is the least disturbed by other load
// on the machine): full evaluation (threat matrix, strategies, coalitions, alliances) for 200
// and 1,000 generated states under both theories, and the counterfactual search for one failed
// claim in a 200-state scenario. Reads the built package: run `npm run build` first (npm test
// does). Scenarios come from a seeded generator, so every run measures the same work.
import { analyze, evaluate, findCounterfactual } from '@threatlab/core';
import { generateScenario } from './generate-scenario.js';
import { measure, median, percentile, report, target } from './stats.js';

function benchEvaluate(n) {
  const scenario = generateScenario(n);
  const runs = n >= 1000 ? 15 : 60;
  // Enough warm-up runs for the optimising compiler to settle: with 20 the median still
  // included unoptimised runs and read 5 ms where the steady state is under 3 ms.
  const warmup = n >= 1000 ? 3 : 300;
  const results = {};
  for (const theory of ['threat', 'power']) {
    const times = measure(() => evaluate(scenario, theory), { warmup, runs });
    report(`evaluate (${theory}), ${n} states`, {
      min: times[0],
      median: median(times),
      p95: percentile(times, 95),
    });
    results[theory] = times;
  }
  // What the CLI, language server and bot call: both theories on one shared geography.
  const both = measure(() => analyze(scenario), { warmup, runs });
  report(`analyze (both theories, no claims), ${n} states`, {
    min: both[0],
    median: median(both),
    p95: percentile(both, 95),
  });
  results.both = both;
  // Reading every state's full ranked threat list, which evaluation builds only on demand.
  const lists = measure(
    () => {
      const e = evaluate(scenario, 'threat');
      for (const p of e.predictions.values()) void (p.threats.length + p.partners.length);
    },
    { warmup: 2, runs: n >= 1000 ? 5 : 20 },
  );
  report(`evaluate + every ranked threat list, ${n} states`, {
    min: lists[0],
    median: median(lists),
    p95: percentile(lists, 95),
  });
  return results;
}

const at200 = benchEvaluate(200);
target('evaluate 200 states, one theory (median)', median(at200.threat), 5);
target('analyze 200 states, both theories (median)', median(at200.both), 5);
benchEvaluate(1000);

// One failed claim: the weakest state is claimed to balance against the strongest.
const scenario = generateScenario(200, 7);
const weakest = [...scenario.states].sort((a, b) => a.power.share - b.power.share)[0].id;
const strongest = [...scenario.states].sort((a, b) => b.power.share - a.power.share)[0].id;
const claim = { kind: 'balances', subject: weakest, target: strongest, negated: false, theory: 'threat' };
const withClaim = { ...scenario, claims: [claim] };
const holds = analyze(withClaim, { counterfactuals: false }).claims[0].holds;
const found = findCounterfactual(withClaim, claim);
console.log(
  `  claim "${weakest} balances against ${strongest}": holds=${holds}; ${found?.description ?? 'no counterfactual found'}`,
);
const search = measure(() => findCounterfactual(withClaim, claim), { warmup: 3, runs: 20 });
report('counterfactual search, 200 states', {
  min: search[0],
  median: median(search),
  p95: percentile(search, 95),
});
