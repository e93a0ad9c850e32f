// Sign-in throttling, in the database so every app node sees the same counts. Each attempt is
// counted and recorded BEFORE the password (or code) is checked, in one transaction serialised
// per key: of N concurrent attempts at most the allowed number are ever evaluated, on SQLite and
// PostgreSQL alike. A refused attempt leaves no row (it checked nothing), an evaluated one stays
// as a failure unless it succeeded: a success clears the key's rows.
//
// Keys and policies:
// - "account": a sign-in from an unknown device, key acct:<email>. The first 5 failures (24 h)
//   are free; after n ≥ 5 failures each further attempt must wait 2^(n-5) s after the last one,
//   capped at 15 min. A growing delay, never a hard lock: anyone may make an account slow, no one
//   can shut it.
// - "device": a sign-in from a device that signed in before (signed device cookie): it bypasses
//   the account's delays and has its own small hard limit (5 failures in 15 min).
// - every anonymous attempt also counts for its IP address: 20 failures in 15 min → refused.
import { sql, type Kysely } from 'kysely';
import { isSqlite } from '../db/dialect.ts';
import type { Database } from '../db/schema.ts';

/** The clock of throttling decisions; tests replace `now` to make delays deterministic. */
export const authClock = { now: (): Date => new Date() };

export const throttleLimits = {
  freeAccountFailures: 5,
  accountWindowHours: 24,
  maxDelaySeconds: 15 * 60,
  ipWindowMinutes: 15,
  maxFailuresPerIp: 20,
  deviceWindowMinutes: 15,
  maxFailuresPerDevice: 5,
} as const;

/** Seconds to wait after the last of `failures` failures before the next attempt of an account. */
export function accountDelaySeconds(failures: number): number {
  if (failures < throttleLimits.freeAccountFailures) return 0;
  return Math.min(2 ** (failures - throttleLimits.freeAccountFailures), throttleLimits.maxDelaySeconds);
}

export interface AttemptSubject {
  /** acct:<email>, dev:<user id>:<device id>, reauth:<user id> */
  key: string;
  policy: 'account' | 'device';
  /** counted against the per-IP limit when set (anonymous sign-ins) */
  ip: string | null;
}

export type Attempt = { allowed: true; id: number; key: string } | { allowed: false; retryAfterSeconds: number; reason: 'account' | 'device' | 'ip' };

const iso = (ms: number) => new Date(ms).toISOString();

async function countSince(db: Kysely<Database>, column: 'key' | 'ip', value: string, since: string): Promise<number> {
  const row = await db.selectFrom('login_attempts').select((eb) => eb.fn.countAll().as('n')).where(column, '=', value).where('at', '>', since).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function oldestSince(db: Kysely<Database>, column: 'key' | 'ip', value: string, since: string, fallback: number): Promise<number> {
  const row = await db.selectFrom('login_attempts').select('at').where(column, '=', value).where('at', '>', since).orderBy('at', 'asc').limit(1).executeTakeFirst();
  return row ? Date.parse(row.at) : fallback;
}

/**
 * Decides whether an attempt may be evaluated and, if so, records it, atomically: in one
 * transaction that holds a lock per key (a PostgreSQL advisory lock; SQLite runs one transaction
 * at a time), so concurrent attempts are decided one after the other and each sees the ones
 * before it. When allowed, the caller checks the secret, then calls attemptSucceeded (clears the
 * key), releaseAttempt (not a failure) or nothing (the row stays as a failure).
 */
export async function beginAttempt(db: Kysely<Database>, subject: AttemptSubject, now = authClock.now()): Promise<Attempt> {
  const t = now.getTime();
  return db.transaction().execute(async (trx) => {
    if (!isSqlite(trx as unknown as Kysely<unknown>)) {
      // always in the same order, so two attempts never wait for each other's second lock
      const locks = [`login:${subject.key}`, ...(subject.ip === null ? [] : [`login-ip:${subject.ip}`])].sort();
      for (const lock of locks) await sql`select pg_advisory_xact_lock(hashtextextended(${lock}, 0))`.execute(trx);
    }
    const refuse = (reason: 'account' | 'device' | 'ip', retryAfterSeconds: number): Attempt => ({ allowed: false, reason, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)) });
    if (subject.ip !== null) {
      const windowMs = throttleLimits.ipWindowMinutes * 60_000;
      const since = iso(t - windowMs);
      if ((await countSince(trx, 'ip', subject.ip, since)) >= throttleLimits.maxFailuresPerIp) {
        return refuse('ip', ((await oldestSince(trx, 'ip', subject.ip, since, t)) + windowMs - t) / 1000);
      }
    }
    if (subject.policy === 'device') {
      const windowMs = throttleLimits.deviceWindowMinutes * 60_000;
      const since = iso(t - windowMs);
      if ((await countSince(trx, 'key', subject.key, since)) >= throttleLimits.maxFailuresPerDevice) {
        return refuse('device', ((await oldestSince(trx, 'key', subject.key, since, t)) + windowMs - t) / 1000);
      }
    } else {
      const since = iso(t - throttleLimits.accountWindowHours * 3600_000);
      const wait = accountDelaySeconds(await countSince(trx, 'key', subject.key, since));
      if (wait > 0) {
        const last = await trx.selectFrom('login_attempts').select('at').where('key', '=', subject.key).where('at', '>', since).orderBy('at', 'desc').limit(1).executeTakeFirst();
        const next = (last ? Date.parse(last.at) : t) + wait * 1000;
        if (t < next) return refuse('account', (next - t) / 1000);
      }
    }
    const { id } = await trx.insertInto('login_attempts').values({ key: subject.key, ip: subject.ip, at: now.toISOString() }).returning('id').executeTakeFirstOrThrow();
    return { allowed: true, id, key: subject.key };
  });
}

/** The attempt was not a failure (the password was right, the second factor is still to come). */
export async function releaseAttempt(db: Kysely<Database>, attempt: { id: number }): Promise<void> {
  await db.deleteFrom('login_attempts').where('id', '=', attempt.id).execute();
}

/** A success forgives the key's failures; rows older than the longest window are pruned as we go. */
export async function attemptSucceeded(db: Kysely<Database>, attempt: { key: string }, now = authClock.now()): Promise<void> {
  await db.deleteFrom('login_attempts').where('key', '=', attempt.key).execute();
  await db.deleteFrom('login_attempts').where('at', '<', iso(now.getTime() - throttleLimits.accountWindowHours * 3600_000)).execute();
}
