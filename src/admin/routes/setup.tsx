// First administrator (/admin/setup?token=… printed on the console) and password resets
// (/admin/password-reset?token=… issued by an administrator). Both tokens work once.
import type { FastifyInstance } from 'fastify';
import { audit } from '../../core/audit/log.ts';
import { hashPassword, passwordProblem } from '../../core/auth/passwords.ts';
import { revokeAllSessions } from '../../core/auth/sessions.ts';
import { revokeAllApiTokens } from '../../core/auth/api-tokens.ts';
import { consumeOneTimeToken, createFirstAdmin, peekOneTimeToken } from '../../core/auth/setup.ts';
import { countUsers, findUserById, UserInputError } from '../../core/auth/users.ts';
import type { AppContext } from '../../core/context.ts';
import { adminEnv, type AdminEnv } from '../env.ts';
import { Field, formValue } from '../forms.tsx';
import { checkPreSessionToken, preSessionToken } from '../pre-session.ts';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { sendAdminPage } from './session.tsx';

function SetupPage({ env, csrf, token, values, error }: { env: AdminEnv; csrf: string; token: string; values: { email?: string; name?: string }; error?: string | undefined }) {
  const { t } = env;
  return (
    <AdminLayout env={env} title={t.setupTitle} error={error}>
      <form method="post" action="/admin/setup" class="narrow-form">
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="token" value={token} />
        <Field name="name" label={t.name} value={values.name} required autocomplete="name" />
        <Field name="email" label={t.email} type="email" value={values.email} required autocomplete="username" />
        <Field name="password" label={t.password} type="password" hint={t.passwordHint} required autocomplete="new-password" />
        <button type="submit" class="button">
          {t.create}
        </button>
      </form>
    </AdminLayout>
  );
}

function ResetPage({ env, csrf, token, error }: { env: AdminEnv; csrf: string; token: string; error?: string | undefined }) {
  const { t } = env;
  return (
    <AdminLayout env={env} title={t.resetTitle} error={error}>
      <form method="post" action="/admin/password-reset" class="narrow-form">
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="token" value={token} />
        <Field name="password" label={t.newPassword} type="password" hint={t.passwordHint} required autocomplete="new-password" />
        <button type="submit" class="button">
          {t.save}
        </button>
      </form>
    </AdminLayout>
  );
}

export function registerSetupRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;

  app.get<{ Querystring: { token?: string } }>('/admin/setup', async (request, reply) => {
    const env = await adminEnv(ctx, request);
    const token = request.query.token ?? '';
    if ((await countUsers(db)) > 0 || !(await peekOneTimeToken(db, token, 'setup'))) {
      return sendAdminPage(reply, <AdminLayout env={env} title={env.t.setupTitle} error={env.t.setupInvalid}>{null}</AdminLayout>, 403);
    }
    return sendAdminPage(reply, <SetupPage env={env} csrf={await preSessionToken(ctx, request, reply)} token={token} values={{}} />);
  });

  app.post('/admin/setup', async (request, reply) => {
    await checkPreSessionToken(ctx, request);
    const env = await adminEnv(ctx, request);
    const token = formValue(request.body, 'token');
    const values = { email: formValue(request.body, 'email'), name: formValue(request.body, 'name') };
    if ((await countUsers(db)) > 0 || !(await peekOneTimeToken(db, token, 'setup'))) {
      return sendAdminPage(reply, <AdminLayout env={env} title={env.t.setupTitle} error={env.t.setupInvalid}>{null}</AdminLayout>, 403);
    }
    try {
      // Using up the token and creating the account happen in one transaction: five concurrent
      // posts of the link make one administrator, not five.
      const user = await createFirstAdmin(db, token, { ...values, password: formValue(request.body, 'password') });
      if (!user) return sendAdminPage(reply, <AdminLayout env={env} title={env.t.setupTitle} error={env.t.setupInvalid}>{null}</AdminLayout>, 403);
      await audit(db, { action: 'user.create', userId: user.id, actor: user.email, targetType: 'user', targetId: user.id, ip: request.ip, details: { role: 'admin', via: 'setup' } });
      return reply.redirect('/admin/login', 303);
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      return sendAdminPage(reply, <SetupPage env={env} csrf={await preSessionToken(ctx, request, reply)} token={token} values={values} error={env.t.userProblems[error.code]} />, 400);
    }
  });

  app.get<{ Querystring: { token?: string } }>('/admin/password-reset', async (request, reply) => {
    const env = await adminEnv(ctx, request);
    const token = request.query.token ?? '';
    if (!(await peekOneTimeToken(db, token, 'password-reset'))) return sendAdminPage(reply, <AdminLayout env={env} title={env.t.resetTitle} error={env.t.resetInvalid}>{null}</AdminLayout>, 403);
    return sendAdminPage(reply, <ResetPage env={env} csrf={await preSessionToken(ctx, request, reply)} token={token} />);
  });

  app.post('/admin/password-reset', async (request, reply) => {
    await checkPreSessionToken(ctx, request);
    const env = await adminEnv(ctx, request);
    const token = formValue(request.body, 'token');
    const pending = await peekOneTimeToken(db, token, 'password-reset');
    const user = pending?.user_id ? await findUserById(db, pending.user_id) : undefined;
    if (!pending || !user) return sendAdminPage(reply, <AdminLayout env={env} title={env.t.resetTitle} error={env.t.resetInvalid}>{null}</AdminLayout>, 403);
    const password = formValue(request.body, 'password');
    const problem = passwordProblem(password, user.email);
    if (problem) return sendAdminPage(reply, <ResetPage env={env} csrf={await preSessionToken(ctx, request, reply)} token={token} error={env.t.passwordProblems[problem]} />, 400);
    if (!(await consumeOneTimeToken(db, token, 'password-reset'))) return sendAdminPage(reply, <AdminLayout env={env} title={env.t.resetTitle} error={env.t.resetInvalid}>{null}</AdminLayout>, 403);
    await db.updateTable('users').set({ password_hash: await hashPassword(password), updated_at: new Date().toISOString() }).where('id', '=', user.id).execute();
    await revokeAllSessions(db, user.id);
    await revokeAllApiTokens(db, user.id);
    await audit(db, { action: 'auth.password.reset', userId: user.id, actor: user.email, ip: request.ip });
    return reply.redirect('/admin/login?reset=1', 303);
  });
}
