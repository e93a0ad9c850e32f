// My account: password, two-factor sign-in (QR code drawn on the server, recovery codes), my
// sessions (revoke any), my API tokens (create, shown once; revoke). Every check of the current
// password (or code) here is throttled like sign-in and audited, failures and successes.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Auth } from '../../core/http/auth.ts';
import { audit } from '../../core/audit/log.ts';
import { createApiToken, listApiTokens, revokeAllApiTokens, revokeApiToken } from '../../core/auth/api-tokens.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../../core/auth/passwords.ts';
import { listSessions, revokeSession } from '../../core/auth/sessions.ts';
import { attemptSucceeded, beginAttempt } from '../../core/auth/throttle.ts';
import { acceptTotp, newRecoveryCodes, newTotpSecret, qrDataUrl, totpStep, totpUri } from '../../core/auth/totp.ts';
import type { AppContext } from '../../core/context.ts';
import { parseId } from '../../core/errors.ts';
import { requireAuth } from '../../core/http/auth.ts';
import { formatStamp } from '../../core/text/datetime.ts';
import { adminEnv } from '../env.ts';
import { Field, formValue } from '../forms.tsx';
import { AdminLayout, CsrfField } from '../views/AdminLayout.tsx';
import { sendAdminPage } from './session.tsx';

interface Extras {
  flash?: string | undefined;
  error?: string | undefined;
  newToken?: string | undefined;
  recoveryCodes?: string[] | undefined;
  pendingSecret?: string | undefined;
  status?: number;
}

