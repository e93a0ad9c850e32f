// `congtin user create …` and `congtin token create …`.
import { parseArgs } from 'node:util';
import { audit } from '../core/audit/log.ts';
import { createApiToken } from '../core/auth/api-tokens.ts';
import { createUser, findUserByEmail, UserInputError } from '../core/auth/users.ts';
import type { AppContext } from '../core/context.ts';

const reasons: Record<UserInputError['code'], string> = {
  'bad-email': 'the e-mail address is not valid',
  'bad-name': 'the name is empty or too long',
  'bad-role': 'the role must be contributor, editor, approver or admin',
  'email-taken': 'an account with this e-mail address already exists',
  'too-short': 'the password must have at least 10 characters',
  'too-long': 'the password is longer than 256 characters',
  'same-as-email': 'the password must not be the e-mail address',
  'bad-categories': 'unknown category',
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

export async function userCommand(ctx: AppContext, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'create') {
    console.error('usage: congtin user create --email E --name N --role R --password-stdin');
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
  });
  if (!values.email || !values.name || !values.role || !values['password-stdin']) {
    console.error('congtin user create: --email, --name, --role and --password-stdin are required');
    return 2;
  }
  const password = await readStdin();
  try {
    const user = await createUser(ctx.db.kysely, { email: values.email, name: values.name, role: values.role, password });
    await audit(ctx.db.kysely, { action: 'user.create', actor: 'cli', targetType: 'user', targetId: user.id, details: { email: user.email, role: user.role } });
    console.log(`Created ${user.role} ${user.email} (id ${user.id}).`);
    return 0;
  } catch (error) {
    if (error instanceof UserInputError) {
      console.error(`congtin user create: ${reasons[error.code]}`);
      return 1;
    }
    throw error;
  }
}

export async function tokenCommand(ctx: AppContext, args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'create') {
    console.error('usage: congtin token create --email E [--name NAME]');
    return 2;
  }
  const { values } = parseArgs({ args: rest, options: { email: { type: 'string' }, name: { type: 'string' } } });
  if (!values.email) {
    console.error('congtin token create: --email is required');
    return 2;
  }
  const user = await findUserByEmail(ctx.db.kysely, values.email);
  if (!user || user.is_active !== 1) {
    console.error(`congtin token create: no active account ${values.email}`);
    return 1;
  }
  const { id, token } = await createApiToken(ctx.db.kysely, user.id, values.name ?? 'cli');
  await audit(ctx.db.kysely, { action: 'token.create', actor: 'cli', userId: user.id, targetType: 'api_token', targetId: id });
  console.log(`API token for ${user.email} (shown once; revoke it in the back office):`);
  console.log(token);
  return 0;
}
