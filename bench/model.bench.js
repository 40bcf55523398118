// Model benchmarks (min, median and p95 in ms; the minimum is the least disturbed by other load
// on the machine): full evaluation (threat matrix, strategies, coalitions, alliances) for 200
// and 1,000 generated states under both theories, and the counterfactual search for one failed
// claim in a 200-state scenario. Reads the built package: run `npm run build` first (npm test
// does). Scenarios come from a seeded generator, so every run measures the same work.
import { analyze, evaluate, findCounterfactual } from '@threatlab/core';
import { measure, median, percentile, report, target } from './stats.js';

/** mulberry32: a small seeded generator, so the scenarios are the same on every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A world of `n` states: skewed power, random capitals, borders to near neighbours, perceptions, alliances. */
export function generateScenario(n, seed = 1) {
  const random = rng(seed);
  const raw = Array.from({ length: n }, () => 1 / (0.02 + random()) ** 1.5);
  const total = raw.reduce((a, b) => a + b, 0);
  const order = raw.map((v, i) => [v, i]).sort((a, b) => b[0] - a[0]);
  const majors = new Set(order.slice(0, Math.max(2, Math.round(n / 25))).map(([, i]) => i));
  const reaches = ['local', 'regional', 'global'];
  const states = raw.map((v, i) => ({
    id: `S${i}`,
    name: `State ${i}`,
    power: { kind: 'share', share: v / total },
    offense: Math.round(random() * 100) / 100,
    intent: Math.round(random() * 100) / 100,
    capital: { lat: random() * 140 - 70, lon: random() * 360 - 180 },
    reach: { kind: 'level', level: majors.has(i) ? 'global' : reaches[Math.floor(random() * 2)] },
    major: majors.has(i),
  }));
  const links = [];
  for (let i = 0; i < n; i++) {
    const a = states[i].capital;
    const near = states
      .map((s, j) => [Math.hypot(s.capital.lat - a.lat, s.capital.lon - a.lon), j])
      .filter(([, j]) => j !== i)
      .sort((x, y) => x[0] - y[0])
      .slice(0, 2);
    for (const [, j] of near) if (i < j) links.push({ kind: 'land', a: `S${i}`, b: `S${j}` });
  }
  const perceptions = [];
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 20; k++) {
      const j = Math.floor(random() * n);
      if (j !== i)
        perceptions.push({ observer: `S${i}`, target: `S${j}`, intent: Math.round(random() * 100) / 100 });
    }
  }
  const alliances = Array.from({ length: Math.round(n / 10) }, (_, k) => ({
    name: `Pact ${k}`,
    kind: 'defense',
    members: Array.from({ length: 2 + Math.floor(random() * 4) }, () => `S${Math.floor(random() * n)}`),
  }));
  return {
    title: `generated ${n}`,
    sources: [],
    wartime: false,
    states,
    links,
    perceptions,
    alliances,
    settings: {},
    claims: [],
  };
}

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
