/**
 * Corrections to the capital file (peacesciencer's compilation, Miller 2022), which gives some
 * states their present capital for their whole history. Each correction replaces the file's
 * spells of one state over a period with the cities that were the seat of government then,
 * with the dated event that moved it. Only long, well-documented periods are corrected; the
 * file stays right everywhere else.
 */
import type { CapitalSpell } from './capitals.js';
import { addDays, type Day } from '../day.js';

export interface CapitalCorrection {
  readonly ccode: number;
  /** The spells that replace the file's between the first start and the last end. */
  readonly spells: readonly Omit<CapitalSpell, 'ccode'>[];
  /** Why, with the event that dates each move. */
  readonly why: string;
}

export const CAPITAL_CORRECTIONS: readonly CapitalCorrection[] = [
  {
    ccode: 640,
    spells: [{ city: 'Constantinople', start: 18160101, end: 19231012, lat: 41.01, lon: 28.98 }],
    why: 'the Ottoman capital was Constantinople; the Grand National Assembly made Ankara the capital on 13 October 1923',
  },
  {
    ccode: 710,
    spells: [
      { city: 'Nanjing', start: 19270418, end: 19371119, lat: 32.06, lon: 118.8 },
      { city: 'Chongqing', start: 19371120, end: 19460504, lat: 29.56, lon: 106.55 },
      { city: 'Nanjing', start: 19460505, end: 19490930, lat: 32.06, lon: 118.8 },
    ],
    why: 'the Nationalist government sat in Nanjing from 18 April 1927, moved to Chongqing on 20 November 1937 and returned on 5 May 1946; Beijing again from 1 October 1949',
  },
];

/** The file's spells of every state with the corrections applied, and a note per corrected spell. */
export function correctCapitals(spells: readonly CapitalSpell[]): CapitalSpell[] {
  let result = [...spells];
  for (const correction of CAPITAL_CORRECTIONS) {
    const from: Day = correction.spells[0]!.start;
    const to: Day = correction.spells[correction.spells.length - 1]!.end;
    const kept: CapitalSpell[] = [];
    for (const s of result) {
      if (s.ccode !== correction.ccode || s.end < from || s.start > to) {
        kept.push(s);
        continue;
      }
      // Keep the parts of the file's spell outside the corrected period.
      if (s.start < from) kept.push({ ...s, end: addDays(from, -1) });
      if (s.end > to) kept.push({ ...s, start: addDays(to, 1) });
    }
    for (const spell of correction.spells)
      kept.push({ ...spell, ccode: correction.ccode, correction: correction.why });
    result = kept;
  }
  return result.sort((a, b) => a.ccode - b.ccode || a.start - b.start);
}
