// Removes what an interrupted upload leaves in DATA_DIR/media: `.part` files in `.tmp` (a process
// killed while writing) and stored files no database row refers to (killed after writing a file
// and before the transaction that records it, or a deletion whose file removal failed).
//
// Only files older than a grace period are touched: with several app processes sharing the
// folder, another one may be between writing an upload's files and committing its rows right
// now (a few seconds). Runs when the app starts, then every hour.
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { mediaDb } from './schema.ts';
import { isMediaKey } from './storage.ts';

/** Files younger than this are left alone (an upload in progress in this or another process). */
export const sweepGraceMs = 10 * 60_000;
export const sweepIntervalMs = 60 * 60_000;

export interface SweepResult {
  /** stored files without a live database row, removed (keys) */
  orphans: string[];
  /** temporary files removed (names) */
  parts: string[];
}

async function entries(dir: string) {
  try {
    return await fsp.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function olderThan(file: string, cutoff: number): Promise<boolean> {
  try {
    return (await fsp.stat(file)).mtimeMs < cutoff;
  } catch {
    return false; // gone meanwhile
  }
}

/** Keys among `keys` that a live (not deleted) media item or one of its variants uses. */
async function liveKeys(db: Kysely<Database>, keys: string[]): Promise<Set<string>> {
  const mdb = mediaDb(db);
  const live = new Set<string>();
  for (let i = 0; i < keys.length; i += 500) {
    const chunk = keys.slice(i, i + 500);
    const items = await mdb.selectFrom('media').select('key').where('key', 'in', chunk).where('deleted_at', 'is', null).execute();
    const variants = await mdb
      .selectFrom('media_variants')
      .innerJoin('media', 'media.id', 'media_variants.media_id')
      .select('media_variants.key')
      .where('media_variants.key', 'in', chunk)
      .where('media.deleted_at', 'is', null)
      .execute();
    for (const row of [...items, ...variants]) live.add(row.key);
  }
  return live;
}

/** Sweeps the local media folder `root` (DATA_DIR/media). Files that are not media keys are never touched. */
export async function sweepMediaFolder(db: Kysely<Database>, root: string, options: { graceMs?: number; now?: number } = {}): Promise<SweepResult> {
  const cutoff = (options.now ?? Date.now()) - (options.graceMs ?? sweepGraceMs);
  const result: SweepResult = { orphans: [], parts: [] };
  for (const entry of await entries(path.join(root, '.tmp'))) {
    const file = path.join(root, '.tmp', entry.name);
    if (entry.isFile() && entry.name.endsWith('.part') && (await olderThan(file, cutoff))) {
      await fsp.rm(file, { force: true });
      result.parts.push(entry.name);
    }
  }
  for (const folder of await entries(root)) {
    if (!folder.isDirectory() || !/^[a-z2-7]{2}$/.test(folder.name)) continue;
    const dir = path.join(root, folder.name);
    const candidates: string[] = [];
    for (const entry of await entries(dir)) {
      if (entry.isFile() && isMediaKey(entry.name) && entry.name.startsWith(folder.name) && (await olderThan(path.join(dir, entry.name), cutoff))) candidates.push(entry.name);
    }
    if (candidates.length === 0) continue;
    const live = await liveKeys(db, candidates);
    for (const key of candidates) {
      if (live.has(key)) continue;
      await fsp.rm(path.join(dir, key), { force: true });
      result.orphans.push(key);
    }
  }
  return result;
}

/** Sweeps DATA_DIR/media when the app is ready (before it listens), then every hour until it closes. */
export function startMediaSweeper(app: FastifyInstance, db: Kysely<Database>, dataDir: string): void {
  const root = path.join(dataDir, 'media');
  const sweep = async () => {
    try {
      const { orphans, parts } = await sweepMediaFolder(db, root);
      if (orphans.length + parts.length > 0) app.log.info({ orphans: orphans.length, parts: parts.length }, 'removed files left by interrupted uploads');
    } catch (error) {
      app.log.error({ err: error }, 'media folder sweep failed');
    }
  };
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    await sweep();
    timer = setInterval(() => void sweep(), sweepIntervalMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
  });
}
