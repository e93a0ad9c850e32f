// GET …/:id/history?a=&b=: the revisions of an item, and the diff of two when both are chosen.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import { parseId } from '../../core/errors.ts';
import { canEdit, getRevision, listRevisions } from '../../core/workflow/content.ts';
import { adminEnv } from '../env.ts';
import { sendAdminPage } from '../respond.ts';
import { HistoryPage } from './HistoryPage.tsx';
import { itemOf, type ItemParams } from './item.ts';

export async function showHistory(ctx: AppContext, request: FastifyRequest<ItemParams & { Querystring: { a?: string; b?: string } }>, reply: FastifyReply) {
  const db = ctx.db.kysely;
  const { auth, content, base } = await itemOf(ctx, request);
  const env = await adminEnv(ctx, request);
  const revisions = await listRevisions(db, content.id);
  const a = request.query.a ? parseId(request.query.a) : undefined;
  const b = request.query.b ? parseId(request.query.b) : undefined;
  const [ra, rb] = a && b ? await Promise.all([getRevision(db, content.id, Math.min(a, b)), getRevision(db, content.id, Math.max(a, b))]) : [undefined, undefined];
  return sendAdminPage(reply, <HistoryPage env={env} content={content} base={base} revisions={revisions} a={a} b={b} compared={ra && rb ? [ra, rb] : undefined} editable={canEdit(auth.actor, content)} />);
}
