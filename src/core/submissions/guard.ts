// Anti-spam for public forms, with no third-party CAPTCHA:
// - a signed form token carries the time the form was shown: a form sent sooner than
//   `minFillMs` after that (a robot), or older than a day, is refused;
// - a honeypot input people never see or fill;
// - limits per address (IP) and per e-mail or phone per hour, answered with 429 and the wait;
// - after repeated attempts from one address, a small arithmetic question in words, whose numbers
//   only the server can derive from the token's nonce.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { submissionsDb } from './schema.ts';

export const minFillMs = 3_000;
export const maxFormAgeMs = 24 * 3_600_000;
/** attempts from one address in an hour after which the question is asked */
export const challengeAfter = 3;
/** accepted submissions per address per hour */
export const perAddressPerHour = 5;
/** accepted submissions per e-mail address or phone number per hour */
export const perContactPerHour = 3;
/** tracking-code lookups per address per hour */
export const lookupsPerHour = 30;

export const honeypotName = 'website';

const sign = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('base64url').slice(0, 32);

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** "<issued ms>.<nonce>.<signature>", bound to the kind of form. */
export function issueFormToken(secret: string, kind: string, issuedAt = new Date()): string {
  const body = `${issuedAt.getTime()}.${randomBytes(9).toString('base64url')}`;
  return `${body}.${sign(secret, `form:${kind}:${body}`)}`;
}

export type TokenProblem = 'missing' | 'tooFast' | 'expired';

/** The form token's issue time and nonce, or why it is refused. */
export function checkFormToken(secret: string, kind: string, token: unknown, now = new Date()): { issuedAt: number; nonce: string } | { problem: TokenProblem } {
  if (typeof token !== 'string' || token.length > 200) return { problem: 'missing' };
  const parts = token.split('.');
  if (parts.length !== 3) return { problem: 'missing' };
  const [issued, nonce, signature] = parts as [string, string, string];
  if (!/^\d{13}$/.test(issued) || !sameText(signature, sign(secret, `form:${kind}:${issued}.${nonce}`))) return { problem: 'missing' };
  const age = now.getTime() - Number(issued);
  if (age < minFillMs) return { problem: 'tooFast' };
  if (age > maxFormAgeMs) return { problem: 'expired' };
  return { issuedAt: Number(issued), nonce };
}

const numberWords = {
  vi: ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
};

/** The two numbers of the question that goes with a form token (only the server can derive them). */
function challengeNumbers(secret: string, nonce: string): [number, number] {
  const digest = createHmac('sha256', secret).update(`challenge:${nonce}`).digest();
  return [1 + (digest[0]! % 9), 1 + (digest[1]! % 9)];
}

/** "Bảy cộng hai bằng mấy?" */
export function challengeQuestion(secret: string, token: string, lang: 'vi' | 'en'): string {
  const nonce = token.split('.')[1] ?? '';
  const [a, b] = challengeNumbers(secret, nonce);
  const words = numberWords[lang];
  return lang === 'vi' ? `${capital(words[a]!)} cộng ${words[b]} bằng mấy? (viết bằng số)` : `What is ${words[a]} plus ${words[b]}? (write it in figures)`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function challengeAnswered(secret: string, nonce: string, answer: unknown): boolean {
  if (typeof answer !== 'string' || !/^\s*\d{1,2}\s*$/.test(answer)) return false;
  const [a, b] = challengeNumbers(secret, nonce);
  return Number(answer.trim()) === a + b;
}

/** A stored key for an address, e-mail or phone: a keyed hash, so the table holds no personal data. */
export function limitKey(secret: string, what: 'ip' | 'ipok' | 'contact' | 'lookup', value: string): string {
  return `${what}:${sign(secret, `${what}:${value.trim().toLowerCase()}`)}`;
}

const hourOf = (now: Date) => now.toISOString().slice(0, 13);

/** Attempts counted for a key in the current hour. */
export async function attemptsThisHour(db: Kysely<Database>, key: string, now = new Date()): Promise<number> {
  const row = await submissionsDb(db).selectFrom('submission_limits').select('count').where('key', '=', key).where('hour', '=', hourOf(now)).executeTakeFirst();
  return row?.count ?? 0;
}

/** Adds one attempt for each key in the current hour (and forgets hours older than a day). */
export async function countAttempt(db: Kysely<Database>, keys: string[], now = new Date()): Promise<void> {
  const sdb = submissionsDb(db);
  for (const key of keys) {
    await sdb
      .insertInto('submission_limits')
      .values({ key, hour: hourOf(now), count: 1 })
      .onConflict((oc) => oc.columns(['key', 'hour']).doUpdateSet((eb) => ({ count: eb('submission_limits.count', '+', 1) })))
      .execute();
  }
  if (now.getUTCMinutes() === 0 || Math.random() < 0.01) {
    await sdb.deleteFrom('submission_limits').where('hour', '<', hourOf(new Date(now.getTime() - 24 * 3_600_000))).execute();
  }
}

/** Seconds until the current hour's counters reset. */
export function secondsToNextHour(now = new Date()): number {
  const next = new Date(now);
  next.setUTCMinutes(60, 0, 0);
  return Math.max(1, Math.ceil((next.getTime() - now.getTime()) / 1000));
}

// ---- Tracking codes (mã tra cứu) ----

/** Letters and digits that cannot be confused when read aloud or copied by hand (no 0/O, 1/I/L, U/V). */
const alphabet = 'ABCDEFGHJKMNPQRSTWXYZ23456789';

/** "HD7K-4M9Q": 8 symbols of 29 (about 39 bits), in two groups. */
export function newTrackingCode(): string {
  const out: string[] = [];
  while (out.length < 8) {
    for (const byte of randomBytes(16)) {
      // rejection sampling keeps every symbol equally likely
      if (byte < 29 * 8 && out.length < 8) out.push(alphabet[byte % 29]!);
    }
  }
  return `${out.slice(0, 4).join('')}-${out.slice(4).join('')}`;
}

/** What a person typed ("hd7k 4m9q") in the stored form, or a string that matches nothing. */
export function normalizeTrackingCode(input: unknown): string {
  const text = typeof input === 'string' ? input.toUpperCase().replace(/[\s\-–—.]/g, '').slice(0, 20) : '';
  return text.length === 8 ? `${text.slice(0, 4)}-${text.slice(4)}` : `-${text}`;
}
