// A tiny in-process queue: at most `concurrency` jobs run at once, the others wait their turn in
// order. Image processing goes through one (process.ts), so ten large uploads at once are decoded
// one or two at a time instead of all together (which took 1 GB and slowed public pages to 5 s).
import os from 'node:os';

export class WorkQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  /** the most jobs that ran at the same time (for tests and monitoring) */
  peak = 0;
  /** jobs finished, successfully or not */
  done = 0;

  constructor(private limit: number) {
    this.concurrency = limit;
  }

  get concurrency(): number {
    return this.limit;
  }

  set concurrency(value: number) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`queue concurrency must be a whole number ≥ 1, got ${value}`);
    this.limit = value;
    while (this.running < this.limit && this.waiting.length > 0) {
      this.running++;
      this.waiting.shift()!();
    }
  }

  /** jobs running now */
  get active(): number {
    return this.running;
  }

  /** jobs waiting for a turn */
  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.running < this.limit) this.running++;
    // the slot is handed over by the job that finishes (running is not decremented in between)
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.peak = Math.max(this.peak, this.running);
    try {
      return await job();
    } finally {
      this.done++;
      const next = this.running <= this.limit ? this.waiting.shift() : undefined;
      if (next) next();
      else this.running--;
    }
  }

  /** Starts counting `peak` and `done` afresh. */
  resetStats(): void {
    this.peak = this.running;
    this.done = 0;
  }
}

/**
 * Images processed at once: half the cores, at least one (one on the 2-core server). Each image
 * also uses one libvips thread (sharp.concurrency(1) in process.ts), so the other half of the
 * machine keeps serving pages while uploads are converted.
 */
export function defaultImageConcurrency(cores = os.availableParallelism()): number {
  return Math.max(1, Math.floor(cores / 2));
}
