// Password resets: /admin/password-reset?token=… issued by an administrator (users/reset-link.tsx).
// The token works once; a new password ends every session and API token of the account.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../core/audit/log.ts';
import { revokeAllApiTokens } from '../../core/auth/api-tokens.ts';
import { hashPassword, passwordProblem } from '../../core/auth/passwords.ts';
import { revokeAllSessions } from '../../core/auth/sessions.ts';
import { consumeOneTimeToken, peekOneTimeToken } from '../../core/auth/setup.ts';
import { findUserById } from '../../core/auth/users.ts';
import type { AppContext } from '../../core/context.ts';
import { adminEnv, type AdminEnv } from '../env.ts';
import { Field, formValue } from '../forms.tsx';
import { checkPreSessionToken, preSessionToken } from '../pre-session.ts';
import { sendAdminPage } from '../respond.ts';
import { ActionForm } from '../views/ActionForm.tsx';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { sendRefused } from './refused.tsx';

function ResetPage({ env, csrf, token, error }: { env: AdminEnv; csrf: string; token: string; error?: string | undefined }) {
  const { t } = env;
  return (
    <AdminLayout env={env} title={t.resetTitle} error={error}>
      <ActionForm env={{ csrf }} action="/admin/password-reset" class="narrow-form" hidden={{ token }} submit={t.save}>
        <Field name="password" label={t.newPassword} type="password" hint={t.passwordHint} required autocomplete="new-password" />
      </ActionForm>
    </AdminLayout>
  );
}

export async function showPasswordReset(ctx: AppContext, request: FastifyRequest<{ Querystring: { token?: string } }>, reply: FastifyReply) {
  const env = await adminEnv(ctx, request);
  const token = request.query.token ?? '';
  if (!(await peekOneTimeToken(ctx.db.kysely, token, 'password-reset'))) return sendRefused(reply, env, env.t.resetTitle, env.t.resetInvalid);
  return sendAdminPage(reply, <ResetPage env={env} csrf={await preSessionToken(ctx, request, reply)} token={token} />);
}

export async function resetPassword(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const db = ctx.db.kysely;
  await checkPreSessionToken(ctx, request);
  const env = await adminEnv(ctx, request);
  const token = formValue(request.body, 'token');
  const pending = await peekOneTimeToken(db, token, 'password-reset');
  const user = pending?.user_id ? await findUserById(db, pending.user_id) : undefined;
  if (!pending || !user) return sendRefused(reply, env, env.t.resetTitle, env.t.resetInvalid);
  const password = formValue(request.body, 'password');
  const problem = passwordProblem(password, user.email);
  if (problem) return sendAdminPage(reply, <ResetPage env={env} csrf={await preSessionToken(ctx, request, reply)} token={token} error={env.t.passwordProblems[problem]} />, 400);
  if (!(await consumeOneTimeToken(db, token, 'password-reset'))) return sendRefused(reply, env, env.t.resetTitle, env.t.resetInvalid);
  await db.updateTable('users').set({ password_hash: await hashPassword(password), updated_at: new Date().toISOString() }).where('id', '=', user.id).execute();
  await revokeAllSessions(db, user.id);
  await revokeAllApiTokens(db, user.id);
  await audit(db, { action: 'auth.password.reset', userId: user.id, actor: user.email, ip: request.ip });
  return reply.redirect('/admin/login?reset=1', 303);
}