export function registerAccountRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;

  async function show(request: FastifyRequest, reply: FastifyReply, extras: Extras = {}) {
    const auth = requireAuth(request);
    const env = await adminEnv(ctx, request);
    const { t } = env;
    const user = (await db.selectFrom('users').selectAll().where('id', '=', auth.user.id).executeTakeFirstOrThrow());
    const { requireTotpRoles } = await ctx.settings.get();
    const sessions = await listSessions(db, user.id);
    const tokens = await listApiTokens(db, user.id);
    const pendingSecret = extras.pendingSecret ?? (user.totp_enabled ? undefined : newTotpSecret());
    const settings = await ctx.settings.get();
    const qr = pendingSecret ? await qrDataUrl(totpUri(pendingSecret, user.email, settings.agencyName.vi)) : undefined;
    return sendAdminPage(
      reply,
      <AdminLayout env={env} title={t.myAccount} flash={extras.flash} error={extras.error ?? (requireTotpRoles.includes(user.role) && !user.totp_enabled ? t.totpRequired : undefined)}>
        <section class="card-box" aria-labelledby="totp-title">
          <h2 id="totp-title">{t.twoFactor}</h2>
          <p>{user.totp_enabled ? t.totpOn : t.totpOff}</p>
          {extras.recoveryCodes && (
            <div class="flash flash--ok">
              <p>{t.recoveryCodes}</p>
              <ul class="codes">
                {extras.recoveryCodes.map((c) => (
                  <li>
                    <code>{c}</code>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {user.totp_enabled ? (
            <form method="post" action="/admin/account/totp/disable">
              <CsrfField env={env} />
              <Field name="password" label={t.currentPassword} type="password" required autocomplete="current-password" />
              <button type="submit" class="button button--warning">
                {t.totpDisable}
              </button>
            </form>
          ) : (
            <form method="post" action="/admin/account/totp/enable">
              <CsrfField env={env} />
              <p>{t.totpSetupHelp}</p>
              {qr && <img src={qr} alt={`QR: ${pendingSecret}`} width="200" height="200" class="qr" />}
              <p>
                <code class="secret">{pendingSecret}</code>
              </p>
              <input type="hidden" name="secret" value={pendingSecret} />
              <Field name="code" label={t.totpCode} inputMode="numeric" required autocomplete="one-time-code" maxLength={6} />
              <Field name="password" label={t.currentPassword} type="password" required autocomplete="current-password" />
              <button type="submit" class="button">
                {t.totpEnable}
              </button>
            </form>
          )}
        </section>

        <section class="card-box" aria-labelledby="pw-title">
          <h2 id="pw-title">{t.changePassword}</h2>
          <form method="post" action="/admin/account/password">
            <CsrfField env={env} />
            <Field name="current" label={t.currentPassword} type="password" required autocomplete="current-password" />
            <Field name="password" label={t.newPassword} type="password" hint={t.passwordHint} required autocomplete="new-password" />
            <button type="submit" class="button">
              {t.save}
            </button>
          </form>
        </section>

        <section class="card-box" aria-labelledby="sessions-title">
          <h2 id="sessions-title">{t.sessions}</h2>
          <div class="table-wrap">
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col">{t.started}</th>
                  <th scope="col">{t.lastSeen}</th>
                  <th scope="col">{t.ip}</th>
                  <th scope="col">{t.actions}</th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((s, i) => (
                  <tr>
                    <td>{formatStamp(s.created_at)}</td>
                    <td>{formatStamp(s.last_seen_at)}</td>
                    <td>{s.ip}</td>
                    <td>
                      {s.id_hash === auth.session?.idHash ? (
                        t.thisSession
                      ) : (
                        <form method="post" action={`/admin/account/sessions/${i}/revoke`} class="inline-form">
                          <CsrfField env={env} />
                          <input type="hidden" name="session" value={s.id_hash} />
                          <button type="submit" class="link-button">
                            {t.revoke}
                          </button>
                        </form>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        <section class="card-box" aria-labelledby="tokens-title">
          <h2 id="tokens-title">{t.apiTokens}</h2>
          {extras.newToken && (
            <div class="flash flash--ok">
              <p>{t.tokenShownOnce}</p>
              <code class="secret">{extras.newToken}</code>
            </div>
          )}
          <div class="table-wrap">
            <table class="data-table">
              <thead>
                <tr>
                  <th scope="col">{t.tokenName}</th>
                  <th scope="col">{t.started}</th>
                  <th scope="col">{t.lastSeen}</th>
                  <th scope="col">{t.actions}</th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((tk) => (
                  <tr>
                    <td>
                      {tk.name} <code>{tk.prefix}…</code>
                    </td>
                    <td>{formatStamp(tk.created_at)}</td>
                    <td>{tk.last_used_at ? formatStamp(tk.last_used_at) : '—'}</td>
                    <td>
                      {tk.revoked_at ? (
                        t.revoked
                      ) : (
                        <form method="post" action={`/admin/account/tokens/${tk.id}/revoke`} class="inline-form">
                          <CsrfField env={env} />
                          <button type="submit" class="link-button">
                            {t.revoke}
                          </button>
                        </form>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <form method="post" action="/admin/account/tokens" class="inline-form">
            <CsrfField env={env} />
            <Field name="name" label={t.tokenName} required maxLength={100} />
            <button type="submit" class="button button--secondary">
              {t.newToken}
            </button>
          </form>
        </section>
      </AdminLayout>,
      extras.status,
    );
  }

  app.get('/admin/account', async (request, reply) => show(request, reply));

  /**
   * Checks the current password (and code) before a sensitive change: counted before checking
   * with the sign-in throttle (key reauth:<user id>: 5 free failures, then growing delays), and
   * audited. Returns an error to show, or undefined when every check passed.
   */
  async function reauthenticate(request: FastifyRequest, reply: FastifyReply, auth: Auth, purpose: string, checks: () => Promise<string | undefined>): Promise<Extras | undefined> {
    const env = await adminEnv(ctx, request);
    const attempt = await beginAttempt(db, { key: `reauth:${auth.user.id}`, policy: 'account', ip: null });
    if (!attempt.allowed) {
      await audit(db, { action: 'auth.reauth.throttled', userId: auth.user.id, actor: auth.user.email, ip: request.ip, details: { purpose, retryAfter: attempt.retryAfterSeconds } });
      reply.header('Retry-After', String(attempt.retryAfterSeconds));
      return { error: env.t.reauthThrottled(attempt.retryAfterSeconds), status: 429 };
    }
    const problem = await checks();
    if (problem) {
      await audit(db, { action: 'auth.reauth.failure', userId: auth.user.id, actor: auth.user.email, ip: request.ip, details: { purpose } });
      return { error: problem, status: 400 };
    }
    await attemptSucceeded(db, attempt);
    await audit(db, { action: 'auth.reauth.success', userId: auth.user.id, actor: auth.user.email, ip: request.ip, details: { purpose } });
    return undefined;
  }

  app.post('/admin/account/password', async (request, reply) => {
    const auth = requireAuth(request);
    const env = await adminEnv(ctx, request);
    const refused = await reauthenticate(request, reply, auth, 'password-change', async () => ((await verifyPassword(auth.user.password_hash, formValue(request.body, 'current'))) ? undefined : env.t.wrongPassword));
    if (refused) return show(request, reply, refused);
    const password = formValue(request.body, 'password');
    const problem = passwordProblem(password, auth.user.email);
    if (problem) return show(request, reply, { error: env.t.passwordProblems[problem], status: 400 });
    await db.updateTable('users').set({ password_hash: await hashPassword(password), updated_at: new Date().toISOString() }).where('id', '=', auth.user.id).execute();
    // Every other session ends: a changed password locks out whoever else had it.
    await db.deleteFrom('sessions').where('user_id', '=', auth.user.id).where('id_hash', '!=', auth.session?.idHash ?? '').execute();
    await revokeAllApiTokens(db, auth.user.id);
    await audit(db, { action: 'auth.password.change', userId: auth.user.id, actor: auth.user.email, ip: request.ip });
    return show(request, reply, { flash: env.t.passwordChanged });
  });

  app.post('/admin/account/totp/enable', async (request, reply) => {
    const auth = requireAuth(request);
    const env = await adminEnv(ctx, request);
    const secret = formValue(request.body, 'secret');
    const wellFormed = /^[A-Z2-7]{32}$/.test(secret);
    const step = wellFormed ? totpStep(secret, formValue(request.body, 'code')) : undefined;
    if (step === undefined) return show(request, reply, { error: env.t.totpWrong, pendingSecret: wellFormed ? secret : undefined, status: 400 });
    // Setting up or replacing the second factor needs the current password, and the current
    // code when one is already on: a borrowed session alone cannot take over the account.
    const user = auth.user;
    const refused = await reauthenticate(request, reply, auth, user.totp_enabled ? 'totp-replace' : 'totp-enable', async () => {
      if (!(await verifyPassword(user.password_hash, formValue(request.body, 'password')))) return env.t.wrongPassword;
      if (user.totp_enabled && !(user.totp_secret && (await acceptTotp(db, user.id, user.totp_secret, formValue(request.body, 'currentCode'))))) return env.t.totpWrong;
      return undefined;
    });
    if (refused) return show(request, reply, { ...refused, pendingSecret: secret });
    const { codes, hashes } = newRecoveryCodes();
    // The code just shown counts as used: it cannot sign in a second time.
    await db.updateTable('users').set({ totp_secret: secret, totp_enabled: 1, totp_last_step: step, recovery_codes: JSON.stringify(hashes), updated_at: new Date().toISOString() }).where('id', '=', auth.user.id).execute();
    await audit(db, { action: user.totp_enabled ? 'auth.totp.replace' : 'auth.totp.enable', userId: auth.user.id, actor: auth.user.email, ip: request.ip });
    return show(request, reply, { recoveryCodes: codes });
  });

  app.post('/admin/account/totp/disable', async (request, reply) => {
    const auth = requireAuth(request);
    const env = await adminEnv(ctx, request);
    const refused = await reauthenticate(request, reply, auth, 'totp-disable', async () => ((await verifyPassword(auth.user.password_hash, formValue(request.body, 'password'))) ? undefined : env.t.wrongPassword));
    if (refused) return show(request, reply, refused);
    await db.updateTable('users').set({ totp_secret: null, totp_enabled: 0, totp_last_step: null, recovery_codes: null, updated_at: new Date().toISOString() }).where('id', '=', auth.user.id).execute();
    await audit(db, { action: 'auth.totp.disable', userId: auth.user.id, actor: auth.user.email, ip: request.ip });
    return show(request, reply);
  });

  app.post<{ Params: { n: string } }>('/admin/account/sessions/:n/revoke', async (request, reply) => {
    const auth = requireAuth(request);
    await revokeSession(db, formValue(request.body, 'session'), auth.user.id);
    await audit(db, { action: 'auth.session.revoke', userId: auth.user.id, actor: auth.user.email, ip: request.ip });
    return reply.redirect('/admin/account', 303);
  });

  app.post('/admin/account/tokens', async (request, reply) => {
    const auth = requireAuth(request);
    const { id, token } = await createApiToken(db, auth.user.id, formValue(request.body, 'name'));
    await audit(db, { action: 'token.create', userId: auth.user.id, actor: auth.user.email, targetType: 'api_token', targetId: id, ip: request.ip });
    return show(request, reply, { newToken: token });
  });

  app.post<{ Params: { id: string } }>('/admin/account/tokens/:id/revoke', async (request, reply) => {
    const auth = requireAuth(request);
    const id = parseId(request.params.id);
    if (await revokeApiToken(db, id, auth.user.id)) await audit(db, { action: 'token.revoke', userId: auth.user.id, actor: auth.user.email, targetType: 'api_token', targetId: id, ip: request.ip });
    return reply.redirect('/admin/account', 303);
  });
}
