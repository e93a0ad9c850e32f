// POST /admin/account/sessions/:n/revoke: ends one of my other sessions (the form carries its hash).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../core/audit/log.ts';
import { revokeSession } from '../../core/auth/sessions.ts';
import type { AppContext } from '../../core/context.ts';
import { requireAuth } from '../../core/http/auth.ts';
import { formValue } from '../forms.tsx';

export async function revokeOwnSession(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const auth = requireAuth(request);
  await revokeSession(ctx.db.kysely, formValue(request.body, 'session'), auth.user.id);
  await audit(ctx.db.kysely, { action: 'auth.session.revoke', userId: auth.user.id, actor: auth.user.email, ip: request.ip });
  return reply.redirect('/admin/account', 303);
}
