// Who is voting, without accounts and without keeping personal data:
// - the browser: a random id in a long-lived signed cookie (HttpOnly, SameSite=Lax, Secure and
//   __Host- under https), made on the first vote; the tables keep only a keyed hash of it, bound
//   to the poll (or the day, for ratings), so two votes of one browser cannot be linked;
// - the address: only as a keyed hash bound to the poll (or rating) and the Vietnam day, for the
//   daily limit per address; an IPv6 address counts by its /64, which one subscriber usually holds.
// The key is the installation's secret (core's formSecret); @fastify/cookie has no secret here.
import { isIPv4, isIPv6 } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { mac, randomToken, signValue, unsignValue } from '../../core/auth/crypto.ts';

const purpose = 'poll-browser';
export const voterCookieDays = 400;

export function voterCookieName(https: boolean): string {
  return https ? '__Host-congtin_voter' : 'congtin_voter';
}

export function voterCookieOptions(https: boolean) {
  return { path: '/', httpOnly: true, secure: https, sameSite: 'lax' as const, maxAge: voterCookieDays * 24 * 3600 };
}

/** The browser's id from its cookie when the signature is genuine, else undefined. */
export function browserOf(request: FastifyRequest, secret: string, https: boolean): string | undefined {
  const value = unsignValue(secret, purpose, request.cookies[voterCookieName(https)]);
  return value && /^[\w-]{24}$/.test(value) ? value : undefined;
}

export const newBrowserId = (): string => randomToken(18);

/** (Re)sets the cookie: every accepted vote extends its life. */
export function setVoterCookie(reply: FastifyReply, secret: string, https: boolean, browser: string): void {
  reply.setCookie(voterCookieName(https), signValue(secret, purpose, browser), voterCookieOptions(https));
}

/** The hash kept for a browser in one scope ("poll:12", "rating:2026-12-01"). */
export const voterHash = (secret: string, scope: string, browser: string): string => mac(secret, 'poll-voter', `${scope}:${browser}`);

/** The part of an address that identifies one subscriber: an IPv4 address, an IPv6 /64. */
export function addressUnit(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped && isIPv4(mapped[1]!)) return mapped[1]!;
  if (!isIPv6(ip)) return ip;
  const [head = '', tail] = ip.toLowerCase().split('%')[0]!.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // a dotted IPv4 tail ("64:ff9b::192.0.2.1") stands for two groups
  const width = (list: string[]) => list.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, 8 - width(left) - width(right))).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => g.padStart(4, '0')).join(':')}::/64`;
}

/** The hash kept for an address in one scope and day. */
export const addressHash = (secret: string, scope: string, day: string, ip: string): string => mac(secret, 'poll-address', `${scope}:${day}:${addressUnit(ip)}`);

const vietnamOffsetMs = 7 * 3_600_000;

/** The day in Vietnam (UTC+7, no daylight saving), 'YYYY-MM-DD'. */
export const vietnamDay = (now: Date): string => new Date(now.getTime() + vietnamOffsetMs).toISOString().slice(0, 10);

/** Seconds until the next midnight in Vietnam, when the daily limits start again. */
export function secondsToVietnamMidnight(now: Date): number {
  const local = now.getTime() + vietnamOffsetMs;
  const next = (Math.floor(local / 86_400_000) + 1) * 86_400_000;
  return Math.max(1, Math.ceil((next - local) / 1000));
}
