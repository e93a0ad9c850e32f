// The admin JSON API of every declared type (Authorization: Bearer <token>, or the back office's
// session with its CSRF header, as for articles): list, create, read, patch, move through the
// workflow, revisions. The envelope is checked by the route schema; `fields` by the declaration
// (validateFields(…, 'json') + checkLinks), so the API refuses exactly what the form refuses.
import type { FastifyInstance, FastifyReply, FastifySchemaValidationError, FastifyRequest } from 'fastify';
import { findCategoryBySlug } from '../../core/content/categories.ts';
import { listAdminContent } from '../../core/content-types/admin-queries.ts';
import type { ContentTypeDeclaration, FieldValues } from '../../core/content-types/declaration.ts';
import { parseFields } from '../../core/content-types/field-index.ts';
import { contentItemJson, contentMoveSchema, contentMoves, type ContentMoveBody } from '../../core/content-types/json.ts';
import { checkLinks, FieldsInvalid, validateFields } from '../../core/content-types/validate.ts';
import type { AppContext } from '../../core/context.ts';
import type { Content } from '../../core/db/schema.ts';
import { AppError, parseId, parsePageNumber } from '../../core/errors.ts';
import { requireAuth } from '../../core/http/auth.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { moduleOfType } from '../../core/modules.ts';
import { createDraft, getForActor, listRevisions, saveContent, transition } from '../../core/workflow/content.ts';
import { WorkflowError } from '../../core/workflow/errors.ts';
import type { Transition } from '../../core/workflow/states.ts';
import { pageSize } from './list.tsx';
import { declarationOrNotFound } from './types.ts';

const text = (max: number) => ({ type: 'string', maxLength: max }) as const;
const envelope = { title: text(500), summary: text(2000), body: text(2_000_000), category: text(200) } as const;

