// Signing out: the session ends (audited) and its cookie is cleared.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../core/audit/log.ts';
import { revokeSession } from '../../core/auth/sessions.ts';
import type { AppContext } from '../../core/context.ts';
import { clearSessionCookie } from '../../core/http/auth.ts';

export async function signOut(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  if (request.auth?.session) {
    await revokeSession(ctx.db.kysely, request.auth.session.idHash);
    await audit(ctx.db.kysely, { action: 'auth.logout', userId: request.auth.user.id, actor: request.auth.user.email, ip: request.ip });
  }
  clearSessionCookie(reply);
  return reply.redirect('/admin/login', 303);
}
