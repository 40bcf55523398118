/**
 * Every number the importer's proxies use, in one place, fixed before any back-test was run
 * (docs/data.md explains each). The back-test report prints them beside the model settings.
 */
import { INTENT_LEVELS } from '@threatlab/core';

export const PROXY_PARAMETERS = {
  /** Power shares keep this many significant digits (CINC is given to 8 or 9). */
  powerDigits: 4,
  /** Offense and intent are written with two decimals. */
  unitDecimals: 2,
  /** Offense stays inside [min, max]: no state is wholly without offensive means, none is all offense. */
  offenseMin: 0.05,
  offenseMax: 0.95,
  /** Disputes and wars in the preceding years inform intentions; older ones are forgotten. */
  disputeWindowYears: 20,
  /** A dispute's or war's weight halves every this many years since it was last active. */
  disputeHalfLifeYears: 5,
  /** Intent with no record: the status-quo level. */
  baselineIntent: INTENT_LEVELS['status-quo'],
  /**
   * The most a state's record against anyone adds for observers without a record of their own:
   * a weak prior, 0.3 + 0.1 at most, well below the revisionist level (0.7).
   */
  priorRange: 0.1,
  /** The revisionist record that moves the prior 63% (1 - 1/e) of its range: two recent wars of revision. */
  priorScale: 2,
  /**
   * The pair's own record that moves intent 63% of the way from its base to hostile (0.9): one
   * recent war between them, or two recent uses of force by a revisionist against the observer.
   */
  evidenceScale: 1,
  /** A non-revisionist party's hostility counts this fraction of a revisionist's (it may be defending). */
  defensiveHostility: 0.5,
  /** Intent seen in a state a treaty in force names as the threat (to or by the observer's side): at least revisionist. */
  namedThreatIntent: INTENT_LEVELS.revisionist,
  /** Capital coordinates are written with two decimals (about 1 km). */
  coordinateDecimals: 2,
} as const;

/** The MID hostility levels in words (Ghosn, Palmer & Bremer 2004). */
export const HOSTILITY_LEVELS: Readonly<Record<number, string>> = {
  1: 'no militarized action',
  2: 'threat to use force',
  3: 'display of force',
  4: 'use of force',
  5: 'war',
};
