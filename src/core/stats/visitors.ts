// The footer's visitor counter (bộ đếm lượt truy cập, Decree 42/2022 B7): people online now,
// visits today and in total, counted on the server without cookies or third-party trackers.
//
// A visitor is a keyed hash of (day, IP address, browser) — the key is the installation's secret,
// the day is part of it, so nothing identifies a person across days and no address is stored.
// A visit starts when a visitor has not been seen for 30 minutes. Page views are gathered in
// memory and written every few seconds (never a write per request); the write decides "new visit"
// with conditional statements on the visitor's row, so several app nodes that see the same visitor
// count one visit, not one per node.
import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { appSecret } from '../settings.ts';
import { localDay } from './periods.ts';
import { statsDb, type StatsTrx } from './schema.ts';

/** A visit ends after this long without a page view. */
export const visitGapMs = 30 * 60_000;
/** "Online now" = seen within this window. */
export const onlineWindowMs = 5 * 60_000;

export interface VisitorStats {
  online: number;
  today: number;
  total: number;
}

export interface VisitorCounterOptions {
  /** milliseconds between writes; 0 = no timer (call flush yourself) */
  flushIntervalMs?: number;
  /** how long the footer's figures are reused before they are read again */
  statsTtlMs?: number;
  /** distinct visitors kept while the database is unreachable; beyond, page views are dropped */
  maxPending?: number;
  now?: () => Date;
  onError?: (error: unknown) => void;
}

export class VisitorCounter {
  private pending = new Map<string, number>();
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private secret: Promise<string> | undefined;
  private cached: { stats: VisitorStats; at: number } | undefined;
  private reading: Promise<VisitorStats> | undefined;
  private readonly now: () => Date;
  private readonly statsTtlMs: number;
  private readonly maxPending: number;
  onError: (error: unknown) => void;

  constructor(
    private readonly db: Kysely<Database>,
    options: VisitorCounterOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.statsTtlMs = options.statsTtlMs ?? 30_000;
    this.maxPending = options.maxPending ?? 50_000;
    this.onError = options.onError ?? (() => undefined);
    const interval = options.flushIntervalMs ?? 5_000;
    if (interval > 0) {
      this.timer = setInterval(() => void this.flush().catch((error: unknown) => this.onError(error)), interval);
      this.timer.unref();
    }
  }

  /** One page view by the client at `ip` with this browser. Synchronous; never touches the database. */
  record(ip: string, userAgent: string, at?: Date): void {
    if (this.closed) return;
    const when = at ?? this.now();
    // The raw address stays in memory only until the next write, where it becomes a keyed hash.
    const key = `${localDay(when)}\n${ip}\n${userAgent.slice(0, 300)}`;
    const seen = this.pending.get(key);
    if (seen === undefined && this.pending.size >= this.maxPending) return;
    if (seen === undefined || seen < when.getTime()) this.pending.set(key, when.getTime());
  }

  /** Writes the page views gathered so far; resolves with the number of new visits. Writes never overlap. */
  flush(): Promise<number> {
    const run = this.queue.then(() => this.write());
    this.queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.closed = true;
    await this.flush().catch((error: unknown) => this.onError(error));
  }

  /** Online now, today, total: read at most once per `statsTtlMs` per process. */
  async stats(): Promise<VisitorStats> {
    const now = this.now();
    if (this.cached && now.getTime() - this.cached.at < this.statsTtlMs) return this.cached.stats;
    this.reading ??= readVisitorStats(this.db, now)
      .then((stats) => {
        this.cached = { stats, at: now.getTime() };
        return stats;
      })
      .finally(() => {
        this.reading = undefined;
      });
    return this.reading;
  }

  private async write(): Promise<number> {
    if (this.pending.size === 0) return 0;
    const batch = this.pending;
    this.pending = new Map();
    try {
      this.secret ??= appSecret(this.db);
      const secret = await this.secret;
      const seen = new Map<string, number>();
      for (const [key, at] of batch) {
        const visitor = createHmac('sha256', secret).update(key).digest('hex').slice(0, 32);
        seen.set(visitor, Math.max(at, seen.get(visitor) ?? 0));
      }
      const visits = await statsDb(this.db)
        .transaction()
        .execute((trx) => writeVisitors(trx, seen, this.now()));
      this.cached = undefined;
      return visits;
    } catch (error) {
      // Kept for the next write: a database that is briefly away costs no visits.
      for (const [key, at] of batch) if (!this.pending.has(key) && this.pending.size < this.maxPending) this.pending.set(key, at);
      this.secret = undefined;
      throw error;
    }
  }
}

async function writeVisitors(trx: StatsTrx, seen: Map<string, number>, now: Date): Promise<number> {
  const perDay = new Map<string, number>();
  for (const [visitor, at] of seen) {
    const lastSeen = new Date(at).toISOString();
    const cutoff = new Date(at - visitGapMs).toISOString();
    // Still within a visit: move its last page view forward.
    const kept = await trx
      .updateTable('site_visitors')
      .set({ last_seen: lastSeen })
      .where('visitor', '=', visitor)
      .where('last_seen', '>=', cutoff)
      .where('last_seen', '<', lastSeen)
      .executeTakeFirst();
    if (Number(kept.numUpdatedRows) > 0) continue;
    // New, or back after the gap: that is a visit. A row another node moved forward meanwhile
    // (last_seen ≥ cutoff) is left alone and not counted again.
    const started = await trx
      .insertInto('site_visitors')
      .values({ visitor, last_seen: lastSeen })
      .onConflict((oc) =>
        oc
          .column('visitor')
          .doUpdateSet({ last_seen: lastSeen })
          .where('site_visitors.last_seen', '<', cutoff),
      )
      .executeTakeFirst();
    if (Number(started.numInsertedOrUpdatedRows ?? 0) > 0) perDay.set(localDay(new Date(at)), (perDay.get(localDay(new Date(at))) ?? 0) + 1);
  }
  for (const [day, visits] of perDay) {
    await trx
      .insertInto('site_visits_daily')
      .values({ day, visits })
      .onConflict((oc) => oc.column('day').doUpdateSet((eb) => ({ visits: eb('site_visits_daily.visits', '+', eb.ref('excluded.visits')) })))
      .execute();
  }
  // Visitors not seen for longer than a visit lasts are forgotten.
  await trx
    .deleteFrom('site_visitors')
    .where('last_seen', '<', new Date(now.getTime() - 2 * visitGapMs).toISOString())
    .execute();
  return [...perDay.values()].reduce((a, b) => a + b, 0);
}

export async function readVisitorStats(db: Kysely<Database>, now = new Date()): Promise<VisitorStats> {
  const s = statsDb(db);
  const online = await s
    .selectFrom('site_visitors')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('last_seen', '>=', new Date(now.getTime() - onlineWindowMs).toISOString())
    .executeTakeFirstOrThrow();
  const today = await s.selectFrom('site_visits_daily').select('visits').where('day', '=', localDay(now)).executeTakeFirst();
  const total = await s
    .selectFrom('site_visits_daily')
    .select((eb) => eb.fn.sum<number | string | null>('visits').as('n'))
    .executeTakeFirstOrThrow();
  return { online: Number(online.n), today: today?.visits ?? 0, total: Number(total.n ?? 0) };
}
