// Administrators manage accounts: create, change role and categories, disable, issue a
// one-time password-reset link, and choose the roles that must use two-factor sign-in.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { audit } from '../../core/audit/log.ts';
import { roles } from '../../core/auth/permissions.ts';
import { revokeAllSessions } from '../../core/auth/sessions.ts';
import { listApiTokens, revokeAllApiTokens, revokeApiToken } from '../../core/auth/api-tokens.ts';
import { issueOneTimeToken } from '../../core/auth/setup.ts';
import { createUser, findUserById, UserInputError } from '../../core/auth/users.ts';
import type { AppContext } from '../../core/context.ts';
import type { Category, Role, User } from '../../core/db/schema.ts';
import { parseId } from '../../core/errors.ts';
import { formatStamp } from '../../core/text/datetime.ts';
import { declaredCategories } from '../../core/content-types/admin-queries.ts';
import { adminEnv, type AdminEnv } from '../env.ts';
import { Field, Select, formValue, formValues } from '../forms.tsx';
import { guard } from '../guard.ts';
import { AdminLayout, CsrfField } from '../views/AdminLayout.tsx';
import { sendAdminPage } from './session.tsx';
import { parseCategoryIds } from '../../core/auth/permissions.ts';

function CategoryChoices({ env, categories, selected }: { env: AdminEnv; categories: Category[]; selected: number[] | null }) {
  return (
    <fieldset class="field">
      <legend>{env.t.categoriesAllowed}</legend>
      {categories.map((c) => (
        <label class="check">
          <input type="checkbox" name="categories" value={String(c.id)} checked={selected?.includes(c.id) ?? false} /> {c.name}
        </label>
      ))}
    </fieldset>
  );
}

function UserForm({ env, user, categories, values, error }: { env: AdminEnv; user?: User; categories: Category[]; values: Record<string, string>; error?: string | undefined }) {
  const { t } = env;
  return (
    <form method="post" action={user ? `/admin/users/${user.id}` : '/admin/users'} class="narrow-form">
      <CsrfField env={env} />
      {error && (
        <p class="flash flash--error" role="alert">
          {error}
        </p>
      )}
      <Field name="name" label={t.name} value={values.name} required />
      {!user && <Field name="email" label={t.email} type="email" value={values.email} required />}
      {!user && <Field name="password" label={t.password} type="password" hint={t.passwordHint} required autocomplete="new-password" />}
      <Select name="role" label={t.role} value={values.role ?? 'contributor'} options={roles.map((r) => ({ value: r, label: t.roles[r]! }))} />
      <CategoryChoices env={env} categories={categories} selected={user ? parseCategoryIds(user.category_ids) : null} />
      {user && (
        <label class="check">
          <input type="checkbox" name="active" value="1" checked={user.is_active === 1} /> {t.active}
        </label>
      )}
      <button type="submit" class="button">
        {t.save}
      </button>
    </form>
  );
}

function chosenCategories(request: FastifyRequest, categories: Category[]): number[] | null {
  const ids = formValues(request.body, 'categories').map(Number).filter((id) => categories.some((c) => c.id === id));
  return ids.length > 0 ? ids : null;
}

