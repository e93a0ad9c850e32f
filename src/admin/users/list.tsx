// GET /admin/users: every account, and the roles that must use two-factor sign-in.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { roles } from '../../core/auth/permissions.ts';
import type { AppContext } from '../../core/context.ts';
import type { Role, User } from '../../core/db/schema.ts';
import { formatStamp } from '../../core/text/datetime.ts';
import { adminEnv, type AdminEnv } from '../env.ts';
import { guard } from '../guard.ts';
import { sendAdminPage } from '../respond.ts';
import { ActionForm } from '../views/ActionForm.tsx';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { DataTable } from '../views/DataTable.tsx';

function UsersPage({ env, users, requireTotpRoles, flash }: { env: AdminEnv; users: User[]; requireTotpRoles: Role[]; flash?: string | undefined }) {
  const { t } = env;
  return (
    <AdminLayout env={env} title={t.users} flash={flash}>
      <p>
        <a class="button" href="/admin/users/new">
          {t.newUser}
        </a>
      </p>
      <DataTable
        rows={users}
        columns={[
          { header: t.name, render: (u) => <a href={`/admin/users/${u.id}`}>{u.name}</a> },
          { header: t.email, render: (u) => u.email },
          { header: t.role, render: (u) => t.roles[u.role] },
          { header: t.twoFactor, render: (u) => (u.totp_enabled ? t.totpOn : t.totpOff) },
          { header: t.status, render: (u) => (u.is_active ? t.active : t.disabled) },
          { header: t.lastSeen, render: (u) => (u.last_login_at ? formatStamp(u.last_login_at) : '—') },
        ]}
      />
      <ActionForm env={env} action="/admin/users/security" class="card-box" variant="secondary" submit={t.save}>
        <fieldset>
          <legend>{t.requireTotpFor}</legend>
          {roles.map((r) => (
            <label class="check">
              <input type="checkbox" name="requireTotp" value={r} checked={requireTotpRoles.includes(r)} /> {t.roles[r]}
            </label>
          ))}
        </fieldset>
      </ActionForm>
    </AdminLayout>
  );
}

export async function showUsers(ctx: AppContext, request: FastifyRequest<{ Querystring: { ok?: string } }>, reply: FastifyReply) {
  await guard(ctx, request, 'users.manage');
  const env = await adminEnv(ctx, request);
  const users = await ctx.db.kysely.selectFrom('users').selectAll().orderBy('name').execute();
  const { requireTotpRoles } = await ctx.settings.get();
  return sendAdminPage(reply, <UsersPage env={env} users={users} requireTotpRoles={requireTotpRoles} flash={request.query.ok ? env.t.userSaved : undefined} />);
}
