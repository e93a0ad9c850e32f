// POST /admin/users/:id/tokens/:token/revoke: an administrator revokes anyone's API token (audited).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../core/audit/log.ts';
import { revokeApiToken } from '../../core/auth/api-tokens.ts';
import type { AppContext } from '../../core/context.ts';
import { parseId } from '../../core/errors.ts';
import { guard } from '../guard.ts';

export async function revokeUserToken(ctx: AppContext, request: FastifyRequest<{ Params: { id: string; token: string } }>, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'users.manage');
  const userId = parseId(request.params.id);
  const tokenId = parseId(request.params.token);
  if (await revokeApiToken(ctx.db.kysely, tokenId, userId)) {
    await audit(ctx.db.kysely, { action: 'token.revoke', userId: auth.user.id, actor: auth.user.email, targetType: 'api_token', targetId: tokenId, ip: request.ip, details: { owner: userId } });
  }
  return reply.redirect(`/admin/users/${userId}`, 303);
}
