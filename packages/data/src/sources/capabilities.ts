/**
 * COW National Material Capabilities v6.0: the six components and CINC per state-year.
 * Missing components are coded -9 and read as undefined; CINC itself is complete in v6.0, and
 * when a row lacks it the importer recomputes it the COW way (see `proxies/power.ts`).
 */
import type { CincComponent } from '@threatlab/core';
import { CINC_COMPONENTS } from '@threatlab/core';
import { columns, type CsvTable } from '../csv/read-csv.js';
import { integerField, numberField } from '../csv/fields.js';

export interface CapabilityRecord {
  readonly ccode: number;
  readonly year: number;
  readonly components: Readonly<Record<CincComponent, number | undefined>>;
  readonly cinc: number | undefined;
}

export class Capabilities {
  private readonly byKey = new Map<number, CapabilityRecord>();
  private readonly totalsByYear = new Map<number, Record<CincComponent, number>>();

  constructor(records: readonly CapabilityRecord[]) {
    for (const record of records) {
      this.byKey.set(key(record.ccode, record.year), record);
      let totals = this.totalsByYear.get(record.year);
      if (!totals) {
        totals = { milex: 0, milper: 0, irst: 0, pec: 0, tpop: 0, upop: 0 };
        this.totalsByYear.set(record.year, totals);
      }
      for (const c of CINC_COMPONENTS) totals[c] += record.components[c] ?? 0;
    }
  }

  get(ccode: number, year: number): CapabilityRecord | undefined {
    return this.byKey.get(key(ccode, year));
  }

  /** The system's total of each component in a year, over the states that report it. */
  totals(year: number): Readonly<Record<CincComponent, number>> {
    return this.totalsByYear.get(year) ?? { milex: 0, milper: 0, irst: 0, pec: 0, tpop: 0, upop: 0 };
  }
}

const key = (ccode: number, year: number) => ccode * 10000 + year;

export function readCapabilities(table: CsvTable): Capabilities {
  const c = columns(table, ['ccode', 'year', ...CINC_COMPONENTS, 'cinc']);
  const records: CapabilityRecord[] = [];
  for (const row of table.rows) {
    const ccode = integerField(row[c.ccode]);
    const year = integerField(row[c.year]);
    if (ccode === undefined || year === undefined) continue;
    const components = {} as Record<CincComponent, number | undefined>;
    for (const component of CINC_COMPONENTS) {
      const value = numberField(row[c[component]]);
      components[component] = value !== undefined && value >= 0 ? value : undefined;
    }
    const cinc = numberField(row[c.cinc]);
    records.push({ ccode, year, components, cinc: cinc !== undefined && cinc >= 0 ? cinc : undefined });
  }
  return new Capabilities(records);
}
