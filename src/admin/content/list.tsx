// GET /admin/content/:type — the list of one declared type (see ListPage.tsx).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { can } from '../../core/auth/permissions.ts';
import { listCategories } from '../../core/content/categories.ts';
import { listAdminContent } from '../../core/content-types/admin-queries.ts';
import type { AppContext } from '../../core/context.ts';
import { parsePageNumber } from '../../core/errors.ts';
import { declaredTypes } from '../../core/modules.ts';
import { adminEnv } from '../env.ts';
import { guard } from '../guard.ts';
import { sendAdminPage } from '../respond.ts';
import { loadChoices } from './field-values.ts';
import { ListPage, type ListQuery } from './ListPage.tsx';
import { declarationOrNotFound } from './types.ts';

export const pageSize = 25;

export type ListRequest = FastifyRequest<{ Params: { type: string }; Querystring: Record<string, string | undefined> }>;

/** The query parameters the list reads: the common ones and every declared filter field's "f.<name>". */
export function listQueryNames(): string[] {
  const fieldNames = declaredTypes().flatMap((d) => d.fields.filter((f) => f.filter).map((f) => `f.${f.name}`));
  return ['status', 'category', 'author', 'q', 'sort', 'trang', ...new Set(fieldNames)];
}

const positive = (raw: string | undefined) => (raw && /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : undefined);

export async function showContentList(ctx: AppContext, request: ListRequest, reply: FastifyReply) {
  const auth = await guard(ctx, request);
  const declaration = declarationOrNotFound(request.params.type);
  const db = ctx.db.kysely;
  const env = await adminEnv(ctx, request);
  const page = parsePageNumber(request.query.trang);
  const fields: Record<string, string> = {};
  for (const f of declaration.fields) {
    const value = request.query[`f.${f.name}`];
    if (f.filter && value) fields[f.name] = value.slice(0, 200);
  }
  const query: ListQuery = { status: request.query.status, category: request.query.category, author: request.query.author, q: request.query.q, sort: request.query.sort === 'published' ? 'published' : undefined, fields };
  const { items, total } = await listAdminContent(db, auth.actor, declaration, {
    status: query.status,
    categoryId: declaration.categories ? positive(query.category) : undefined,
    authorId: positive(query.author),
    q: query.q,
    fieldFilters: fields,
    sort: query.sort === 'published' ? 'published' : 'updated',
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  // reference fields show their items' titles in a column or a filter; media fields are never shown here
  const shownReferences = declaration.fields.filter((f) => f.kind === 'reference' && (f.listColumn || f.filter));
  const authors = await db
    .selectFrom('users')
    .select(['users.id', 'users.name'])
    .where((eb) => eb.exists(eb.selectFrom('content').select('content.id').whereRef('content.created_by', '=', 'users.id').where('content.type', '=', declaration.type)))
    .orderBy('users.name')
    .execute();
  return sendAdminPage(
    reply,
    <ListPage
      env={env}
      declaration={declaration}
      items={items}
      total={total}
      page={page}
      pageSize={pageSize}
      query={query}
      categories={declaration.categories ? await listCategories(db, declaration.type) : []}
      authors={authors}
      choices={await loadChoices(db, shownReferences)}
      canCreate={can(auth.actor, 'article.create', declaration.type)}
    />,
  );
}
