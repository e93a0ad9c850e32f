// Database leases: among several app processes, the holder of an unexpired lease runs a job.
// Works the same on SQLite (one machine) and PostgreSQL (many).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export async function acquireLease(db: Kysely<Database>, name: string, holder: string, ttlMs: number, now = new Date()): Promise<boolean> {
  const expires = new Date(now.getTime() + ttlMs).toISOString();
  const inserted = await db
    .insertInto('job_leases')
    .values({ name, holder, expires_at: expires })
    .onConflict((oc) => oc.column('name').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return true;
  const taken = await db
    .updateTable('job_leases')
    .set({ holder, expires_at: expires })
    .where('name', '=', name)
    .where((eb) => eb.or([eb('expires_at', '<', now.toISOString()), eb('holder', '=', holder)]))
    .executeTakeFirst();
  return Number(taken.numUpdatedRows) === 1;
}

export async function releaseLease(db: Kysely<Database>, name: string, holder: string): Promise<void> {
  await db.deleteFrom('job_leases').where('name', '=', name).where('holder', '=', holder).execute();
}
