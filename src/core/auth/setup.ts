// First run: with no account yet, a one-time token printed on the console opens /admin/setup,
// where the first administrator is created. Password-reset links use the same kind of token.
import { sql, type Kysely } from 'kysely';
import { isSqlite } from '../db/dialect.ts';
import type { Database, User } from '../db/schema.ts';
import { randomToken, sha256 } from './crypto.ts';
import { countUsers, createUser, type NewUser } from './users.ts';

export async function issueOneTimeToken(
  db: Kysely<Database>,
  purpose: 'setup' | 'password-reset',
  userId: number | null,
  validHours: number,
  now = new Date(),
): Promise<string> {
  const token = randomToken(24);
  await db
    .insertInto('one_time_tokens')
    .values({ token_hash: sha256(token), purpose, user_id: userId, created_at: now.toISOString(), expires_at: new Date(now.getTime() + validHours * 3600_000).toISOString(), used_at: null })
    .execute();
  return token;
}

/** Marks the token used and returns its row, or undefined if unknown, used, expired or of another purpose. */
export async function consumeOneTimeToken(db: Kysely<Database>, token: string, purpose: 'setup' | 'password-reset', now = new Date()) {
  if (!/^[\w-]{20,64}$/.test(token)) return undefined;
  const row = await db.selectFrom('one_time_tokens').selectAll().where('token_hash', '=', sha256(token)).where('purpose', '=', purpose).executeTakeFirst();
  if (!row || row.used_at || row.expires_at <= now.toISOString()) return undefined;
  const result = await db.updateTable('one_time_tokens').set({ used_at: now.toISOString() }).where('token_hash', '=', row.token_hash).where('used_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? row : undefined;
}

export async function peekOneTimeToken(db: Kysely<Database>, token: string, purpose: 'setup' | 'password-reset', now = new Date()) {
  if (!/^[\w-]{20,64}$/.test(token)) return undefined;
  const row = await db.selectFrom('one_time_tokens').selectAll().where('token_hash', '=', sha256(token)).where('purpose', '=', purpose).executeTakeFirst();
  return row && !row.used_at && row.expires_at > now.toISOString() ? row : undefined;
}

/** On a start with no account: a fresh setup token (valid 24 h), else undefined. */
export async function setupTokenIfNeeded(db: Kysely<Database>): Promise<string | undefined> {
  if ((await countUsers(db)) > 0) return undefined;
  return issueOneTimeToken(db, 'setup', null, 24);
}

/** Any fixed number: the key of the PostgreSQL advisory lock taken while the first admin is made. */
const setupLockId = 727_274_001;

/**
 * Creates the first administrator with a setup token, atomically: in one transaction the token is
 * used up by a conditional update (of concurrent requests with the same token exactly one gets
 * it), no account may exist yet, and the user is created. A refused password (UserInputError)
 * rolls everything back, so the token still works. On PostgreSQL an advisory lock also serialises
 * setups made with different tokens; SQLite runs one transaction at a time anyway.
 */
export async function createFirstAdmin(db: Kysely<Database>, token: string, input: Omit<NewUser, 'role'>, now = new Date()): Promise<User | undefined> {
  if (!/^[\w-]{20,64}$/.test(token)) return undefined;
  return db.transaction().execute(async (trx) => {
    if (!isSqlite(trx as unknown as Kysely<unknown>)) await sql`select pg_advisory_xact_lock(${setupLockId})`.execute(trx);
    const used = await trx
      .updateTable('one_time_tokens')
      .set({ used_at: now.toISOString() })
      .where('token_hash', '=', sha256(token))
      .where('purpose', '=', 'setup')
      .where('used_at', 'is', null)
      .where('expires_at', '>', now.toISOString())
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) return undefined;
    if ((await countUsers(trx)) > 0) return undefined;
    return createUser(trx, { ...input, role: 'admin' }, now);
  });
}
