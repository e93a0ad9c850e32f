// Sessions stored in the database (so any app node can serve any request and a user can list
// and revoke theirs), with an idle timeout and an absolute lifetime.
import type { Kysely } from 'kysely';
import type { Database, User } from '../db/schema.ts';
import { validIp } from '../audit/log.ts';
import { randomToken, sha256 } from './crypto.ts';

export interface SessionTimeouts {
  idleMinutes: number;
  maxHours: number;
}

export interface ActiveSession {
  idHash: string;
  user: User;
  needsTotp: boolean;
}

export async function createSession(
  db: Kysely<Database>,
  userId: number,
  meta: { ip?: string | undefined; userAgent?: string | undefined; needsTotp?: boolean },
  timeouts: SessionTimeouts,
  now = new Date(),
): Promise<string> {
  const token = randomToken();
  await db
    .insertInto('sessions')
    .values({
      id_hash: sha256(token),
      user_id: userId,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + timeouts.maxHours * 3600_000).toISOString(),
      ip: validIp(meta.ip),
      user_agent: meta.userAgent?.slice(0, 300) ?? null,
      needs_totp: meta.needsTotp ? 1 : 0,
    })
    .execute();
  return token;
}

/** The session of a cookie value, or undefined when unknown, idle too long, expired or the user is disabled. */
export async function loadSession(db: Kysely<Database>, token: string, timeouts: SessionTimeouts, now = new Date()): Promise<ActiveSession | undefined> {
  if (!/^[\w-]{20,100}$/.test(token)) return undefined;
  const idHash = sha256(token);
  const row = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
  if (!row) return undefined;
  const idleLimit = new Date(now.getTime() - timeouts.idleMinutes * 60_000).toISOString();
  if (row.expires_at <= now.toISOString() || row.last_seen_at < idleLimit) {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    return undefined;
  }
  const user = await db.selectFrom('users').selectAll().where('id', '=', row.user_id).where('is_active', '=', 1).executeTakeFirst();
  if (!user) return undefined;
  // Touch at most once a minute: a write per request would be wasteful.
  if (now.getTime() - Date.parse(row.last_seen_at) > 60_000) {
    await db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('id_hash', '=', idHash).execute();
  }
  return { idHash, user, needsTotp: row.needs_totp === 1 };
}

export async function completeTotp(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.updateTable('sessions').set({ needs_totp: 0 }).where('id_hash', '=', idHash).execute();
}

export async function revokeSession(db: Kysely<Database>, idHash: string, userId?: number): Promise<number> {
  let q = db.deleteFrom('sessions').where('id_hash', '=', idHash);
  if (userId !== undefined) q = q.where('user_id', '=', userId);
  const result = await q.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function revokeAllSessions(db: Kysely<Database>, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export function listSessions(db: Kysely<Database>, userId: number) {
  return db.selectFrom('sessions').select(['id_hash', 'created_at', 'last_seen_at', 'expires_at', 'ip', 'user_agent']).where('user_id', '=', userId).orderBy('last_seen_at', 'desc').execute();
}
