/**
 * The scenario's states as dense indices, so the model can keep its matrices in typed arrays.
 *
 * A repeated identifier keeps its first declaration (the checker reports the duplicate). The
 * identifier order (`idRank`) is the last tie-breaker anywhere in the model, and the only place
 * where a state's name can change a result.
 */
import type { StateFacts, StateId } from './scenario.js';
import { nameOfState } from './display-names.js';

/** The scenario's states numbered 0..n-1 in declaration order, so the model works on arrays. */
export interface StateTable {
  readonly size: number;
  /** States in declaration order, duplicates removed. */
  readonly facts: readonly StateFacts[];
  readonly ids: readonly StateId[];
  /** Display names, falling back to the identifier. */
  readonly names: readonly string[];
  /** The position of each identifier in plain code-unit order; used only to break exact ties. */
  readonly idRank: Int32Array;
  indexOf(id: StateId): number;
}

/** Indexes the states of a scenario; tolerant of duplicates and of missing names. */
export function buildStateTable(states: readonly StateFacts[]): StateTable {
  const index = new Map<StateId, number>();
  const facts: StateFacts[] = [];
  for (const state of states ?? []) {
    if (state === null || typeof state !== 'object' || typeof state.id !== 'string' || index.has(state.id))
      continue;
    index.set(state.id, facts.length);
    facts.push(state);
  }
  const ids = facts.map((f) => f.id);
  const names = facts.map(nameOfState);
  // Code-unit order, not localeCompare: the result must not depend on the machine's locale.
  const sorted = ids
    .map((id, i) => [id, i] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const idRank = new Int32Array(ids.length);
  sorted.forEach(([, i], rank) => (idRank[i] = rank));
  return {
    size: facts.length,
    facts,
    ids,
    names,
    idRank,
    indexOf: (id) => index.get(id) ?? -1,
  };
}
