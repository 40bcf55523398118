/**
 * A one-line progress bar on standard error, redrawn in place, shown only on a terminal so
 * that logs and pipes stay clean.
 */
import type { Io } from '../io.js';

const WIDTH = 30;

export function progressBar(
  io: Io,
  label: string,
): { update(done: number, total: number): void; finish(): void } {
  let drawn = false;
  let last = -1;
  return {
    update(done, total) {
      if (!io.isTty || total <= 0) return;
      const filled = Math.round((done / total) * WIDTH);
      if (filled === last && done !== total) return;
      last = filled;
      io.err(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total}`);
      drawn = true;
    },
    finish() {
      if (drawn) io.err('\n');
    },
  };
}
