// Password hashing with argon2id (OWASP's first choice) and the password policy.
import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2's Algorithm is a const enum; 2 is Argon2id.
const options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const minPasswordLength = 10;

/** Returns a reason in English (the UI maps it) or undefined when the password is acceptable. */
export function passwordProblem(password: string, email?: string): 'too-short' | 'too-long' | 'same-as-email' | undefined {
  if (password.length < minPasswordLength) return 'too-short';
  if (password.length > 256) return 'too-long';
  if (email && password.toLowerCase() === email.toLowerCase()) return 'same-as-email';
  return undefined;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so both cases take the same time. */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword('congtin-dummy-password');
  return dummy;
}
