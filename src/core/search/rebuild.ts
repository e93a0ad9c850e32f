// Rebuilding the index from content while the site is live: every batch is its own short
// transaction, so readers and editors wait at most one batch. A batch re-checks in its own
// transaction that each item is still published and was not re-indexed by a live edit since the
// rebuild began (that newer entry wins), so a rebuild never brings back withdrawn content nor
// overwrites a fresh edit with the older copy it read.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../db/connect.ts';
import { documentHash, toIndexForm, type IndexForm, type SearchDocument } from './document.ts';
import { searchStore, type AnyDb } from './store.ts';

export interface RebuildProgress {
  /** entries written */
  indexed: number;
  /** entries already up to date */
  unchanged: number;
  /** items not written: no longer published, or re-indexed by an edit since the rebuild began */
  skipped: number;
  removed: number;
  batches: number;
  elapsedMs: number;
}

export type RebuildResult = RebuildProgress;

export interface RebuildOptions {
  onProgress?: (progress: RebuildProgress) => void;
  /** remove index entries of content that no batch contained (default true) */
  removeMissing?: boolean;
  /** skip items whose content row is not status 'published' (default true) */
  checkStatus?: boolean;
  /** SQLite: merge the FTS5 segments afterwards, in short steps (default true) */
  compact?: boolean;
}

const removeBatchSize = 500;

async function publishedIds(db: AnyDb, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const { rows } = await sql<{ id: number }>`select id from content where id in (${sql.join(ids)}) and status = 'published'`.execute(db);
  return new Set(rows.map((r) => Number(r.id)));
}

async function freshlyIndexed(db: AnyDb, ids: number[], since: string): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const { rows } = await sql<{ content_id: number }>`
    select content_id from search_documents where content_id in (${sql.join(ids)}) and indexed_at > ${since}`.execute(db);
  return new Set(rows.map((r) => Number(r.content_id)));
}

/**
 * Indexes every document the batches yield (each batch in one transaction), then removes entries
 * for content no batch contained. `db` must not be a transaction.
 */
export async function rebuildIndex<DB>(
  db: Kysely<DB>,
  dialect: Dialect,
  batches: AsyncIterable<SearchDocument[]> | Iterable<SearchDocument[]>,
  options: RebuildOptions = {},
): Promise<RebuildResult> {
  if (db.isTransaction) throw new Error('rebuildIndex runs its own short transactions: pass the database, not a transaction');
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const progress: RebuildProgress = { indexed: 0, unchanged: 0, skipped: 0, removed: 0, batches: 0, elapsedMs: 0 };
  const seen = new Set<number>();
  const report = () => options.onProgress?.({ ...progress, elapsedMs: Date.now() - started });

  for await (const batch of batches) {
    // tokenise outside the transaction (the lock is held only for the writes), and only what changed
    const stored = await searchStore(db, dialect).hashes(batch.map((d) => d.contentId));
    const changed: { doc: SearchDocument; form: IndexForm }[] = [];
    for (const doc of batch) {
      seen.add(doc.contentId);
      if (stored.get(doc.contentId) !== documentHash(doc)) changed.push({ doc, form: toIndexForm(doc) });
    }
    const changedIds = new Set(changed.map((c) => c.doc.contentId));
    await db.transaction().execute(async (trx) => {
      const ids = batch.map((d) => d.contentId);
      const allowed = options.checkStatus === false ? new Set(ids) : await publishedIds(trx, ids);
      const fresh = await freshlyIndexed(trx, ids, startedAt);
      const store = searchStore(trx, dialect);
      // read again inside the transaction: what the write replaces
      const current = await store.hashes(changed.map((c) => c.doc.contentId));
      const now = new Date().toISOString();
      for (const doc of batch) {
        if (fresh.has(doc.contentId)) progress.skipped++;
        else if (!allowed.has(doc.contentId)) {
          // not (or no longer) published: it must not stay in the index either
          await store.remove(doc.contentId);
          progress.skipped++;
        } else if (!changedIds.has(doc.contentId)) progress.unchanged++;
      }
      for (const { doc, form } of changed) {
        if (fresh.has(doc.contentId) || !allowed.has(doc.contentId)) continue;
        if (await store.write(doc, form, now, current.get(doc.contentId) ?? null)) progress.indexed++;
        else progress.unchanged++;
      }
    });
    progress.batches++;
    report();
  }

  if (options.removeMissing !== false) {
    const { rows } = await sql<{ content_id: number }>`
      select content_id from search_documents where indexed_at <= ${startedAt}`.execute(db);
    const stale = rows.map((r) => Number(r.content_id)).filter((id) => !seen.has(id));
    for (let i = 0; i < stale.length; i += removeBatchSize) {
      const ids = stale.slice(i, i + removeBatchSize);
      await db.transaction().execute(async (trx) => {
        await sql`delete from search_documents where content_id in (${sql.join(ids)}) and indexed_at <= ${startedAt}`.execute(trx);
      });
      progress.removed += ids.length;
      report();
    }
  }
  if (options.compact !== false) await compactIndex(db, dialect);
  progress.elapsedMs = Date.now() - started;
  return progress;
}

/**
 * SQLite: merges FTS5 index segments in steps of a few hundred pages, each its own transaction,
 * until nothing is left to merge (faster queries after a bulk load, without a long lock).
 * PostgreSQL: refreshes the planner's statistics.
 */
export async function compactIndex<DB>(db: Kysely<DB>, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') {
    await sql`analyze search_documents`.execute(db);
    return;
  }
  for (const table of ['search_fts', 'search_titles']) {
    for (let step = 0; step < 100_000; step++) {
      const { rows } = await sql<{ before: number }>`select total_changes() as before`.execute(db);
      await sql`insert into ${sql.table(table)} (${sql.ref(table)}, rank) values ('merge', -500)`.execute(db);
      const after = await sql<{ after: number }>`select total_changes() as after`.execute(db);
      if (Number(after.rows[0]!.after) - Number(rows[0]!.before) < 2) break;
    }
  }
}
