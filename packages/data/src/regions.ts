/**
 * Regions as the Correlates of War define them, by ranges of COW codes (the ranges the MID and
 * COW war data use): the Americas 2-165, Europe 200-395, Africa 402-626, the Middle East
 * 630-698, Asia 700-990 (Oceania, 900-990, is part of Asia in COW and also offered alone).
 */

export interface Region {
  readonly name: string;
  readonly title: string;
  readonly ranges: readonly (readonly [number, number])[];
}

export const REGIONS: readonly Region[] = [
  { name: 'americas', title: 'The Americas', ranges: [[2, 165]] },
  { name: 'europe', title: 'Europe', ranges: [[200, 395]] },
  { name: 'africa', title: 'Africa', ranges: [[402, 626]] },
  { name: 'middle-east', title: 'The Middle East', ranges: [[630, 698]] },
  { name: 'asia', title: 'Asia and Oceania', ranges: [[700, 990]] },
  { name: 'oceania', title: 'Oceania', ranges: [[900, 990]] },
  { name: 'world', title: 'The state system', ranges: [[0, 9999]] },
];

export function regionNamed(name: string): Region | undefined {
  const wanted = name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return REGIONS.find((r) => r.name === wanted || (wanted === 'all' && r.name === 'world'));
}

export function inRegion(region: Region, ccode: number): boolean {
  return region.ranges.some(([from, to]) => ccode >= from && ccode <= to);
}
