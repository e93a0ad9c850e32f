// Two-factor sign-in with TOTP (RFC 6238, otpauth) and one-time recovery codes. The QR code is
// drawn on the server (an SVG data URL), so the secret never leaves for a third-party service.
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { safeEqual, sha256 } from './crypto.ts';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label: string, issuer: string): TOTP {
  return new TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
}

export function totpUri(secret: string, label: string, issuer: string): string {
  return totp(secret, label, issuer).toString();
}

const period = 30;

/** The time step (RFC 6238 counter) a code belongs to: the current one or one either side (clock drift). */
export function totpStep(secret: string, code: string, now = Date.now()): number | undefined {
  const clean = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(clean)) return undefined;
  const delta = totp(secret, 'x', 'x').validate({ token: clean, window: 1, timestamp: now });
  return delta === null ? undefined : Math.floor(now / 1000 / period) + delta;
}

/**
 * Accepts a code of the user's secret once: only for a time step strictly later than the last
 * accepted one (RFC 6238 §5.2), recorded by a conditional update so two concurrent uses of the
 * same code cannot both pass.
 */
export async function acceptTotp(db: Kysely<Database>, userId: number, secret: string, code: string, now = Date.now()): Promise<boolean> {
  const step = totpStep(secret, code, now);
  if (step === undefined) return false;
  const result = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where('totp_secret', '=', secret)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function currentTotp(secret: string, now = Date.now()): string {
  return totp(secret, 'x', 'x').generate({ timestamp: now });
}

export async function qrDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

export function newRecoveryCodes(count = 10): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: count }, () => {
    const hex = randomBytes(5).toString('hex');
    return `${hex.slice(0, 5)}-${hex.slice(5)}`;
  });
  return { codes, hashes: codes.map((c) => sha256(c)) };
}

/**
 * Uses up a recovery code: a compare-and-set of the stored list, so of concurrent uses of one
 * code exactly one succeeds. Returns how many codes remain, or undefined when the code is unknown.
 */
export async function consumeRecoveryCode(db: Kysely<Database>, userId: number, code: string): Promise<number | undefined> {
  for (let tries = 0; tries < 5; tries++) {
    const row = await db.selectFrom('users').select('recovery_codes').where('id', '=', userId).executeTakeFirst();
    if (!row?.recovery_codes) return undefined;
    const remaining = useRecoveryCode(row.recovery_codes, code);
    if (!remaining) return undefined;
    const result = await db
      .updateTable('users')
      .set({ recovery_codes: JSON.stringify(remaining) })
      .where('id', '=', userId)
      .where('recovery_codes', '=', row.recovery_codes)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) return remaining.length;
    // someone else changed the list meanwhile (maybe with this very code): read it again
  }
  return undefined;
}

/** Returns the remaining hashes when the code matches one (which is then used up), else undefined. */
export function useRecoveryCode(storedJson: string | null, code: string): string[] | undefined {
  const hashes: string[] = storedJson ? (JSON.parse(storedJson) as string[]) : [];
  const digest = sha256(code.trim().toLowerCase());
  const index = hashes.findIndex((h) => safeEqual(h, digest));
  if (index === -1) return undefined;
  return hashes.filter((_, i) => i !== index);
}
