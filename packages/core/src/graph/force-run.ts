/**
 * Runs d3-force's forces for a fixed number of steps, deterministically.
 *
 * d3-force's `forceSimulation` starts a d3-timer the moment it is created, which reads the
 * clock and schedules a callback; core reads no clock. The forces themselves (collision,
 * attraction to a point, many-body) are plain functions of the nodes, so this file gives them
 * the same stepping `simulation.tick()` does (alpha decaying over 300 steps, velocity decay
 * 0.4) and the same seeded random source, and nothing else.
 */
import type { Force, SimulationNodeDatum } from 'd3-force';

/** d3-force's own linear congruential generator, seeded: the same jiggle on every run. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (1664525 * s + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

/**
 * Moves `nodes` (which must have x and y) by `forces` for at most `steps` steps of a cooling
 * simulation; `settled`, checked every ten steps, may end it earlier.
 */
export function runForces<N extends SimulationNodeDatum>(
  nodes: N[],
  forces: readonly Force<N, undefined>[],
  steps: number,
  settled: () => boolean = () => false,
): void {
  const random = lcg(1);
  nodes.forEach((node, i) => {
    node.index = i;
    node.vx = 0;
    node.vy = 0;
  });
  for (const force of forces) force.initialize?.(nodes, random);
  const alphaMin = 0.001;
  const alphaDecay = 1 - Math.pow(alphaMin, 1 / 300);
  const velocityDecay = 0.6;
  let alpha = 1;
  for (let step = 0; step < steps; step++) {
    alpha += (0 - alpha) * alphaDecay;
    for (const force of forces) force(alpha);
    for (const node of nodes) {
      node.x! += node.vx! *= velocityDecay;
      node.y! += node.vy! *= velocityDecay;
    }
    if (step % 10 === 9 && settled()) return;
  }
}
