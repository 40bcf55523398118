/**
 * When to analyse a document after an edit. Each edit restarts the wait for its document
 * (debouncing), and an analysis runs in stages with a token that a newer edit cancels, so
 * stale work stops at the next stage boundary instead of publishing old results.
 *
 * The wait defaults to nothing more than the end of the current event-loop turn: edits that
 * arrived together are analysed once, and a lone keystroke is analysed at once.
 */
export interface CancellationFlag {
  readonly cancelled: boolean;
}

/** An analysis in stages: each `yield` is a point where a newer edit may cancel it. */
export type StagedRun = (uri: string, flag: CancellationFlag) => Generator<void, void, void>;

interface Pending {
  timer: NodeJS.Timeout | NodeJS.Immediate;
  delayed: boolean;
  flag: { cancelled: boolean };
}

export class DiagnosticsScheduler {
  private readonly pending = new Map<string, Pending>();
  private readonly running = new Map<string, { cancelled: boolean }>();

  constructor(
    private readonly run: StagedRun,
    private readonly delayMs: () => number,
    private readonly onError: (error: unknown) => void,
  ) {}

  schedule(uri: string): void {
    this.cancel(uri);
    const flag = { cancelled: false };
    const delay = this.delayMs();
    const start = () => {
      this.pending.delete(uri);
      this.start(uri, flag);
    };
    const timer = delay > 0 ? setTimeout(start, delay) : setImmediate(start);
    this.pending.set(uri, { timer, delayed: delay > 0, flag });
  }

  /** Stops waiting for, and cancels any running analysis of, `uri`. */
  cancel(uri: string): void {
    const pending = this.pending.get(uri);
    if (pending) {
      if (pending.delayed) clearTimeout(pending.timer as NodeJS.Timeout);
      else clearImmediate(pending.timer as NodeJS.Immediate);
      pending.flag.cancelled = true;
      this.pending.delete(uri);
    }
    const running = this.running.get(uri);
    if (running) running.cancelled = true;
  }

  dispose(): void {
    for (const uri of [...this.pending.keys(), ...this.running.keys()]) this.cancel(uri);
  }

  private start(uri: string, flag: { cancelled: boolean }): void {
    let stages: Generator<void, void, void>;
    try {
      stages = this.run(uri, flag);
    } catch (error) {
      this.onError(error);
      return;
    }
    this.running.set(uri, flag);
    const step = () => {
      if (flag.cancelled) {
        if (this.running.get(uri) === flag) this.running.delete(uri);
        return;
      }
      let done: boolean | undefined;
      try {
        done = stages.next().done;
      } catch (error) {
        this.onError(error);
        done = true;
      }
      if (done) {
        if (this.running.get(uri) === flag) this.running.delete(uri);
      } else setImmediate(step);
    };
    step();
  }
}
