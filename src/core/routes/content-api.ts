// Public read-only JSON of every declared type at /api/v1/<declaration.api> (published items,
// newest first, 20 per page, with their fields) and /api/v1/<api>/:id — except where a module
// already serves that path itself (news answers /api/v1/articles with its own shape).
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { ContentTypeDeclaration } from '../content-types/declaration.ts';
import { parseFields } from '../content-types/field-index.ts';
import type { AppContext } from '../context.ts';
import type { Database } from '../db/schema.ts';
import { AppError, parseId, parsePageNumber } from '../errors.ts';
import { queryOf } from '../http/query-schema.ts';
import { declaredTypes } from '../modules.ts';

export const publicPageSize = 20;

function published(db: Kysely<Database>, type: string, now: Date) {
  return db
    .selectFrom('content')
    .leftJoin('categories', 'categories.id', 'content.category_id')
    .where('content.type', '=', type)
    .where('content.status', '=', 'published')
    .where('content.published_at', '<=', now.toISOString());
}

const columns = ['content.id', 'content.title', 'content.slug', 'content.summary', 'content.published_at', 'content.updated_at', 'content.fields', 'categories.slug as categorySlug', 'categories.name as categoryName'] as const;

type Row = { id: number; title: string; slug: string; summary: string; published_at: string | null; fields: string; categorySlug: string | null; categoryName: string | null };

function itemJson(declaration: ContentTypeDeclaration, row: Row, baseUrl: string) {
  return {
    id: row.id,
    title: row.title,
    url: baseUrl + declaration.itemPath({ slug: row.slug, categorySlug: row.categorySlug }),
    category: row.categorySlug ? { slug: row.categorySlug, name: row.categoryName } : null,
    summary: row.summary,
    publishedAt: row.published_at,
    fields: parseFields(row.fields),
  };
}

/** The declared types whose public API this registers (their path not taken by a module). */
export function registerContentApi(app: FastifyInstance, ctx: AppContext): ContentTypeDeclaration[] {
  const db = ctx.db.kysely;
  const served: ContentTypeDeclaration[] = [];
  for (const declaration of declaredTypes()) {
    const path = `/api/v1/${declaration.api}`;
    if (app.hasRoute({ method: 'GET', url: path }) || app.hasRoute({ method: 'GET', url: `${path}/:id` })) continue;
    served.push(declaration);
    app.get<{ Querystring: { page?: string } }>(path, queryOf(['page'], { strict: true }), async (request) => {
      const page = parsePageNumber(request.query.page);
      const now = new Date();
      const { n } = (await published(db, declaration.type, now).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()) as { n: number | string };
      const total = Number(n);
      const pageCount = Math.max(1, Math.ceil(total / publicPageSize));
      if (page > pageCount) throw new AppError('NOT_FOUND', `There is no page ${page}; the last page is ${pageCount}`);
      const rows = (await published(db, declaration.type, now).select([...columns]).orderBy('content.published_at', 'desc').orderBy('content.id', 'desc').limit(publicPageSize).offset((page - 1) * publicPageSize).execute()) as Row[];
      return { items: rows.map((r) => itemJson(declaration, r, ctx.config.baseUrl)), page, pageCount, total };
    });
    app.get<{ Params: { id: string } }>(`${path}/:id`, queryOf([], { strict: true }), async (request) => {
      const row = await published(db, declaration.type, new Date()).select([...columns, 'content.body']).where('content.id', '=', parseId(request.params.id)).executeTakeFirst();
      if (!row) throw new AppError('NOT_FOUND');
      return { ...itemJson(declaration, row as Row, ctx.config.baseUrl), body: row.body, updatedAt: row.updated_at };
    });
  }
  return served;
}
