// My account, the page: two-factor sign-in (QR code drawn on the server, recovery codes once),
// password, my sessions and my API tokens, each a section with its forms.
import type { listApiTokens } from '../../core/auth/api-tokens.ts';
import type { listSessions } from '../../core/auth/sessions.ts';
import type { User } from '../../core/db/schema.ts';
import { formatStamp } from '../../core/text/datetime.ts';
import type { AdminEnv } from '../env.ts';
import { Field } from '../forms.tsx';
import { ActionForm } from '../views/ActionForm.tsx';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { DataTable } from '../views/DataTable.tsx';

type Session = Awaited<ReturnType<typeof listSessions>>[number];
type Token = Awaited<ReturnType<typeof listApiTokens>>[number];

export interface AccountPageProps {
  env: AdminEnv;
  user: User;
  sessions: Session[];
  /** the id hash of the session showing the page (it cannot end itself here) */
  currentSession: string | undefined;
  tokens: Token[];
  /** the secret to set up (while two-factor sign-in is off, or after a failed try), and its QR code */
  pendingSecret?: string | undefined;
  qr?: string | undefined;
  flash?: string | undefined;
  error?: string | undefined;
  /** shown once: a token just made, the recovery codes just made */
  newToken?: string | undefined;
  recoveryCodes?: string[] | undefined;
}

function TotpSection({ env, user, pendingSecret, qr, recoveryCodes }: Pick<AccountPageProps, 'env' | 'user' | 'pendingSecret' | 'qr' | 'recoveryCodes'>) {
  const { t } = env;
  return (
    <section class="card-box" aria-labelledby="totp-title">
      <h2 id="totp-title">{t.twoFactor}</h2>
      <p>{user.totp_enabled ? t.totpOn : t.totpOff}</p>
      {recoveryCodes && (
        <div class="flash flash--ok">
          <p>{t.recoveryCodes}</p>
          <ul class="codes">
            {recoveryCodes.map((c) => (
              <li>
                <code>{c}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {user.totp_enabled ? (
        <ActionForm env={env} action="/admin/account/totp/disable" variant="warning" submit={t.totpDisable}>
          <Field name="password" label={t.currentPassword} type="password" required autocomplete="current-password" />
        </ActionForm>
      ) : (
        <ActionForm env={env} action="/admin/account/totp/enable" submit={t.totpEnable}>
          <p>{t.totpSetupHelp}</p>
          {qr && <img src={qr} alt={`QR: ${pendingSecret}`} width="200" height="200" class="qr" />}
          <p>
            <code class="secret">{pendingSecret}</code>
          </p>
          <input type="hidden" name="secret" value={pendingSecret} />
          <Field name="code" label={t.totpCode} inputMode="numeric" required autocomplete="one-time-code" maxLength={6} />
          <Field name="password" label={t.currentPassword} type="password" required autocomplete="current-password" />
        </ActionForm>
      )}
    </section>
  );
}

function PasswordSection({ env }: { env: AdminEnv }) {
  const { t } = env;
  return (
    <section class="card-box" aria-labelledby="pw-title">
      <h2 id="pw-title">{t.changePassword}</h2>
      <ActionForm env={env} action="/admin/account/password" submit={t.save}>
        <Field name="current" label={t.currentPassword} type="password" required autocomplete="current-password" />
        <Field name="password" label={t.newPassword} type="password" hint={t.passwordHint} required autocomplete="new-password" />
      </ActionForm>
    </section>
  );
}

/** Every session of mine; any but this one can be ended (by its position: the hash goes in the form). */
function SessionsSection({ env, sessions, current }: { env: AdminEnv; sessions: Session[]; current: string | undefined }) {
  const { t } = env;
  return (
    <section class="card-box" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t.sessions}</h2>
      <DataTable
        rows={sessions}
        columns={[
          { header: t.started, render: (s) => formatStamp(s.created_at) },
          { header: t.lastSeen, render: (s) => formatStamp(s.last_seen_at) },
          { header: t.ip, render: (s) => s.ip },
          {
            header: t.actions,
            render: (s, i) =>
              s.id_hash === current ? t.thisSession : <ActionForm env={env} action={`/admin/account/sessions/${i}/revoke`} class="inline-form" hidden={{ session: s.id_hash }} variant="link" submit={t.revoke} />,
          },
        ]}
      />
    </section>
  );
}

function TokensSection({ env, tokens, newToken }: { env: AdminEnv; tokens: Token[]; newToken?: string | undefined }) {
  const { t } = env;
  return (
    <section class="card-box" aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t.apiTokens}</h2>
      {newToken && (
        <div class="flash flash--ok">
          <p>{t.tokenShownOnce}</p>
          <code class="secret">{newToken}</code>
        </div>
      )}
      <DataTable
        rows={tokens}
        empty={t.none}
        columns={[
          {
            header: t.tokenName,
            render: (tk) => (
              <>
                {tk.name} <code>{tk.prefix}…</code>
              </>
            ),
          },
          { header: t.started, render: (tk) => formatStamp(tk.created_at) },
          { header: t.lastSeen, render: (tk) => (tk.last_used_at ? formatStamp(tk.last_used_at) : '—') },
          { header: t.actions, render: (tk) => (tk.revoked_at ? t.revoked : <ActionForm env={env} action={`/admin/account/tokens/${tk.id}/revoke`} class="inline-form" variant="link" submit={t.revoke} />) },
        ]}
      />
      <ActionForm env={env} action="/admin/account/tokens" class="inline-form" variant="secondary" submit={t.newToken}>
        <Field name="name" label={t.tokenName} required maxLength={100} />
      </ActionForm>
    </section>
  );
}

export function AccountPage(props: AccountPageProps) {
  const { env } = props;
  return (
    <AdminLayout env={env} title={env.t.myAccount} flash={props.flash} error={props.error}>
      <TotpSection env={env} user={props.user} pendingSecret={props.pendingSecret} qr={props.qr} recoveryCodes={props.recoveryCodes} />
      <PasswordSection env={env} />
      <SessionsSection env={env} sessions={props.sessions} current={props.currentSession} />
      <TokensSection env={env} tokens={props.tokens} newToken={props.newToken} />
    </AdminLayout>
  );
}
