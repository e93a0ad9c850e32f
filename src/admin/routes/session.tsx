// Signing in (password, then the second factor when turned on), signing out, and the back
// office's language switch. Failures are throttled per account and per IP and audited.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../core/audit/log.ts';
import { dummyHash, verifyPassword } from '../../core/auth/passwords.ts';
import { completeTotp, createSession, revokeSession } from '../../core/auth/sessions.ts';
import { clearLoginFailures, isLoginThrottled, recordLoginFailure } from '../../core/auth/throttle.ts';
import { useRecoveryCode, verifyTotp } from '../../core/auth/totp.ts';
import { findUserByEmail, normalizeEmail } from '../../core/auth/users.ts';
import type { AppContext } from '../../core/context.ts';
import { safeReturnPath } from '../../core/routes/font-size.ts';
import { clearSessionCookie, setSessionCookie } from '../../core/http/auth.ts';
import { renderDocument } from '../../core/html/render.ts';
import { adminEnv, adminLangCookie, type AdminEnv } from '../env.ts';
import { CsrfField, AdminLayout } from '../views/AdminLayout.tsx';
import { Field, formValue } from '../forms.tsx';
import { checkPreSessionToken, preSessionToken } from '../pre-session.ts';

function adminReturn(raw: string): string {
  try {
    const path = safeReturnPath(raw || '/admin');
    return path.startsWith('/admin') ? path : '/admin';
  } catch {
    return '/admin';
  }
}

function LoginPage({ env, token, email, back, error, flash }: { env: AdminEnv; token: string; email?: string; back: string; error?: string; flash?: string }) {
  const { t } = env;
  return (
    <AdminLayout env={env} title={t.signInTitle} error={error} flash={flash}>
      <form method="post" action="/admin/login" class="narrow-form">
        <input type="hidden" name="_csrf" value={token} />
        <input type="hidden" name="ve" value={back} />
        <Field name="email" label={t.email} type="email" value={email} required autocomplete="username" />
        <Field name="password" label={t.password} type="password" required autocomplete="current-password" />
        <button type="submit" class="button">
          {t.signIn}
        </button>
      </form>
    </AdminLayout>
  );
}

function TotpPage({ env, error }: { env: AdminEnv; error?: string }) {
  const { t } = env;
  return (
    <AdminLayout env={env} title={t.totpTitle} error={error}>
      <form method="post" action="/admin/login/totp" class="narrow-form">
        <CsrfField env={env} />
        <Field name="code" label={t.totpCode} required autocomplete="one-time-code" maxLength={20} />
        <button type="submit" class="button">
          {t.verify}
        </button>
      </form>
    </AdminLayout>
  );
}

export function sendAdminPage(reply: FastifyReply, page: preact.VNode, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(renderDocument(page));
}

