// Who is asking: a back-office session (cookie) or an API token (Authorization: Bearer). Sets
// request.auth for /admin and /api/v1/admin, and checks the CSRF token of every unsafe request
// made with a session cookie (token requests carry no ambient credentials, so need none).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authenticateApiToken } from '../auth/api-tokens.ts';
import { safeEqual, sha256 } from '../auth/crypto.ts';
import { can, type Action, type Actor } from '../auth/permissions.ts';
import { actorOf } from '../auth/users.ts';
import { loadSession, type ActiveSession } from '../auth/sessions.ts';
import type { AppContext } from '../context.ts';
import type { User } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { audit } from '../audit/log.ts';

export const sessionCookie = 'congtin_sid';

export interface Auth {
  user: User;
  actor: Actor;
  via: 'session' | 'token';
  session?: ActiveSession;
  /** synchroniser token for this session's forms */
  csrf?: string;
  /** the user's role requires two-factor sign-in and the user has not turned it on */
  totpMissing?: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
}

/** The CSRF token of a session: derived from its secret id, so nothing more is stored. */
export function csrfTokenFor(session: ActiveSession, secret: string): string {
  return sha256(`csrf:${secret}:${session.idHash}`).slice(0, 43);
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Forms used before a session exists check their own double-submit token (admin/pre-session.ts). */
const preSessionForms = new Set(['/admin/login', '/admin/setup', '/admin/password-reset']);

export function isProtectedPath(url: string): boolean {
  return url.startsWith('/admin') || url.startsWith('/api/v1/admin');
}

export function registerAuth(app: FastifyInstance, ctx: AppContext, secret: string): void {
  app.decorateRequest('auth', null);
  const timeouts = { idleMinutes: ctx.config.sessionIdleMinutes, maxHours: ctx.config.sessionMaxHours };

  const totpMissing = async (user: User) => user.totp_enabled !== 1 && (await ctx.settings.get()).requireTotpRoles.includes(user.role);

  app.addHook('preHandler', async (request) => {
    if (!isProtectedPath(request.url)) return;
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      const found = await authenticateApiToken(ctx.db.kysely, header.slice(7).trim());
      if (!found) throw new AppError('UNAUTHORIZED', 'Invalid or revoked API token');
      request.auth = { user: found.user, actor: actorOf(found.user), via: 'token', totpMissing: await totpMissing(found.user) };
      if (unsafe.has(request.method)) {
        await audit(ctx.db.kysely, { action: 'token.use', userId: found.user.id, actor: found.user.email, targetType: 'api_token', targetId: found.tokenId, ip: request.ip, details: { method: request.method, url: request.url.slice(0, 200) } });
      }
      return;
    }
    const cookie = request.cookies[sessionCookie];
    const session = cookie ? await loadSession(ctx.db.kysely, cookie, timeouts) : undefined;
    if (!session) return;
    const csrf = csrfTokenFor(session, secret);
    request.auth = { user: session.user, actor: actorOf(session.user), via: 'session', session, csrf, totpMissing: await totpMissing(session.user) };
    if (unsafe.has(request.method) && !preSessionForms.has(request.url.split('?')[0]!)) {
      const body = request.body as Record<string, unknown> | undefined;
      const sent = (request.headers['x-csrf-token'] as string | undefined) ?? (typeof body?._csrf === 'string' ? body._csrf : undefined);
      if (!sent || !safeEqual(sent, csrf)) throw new AppError('CSRF');
    }
  });
}

/** While a required second factor is off, only turning it on (and signing out) is possible. */
function totpSetupRequest(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0];
  return (request.method === 'GET' && path === '/admin/account') || (request.method === 'POST' && (path === '/admin/account/totp/enable' || path === '/admin/logout'));
}

/**
 * The signed-in user with a completed second factor, or 401; 403 TOTP_REQUIRED when the user's
 * role requires two-factor sign-in that is not on yet (for sessions and API tokens alike).
 */
export function requireAuth(request: FastifyRequest): Auth {
  const auth = request.auth;
  if (!auth || auth.session?.needsTotp) throw new AppError('UNAUTHORIZED');
  if (auth.totpMissing && !totpSetupRequest(request)) throw new AppError('TOTP_REQUIRED');
  return auth;
}

export function requirePermission(request: FastifyRequest, action: Action): Auth {
  const auth = requireAuth(request);
  if (!can(auth.actor, action)) throw new AppError('FORBIDDEN');
  return auth;
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean, maxHours: number): void {
  reply.setCookie(sessionCookie, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: maxHours * 3600 });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(sessionCookie, { path: '/' });
}
