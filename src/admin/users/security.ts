// POST /admin/users/security: the roles that must use two-factor sign-in (audited).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../core/audit/log.ts';
import { roles } from '../../core/auth/permissions.ts';
import type { AppContext } from '../../core/context.ts';
import type { Role } from '../../core/db/schema.ts';
import { formValues } from '../forms.tsx';
import { guard } from '../guard.ts';

export async function saveTotpRoles(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'users.manage');
  const chosen = formValues(request.body, 'requireTotp').filter((r): r is Role => roles.includes(r as Role));
  await ctx.settings.set('requireTotpRoles', chosen);
  await audit(ctx.db.kysely, { action: 'settings.change', userId: auth.user.id, actor: auth.user.email, ip: request.ip, details: { requireTotpRoles: chosen } });
  return reply.redirect('/admin/users?ok=1', 303);
}
