// The first administrator: /admin/setup?token=… (printed on the console while no account exists).
// The token works once; using it up and creating the account are one transaction.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../core/audit/log.ts';
import { createFirstAdmin, peekOneTimeToken } from '../../core/auth/setup.ts';
import { countUsers, UserInputError } from '../../core/auth/users.ts';
import type { AppContext } from '../../core/context.ts';
import { adminEnv, type AdminEnv } from '../env.ts';
import { Field, formValue } from '../forms.tsx';
import { checkPreSessionToken, preSessionToken } from '../pre-session.ts';
import { sendAdminPage } from '../respond.ts';
import { ActionForm } from '../views/ActionForm.tsx';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { sendRefused } from './refused.tsx';

function SetupPage({ env, csrf, token, values, error }: { env: AdminEnv; csrf: string; token: string; values: { email?: string; name?: string }; error?: string | undefined }) {
  const { t } = env;
  return (
    <AdminLayout env={env} title={t.setupTitle} error={error}>
      <ActionForm env={{ csrf }} action="/admin/setup" class="narrow-form" hidden={{ token }} submit={t.create}>
        <Field name="name" label={t.name} value={values.name} required autocomplete="name" />
        <Field name="email" label={t.email} type="email" value={values.email} required autocomplete="username" />
        <Field name="password" label={t.password} type="password" hint={t.passwordHint} required autocomplete="new-password" />
      </ActionForm>
    </AdminLayout>
  );
}

/** The link is good while no account exists and its token is unused. */
async function linkValid(ctx: AppContext, token: string): Promise<boolean> {
  return (await countUsers(ctx.db.kysely)) === 0 && (await peekOneTimeToken(ctx.db.kysely, token, 'setup')) !== undefined;
}

export async function showSetup(ctx: AppContext, request: FastifyRequest<{ Querystring: { token?: string } }>, reply: FastifyReply) {
  const env = await adminEnv(ctx, request);
  const token = request.query.token ?? '';
  if (!(await linkValid(ctx, token))) return sendRefused(reply, env, env.t.setupTitle, env.t.setupInvalid);
  return sendAdminPage(reply, <SetupPage env={env} csrf={await preSessionToken(ctx, request, reply)} token={token} values={{}} />);
}

export async function createAdmin(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  await checkPreSessionToken(ctx, request);
  const env = await adminEnv(ctx, request);
  const token = formValue(request.body, 'token');
  const values = { email: formValue(request.body, 'email'), name: formValue(request.body, 'name') };
  if (!(await linkValid(ctx, token))) return sendRefused(reply, env, env.t.setupTitle, env.t.setupInvalid);
  try {
    // Using up the token and creating the account happen in one transaction: five concurrent
    // posts of the link make one administrator, not five.
    const user = await createFirstAdmin(ctx.db.kysely, token, { ...values, password: formValue(request.body, 'password') });
    if (!user) return sendRefused(reply, env, env.t.setupTitle, env.t.setupInvalid);
    await audit(ctx.db.kysely, { action: 'user.create', userId: user.id, actor: user.email, targetType: 'user', targetId: user.id, ip: request.ip, details: { role: 'admin', via: 'setup' } });
    return reply.redirect('/admin/login', 303);
  } catch (error) {
    if (!(error instanceof UserInputError)) throw error;
    return sendAdminPage(reply, <SetupPage env={env} csrf={await preSessionToken(ctx, request, reply)} token={token} values={values} error={env.t.userProblems[error.code]} />, 400);
  }
}
