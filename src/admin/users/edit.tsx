// One account: its form, its API tokens (revoke any) and the password-reset link button
// (GET /admin/users/:id); saving it (POST, audited). An administrator cannot demote or disable
// themselves; disabling an account ends its sessions and API tokens.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../core/audit/log.ts';
import { listApiTokens, revokeAllApiTokens } from '../../core/auth/api-tokens.ts';
import { roles } from '../../core/auth/permissions.ts';
import { revokeAllSessions } from '../../core/auth/sessions.ts';
import { findUserById } from '../../core/auth/users.ts';
import { declaredCategories } from '../../core/content-types/admin-queries.ts';
import type { AppContext } from '../../core/context.ts';
import type { Role, User } from '../../core/db/schema.ts';
import { parseId } from '../../core/errors.ts';
import { formatStamp } from '../../core/text/datetime.ts';
import { adminEnv, type AdminEnv } from '../env.ts';
import { formValue } from '../forms.tsx';
import { guard } from '../guard.ts';
import { sendAdminPage } from '../respond.ts';
import { ActionForm } from '../views/ActionForm.tsx';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { chosenCategories, UserForm } from './UserForm.tsx';

type UserRequest = FastifyRequest<{ Params: { id: string } }>;

function UserTokens({ env, user, tokens }: { env: AdminEnv; user: User; tokens: Awaited<ReturnType<typeof listApiTokens>> }) {
  const { t } = env;
  return (
    <section class="card-box" aria-labelledby="user-tokens">
      <h2 id="user-tokens">{t.apiTokens}</h2>
      {tokens.length === 0 ? (
        <p class="empty">{t.none}</p>
      ) : (
        <ul>
          {tokens.map((tk) => (
            <li>
              {tk.name} <code>{tk.prefix}…</code> · {tk.last_used_at ? `${t.lastSeen}: ${formatStamp(tk.last_used_at)}` : '—'}{' '}
              {tk.revoked_at ? `· ${t.revoked}` : <ActionForm env={env} action={`/admin/users/${user.id}/tokens/${tk.id}/revoke`} class="inline-form" variant="link" submit={t.revoke} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export async function showUser(ctx: AppContext, request: UserRequest, reply: FastifyReply) {
  const db = ctx.db.kysely;
  await guard(ctx, request, 'users.manage');
  const user = await findUserById(db, parseId(request.params.id));
  if (!user) return reply.callNotFound();
  const env = await adminEnv(ctx, request);
  const tokens = await listApiTokens(db, user.id);
  return sendAdminPage(
    reply,
    <AdminLayout env={env} title={`${user.name} (${user.email})`}>
      <UserForm env={env} user={user} categories={await declaredCategories(db)} values={{ name: user.name, role: user.role }} />
      <UserTokens env={env} user={user} tokens={tokens} />
      <ActionForm env={env} action={`/admin/users/${user.id}/reset-link`} class="card-box" variant="secondary" submit={env.t.resetLink} />
    </AdminLayout>,
  );
}

export async function saveUser(ctx: AppContext, request: UserRequest, reply: FastifyReply) {
  const db = ctx.db.kysely;
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
    return sendAdminPage(
      reply,
      <AdminLayout env={env} title={user.name}>
        <UserForm env={env} user={user} categories={categories} values={{ name, role }} error={env.t.userProblems[!name ? 'bad-name' : 'bad-role']} />
      </AdminLayout>,
      400,
    );
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
}
