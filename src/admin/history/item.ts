// The item of a history address: any visible item under /admin/articles, one of `:type` under
// /admin/content/:type; with the address of its edit page.
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import { AppError, parseId } from '../../core/errors.ts';
import { getForActor } from '../../core/workflow/content.ts';
import { declarationOrNotFound } from '../content/types.ts';
import { guard } from '../guard.ts';

export type ItemParams = { Params: { id: string; type?: string } };

export async function itemOf(ctx: AppContext, request: FastifyRequest<ItemParams>) {
  const auth = await guard(ctx, request);
  const content = await getForActor(ctx.db.kysely, auth.actor, parseId(request.params.id));
  if (request.params.type !== undefined && declarationOrNotFound(request.params.type).type !== content.type) throw new AppError('NOT_FOUND');
  const base = request.params.type !== undefined ? `/admin/content/${encodeURIComponent(content.type)}/${content.id}` : `/admin/articles/${content.id}`;
  return { auth, content, base };
}
