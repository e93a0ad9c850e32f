// API tokens for `Authorization: Bearer …` (scripts, integrations). Shown once at creation,
// stored as a digest, listed by prefix, revocable; each use is recorded.
import type { Kysely } from 'kysely';
import type { Database, User } from '../db/schema.ts';
import { randomToken, sha256 } from './crypto.ts';

export const tokenPrefix = 'ct_';

export async function createApiToken(db: Kysely<Database>, userId: number, name: string, now = new Date()): Promise<{ id: number; token: string }> {
  const token = tokenPrefix + randomToken(30);
  const { id } = await db
    .insertInto('api_tokens')
    .values({ user_id: userId, name: name.trim().slice(0, 100) || 'token', token_hash: sha256(token), prefix: token.slice(0, 10), created_at: now.toISOString(), last_used_at: null, revoked_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, token };
}

export async function authenticateApiToken(db: Kysely<Database>, token: string, now = new Date()): Promise<{ user: User; tokenId: number } | undefined> {
  if (!token.startsWith(tokenPrefix) || token.length > 100) return undefined;
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'last_used_at'])
    .where('token_hash', '=', sha256(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const user = await db.selectFrom('users').selectAll().where('id', '=', row.user_id).where('is_active', '=', 1).executeTakeFirst();
  if (!user) return undefined;
  await db.updateTable('api_tokens').set({ last_used_at: now.toISOString() }).where('id', '=', row.id).execute();
  return { user, tokenId: row.id };
}

export function listApiTokens(db: Kysely<Database>, userId?: number) {
  let q = db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select(['api_tokens.id', 'api_tokens.name', 'api_tokens.prefix', 'api_tokens.created_at', 'api_tokens.last_used_at', 'api_tokens.revoked_at', 'users.email']);
  if (userId !== undefined) q = q.where('api_tokens.user_id', '=', userId);
  return q.orderBy('api_tokens.id', 'desc').execute();
}

/** A new password ends every token too: whoever had the account may have made some. */
export async function revokeAllApiTokens(db: Kysely<Database>, userId: number, now = new Date()): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: now.toISOString() }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}

export async function revokeApiToken(db: Kysely<Database>, id: number, userId?: number, now = new Date()): Promise<boolean> {
  let q = db.updateTable('api_tokens').set({ revoked_at: now.toISOString() }).where('id', '=', id).where('revoked_at', 'is', null);
  if (userId !== undefined) q = q.where('user_id', '=', userId);
  return Number((await q.executeTakeFirst()).numUpdatedRows) > 0;
}