export function registerUserRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;

  app.get<{ Querystring: { ok?: string } }>('/admin/users', async (request, reply) => {
    await guard(ctx, request, 'users.manage');
    const env = await adminEnv(ctx, request);
    const { t } = env;
    const users = await db.selectFrom('users').selectAll().orderBy('name').execute();
    const { requireTotpRoles } = await ctx.settings.get();
    return sendAdminPage(
      reply,
      <AdminLayout env={env} title={t.users} flash={request.query.ok ? t.userSaved : undefined}>
        <p>
          <a class="button" href="/admin/users/new">
            {t.newUser}
          </a>
        </p>
        <div class="table-wrap">
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.email}</th>
                <th scope="col">{t.role}</th>
                <th scope="col">{t.twoFactor}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.lastSeen}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr>
                  <td>
                    <a href={`/admin/users/${u.id}`}>{u.name}</a>
                  </td>
                  <td>{u.email}</td>
                  <td>{t.roles[u.role]}</td>
                  <td>{u.totp_enabled ? t.totpOn : t.totpOff}</td>
                  <td>{u.is_active ? t.active : t.disabled}</td>
                  <td>{u.last_login_at ? formatStamp(u.last_login_at) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <form method="post" action="/admin/users/security" class="card-box">
          <CsrfField env={env} />
          <fieldset>
            <legend>{t.requireTotpFor}</legend>
            {roles.map((r) => (
              <label class="check">
                <input type="checkbox" name="requireTotp" value={r} checked={requireTotpRoles.includes(r)} /> {t.roles[r]}
              </label>
            ))}
          </fieldset>
          <button type="submit" class="button button--secondary">
            {t.save}
          </button>
        </form>
      </AdminLayout>,
    );
  });

  app.post('/admin/users/security', async (request, reply) => {
    const auth = await guard(ctx, request, 'users.manage');
    const chosen = formValues(request.body, 'requireTotp').filter((r): r is Role => roles.includes(r as Role));
    await ctx.settings.set('requireTotpRoles', chosen);
    await audit(db, { action: 'settings.change', userId: auth.user.id, actor: auth.user.email, ip: request.ip, details: { requireTotpRoles: chosen } });
    return reply.redirect('/admin/users?ok=1', 303);
  });

  app.get('/admin/users/new', async (request, reply) => {
    await guard(ctx, request, 'users.manage');
    const env = await adminEnv(ctx, request);
    return sendAdminPage(reply, <AdminLayout env={env} title={env.t.newUser}><UserForm env={env} categories={await declaredCategories(db)} values={{}} /></AdminLayout>);
  });

  app.post('/admin/users', async (request, reply) => {
    const auth = await guard(ctx, request, 'users.manage');
    const categories = await declaredCategories(db);
    const values = { name: formValue(request.body, 'name'), email: formValue(request.body, 'email'), role: formValue(request.body, 'role') };
    try {
      const user = await createUser(db, { ...values, password: formValue(request.body, 'password'), categoryIds: chosenCategories(request, categories) });
      await audit(db, { action: 'user.create', userId: auth.user.id, actor: auth.user.email, targetType: 'user', targetId: user.id, ip: request.ip, details: { email: user.email, role: user.role } });
      return reply.redirect('/admin/users?ok=1', 303);
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      const env = await adminEnv(ctx, request);
      return sendAdminPage(reply, <AdminLayout env={env} title={env.t.newUser}><UserForm env={env} categories={categories} values={values} error={env.t.userProblems[error.code]} /></AdminLayout>, 400);
    }
  });

  app.get<{ Params: { id: string } }>('/admin/users/:id', async (request, reply) => {
    await guard(ctx, request, 'users.manage');
    const user = await findUserById(db, parseId(request.params.id));
    if (!user) return reply.callNotFound();
    const env = await adminEnv(ctx, request);
    const tokens = await listApiTokens(db, user.id);
    return sendAdminPage(
      reply,
      <AdminLayout env={env} title={`${user.name} (${user.email})`}>
        <UserForm env={env} user={user} categories={await declaredCategories(db)} values={{ name: user.name, role: user.role }} />
        <section class="card-box" aria-labelledby="user-tokens">
          <h2 id="user-tokens">{env.t.apiTokens}</h2>
          {tokens.length === 0 ? (
            <p class="empty">{env.t.none}</p>
          ) : (
            <ul>
              {tokens.map((tk) => (
                <li>
                  {tk.name} <code>{tk.prefix}…</code> · {tk.last_used_at ? `${env.t.lastSeen}: ${formatStamp(tk.last_used_at)}` : '—'}{' '}
                  {tk.revoked_at ? (
                    `· ${env.t.revoked}`
                  ) : (
                    <form method="post" action={`/admin/users/${user.id}/tokens/${tk.id}/revoke`} class="inline-form">
                      <CsrfField env={env} />
                      <button type="submit" class="link-button">
                        {env.t.revoke}
                      </button>
                    </form>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        <form method="post" action={`/admin/users/${user.id}/reset-link`} class="card-box">
          <CsrfField env={env} />
          <button type="submit" class="button button--secondary">
            {env.t.resetLink}
          </button>
        </form>
      </AdminLayout>,
    );
  });

  app.post<{ Params: { id: string } }>('/admin/users/:id', async (request, reply) => {
    const auth = await guard(ctx, request, 'users.manage');
    const user = await findUserById(db, parseId(request.params.id));
    if (!user) return reply.callNotFound();
    const categories = await declaredCategories(db);
    const role = formValue(request.body, 'role') as Role;
    const name = formValue(request.body, 'name').normalize('NFC').trim();
    // An administrator cannot demote or disable themselves (the portal would lose its last admin).
    const self = user.id === auth.user.id;
    const isActive = self ? 1 : formValue(request.body, 'active') === '1' ? 1 : 0;
    if (!roles.includes(role) || !name) {
      const env = await adminEnv(ctx, request);
      return sendAdminPage(reply, <AdminLayout env={env} title={user.name}><UserForm env={env} user={user} categories={categories} values={{ name, role }} error={env.t.userProblems[!name ? 'bad-name' : 'bad-role']} /></AdminLayout>, 400);
    }
    const changes = { name, role: self ? user.role : role, category_ids: JSON.stringify(chosenCategories(request, categories)), is_active: isActive, updated_at: new Date().toISOString() };
    if (changes.category_ids === 'null') changes.category_ids = null as unknown as string;
    await db.updateTable('users').set(changes).where('id', '=', user.id).execute();
    if (isActive === 0) {
      // Disabling ends everything the account had: re-enabling it must not revive old sessions
      // or API tokens (which may be in the hands of whoever the account was disabled for).
      await revokeAllSessions(db, user.id);
      await revokeAllApiTokens(db, user.id);
    }
    await audit(db, { action: 'user.change', userId: auth.user.id, actor: auth.user.email, targetType: 'user', targetId: user.id, ip: request.ip, details: { from: { role: user.role, active: user.is_active, categories: user.category_ids }, to: { role: changes.role, active: isActive, categories: changes.category_ids } } });
    return reply.redirect('/admin/users?ok=1', 303);
  });

  app.post<{ Params: { id: string; token: string } }>('/admin/users/:id/tokens/:token/revoke', async (request, reply) => {
    const auth = await guard(ctx, request, 'users.manage');
    const userId = parseId(request.params.id);
    const tokenId = parseId(request.params.token);
    if (await revokeApiToken(db, tokenId, userId)) {
      await audit(db, { action: 'token.revoke', userId: auth.user.id, actor: auth.user.email, targetType: 'api_token', targetId: tokenId, ip: request.ip, details: { owner: userId } });
    }
    return reply.redirect(`/admin/users/${userId}`, 303);
  });

  app.post<{ Params: { id: string } }>('/admin/users/:id/reset-link', async (request, reply) => {
    const auth = await guard(ctx, request, 'users.manage');
    const user = await findUserById(db, parseId(request.params.id));
    if (!user) return reply.callNotFound();
    const token = await issueOneTimeToken(db, 'password-reset', user.id, 24);
    await audit(db, { action: 'auth.password.reset-link', userId: auth.user.id, actor: auth.user.email, targetType: 'user', targetId: user.id, ip: request.ip });
    const env = await adminEnv(ctx, request);
    const link = `${ctx.config.baseUrl}/admin/password-reset?token=${token}`;
    return sendAdminPage(
      reply,
      <AdminLayout env={env} title={`${user.name} (${user.email})`}>
        <p>{env.t.resetLinkMade}</p>
        <p>
          <code class="secret">{link}</code>
        </p>
        <p>
          <a href={`/admin/users/${user.id}`}>‹ {user.name}</a>
        </p>
      </AdminLayout>,
    );
  });
}
