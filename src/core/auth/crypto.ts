// Random tokens and their digests. Secrets handed to people (session cookies, API tokens, reset
// links) are stored only as SHA-256 digests, so a copy of the database opens nothing.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** HMAC-SHA256 of `purpose:value` with the application secret (purposes keep signatures apart). */
export function mac(secret: string, purpose: string, value: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${value}`).digest('base64url');
}

/** A cookie value only this server can have made: `value.signature`. */
export function signValue(secret: string, purpose: string, value: string): string {
  return `${value}.${mac(secret, purpose, value)}`;
}

/** The value of a signed cookie, or undefined when the signature is missing or wrong. */
export function unsignValue(secret: string, purpose: string, signed: string | undefined): string | undefined {
  if (!signed || signed.length > 500) return undefined;
  const dot = signed.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const value = signed.slice(0, dot);
  return safeEqual(signed.slice(dot + 1), mac(secret, purpose, value)) ? value : undefined;
}
