// Login throttling per account and per IP address, in the database so every app node sees the
// same counts: too many failures in the window → 429 until the window passes.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export const throttleWindowMinutes = 15;
export const maxFailuresPerAccount = 5;
export const maxFailuresPerIp = 20;

export async function recordLoginFailure(db: Kysely<Database>, email: string, ip: string, now = new Date()): Promise<void> {
  await db.insertInto('login_failures').values({ email, ip, at: now.toISOString() }).execute();
}

export async function isLoginThrottled(db: Kysely<Database>, email: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - throttleWindowMinutes * 60_000).toISOString();
  const count = async (column: 'email' | 'ip', value: string) =>
    Number(
      (await db.selectFrom('login_failures').select((eb) => eb.fn.countAll().as('n')).where(column, '=', value).where('at', '>', since).executeTakeFirstOrThrow()).n,
    );
  return (await count('email', email)) >= maxFailuresPerAccount || (await count('ip', ip)) >= maxFailuresPerIp;
}

/** A successful sign-in clears the account's failures; old rows are pruned as we go. */
export async function clearLoginFailures(db: Kysely<Database>, email: string, now = new Date()): Promise<void> {
  await db.deleteFrom('login_failures').where('email', '=', email).execute();
  await db.deleteFrom('login_failures').where('at', '<', new Date(now.getTime() - 24 * 3600_000).toISOString()).execute();
}
