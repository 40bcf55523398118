// Shared helpers for the benchmarks: timing with warm-up, percentiles, and one line per result.
import { performance } from 'node:perf_hooks';

// bench/run.js starts each benchmark with --expose-gc. Collecting before every measured run is
// opt-in (`collect: true`): after a forced full collection V8 shrinks the heap, and the next
// run of a large parse pays for growing it again, which doubled the parse timings.
const forceGc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};

/** Runs `fn` `warmup` times unmeasured, then `runs` times; returns the durations in ms, sorted. */
export function measure(fn, { warmup = 10, runs = 30, collect = false } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    if (collect) forceGc();
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

/** Async variant of `measure`. */
export async function measureAsync(fn, { warmup = 10, runs = 30 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

/** The p-th percentile (0-100) of sorted values, by nearest rank. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function median(sorted) {
  return percentile(sorted, 50);
}

/** Prints one result line: a name, then `key=value` pairs, numbers to 2 decimals. */
export function report(name, values) {
  const parts = Object.entries(values).map(([k, v]) => `${k}=${typeof v === 'number' ? formatNumber(v) : v}`);
  console.log(`${name.padEnd(44)} ${parts.join('  ')}`);
}

function formatNumber(v) {
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) >= 100) return v.toFixed(0);
  return v.toFixed(2);
}

/** Prints a target next to a measured value: `ok` or `MISSED`; benchmarks report, they never fail. */
export function target(label, value, limit, unit = 'ms') {
  const verdict = value <= limit ? 'ok' : 'MISSED';
  console.log(`  target: ${label} ${formatNumber(value)} ${unit} <= ${limit} ${unit}: ${verdict}`);
}
