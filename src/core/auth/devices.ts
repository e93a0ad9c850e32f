// Known devices: after a successful sign-in the browser gets a long-lived signed cookie bound to
// the user id. Sign-in attempts for that user from that browser skip the account's anonymous
// delays (which anyone can trigger) and count against a small limit of their own instead, so the
// right password keeps working from a device that signed in before while the account is under
// attack, and a stolen cookie buys only a few guesses.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomToken, signValue, unsignValue } from './crypto.ts';

const purpose = 'device';
export const deviceCookieDays = 365;

export function deviceCookieName(https: boolean): string {
  return https ? '__Host-congtin_device' : 'congtin_device';
}

export interface KnownDevice {
  userId: number;
  /** throttling key of this device */
  key: string;
}

/** The device of the request's cookie when it is genuine and belongs to `userId`. */
export function knownDevice(request: FastifyRequest, secret: string, https: boolean, userId: number): KnownDevice | undefined {
  const value = unsignValue(secret, purpose, request.cookies[deviceCookieName(https)]);
  const match = value ? /^(\d{1,10}):([\w-]{16,64})$/.exec(value) : null;
  if (!match || Number(match[1]) !== userId) return undefined;
  return { userId, key: `dev:${userId}:${match[2]}` };
}

export function setDeviceCookie(reply: FastifyReply, secret: string, https: boolean, userId: number): void {
  reply.setCookie(deviceCookieName(https), signValue(secret, purpose, `${userId}:${randomToken(18)}`), {
    path: '/',
    httpOnly: true,
    secure: https,
    sameSite: 'lax',
    maxAge: deviceCookieDays * 24 * 3600,
  });
}
