// CSRF protection of the forms shown before a session exists (sign-in, first setup, password
// reset): a random value in a cookie that the form must echo (double submit).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomToken, safeEqual } from '../core/auth/crypto.ts';
import { AppError } from '../core/errors.ts';
import { formValue } from './forms.tsx';

const cookie = 'congtin_pre';

export function preSessionToken(request: FastifyRequest, reply: FastifyReply): string {
  const existing = request.cookies[cookie];
  if (existing && /^[\w-]{32,64}$/.test(existing)) return existing;
  const token = randomToken(24);
  reply.setCookie(cookie, token, { path: '/admin', httpOnly: true, sameSite: 'strict', maxAge: 3600 });
  return token;
}

export function checkPreSessionToken(request: FastifyRequest): void {
  const sent = formValue(request.body, '_csrf');
  const expected = request.cookies[cookie];
  if (!sent || !expected || !safeEqual(sent, expected)) throw new AppError('CSRF');
}
