// CSRF protection of the forms shown before a session exists (sign-in, first setup, password
// reset): a random value in a cookie that the form must echo (double submit). The cookie is
// signed with the application secret, so only this server can have made it, and under https it
// is `__Host-` prefixed (Secure, Path=/, no Domain): a sibling subdomain cannot plant one.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { randomToken, safeEqual, signValue, unsignValue } from '../core/auth/crypto.ts';
import type { AppContext } from '../core/context.ts';
import type { Database } from '../core/db/schema.ts';
import { AppError } from '../core/errors.ts';
import { appSecret } from '../core/settings.ts';
import { formValue } from './forms.tsx';

const purpose = 'pre-session';
const secrets = new WeakMap<Kysely<Database>, Promise<string>>();

/** The application secret (made on first use, the same on every node), read once per database. */
export function cookieSecret(ctx: AppContext): Promise<string> {
  const db = ctx.db.kysely;
  let secret = secrets.get(db);
  if (!secret) {
    secret = appSecret(db);
    secret.catch(() => secrets.delete(db));
    secrets.set(db, secret);
  }
  return secret;
}

export function isHttps(ctx: AppContext): boolean {
  return ctx.config.baseUrl.startsWith('https:');
}

export function preSessionCookieName(https: boolean): string {
  return https ? '__Host-congtin_pre' : 'congtin_pre';
}

async function cookieToken(ctx: AppContext, request: FastifyRequest): Promise<string | undefined> {
  const token = unsignValue(await cookieSecret(ctx), purpose, request.cookies[preSessionCookieName(isHttps(ctx))]);
  return token && /^[\w-]{32,64}$/.test(token) ? token : undefined;
}

export async function preSessionToken(ctx: AppContext, request: FastifyRequest, reply: FastifyReply): Promise<string> {
  const existing = await cookieToken(ctx, request);
  if (existing) return existing;
  const https = isHttps(ctx);
  const token = randomToken(24);
  reply.setCookie(preSessionCookieName(https), signValue(await cookieSecret(ctx), purpose, token), {
    path: https ? '/' : '/admin',
    httpOnly: true,
    secure: https,
    sameSite: 'strict',
    maxAge: 3600,
  });
  return token;
}

export async function checkPreSessionToken(ctx: AppContext, request: FastifyRequest): Promise<void> {
  const sent = formValue(request.body, '_csrf');
  const expected = await cookieToken(ctx, request);
  if (!sent || !expected || !safeEqual(sent, expected)) throw new AppError('CSRF');
}
