// Public procedures pages: the list (Vietnamese and English interface) and a procedure's page.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import type { Kysely } from 'kysely';
import type { Database, Language } from '../../core/db/schema.ts';
import type { PageEnv } from '../../core/html/page-env.ts';
import { AppError, parsePageNumber } from '../../core/errors.ts';
import { ErrorPage } from '../../core/html/ErrorPage.tsx';
import { queryOf } from '../../core/http/query-schema.ts';
import { pageEnv, sendPage } from '../../core/http/page.ts';
import { imageKeysIn, loadResponsiveImages } from '../../core/media/responsive.ts';
import { isCountableView } from '../../core/stats/views.ts';
import { isSlug } from '../../core/text/fold.ts';
import { locationOf } from '../../core/text/urls.ts';
import { fieldOptions, levelOptions, procedurePaths } from './declaration.ts';
import { findReadableProcedure, findRemovedProcedure, formsOf, idsOf, legalBasisOf, listProcedures, type ProcedureItem } from './queries.ts';
import { paramNames, procedureBase, type ListParams } from './urls.ts';
import { DetailPage } from './views/DetailPage.tsx';
import { ListPage } from './views/ListPage.tsx';

type Query = { Querystring: Record<string, string | undefined> };

function oneOf(raw: string | undefined, allowed: { value: string }[], name: string): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!allowed.some((o) => o.value === raw)) throw new AppError('BAD_QUERY', { vi: `${name} không có giá trị “${raw.slice(0, 60)}”`, en: `unknown ${name}: ${raw.slice(0, 60)}` });
  return raw;
}

/** The list's parameters, or a 400 naming the one that is wrong (never a 500, never ignored). */
export function listParams(query: Record<string, string | undefined>, lang: Language): ListParams & { page: number } {
  const names = paramNames[lang];
  // control characters are never words; long queries are cut, not refused (like the site search)
  // eslint-disable-next-line no-control-regex
  const q = (query[names.q] ?? '').replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 200);
  return {
    q: q || undefined,
    field: oneOf(query[names.field], fieldOptions, names.field),
    level: oneOf(query[names.level], levelOptions, names.level),
    page: parsePageNumber(query[names.page]),
  };
}

/** A procedure's public page (also its preview): with its legal basis, forms and the body's library images resolved. */
export async function procedurePage(db: Kysely<Database>, env: PageEnv, item: ProcedureItem) {
  const [legalBasis, forms, images] = await Promise.all([legalBasisOf(db, idsOf(item.fields.legalBasis)), formsOf(db, idsOf(item.fields.forms)), loadResponsiveImages(db, imageKeysIn(item.body))]);
  return <DetailPage env={env} item={item} legalBasis={legalBasis} forms={forms} images={images} />;
}

export function registerProcedureRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;

  const list = (lang: Language) => async (request: FastifyRequest<Query>, reply: FastifyReply) => {
    const params = listParams(request.query, lang);
    const result = await listProcedures(db, params);
    if (params.page > result.pageCount) throw new AppError('NOT_FOUND');
    const env = await pageEnv(ctx, request, lang);
    return sendPage(reply, <ListPage env={env} result={result} params={params} />);
  };
  app.get<Query>(procedureBase, queryOf(Object.values(paramNames.vi)), list('vi'));
  if (procedurePaths.en) app.get<Query>(procedurePaths.en, queryOf(Object.values(paramNames.en)), list('en'));

  app.get<{ Params: { slug: string } }>(`${procedureBase}/:slug`, async (request, reply) => {
    const { slug } = request.params;
    if (!isSlug(slug)) throw new AppError('NOT_FOUND');
    const item = await findReadableProcedure(db, slug);
    if (!item) {
      const removed = await findRemovedProcedure(db, slug);
      if (!removed) throw new AppError('NOT_FOUND');
      if (removed.redirectTo) return reply.redirect(locationOf(removed.redirectTo), 301);
      return sendPage(reply, <ErrorPage env={await pageEnv(ctx, request)} status={410} />, 410);
    }
    const env = await pageEnv(ctx, request);
    if (isCountableView(request)) ctx.views.record(item.id);
    return sendPage(reply, await procedurePage(db, env, item));
  });
}
