// Two-factor sign-in with TOTP (RFC 6238, otpauth) and one-time recovery codes. The QR code is
// drawn on the server (an SVG data URL), so the secret never leaves for a third-party service.
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { randomBytes } from 'node:crypto';
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

/** Accepts the current code and one step either side (clock drift). */
export function verifyTotp(secret: string, code: string, now = Date.now()): boolean {
  const clean = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(clean)) return false;
  return totp(secret, 'x', 'x').validate({ token: clean, window: 1, timestamp: now }) !== null;
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

/** Returns the remaining hashes when the code matches one (which is then used up), else undefined. */
export function useRecoveryCode(storedJson: string | null, code: string): string[] | undefined {
  const hashes: string[] = storedJson ? (JSON.parse(storedJson) as string[]) : [];
  const digest = sha256(code.trim().toLowerCase());
  const index = hashes.findIndex((h) => safeEqual(h, digest));
  if (index === -1) return undefined;
  return hashes.filter((_, i) => i !== index);
}
