// Signing in, second step: the code of the authenticator app or a recovery code. Each is accepted
// once (conditional updates), attempts are throttled and audited like the password's.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../core/audit/log.ts';
import { setDeviceCookie } from '../../core/auth/devices.ts';
import { completeTotp } from '../../core/auth/sessions.ts';
import { attemptSucceeded, beginAttempt } from '../../core/auth/throttle.ts';
import { acceptTotp, consumeRecoveryCode } from '../../core/auth/totp.ts';
import type { AppContext } from '../../core/context.ts';
import { adminEnv, type AdminEnv } from '../env.ts';
import { Field, formValue } from '../forms.tsx';
import { cookieSecret, isHttps } from '../pre-session.ts';
import { sendAdminPage } from '../respond.ts';
import { ActionForm } from '../views/ActionForm.tsx';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { subjectOf, tooMany } from './attempts.ts';

function TotpPage({ env, error }: { env: AdminEnv; error?: string }) {
  const { t } = env;
  return (
    <AdminLayout env={env} title={t.totpTitle} error={error}>
      <ActionForm env={env} action="/admin/login/totp" class="narrow-form" submit={t.verify}>
        <Field name="code" label={t.totpCode} required autocomplete="one-time-code" maxLength={20} />
      </ActionForm>
    </AdminLayout>
  );
}

export async function showTotp(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  if (!request.auth?.session?.needsTotp) return reply.redirect('/admin/login', 303);
  return sendAdminPage(reply, <TotpPage env={{ ...(await adminEnv(ctx, request)), csrf: request.auth.csrf ?? '' }} />);
}

export async function verifyTotp(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const db = ctx.db.kysely;
  const auth = request.auth;
  if (!auth?.session?.needsTotp) return reply.redirect('/admin/login', 303);
  const env = { ...(await adminEnv(ctx, request)), csrf: auth.csrf ?? '' };
  const code = formValue(request.body, 'code').trim().slice(0, 64);
  const user = auth.user;
  const subject = await subjectOf(ctx, request, user.email, user.id);
  const attempt = await beginAttempt(db, subject);
  if (!attempt.allowed) {
    await audit(db, { action: 'auth.login.throttled', userId: user.id, actor: user.email, ip: request.ip, details: { step: 'totp', limit: attempt.reason, retryAfter: attempt.retryAfterSeconds } });
    tooMany(reply, attempt.retryAfterSeconds);
    return sendAdminPage(reply, <TotpPage env={env} error={env.t.throttled(attempt.retryAfterSeconds)} />, 429);
  }
  // A code is accepted once (its time step is recorded), a recovery code is used up: both by
  // conditional updates, so concurrent uses of the same code cannot both sign in.
  let ok = user.totp_secret ? await acceptTotp(db, user.id, user.totp_secret, code) : false;
  if (!ok && /^[0-9a-f]{5}-[0-9a-f]{5}$/i.test(code)) {
    const remaining = await consumeRecoveryCode(db, user.id, code);
    if (remaining !== undefined) {
      ok = true;
      await audit(db, { action: 'auth.recovery-code.used', userId: user.id, actor: user.email, ip: request.ip, details: { remaining } });
    }
  }
  if (!ok) {
    await audit(db, { action: 'auth.login.failure', userId: user.id, actor: user.email, ip: request.ip, details: { step: 'totp' } });
    return sendAdminPage(reply, <TotpPage env={env} error={env.t.totpWrong} />, 401);
  }
  await completeTotp(db, auth.session.idHash);
  await attemptSucceeded(db, attempt);
  setDeviceCookie(reply, await cookieSecret(ctx), isHttps(ctx), user.id);
  await db.updateTable('users').set({ last_login_at: new Date().toISOString() }).where('id', '=', user.id).execute();
  await audit(db, { action: 'auth.login.success', userId: user.id, actor: user.email, ip: request.ip, details: { totp: true } });
  return reply.redirect('/admin', 303);
}
