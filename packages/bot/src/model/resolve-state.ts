/**
 * Names as members write them ("the United Kingdom", "germany", "Germany's") to the state
 * identifiers of the channel's scenario, with a "did you mean" when nothing matches.
 */
import { closestMatch } from '@threatlab/dsl';
import type { StateName } from '../engine/jobs.js';

export type Resolution =
  | { readonly ok: true; readonly id: string; readonly name: string }
  | { readonly ok: false; readonly message: string };

export function resolveState(raw: string, states: readonly StateName[]): Resolution {
  const cleaned = raw
    .trim()
    .replace(/^["'`]+|["'`]+$/g, '')
    .replace(/(?:'s|’s|')$/i, '')
    .trim();
  const candidates = [cleaned, cleaned.replace(/^the\s+/i, '')];
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    const found =
      states.find((s) => s.id === candidate) ??
      states.find((s) => s.id.toLowerCase() === lower) ??
      states.find((s) => s.name.toLowerCase() === lower) ??
      states.find((s) => s.name.toLowerCase().replace(/^the\s+/, '') === lower);
    if (found) return { ok: true, id: found.id, name: found.name };
  }
  const all = states.flatMap((s) => (s.name === s.id ? [s.id] : [s.id, s.name]));
  const guess = closestMatch(candidates[1]!, all);
  const suggestion = guess
    ? `; did you mean "${guess}"?`
    : states.length > 0
      ? `; its states are ${states.map((s) => s.id).join(', ')}`
      : '';
  return { ok: false, message: `The scenario has no state "${cleaned}"${suggestion}` };
}
