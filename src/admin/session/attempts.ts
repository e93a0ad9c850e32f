// Sign-in attempts for the throttle (core/auth/throttle.ts): who is trying, and the answer when
// there were too many.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { validIp } from '../../core/audit/log.ts';
import { knownDevice } from '../../core/auth/devices.ts';
import type { AttemptSubject } from '../../core/auth/throttle.ts';
import type { AppContext } from '../../core/context.ts';
import { cookieSecret, isHttps } from '../pre-session.ts';

/** Who is trying: a device that signed in as this user before, or anyone (account key + IP). */
export async function subjectOf(ctx: AppContext, request: FastifyRequest, email: string, userId: number | undefined): Promise<AttemptSubject> {
  const device = userId === undefined ? undefined : knownDevice(request, await cookieSecret(ctx), isHttps(ctx), userId);
  return device ? { key: device.key, policy: 'device', ip: null } : { key: `acct:${email}`, policy: 'account', ip: validIp(request.ip) ?? 'unknown' };
}

export function tooMany(reply: FastifyReply, seconds: number): void {
  reply.header('Retry-After', String(seconds));
}
