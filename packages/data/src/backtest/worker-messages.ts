/** What the main thread and a back-test worker say to each other. */
import type { SettingName } from '@threatlab/core';
import type { YearJob, YearOutcome } from './backtest-year.js';

export type WorkerTask =
  | {
      readonly kind: 'year';
      readonly job: YearJob;
      readonly settings?: Readonly<Partial<Record<SettingName, number>>>;
    }
  | { readonly kind: 'end' };

export type WorkerReply =
  | { readonly kind: 'year'; readonly outcome: YearOutcome }
  | { readonly kind: 'error'; readonly message: string };
