/**
 * Generated scenarios of any size, for benchmarks and tests (parse throughput, editor
 * latency, linear-time checks). Deterministic: the same options give the same text.
 */

/** Options of a generated scenario beyond its size. */
export interface GenerateOptions {
  /** Every state sees every other (n² perception lines), as in the editor benchmark. */
  readonly perceptionMatrix?: boolean;
  /** Seed for the pseudo-random values. */
  readonly seed?: number;
}

const INTENTS = ['benign', 'status-quo', 'revisionist', 'hostile'] as const;
const OFFENSES = ['low', 'medium', 'high'] as const;

/** A valid scenario of `count` states with borders, perceptions, alliances and claims. */
export function generateScenario(count: number, options: GenerateOptions = {}): string {
  let seed = (options.seed ?? 1) >>> 0;
  // A small linear congruential generator: enough spread for benchmarks, no dependency.
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const lines: string[] = [
    `scenario "Generated, ${count} states" {`,
    '  year 1914',
    '  source "generated for benchmarks"',
    '}',
    '',
  ];
  // Power shares of the whole system add up to at most 1, as real CINC shares do.
  const weights = Array.from({ length: count }, () => 0.05 + random());
  const total = weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < count; i++) {
    const power = ((weights[i]! / total) * 0.999).toFixed(8);
    const lat = (random() * 120 - 60).toFixed(2);
    const lon = (random() * 340 - 170).toFixed(2);
    lines.push(
      `state S${i} "State ${i}" { power ${power}  offense ${pick(OFFENSES)}  intent ${pick(INTENTS)}  capital ${lat} ${lon} }`,
    );
  }
  lines.push('');
  for (let i = 1; i < count; i++) lines.push(`border S${i - 1} S${i}`);
  for (let i = 2; i < count; i += 3) lines.push(`sea S${i - 2} S${i} ${Math.floor(20 + random() * 400)} km`);
  lines.push('');
  if (options.perceptionMatrix) {
    for (let i = 0; i < count; i++) {
      for (let j = 0; j < count; j++)
        if (i !== j) lines.push(`S${i} sees S${j} as ${pick(INTENTS)} ${random().toFixed(2)}`);
    }
  } else {
    for (let i = 2; i < count; i++) lines.push(`S${i} sees S${i - 2} as ${pick(INTENTS)}`);
  }
  lines.push('');
  for (let i = 0; i + 2 < count; i += 10)
    lines.push(`alliance "Pact ${i}" defense 1900: S${i}, S${i + 1}, S${i + 2}`);
  lines.push('');
  for (let i = 0; i + 1 < count && i < 50; i += 5) lines.push(`expect S${i} balances against S${i + 1}`);
  return `${lines.join('\n')}\n`;
}
