// A seeded generator of scenarios for the benchmarks: the same world on every run, so every run
// measures the same work. Shared by model.bench.js and graph.bench.js.

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