/** A refused body names the property: "Unknown field: x", "title must be string". */
function bodyError(errors: FastifySchemaValidationError[]): Error {
  const first = errors[0];
  const extra = first?.params?.additionalProperty;
  if (typeof extra === 'string') return new AppError('BAD_BODY', { vi: `không có trường ${extra.slice(0, 60)}`, en: `unknown field ${extra.slice(0, 60)}` });
  const name = first?.instancePath?.replace(/^\//, '') ?? '';
  return new AppError('BAD_BODY', name ? `${name.slice(0, 60)} ${first?.message ?? 'is invalid'}` : `body ${first?.message ?? 'is invalid'}`);
}

const contentCreateSchema = { type: 'object', required: ['title'], additionalProperties: false, properties: { ...envelope, fields: { type: 'object' } } } as const;
const contentPatchSchema = { type: 'object', minProperties: 1, additionalProperties: false, properties: { ...envelope, fields: { type: 'object' }, baseRevision: { type: 'integer', minimum: 1 } } } as const;

type Params = { type: string };
type ItemParams = { type: string; id: string };
type CreateBody = { title: string; summary?: string; body?: string; category?: string; fields?: Record<string, unknown> };
type PatchBody = { title?: string; summary?: string; body?: string; category?: string; fields?: Record<string, unknown>; baseRevision?: number };

const meta = (request: FastifyRequest) => ({ ip: request.ip, actorEmail: request.auth?.user.email });

/** 400 BAD_FIELDS with every problem, each naming its field, in both languages. */
function sendFieldProblems(reply: FastifyReply, error: FieldsInvalid) {
  return reply.code(400).send({
    error: {
      code: 'BAD_FIELDS',
      message: error.problems.map((p) => `${p.field}: ${p.message.en}`).join(' '),
      messageVi: error.problems.map((p) => `${p.field}: ${p.message.vi}`).join(' '),
      fields: error.problems.map((p) => ({ field: p.field, message: p.message.en, messageVi: p.message.vi })),
    },
  });
}

async function checked(ctx: AppContext, declaration: ContentTypeDeclaration, input: FieldValues): Promise<FieldValues> {
  const values = await validateFields(declaration, input, 'json');
  await checkLinks(ctx.db.kysely, declaration, values);
  return values;
}

async function categoryIdOf(ctx: AppContext, declaration: ContentTypeDeclaration, slug: string | undefined): Promise<number | undefined> {
  if (slug === undefined) return undefined;
  if (!declaration.categories) throw new AppError('BAD_BODY', { vi: `loại nội dung ${declaration.type} không có chuyên mục`, en: `${declaration.type} has no categories` });
  const category = await findCategoryBySlug(ctx.db.kysely, declaration.type, slug);
  if (!category) throw new WorkflowError('UNKNOWN_CATEGORY', slug);
  return category.id;
}

const state = (c: Content) => ({ id: c.id, status: c.status, revision: c.revision, fields: parseFields(c.fields) });

/** The item of `:id` if it is of `:type` and the caller may see it. */
async function itemOf(ctx: AppContext, request: FastifyRequest<{ Params: ItemParams }>) {
  const auth = requireAuth(request);
  const declaration = declarationOrNotFound(request.params.type);
  const content = await getForActor(ctx.db.kysely, auth.actor, parseId(request.params.id));
  if (content.type !== declaration.type) throw new AppError('NOT_FOUND');
  return { auth, declaration, content };
}

export function registerContentAdminApi(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;
  const strictQuery = queryOf(['status', 'category', 'author', 'q', 'sort', 'page'], { strict: true });

  async function list(request: FastifyRequest<{ Params: Params; Querystring: Record<string, string | undefined> }>) {
    const auth = requireAuth(request);
    const declaration = declarationOrNotFound(request.params.type);
    const page = parsePageNumber(request.query.page);
    const q = request.query;
    const categoryId = q.category ? (await categoryIdOf(ctx, declaration, q.category)) : undefined;
    const authorId = q.author && /^[1-9]\d{0,9}$/.test(q.author) ? Number(q.author) : undefined;
    const { items, total } = await listAdminContent(db, auth.actor, declaration, { status: q.status, categoryId, authorId, q: q.q, sort: q.sort === 'published' ? 'published' : 'updated', limit: pageSize, offset: (page - 1) * pageSize });
    return { items: items.map(contentItemJson), page, pageCount: Math.max(1, Math.ceil(total / pageSize)), total };
  }

  async function create(request: FastifyRequest<{ Params: Params; Body: CreateBody }>, reply: FastifyReply) {
    const auth = requireAuth(request);
    const declaration = declarationOrNotFound(request.params.type);
    const { title, summary, body, category } = request.body;
    try {
      const fields = await checked(ctx, declaration, request.body.fields ?? {});
      // a type with categories must name one of its own; one without refuses any (categoryIdOf)
      const categoryId = category === undefined ? (declaration.categories && !declaration.categoryOptional ? 0 : null) : ((await categoryIdOf(ctx, declaration, category)) ?? null);
      const created = await createDraft(db, auth.actor, declaration.type, { title, summary, body: body ?? '', categoryId, fields }, {
        ...meta(request),
        afterInsert: (trx, id) => moduleOfType(declaration.type)?.afterCreate?.(trx, id, { name: auth.user.name }) ?? Promise.resolve(),
      });
      return reply.code(201).send(state(created));
    } catch (error) {
      if (error instanceof FieldsInvalid) return sendFieldProblems(reply, error);
      throw error;
    }
  }

  async function read(request: FastifyRequest<{ Params: ItemParams }>) {
    return contentItemJson((await itemOf(ctx, request)).content);
  }

  async function patch(request: FastifyRequest<{ Params: ItemParams; Body: PatchBody }>, reply: FastifyReply) {
    const { auth, declaration, content } = await itemOf(ctx, request);
    const { title, summary, body, category, baseRevision } = request.body;
    try {
      let fields: FieldValues | undefined;
      if (request.body.fields !== undefined) {
        // Sent keys replace the stored ones, null removes one; the whole set is then checked.
        const merged: FieldValues = { ...parseFields(content.fields) };
        for (const [name, value] of Object.entries(request.body.fields)) {
          if (value === null) delete merged[name];
          else merged[name] = value;
        }
        fields = await checked(ctx, declaration, merged);
      }
      const saved = await saveContent(db, auth.actor, content.id, { title, summary, body, categoryId: await categoryIdOf(ctx, declaration, category), fields }, { ...meta(request), baseRevision });
      return state(saved);
    } catch (error) {
      if (error instanceof FieldsInvalid) return sendFieldProblems(reply, error);
      throw error;
    }
  }

  async function move(request: FastifyRequest<{ Params: ItemParams & { move: string }; Body: ContentMoveBody }>) {
    const { auth, content } = await itemOf(ctx, request);
    const name = request.params.move as Transition;
    if (!contentMoves.includes(name)) throw new AppError('NOT_FOUND');
    const saved = await transition(db, auth.actor, content.id, name, request.body ?? {}, meta(request));
    return { ...state(saved), publishedAt: saved.published_at, scheduledAt: saved.scheduled_at };
  }

  async function revisions(request: FastifyRequest<{ Params: ItemParams }>) {
    const { content } = await itemOf(ctx, request);
    const rows = await listRevisions(db, content.id);
    return {
      items: rows.map((r) => ({ revision: r.revision, title: r.title, status: r.status, note: r.note, createdAt: r.created_at, by: r.user_email, fields: parseFields(r.fields), previewUrl: `${ctx.config.baseUrl}/xem-truoc/${r.preview_token}` })),
    };
  }

  const bodyOf = (schema: object) => ({ schema: { body: schema }, schemaErrorFormatter: bodyError });
  app.get<{ Params: Params; Querystring: Record<string, string | undefined> }>('/api/v1/admin/content/:type', strictQuery, list);
  app.post<{ Params: Params; Body: CreateBody }>('/api/v1/admin/content/:type', bodyOf(contentCreateSchema), create);
  app.get<{ Params: ItemParams }>('/api/v1/admin/content/:type/:id', queryOf([], { strict: true }), read);
  app.patch<{ Params: ItemParams; Body: PatchBody }>('/api/v1/admin/content/:type/:id', bodyOf(contentPatchSchema), patch);
  app.post<{ Params: ItemParams & { move: string }; Body: ContentMoveBody }>('/api/v1/admin/content/:type/:id/:move', bodyOf(contentMoveSchema), move);
  app.get<{ Params: ItemParams }>('/api/v1/admin/content/:type/:id/revisions', queryOf([], { strict: true }), revisions);
}
