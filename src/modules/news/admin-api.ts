// The admin JSON API for articles (Authorization: Bearer <token>, or the back office's session
// with its CSRF header): create, edit, move through the workflow, read revisions.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findCategoryBySlug, listCategories } from '../../core/content/categories.ts';
import { contentItemJson, contentMoveSchema, contentMoves, type ContentMoveBody } from '../../core/content-types/json.ts';
import type { AppContext } from '../../core/context.ts';
import { AppError, parseId } from '../../core/errors.ts';
import { requireAuth } from '../../core/http/auth.ts';
import { createDraft, getForActor, listRevisions, saveContent, transition } from '../../core/workflow/content.ts';
import { WorkflowError } from '../../core/workflow/errors.ts';
import type { Transition } from '../../core/workflow/states.ts';
import { listAdminArticles } from './admin-queries.ts';
import { newsType, startArticle } from './save.ts';

const text = (max: number) => ({ type: 'string', maxLength: max }) as const;

const createSchema = {
  body: {
    type: 'object',
    required: ['title', 'body', 'category'],
    additionalProperties: false,
    properties: { title: text(500), summary: text(2000), body: text(2_000_000), category: text(200) },
  },
} as const;

const patchSchema = {
  body: {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: { title: text(500), summary: text(2000), body: text(2_000_000), category: text(200), baseRevision: { type: 'integer', minimum: 1 } },
  },
} as const;

async function categoryIdOf(ctx: AppContext, slug: string | undefined): Promise<number | undefined> {
  if (slug === undefined) return undefined;
  const category = await findCategoryBySlug(ctx.db.kysely, newsType, slug);
  if (!category) throw new WorkflowError('UNKNOWN_CATEGORY', slug);
  return category.id;
}

const meta = (request: FastifyRequest) => ({ ip: request.ip, actorEmail: request.auth?.user.email });

export function registerNewsAdminApi(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;

  app.get('/api/v1/categories', async () => ({
    items: (await listCategories(db, newsType)).map((c) => ({ id: c.id, slug: c.slug, name: c.name, parentId: c.parent_id })),
  }));

  app.get<{ Querystring: { status?: string } }>('/api/v1/admin/articles', async (request) => {
    const auth = requireAuth(request);
    const items = await listAdminArticles(db, auth.actor, { status: request.query.status });
    return { items: items.map((c) => ({ id: c.id, title: c.title, status: c.status, categoryId: c.category_id, createdBy: c.created_by, updatedAt: c.updated_at, revision: c.revision })) };
  });

  app.post<{ Body: { title: string; summary?: string; body: string; category: string } }>('/api/v1/admin/articles', { schema: createSchema }, async (request, reply) => {
    const auth = requireAuth(request);
    const { title, summary, body, category } = request.body;
    const created = await createDraft(
      db,
      auth.actor,
      newsType,
      { title, summary, body, categoryId: (await categoryIdOf(ctx, category))! },
      { ...meta(request), afterInsert: (trx, id) => startArticle(trx, id, auth.user.name) },
    );
    return reply.code(201).send({ id: created.id, status: created.status, revision: created.revision });
  });

  app.get<{ Params: { id: string } }>('/api/v1/admin/articles/:id', async (request) => {
    const auth = requireAuth(request);
    return contentItemJson(await getForActor(db, auth.actor, parseId(request.params.id)));
  });

  app.patch<{ Params: { id: string }; Body: { title?: string; summary?: string; body?: string; category?: string; baseRevision?: number } }>(
    '/api/v1/admin/articles/:id',
    { schema: patchSchema },
    async (request) => {
      const auth = requireAuth(request);
      const { title, summary, body, category, baseRevision } = request.body;
      const saved = await saveContent(db, auth.actor, parseId(request.params.id), { title, summary, body, categoryId: await categoryIdOf(ctx, category) }, { ...meta(request), baseRevision });
      return { id: saved.id, status: saved.status, revision: saved.revision };
    },
  );

  app.post<{ Params: { id: string; move: string }; Body: ContentMoveBody }>(
    '/api/v1/admin/articles/:id/:move',
    { schema: { body: contentMoveSchema } },
    async (request) => {
      const auth = requireAuth(request);
      const move = request.params.move as Transition;
      if (!contentMoves.includes(move)) throw new AppError('NOT_FOUND');
      const saved = await transition(db, auth.actor, parseId(request.params.id), move, request.body ?? {}, meta(request));
      return { id: saved.id, status: saved.status, revision: saved.revision, publishedAt: saved.published_at, scheduledAt: saved.scheduled_at };
    },
  );

  app.get<{ Params: { id: string } }>('/api/v1/admin/articles/:id/revisions', async (request) => {
    const auth = requireAuth(request);
    const content = await getForActor(db, auth.actor, parseId(request.params.id));
    const items = await listRevisions(db, content.id);
    return {
      items: items.map((r) => ({ revision: r.revision, title: r.title, status: r.status, note: r.note, createdAt: r.created_at, by: r.user_email, previewUrl: `${ctx.config.baseUrl}/xem-truoc/${r.preview_token}` })),
    };
  });
}
