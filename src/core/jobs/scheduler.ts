// The publishing scheduler: every few seconds, the process holding the lease publishes what is
// due. publishDue's conditional update keeps each publication exactly-once even if two
// processes ever ran it at the same moment.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { publishDue } from '../workflow/content.ts';
import { acquireLease } from './lease.ts';

export interface Scheduler {
  tick(): Promise<number[]>;
  stop(): void;
}

export function startScheduler(db: Kysely<Database>, options: { intervalMs?: number; onError?: (error: unknown) => void; onPublish?: (ids: number[]) => void } = {}): Scheduler {
  const holder = randomUUID();
  const interval = options.intervalMs ?? 15_000;
  let running = false;
  const tick = async (): Promise<number[]> => {
    if (running) return [];
    running = true;
    try {
      if (!(await acquireLease(db, 'publish-scheduled', holder, interval * 3))) return [];
      const ids = await publishDue(db);
      if (ids.length > 0) options.onPublish?.(ids);
      return ids;
    } catch (error) {
      options.onError?.(error);
      return [];
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), interval);
  timer.unref();
  return { tick, stop: () => clearInterval(timer) };
}
