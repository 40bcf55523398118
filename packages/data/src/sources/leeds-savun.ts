/**
 * Leeds & Savun (2007) external threat score per state-year, 0-1. The importer does not use it
 * to build scenarios; the back-test reports how well each theory's greatest threat score
 * tracks it, an outside check on the threat scores themselves.
 */
import { columns, type CsvTable } from '../csv/read-csv.js';
import { integerField, numberField } from '../csv/fields.js';

export class ThreatScores {
  constructor(private readonly byKey: ReadonlyMap<number, number>) {}

  get(ccode: number, year: number): number | undefined {
    return this.byKey.get(ccode * 10000 + year);
  }

  get size(): number {
    return this.byKey.size;
  }
}

export function readLeedsSavun(table: CsvTable): ThreatScores {
  const c = columns(table, ['ccode', 'year', 'lsthreat']);
  const byKey = new Map<number, number>();
  for (const row of table.rows) {
    const ccode = integerField(row[c.ccode]);
    const year = integerField(row[c.year]);
    const score = numberField(row[c.lsthreat]);
    if (ccode === undefined || year === undefined || score === undefined) continue;
    byKey.set(ccode * 10000 + year, score);
  }
  return new ThreatScores(byKey);
}