export function registerSessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;
  const secure = ctx.config.baseUrl.startsWith('https:');
  const timeouts = { idleMinutes: ctx.config.sessionIdleMinutes, maxHours: ctx.config.sessionMaxHours };

  app.get<{ Querystring: { ve?: string; reset?: string } }>('/admin/login', async (request, reply) => {
    if (request.auth && !request.auth.session?.needsTotp) return reply.redirect('/admin', 303);
    const env = await adminEnv(ctx, request);
    const flash = request.query.reset === '1' ? env.t.resetDone : undefined;
    return sendAdminPage(reply, <LoginPage env={env} token={preSessionToken(request, reply)} back={adminReturn(request.query.ve ?? '')} flash={flash} />);
  });

  app.post('/admin/login', async (request: FastifyRequest, reply) => {
    checkPreSessionToken(request);
    const env = await adminEnv(ctx, request);
    const email = normalizeEmail(formValue(request.body, 'email')).slice(0, 254);
    const password = formValue(request.body, 'password').slice(0, 1024);
    const back = adminReturn(formValue(request.body, 've'));
    const again = (error: string, status: number) => sendAdminPage(reply, <LoginPage env={env} token={preSessionToken(request, reply)} email={email} back={back} error={error} />, status);
    if (await isLoginThrottled(db, email, request.ip)) {
      await audit(db, { action: 'auth.login.throttled', actor: email, ip: request.ip });
      return again(env.lang === 'vi' ? 'Đăng nhập sai quá nhiều lần. Hãy thử lại sau 15 phút.' : 'Too many failed sign-ins. Try again in 15 minutes.', 429);
    }
    const user = await findUserByEmail(db, email);
    const ok = user ? await verifyPassword(user.password_hash, password) : (await verifyPassword(await dummyHash(), password), false);
    if (!user || !ok || user.is_active !== 1) {
      await recordLoginFailure(db, email, request.ip);
      await audit(db, { action: 'auth.login.failure', actor: email, userId: user?.id, ip: request.ip });
      return again(env.t.wrongLogin, 401);
    }
    const token = await createSession(db, user.id, { ip: request.ip, userAgent: request.headers['user-agent'], needsTotp: user.totp_enabled === 1 }, timeouts);
    setSessionCookie(reply, token, secure, timeouts.maxHours);
    if (user.totp_enabled === 1) {
      await audit(db, { action: 'auth.login.password-ok', userId: user.id, actor: user.email, ip: request.ip });
      return reply.redirect(`/admin/login/totp`, 303);
    }
    // Failures are forgiven only once every factor is right: a known password must not reset
    // the count of wrong second-factor codes.
    await clearLoginFailures(db, email);
    await db.updateTable('users').set({ last_login_at: new Date().toISOString() }).where('id', '=', user.id).execute();
    await audit(db, { action: 'auth.login.success', userId: user.id, actor: user.email, ip: request.ip });
    return reply.redirect(back, 303);
  });

  app.get('/admin/login/totp', async (request, reply) => {
    if (!request.auth?.session?.needsTotp) return reply.redirect('/admin/login', 303);
    return sendAdminPage(reply, <TotpPage env={{ ...(await adminEnv(ctx, request)), csrf: request.auth.csrf ?? '' }} />);
  });

  app.post('/admin/login/totp', async (request, reply) => {
    const auth = request.auth;
    if (!auth?.session?.needsTotp) return reply.redirect('/admin/login', 303);
    const env = { ...(await adminEnv(ctx, request)), csrf: auth.csrf ?? '' };
    const code = formValue(request.body, 'code').trim();
    const user = auth.user;
    if (await isLoginThrottled(db, user.email, request.ip)) return sendAdminPage(reply, <TotpPage env={env} error={env.t.totpWrong} />, 429);
    let ok = user.totp_secret ? verifyTotp(user.totp_secret, code) : false;
    if (!ok) {
      const remaining = useRecoveryCode(user.recovery_codes, code);
      if (remaining) {
        ok = true;
        await db.updateTable('users').set({ recovery_codes: JSON.stringify(remaining) }).where('id', '=', user.id).execute();
        await audit(db, { action: 'auth.recovery-code.used', userId: user.id, actor: user.email, ip: request.ip, details: { remaining: remaining.length } });
      }
    }
    if (!ok) {
      await recordLoginFailure(db, user.email, request.ip);
      await audit(db, { action: 'auth.login.failure', userId: user.id, actor: user.email, ip: request.ip, details: { step: 'totp' } });
      return sendAdminPage(reply, <TotpPage env={env} error={env.t.totpWrong} />, 401);
    }
    await completeTotp(db, auth.session.idHash);
    await clearLoginFailures(db, user.email);
    await db.updateTable('users').set({ last_login_at: new Date().toISOString() }).where('id', '=', user.id).execute();
    await audit(db, { action: 'auth.login.success', userId: user.id, actor: user.email, ip: request.ip, details: { totp: true } });
    return reply.redirect('/admin', 303);
  });

  app.post('/admin/logout', async (request, reply) => {
    if (request.auth?.session) {
      await revokeSession(db, request.auth.session.idHash);
      await audit(db, { action: 'auth.logout', userId: request.auth.user.id, actor: request.auth.user.email, ip: request.ip });
    }
    clearSessionCookie(reply);
    return reply.redirect('/admin/login', 303);
  });

  app.get<{ Params: { lang: string }; Querystring: { ve?: string } }>('/admin/ngon-ngu/:lang', async (request, reply) => {
    const lang = request.params.lang === 'en' ? 'en' : 'vi';
    reply.setCookie(adminLangCookie, lang, { path: '/admin', sameSite: 'lax', httpOnly: true, maxAge: 365 * 24 * 3600 });
    return reply.redirect(adminReturn(request.query.ve ?? ''), 303);
  });
}
