// Staff accounts (tài khoản): creation with a policy-checked argon2id password, lookup, changes.
import type { Kysely } from 'kysely';
import type { Database, Role, User } from '../db/schema.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { roles, type Actor, parseCategoryIds } from './permissions.ts';

export class UserInputError extends Error {
  constructor(
    readonly code: 'bad-email' | 'bad-name' | 'bad-role' | 'email-taken' | 'too-short' | 'too-long' | 'same-as-email' | 'bad-categories',
  ) {
    super(code);
    this.name = 'UserInputError';
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isEmail(email: string): boolean {
  return /^[^\s@<>"']+@[^\s@<>"']+\.[^\s@<>"']+$/.test(email) && email.length <= 254;
}

export interface NewUser {
  email: string;
  name: string;
  role: string;
  password: string;
  categoryIds?: number[] | null;
}

export async function createUser(db: Kysely<Database>, input: NewUser, now = new Date()): Promise<User> {
  const email = normalizeEmail(input.email);
  const name = input.name.normalize('NFC').trim();
  if (!isEmail(email)) throw new UserInputError('bad-email');
  if (!name || name.length > 200) throw new UserInputError('bad-name');
  if (!roles.includes(input.role as Role)) throw new UserInputError('bad-role');
  const problem = passwordProblem(input.password, email);
  if (problem) throw new UserInputError(problem);
  if (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) throw new UserInputError('email-taken');
  return db
    .insertInto('users')
    .values({
      email,
      name,
      role: input.role as Role,
      password_hash: await hashPassword(input.password),
      category_ids: input.categoryIds ? JSON.stringify(input.categoryIds) : null,
      totp_secret: null,
      recovery_codes: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      last_login_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findUserByEmail(db: Kysely<Database>, email: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
}

export function findUserById(db: Kysely<Database>, id: number): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const { n } = await db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(n);
}

export function actorOf(user: User): Actor {
  return { id: user.id, role: user.role, categoryIds: parseCategoryIds(user.category_ids) };
}
