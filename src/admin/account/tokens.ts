// My API tokens: a new one (shown once, on the page that answers), and revoking one.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../core/audit/log.ts';
import { createApiToken, revokeApiToken } from '../../core/auth/api-tokens.ts';
import type { AppContext } from '../../core/context.ts';
import { parseId } from '../../core/errors.ts';
import { requireAuth } from '../../core/http/auth.ts';
import { formValue } from '../forms.tsx';
import { sendAccountPage } from './show.tsx';

export async function createToken(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const auth = requireAuth(request);
  const { id, token } = await createApiToken(ctx.db.kysely, auth.user.id, formValue(request.body, 'name'));
  await audit(ctx.db.kysely, { action: 'token.create', userId: auth.user.id, actor: auth.user.email, targetType: 'api_token', targetId: id, ip: request.ip });
  return sendAccountPage(ctx, request, reply, { newToken: token });
}

export async function revokeToken(ctx: AppContext, request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
  const auth = requireAuth(request);
  const id = parseId(request.params.id);
  if (await revokeApiToken(ctx.db.kysely, id, auth.user.id)) await audit(ctx.db.kysely, { action: 'token.revoke', userId: auth.user.id, actor: auth.user.email, targetType: 'api_token', targetId: id, ip: request.ip });
  return reply.redirect('/admin/account', 303);
}
