/**
 * Aggregate power: the COW CINC score (Singer, Bremer & Stuckey 1972), a state's share of the
 * whole system's military expenditure, military personnel, iron and steel, energy, total and
 * urban population, averaged over the six. It is a share of the world, not of the selection:
 * a Europe of 1914 keeps the weights it had in the world.
 */
import { CINC_COMPONENTS, type CincComponent } from '@threatlab/core';
import type { Capabilities, CapabilityRecord } from '../sources/capabilities.js';
import type { Noted } from '../imported-system.js';
import { countText, floorSignificant } from '../number-text.js';
import { PROXY_PARAMETERS } from './parameters.js';

export function powerOf(capabilities: Capabilities, ccode: number, year: number): Noted<number> {
  const record = capabilities.get(ccode, year);
  if (!record) return { value: 0, note: `no NMC v6.0 record for ${year}: power 0` };
  const fromFile = record.cinc !== undefined;
  const cinc = record.cinc ?? recomputedCinc(record, capabilities.totals(year));
  const value = floorSignificant(cinc, PROXY_PARAMETERS.powerDigits);
  const how = fromFile ? `CINC ${year}` : `CINC ${year} recomputed from the reported components`;
  return { value, note: `${how} (NMC v6.0): ${componentsText(record)}` };
}

/** The components in words for a comment; missing ones say so. */
export function componentsText(record: CapabilityRecord): string {
  return CINC_COMPONENTS.map(
    (c) => `${c} ${record.components[c] === undefined ? 'missing' : countText(record.components[c]!)}`,
  ).join(', ');
}

/** CINC the COW way: the mean of the state's shares of each component it reports. */
export function recomputedCinc(
  record: CapabilityRecord,
  totals: Readonly<Record<CincComponent, number>>,
): number {
  let sum = 0;
  let count = 0;
  for (const c of CINC_COMPONENTS) {
    const v = record.components[c];
    if (v === undefined || !(totals[c] > 0)) continue;
    sum += v / totals[c];
    count++;
  }
  return count === 0 ? 0 : sum / count;
}
