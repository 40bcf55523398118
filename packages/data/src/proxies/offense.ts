/**
 * Offensive capability: how militarised a state's capabilities are. Walt's third source of
 * threat is forces able to take and hold others' territory; the data hold no doctrine or force
 * structure, so the proxy is the state's share of the system's military expenditure and
 * personnel (the mean of the two) relative to its CINC share. A ratio m of 1 is an average
 * state; offense = m / (1 + m) maps it to 0.5, twice as militarised to 0.67, half to 0.33.
 */
import type { Capabilities } from '../sources/capabilities.js';
import type { Noted } from '../imported-system.js';
import { roundTo, significantText } from '../number-text.js';
import { PROXY_PARAMETERS } from './parameters.js';

export function offenseOf(
  capabilities: Capabilities,
  ccode: number,
  year: number,
  cinc: number,
): Noted<number> | undefined {
  const record = capabilities.get(ccode, year);
  if (!record || !(cinc > 0)) return undefined;
  const totals = capabilities.totals(year);
  const shares: number[] = [];
  const used: string[] = [];
  if (record.components.milex !== undefined && totals.milex > 0) {
    shares.push(record.components.milex / totals.milex);
    used.push('milex');
  }
  if (record.components.milper !== undefined && totals.milper > 0) {
    shares.push(record.components.milper / totals.milper);
    used.push('milper');
  }
  if (shares.length === 0) return undefined;
  const military = shares.reduce((a, b) => a + b, 0) / shares.length;
  const ratio = military / cinc;
  const raw = ratio / (1 + ratio);
  const value = roundTo(
    Math.min(PROXY_PARAMETERS.offenseMax, Math.max(PROXY_PARAMETERS.offenseMin, raw)),
    PROXY_PARAMETERS.unitDecimals,
  );
  return {
    value,
    note: `military share ${significantText(military, 3)} (${used.join(' and ')}) over CINC ${significantText(cinc, 3)}: ${ratio.toFixed(2)}x the system's militarisation, m/(1+m)`,
  };
}
