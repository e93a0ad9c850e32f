// The older article addresses, from when news had an editor of its own here: every declared type,
// news included, is now written in the generic pages under /admin/content/<type> (content/edit.tsx).
// The pages redirect there, keeping their query (?ok=…); the form posts (create, save, autosave,
// workflow moves) are handled by the same generic handlers, and send the browser back to these
// addresses, which redirect in turn. Like before, /admin/articles/:id is any item the user may
// see, whatever its type. (GET /admin/articles, the queues, is in dashboard.tsx; the history and
// restore of /admin/articles/:id in history.tsx.)
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { adminItemPath } from '../../core/content-types/admin-queries.ts';
import type { AppContext } from '../../core/context.ts';
import { parseId } from '../../core/errors.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { declarationOf } from '../../core/modules.ts';
import { getForActor } from '../../core/workflow/content.ts';
import { autosaveItem, createItem, moveItem, saveItem, type Place } from '../content/edit.tsx';
import { articleDeclaration } from '../content/types.ts';
import { guard } from '../guard.ts';

const back = '/admin/articles';

/** The query string of the request, "?" included, or "". */
function queryPart(request: FastifyRequest): string {
  const at = request.url.indexOf('?');
  return at < 0 ? '' : request.url.slice(at);
}

export function registerArticleRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;

  /** Where the item of `:id` is handled: its own type (403 / 404 as on its page), answering back here. */
  async function placeOf(request: FastifyRequest<{ Params: { id: string } }>): Promise<Place> {
    const auth = await guard(ctx, request);
    const content = await getForActor(db, auth.actor, parseId(request.params.id));
    return { type: content.type, back };
  }

  app.get('/admin/articles/new', async (request, reply) => {
    const type = articleDeclaration().type;
    return reply.redirect(`/admin/content/${encodeURIComponent(type)}/new${queryPart(request)}`, 303);
  });

  app.post('/admin/articles', (request, reply) => createItem(ctx, request, reply, { type: articleDeclaration().type, back }));

  app.get<{ Params: { id: string }; Querystring: { ok?: string } }>('/admin/articles/:id', queryOf(['ok']), async (request, reply) => {
    const { type } = await placeOf(request);
    return reply.redirect(`${adminItemPath(declarationOf(type), type, parseId(request.params.id))}${queryPart(request)}`, 303);
  });

  app.post<{ Params: { id: string }; Querystring: { ok?: string } }>('/admin/articles/:id', async (request, reply) => saveItem(ctx, request, reply, await placeOf(request)));

  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>('/admin/articles/:id/autosave', async (request, reply) => autosaveItem(ctx, request, reply, await placeOf(request)));

  app.post<{ Params: { id: string; move: string } }>('/admin/articles/:id/move/:move', async (request, reply) => moveItem(ctx, request, reply, await placeOf(request)));
}
