/**
 * What an import produces before it is written anywhere: every derived number with the note
 * that says where it came from. `to-scenario.ts` turns it into the model's input and
 * `to-threat-text.ts` into a `.threat` file; both read the same rounded numbers.
 */
import type { AllianceKind, CincComponent } from '@threatlab/core';

/** A number and the sentence explaining it, written as a comment beside it. */
export interface Noted<T> {
  readonly value: T;
  readonly note: string;
}

export interface ImportedState {
  readonly ccode: number;
  readonly abbreviation: string;
  readonly id: string;
  /** The name in the year (see historical-names.ts). */
  readonly name: string;
  /** The name COW gives the code. */
  readonly cowName: string;
  /** CINC share, rounded. */
  readonly power: Noted<number>;
  /** The six NMC components as reported (undefined where missing), for `--power components`. */
  readonly components: Readonly<Record<CincComponent, number | undefined>>;
  /** Absent when NMC has neither military expenditure nor personnel: the model's default applies. */
  readonly offense?: Noted<number>;
  readonly intent: Noted<number>;
  readonly capital?: Noted<{ readonly lat: number; readonly lon: number; readonly city: string }>;
  /** Set for major powers: global reach. */
  readonly reach?: Noted<'global'>;
  readonly major?: Noted<true>;
}

export type ImportedLink =
  | { readonly kind: 'land'; readonly a: string; readonly b: string; readonly note: string }
  | {
      readonly kind: 'sea';
      readonly a: string;
      readonly b: string;
      readonly miles: number;
      readonly note: string;
    }
  | {
      readonly kind: 'distance';
      readonly a: string;
      readonly b: string;
      readonly km: number;
      readonly note: string;
    };

export interface ImportedPerception {
  readonly observer: string;
  readonly target: string;
  readonly intent: number;
  readonly note: string;
}

export interface ImportedAlliance {
  readonly atopId: number;
  readonly name: string;
  readonly kind: AllianceKind;
  readonly year: number;
  readonly members: readonly string[];
  readonly note: string;
}

/** A war in progress on the day, with the selected belligerents on each side (identifiers). */
export interface ImportedWar {
  readonly war: number;
  readonly name: string;
  readonly sides: readonly (readonly string[])[];
}

export interface ImportedSystem {
  readonly year: number;
  /** The day the scenario describes, yyyymmdd. */
  readonly day: number;
  readonly title: string;
  readonly sources: readonly string[];
  readonly wartime: Noted<boolean>;
  /** Wars in progress on the day (COW Inter-State Wars v4.0). */
  readonly wars: readonly ImportedWar[];
  readonly states: readonly ImportedState[];
  readonly links: readonly ImportedLink[];
  readonly perceptions: readonly ImportedPerception[];
  readonly alliances: readonly ImportedAlliance[];
  /** Things the import left out or could not do, one sentence each, written at the top of the file. */
  readonly remarks: readonly string[];
  /**
   * The dispute and war record of each selected pair (observer*1000+target), the evidence the
   * perceptions come from: the back-test's worst-dispute-opponent baseline reads it.
   */
  readonly disputeRecords: ReadonlyMap<number, number>;
  /** COW code to identifier, for the back-test. */
  readonly idOf: ReadonlyMap<number, string>;
}
