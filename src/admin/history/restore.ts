// POST …/:id/restore: an old revision's text saved as a new revision (history is never rewritten).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import { parseId } from '../../core/errors.ts';
import { restoreRevision } from '../../core/workflow/content.ts';
import { itemOf, type ItemParams } from './item.ts';

export async function restore(ctx: AppContext, request: FastifyRequest<ItemParams & { Body: { revision?: string } }>, reply: FastifyReply) {
  const { auth, content, base } = await itemOf(ctx, request);
  await restoreRevision(ctx.db.kysely, auth.actor, content.id, parseId(request.body?.revision), { ip: request.ip, actorEmail: auth.user.email });
  return reply.redirect(`${base}?ok=saved`, 303);
}
