// Article view counting (lượt xem) without a write per request: views are added up in memory and
// flushed every few seconds, and on close, in one transaction that adds them to
// content_views_daily (per local day) and to content.view_count. Several app nodes each flush
// their own counts; the upserts add, so nothing is lost or counted twice.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { localDay } from './periods.ts';
import { statsDb, type StatsTrx } from './schema.ts';

export interface ViewCounterOptions {
  /** milliseconds between flushes; 0 = no timer (call flush yourself) */
  flushIntervalMs?: number;
  /** distinct (item, day) pairs kept while the database is unreachable; beyond, views are dropped */
  maxPendingKeys?: number;
  now?: () => Date;
  /** told about failed flushes (the request path never is) */
  onError?: (error: unknown) => void;
}

const chunk = <T>(items: T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

export class ViewCounter {
  private pending = new Map<string, number>();
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly maxPendingKeys: number;
  private readonly now: () => Date;
  /** told about failed flushes; the app sets it to its logger */
  onError: (error: unknown) => void;
  /** views not kept because the buffer was full */
  dropped = 0;

  constructor(
    private readonly db: Kysely<Database>,
    options: ViewCounterOptions = {},
  ) {
    this.maxPendingKeys = options.maxPendingKeys ?? 50_000;
    this.now = options.now ?? (() => new Date());
    this.onError = options.onError ?? (() => undefined);
    const interval = options.flushIntervalMs ?? 5_000;
    if (interval > 0) {
      this.timer = setInterval(() => void this.flush().catch((error: unknown) => this.onError(error)), interval);
      this.timer.unref();
    }
  }

  /** Counts one view of an item now (or at `at`). Synchronous, never throws, never touches the database. */
  record(contentId: number, at?: Date): void {
    try {
      if (this.closed || !Number.isSafeInteger(contentId) || contentId <= 0) return;
      this.add(`${contentId}|${localDay(at ?? this.now())}`, 1);
    } catch (error) {
      this.onError(error);
    }
  }

  /** Views counted and not yet written. */
  get pendingViews(): number {
    let n = 0;
    for (const v of this.pending.values()) n += v;
    return n;
  }

  /** Writes what was counted so far; resolves with the number of views written. Flushes never overlap. */
  flush(): Promise<number> {
    const run = this.queue.then(() => this.write());
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Stops the timer and writes the rest (errors go to onError). */
  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.closed = true;
    await this.flush().catch((error: unknown) => this.onError(error));
  }

  private add(key: string, views: number): void {
    const current = this.pending.get(key);
    if (current === undefined && this.pending.size >= this.maxPendingKeys) {
      this.dropped += views;
      return;
    }
    this.pending.set(key, (current ?? 0) + views);
  }

  private async write(): Promise<number> {
    if (this.pending.size === 0) return 0;
    const batch = this.pending;
    this.pending = new Map();
    const rows = [...batch].map(([key, views]) => {
      const [id, day] = key.split('|') as [string, string];
      return { content_id: Number(id), day, views };
    });
    try {
      return await statsDb(this.db).transaction().execute((trx) => writeRows(trx, rows));
    } catch (error) {
      // Kept for the next flush: a database that is briefly away costs no views.
      for (const [key, views] of batch) this.add(key, views);
      throw error;
    }
  }
}

async function writeRows(trx: StatsTrx, rows: { content_id: number; day: string; views: number }[]): Promise<number> {
  const ids = [...new Set(rows.map((r) => r.content_id))];
  const existing = new Set<number>();
  for (const part of chunk(ids, 500)) {
    for (const r of await trx.selectFrom('content').select('id').where('id', 'in', part).execute()) existing.add(r.id);
  }
  // Views of items deleted meanwhile are dropped rather than failing the whole batch.
  const kept = rows.filter((r) => existing.has(r.content_id));
  for (const part of chunk(kept, 300)) {
    await trx
      .insertInto('content_views_daily')
      .values(part)
      .onConflict((oc) => oc.columns(['content_id', 'day']).doUpdateSet((eb) => ({ views: eb('content_views_daily.views', '+', eb.ref('excluded.views')) })))
      .execute();
  }
  const perItem = new Map<number, number>();
  for (const r of kept) perItem.set(r.content_id, (perItem.get(r.content_id) ?? 0) + r.views);
  for (const [id, views] of perItem) {
    await trx.updateTable('content').set((eb) => ({ view_count: eb('view_count', '+', views) })).where('id', '=', id).execute();
  }
  return kept.reduce((n, r) => n + r.views, 0);
}

const robots = /bot|crawl|spider|slurp|bingpreview|facebookexternalhit|embedly|preview|headless|lighthouse|curl|wget|python-requests|httpclient|monitor/i;

/**
 * Whether a request is a person reading the page: a GET (not HEAD), not a prefetch, not a
 * known robot or monitor. The article route decides with this before calling `record`.
 */
export function isCountableView(request: { method: string; headers: Record<string, string | string[] | undefined> }): boolean {
  if (request.method !== 'GET') return false;
  const header = (name: string) => {
    const v = request.headers[name];
    return Array.isArray(v) ? v.join(',') : (v ?? '');
  };
  if (/prefetch|prerender/i.test(`${header('sec-purpose')} ${header('purpose')} ${header('x-moz')}`)) return false;
  const agent = header('user-agent');
  return agent !== '' && !robots.test(agent);
}
