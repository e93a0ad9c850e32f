// Signing in, first step: email and password (the second factor, when on, is in totp.tsx).
// Attempts are counted before the password is checked, throttled and audited.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../core/audit/log.ts';
import { setDeviceCookie } from '../../core/auth/devices.ts';
import { dummyHash, verifyPassword } from '../../core/auth/passwords.ts';
import { createSession } from '../../core/auth/sessions.ts';
import { attemptSucceeded, beginAttempt, releaseAttempt } from '../../core/auth/throttle.ts';
import { countUsers, findUserByEmail, normalizeEmail } from '../../core/auth/users.ts';
import type { AppContext } from '../../core/context.ts';
import { setSessionCookie } from '../../core/http/auth.ts';
import { adminEnv, type AdminEnv } from '../env.ts';
import { Field, formValue } from '../forms.tsx';
import { checkPreSessionToken, cookieSecret, isHttps, preSessionToken } from '../pre-session.ts';
import { sendAdminPage } from '../respond.ts';
import { ActionForm } from '../views/ActionForm.tsx';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { subjectOf, tooMany } from './attempts.ts';
import { adminReturn } from './return-path.ts';

function LoginPage({ env, token, email, back, error, flash, noAccount }: { env: AdminEnv; token: string; email?: string; back: string; error?: string; flash?: string | undefined; noAccount?: boolean }) {
  const { t } = env;
  return (
    <AdminLayout env={env} title={t.signInTitle} error={error} flash={flash}>
      {noAccount && (
        <p class="flash" role="status">
          {t.noAccountYet}
        </p>
      )}
      <ActionForm env={{ csrf: token }} action="/admin/login" class="narrow-form" hidden={{ ve: back }} submit={t.signIn}>
        <Field name="email" label={t.email} type="email" value={email} required autocomplete="username" />
        <Field name="password" label={t.password} type="password" required autocomplete="current-password" />
      </ActionForm>
    </AdminLayout>
  );
}

export async function showLogin(ctx: AppContext, request: FastifyRequest<{ Querystring: { ve?: string; reset?: string } }>, reply: FastifyReply) {
  if (request.auth && !request.auth.session?.needsTotp) return reply.redirect('/admin', 303);
  const env = await adminEnv(ctx, request);
  const flash = request.query.reset === '1' ? env.t.resetDone : undefined;
  // Before any account exists, say where the first one comes from (the setup link scrolls by).
  const noAccount = (await countUsers(ctx.db.kysely)) === 0;
  return sendAdminPage(reply, <LoginPage env={env} token={await preSessionToken(ctx, request, reply)} back={adminReturn(request.query.ve ?? '')} flash={flash} noAccount={noAccount} />);
}

export async function signIn(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const db = ctx.db.kysely;
  await checkPreSessionToken(ctx, request);
  const env = await adminEnv(ctx, request);
  const email = normalizeEmail(formValue(request.body, 'email')).slice(0, 254);
  const password = formValue(request.body, 'password').slice(0, 1024);
  const back = adminReturn(formValue(request.body, 've'));
  const again = async (error: string, status: number) => sendAdminPage(reply, <LoginPage env={env} token={await preSessionToken(ctx, request, reply)} email={email} back={back} error={error} />, status);
  const user = await findUserByEmail(db, email);
  // The attempt is counted before the password is checked (atomic against bursts).
  const subject = await subjectOf(ctx, request, email, user?.id);
  const attempt = await beginAttempt(db, subject);
  if (!attempt.allowed) {
    await audit(db, { action: 'auth.login.throttled', actor: email, userId: user?.id, ip: request.ip, details: { limit: attempt.reason, retryAfter: attempt.retryAfterSeconds } });
    tooMany(reply, attempt.retryAfterSeconds);
    return again(env.t.throttled(attempt.retryAfterSeconds), 429);
  }
  const ok = user ? await verifyPassword(user.password_hash, password) : (await verifyPassword(await dummyHash(), password), false);
  if (!user || !ok || user.is_active !== 1) {
    await audit(db, { action: 'auth.login.failure', actor: email, userId: user?.id, ip: request.ip, ...(subject.policy === 'device' ? { details: { device: true } } : {}) });
    return again(env.t.wrongLogin, 401);
  }
  const secure = isHttps(ctx);
  const timeouts = { idleMinutes: ctx.config.sessionIdleMinutes, maxHours: ctx.config.sessionMaxHours };
  const token = await createSession(db, user.id, { ip: request.ip, userAgent: request.headers['user-agent'], needsTotp: user.totp_enabled === 1 }, timeouts);
  setSessionCookie(reply, token, secure, timeouts.maxHours);
  if (user.totp_enabled === 1) {
    // Failures are forgiven only once every factor is right: a known password must not reset
    // the count of wrong second-factor codes (this attempt simply does not count).
    await releaseAttempt(db, attempt);
    await audit(db, { action: 'auth.login.password-ok', userId: user.id, actor: user.email, ip: request.ip });
    return reply.redirect(`/admin/login/totp`, 303);
  }
  await attemptSucceeded(db, attempt);
  setDeviceCookie(reply, await cookieSecret(ctx), secure, user.id);
  await db.updateTable('users').set({ last_login_at: new Date().toISOString() }).where('id', '=', user.id).execute();
  await audit(db, { action: 'auth.login.success', userId: user.id, actor: user.email, ip: request.ip });
  return reply.redirect(back, 303);
}
