// Signing in (password, then the second factor when turned on), signing out, and the back
// office's language switch. Attempts are throttled (core/auth/throttle.ts: growing delays per
// account, a limit per IP, a separate limit for devices that signed in before) and audited.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { audit, validIp } from '../../core/audit/log.ts';
import { dummyHash, verifyPassword } from '../../core/auth/passwords.ts';
import { completeTotp, createSession, revokeSession } from '../../core/auth/sessions.ts';
import { knownDevice, setDeviceCookie } from '../../core/auth/devices.ts';
import { attemptSucceeded, beginAttempt, releaseAttempt, type AttemptSubject } from '../../core/auth/throttle.ts';
import { acceptTotp, consumeRecoveryCode } from '../../core/auth/totp.ts';
import { countUsers, findUserByEmail, normalizeEmail } from '../../core/auth/users.ts';
import type { AppContext } from '../../core/context.ts';
import { safeReturnPath } from '../../core/routes/font-size.ts';
import { clearSessionCookie, setSessionCookie } from '../../core/http/auth.ts';
import { renderDocument } from '../../core/html/render.ts';
import { adminEnv, adminLangCookie, type AdminEnv } from '../env.ts';
import { CsrfField, AdminLayout } from '../views/AdminLayout.tsx';
import { Field, formValue } from '../forms.tsx';
import { checkPreSessionToken, cookieSecret, isHttps, preSessionToken } from '../pre-session.ts';

function adminReturn(raw: string): string {
  try {
    const path = safeReturnPath(raw || '/admin');
    return path.startsWith('/admin') ? path : '/admin';
  } catch {
    return '/admin';
  }
}

function LoginPage({ env, token, email, back, error, flash, noAccount }: { env: AdminEnv; token: string; email?: string; back: string; error?: string; flash?: string; noAccount?: boolean }) {
  const { t } = env;
  return (
    <AdminLayout env={env} title={t.signInTitle} error={error} flash={flash}>
      {noAccount && (
        <p class="flash" role="status">
          {t.noAccountYet}
        </p>
      )}
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
  const secure = isHttps(ctx);
  const timeouts = { idleMinutes: ctx.config.sessionIdleMinutes, maxHours: ctx.config.sessionMaxHours };

  app.get<{ Querystring: { ve?: string; reset?: string } }>('/admin/login', async (request, reply) => {
    if (request.auth && !request.auth.session?.needsTotp) return reply.redirect('/admin', 303);
    const env = await adminEnv(ctx, request);
    const flash = request.query.reset === '1' ? env.t.resetDone : undefined;
    // Before any account exists, say where the first one comes from (the setup link scrolls by).
    const noAccount = (await countUsers(db)) === 0;
    return sendAdminPage(reply, <LoginPage env={env} token={await preSessionToken(ctx, request, reply)} back={adminReturn(request.query.ve ?? '')} flash={flash} noAccount={noAccount} />);
  });

  /** Who is trying: a device that signed in as this user before, or anyone (account key + IP). */
  async function subjectOf(request: FastifyRequest, email: string, userId: number | undefined): Promise<AttemptSubject> {
    const device = userId === undefined ? undefined : knownDevice(request, await cookieSecret(ctx), secure, userId);
    return device ? { key: device.key, policy: 'device', ip: null } : { key: `acct:${email}`, policy: 'account', ip: validIp(request.ip) ?? 'unknown' };
  }

  function tooMany(reply: FastifyReply, seconds: number): void {
    reply.header('Retry-After', String(seconds));
  }

  app.post('/admin/login', async (request: FastifyRequest, reply) => {
    await checkPreSessionToken(ctx, request);
    const env = await adminEnv(ctx, request);
    const email = normalizeEmail(formValue(request.body, 'email')).slice(0, 254);
    const password = formValue(request.body, 'password').slice(0, 1024);
    const back = adminReturn(formValue(request.body, 've'));
    const again = async (error: string, status: number) => sendAdminPage(reply, <LoginPage env={env} token={await preSessionToken(ctx, request, reply)} email={email} back={back} error={error} />, status);
    const user = await findUserByEmail(db, email);
    // The attempt is counted before the password is checked (atomic against bursts).
    const subject = await subjectOf(request, email, user?.id);
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
  });

  app.get('/admin/login/totp', async (request, reply) => {
    if (!request.auth?.session?.needsTotp) return reply.redirect('/admin/login', 303);
    return sendAdminPage(reply, <TotpPage env={{ ...(await adminEnv(ctx, request)), csrf: request.auth.csrf ?? '' }} />);
  });

  app.post('/admin/login/totp', async (request, reply) => {
    const auth = request.auth;
    if (!auth?.session?.needsTotp) return reply.redirect('/admin/login', 303);
    const env = { ...(await adminEnv(ctx, request)), csrf: auth.csrf ?? '' };
    const code = formValue(request.body, 'code').trim().slice(0, 64);
    const user = auth.user;
    const subject = await subjectOf(request, user.email, user.id);
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
    setDeviceCookie(reply, await cookieSecret(ctx), secure, user.id);
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
