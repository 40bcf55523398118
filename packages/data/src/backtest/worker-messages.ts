/** What the main thread and a back-test worker say to each other. */
import type { SettingName } from '@threatlab/core';
import type { YearOutcome } from './backtest-year.js';

export interface WorkerTask {
  readonly folder: string;
  readonly years: readonly number[];
  readonly settings?: Readonly<Partial<Record<SettingName, number>>>;
  readonly external?: boolean;
}

export type WorkerReply =
  | { readonly kind: 'year'; readonly outcome: YearOutcome }
  | { readonly kind: 'done' }
  | { readonly kind: 'error'; readonly message: string };
