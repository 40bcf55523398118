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
  /** MIDs active in the preceding years inform intentions. */
  disputeWindowYears: 10,
  /** A dispute's weight halves every this many years since it was last active. */
  disputeHalfLifeYears: 5,
  /** Intent with no revisionist record: the status-quo level. */
  baselineIntent: INTENT_LEVELS['status-quo'],
  /** The most a record can add to the baseline: 0.3 + 0.6 reaches 0.9, the hostile level. */
  intentRange: INTENT_LEVELS.hostile - INTENT_LEVELS['status-quo'],
  /**
   * The size of a record that moves intent 63% (1 - 1/e) of the way from status quo to hostile:
   * about two recent wars of revision, or four recent uses of force.
   */
  recordScale: 2,
  /** Hostility aimed at the observer itself counts this many times a revisionist record in general. */
  dyadicWeight: 2,
  /** A non-revisionist party's hostility counts this fraction of a revisionist's (it may be defending). */
  defensiveHostility: 0.5,
  /** Intent an alliance member perceives in a state its treaty names as the threat: at least revisionist. */
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
