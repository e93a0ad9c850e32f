// Every check of the current password (or code) in My account is throttled like sign-in and
// audited, failures and successes.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../core/audit/log.ts';
import { attemptSucceeded, beginAttempt } from '../../core/auth/throttle.ts';
import type { AppContext } from '../../core/context.ts';
import type { Auth } from '../../core/http/auth.ts';
import { adminEnv } from '../env.ts';
import type { AccountExtras } from './show.tsx';

/**
 * Checks the current password (and code) before a sensitive change: counted before checking
 * with the sign-in throttle (key reauth:<user id>: 5 free failures, then growing delays), and
 * audited. Returns an error to show, or undefined when every check passed.
 */
export async function reauthenticate(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, auth: Auth, purpose: string, checks: () => Promise<string | undefined>): Promise<AccountExtras | undefined> {
  const db = ctx.db.kysely;
  const env = await adminEnv(ctx, request);
  const attempt = await beginAttempt(db, { key: `reauth:${auth.user.id}`, policy: 'account', ip: null });
  if (!attempt.allowed) {
    await audit(db, { action: 'auth.reauth.throttled', userId: auth.user.id, actor: auth.user.email, ip: request.ip, details: { purpose, retryAfter: attempt.retryAfterSeconds } });
    reply.header('Retry-After', String(attempt.retryAfterSeconds));
    return { error: env.t.reauthThrottled(attempt.retryAfterSeconds), status: 429 };
  }
  const problem = await checks();
  if (problem) {
    await audit(db, { action: 'auth.reauth.failure', userId: auth.user.id, actor: auth.user.email, ip: request.ip, details: { purpose } });
    return { error: problem, status: 400 };
  }
  await attemptSucceeded(db, attempt);
  await audit(db, { action: 'auth.reauth.success', userId: auth.user.id, actor: auth.user.email, ip: request.ip, details: { purpose } });
  return undefined;
}
