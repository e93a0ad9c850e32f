// POST /admin/users/:id/reset-link: a one-time password-reset link (valid 24 hours, audited),
// shown to the administrator to pass on.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../core/audit/log.ts';
import { issueOneTimeToken } from '../../core/auth/setup.ts';
import { findUserById } from '../../core/auth/users.ts';
import type { AppContext } from '../../core/context.ts';
import { parseId } from '../../core/errors.ts';
import { adminEnv } from '../env.ts';
import { guard } from '../guard.ts';
import { sendAdminPage } from '../respond.ts';
import { AdminLayout } from '../views/AdminLayout.tsx';

export async function issueResetLink(ctx: AppContext, request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
  const db = ctx.db.kysely;
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
}
