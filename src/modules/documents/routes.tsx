// Public pages of legal documents: the list with its filters, a category's list and a document's
// page, in Vietnamese (/van-ban) and with English labels (/en/documents; content stays Vietnamese).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findCategoryBySlug, listCategories } from '../../core/content/categories.ts';
import type { AppContext } from '../../core/context.ts';
import type { Kysely } from 'kysely';
import type { Category, Database, Language } from '../../core/db/schema.ts';
import type { PageEnv } from '../../core/html/page-env.ts';
import { AppError, parsePageNumber } from '../../core/errors.ts';
import { ErrorPage } from '../../core/html/ErrorPage.tsx';
import { pageEnv, sendPage } from '../../core/http/page.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { moduleOfType } from '../../core/modules.ts';
import { imageKeysIn, loadResponsiveImages } from '../../core/media/responsive.ts';
import { isCountableView } from '../../core/stats/views.ts';
import { isSlug } from '../../core/text/fold.ts';
import { locationOf } from '../../core/text/urls.ts';
import { documentType } from './declaration.ts';
import { parseFilters } from './filters.ts';
import {
  attachmentsOf,
  documentYears,
  findPublishedDocumentsByIds,
  findReadableDocument,
  findRemovedDocument,
  listDocuments,
  publishedReferencesTo,
  replacedDocuments,
  type DocumentItem,
} from './queries.ts';
import { documentsBase, documentsBaseEn, listParamNames, type ListParams } from './urls.ts';
import { DocumentPage, type ReferringGroup } from './views/DocumentPage.tsx';
import { ListPage } from './views/ListPage.tsx';

/** Items of other types whose reference fields point at this document, grouped by type. */
async function referringGroups(db: Kysely<Database>, item: DocumentItem, language: Language): Promise<ReferringGroup[]> {
  const groups = new Map<string, ReferringGroup>();
  for (const ref of await publishedReferencesTo(db, item.id)) {
    if (ref.type === documentType && ref.field === 'replacedBy') continue; // shown as "Thay thế cho"
    const declaration = moduleOfType(ref.type)?.declaration;
    if (!declaration) continue;
    let group = groups.get(ref.type);
    if (!group) groups.set(ref.type, (group = { type: ref.type, label: declaration.plural[language], items: [] }));
    const url = declaration.itemPath({ slug: ref.slug, categorySlug: ref.categorySlug });
    if (!group.items.some((i) => i.url === url)) group.items.push({ title: ref.title, url });
  }
  return [...groups.values()];
}

/** A document's public page (also its preview): particulars, files, replacements, what cites it, the body's library images. */
export async function documentPage(db: Kysely<Database>, env: PageEnv, item: DocumentItem) {
  const [attachments, replacedBy, replaces, referring, images] = await Promise.all([
    attachmentsOf(db, item.fileIds),
    item.replacedBy ? findPublishedDocumentsByIds(db, [item.replacedBy]).then((r) => r[0]) : Promise.resolve(undefined),
    replacedDocuments(db, item.id),
    referringGroups(db, item, env.lang),
    loadResponsiveImages(db, imageKeysIn(item.body)),
  ]);
  return <DocumentPage env={env} item={item} attachments={attachments} replacedBy={replacedBy} replaces={replaces} referring={referring} images={images} />;
}

type ListQuery = { Querystring: ListParams & { trang?: string } };

export function registerDocumentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;

  async function sendList(request: FastifyRequest<ListQuery>, reply: FastifyReply, language: Language, category?: Category) {
    const page = parsePageNumber(request.query.trang);
    const { filters, params } = parseFilters(request.query);
    const result = await listDocuments(db, ctx.db.dialect, { filters, page, ...(category ? { categoryId: category.id } : {}) });
    if (page > result.pageCount) throw new AppError('NOT_FOUND');
    const env = await pageEnv(ctx, request, language);
    const [years, categories] = await Promise.all([documentYears(db), listCategories(db, documentType, { visibleOnly: true })]);
    return sendPage(reply, <ListPage env={env} result={result} params={params} years={years} categories={categories} category={category} />);
  }

  async function sendDocument(request: FastifyRequest, reply: FastifyReply, language: Language, slug: string) {
    const item = await findReadableDocument(db, slug);
    if (!item) {
      const removed = await findRemovedDocument(db, slug);
      if (!removed) throw new AppError('NOT_FOUND');
      if (removed.redirectTo) return reply.redirect(locationOf(removed.redirectTo), 301);
      return sendPage(reply, <ErrorPage env={await pageEnv(ctx, request, language)} status={410} />, 410);
    }
    const env = await pageEnv(ctx, request, language);
    if (isCountableView(request)) ctx.views.record(item.id);
    return sendPage(reply, await documentPage(db, env, item));
  }

  for (const [base, language] of [
    [documentsBase, 'vi'],
    [documentsBaseEn, 'en'],
  ] as const) {
    app.get<ListQuery>(base, queryOf(listParamNames), (request, reply) => sendList(request, reply, language));

    // One segment: a category's list when there is such a category, otherwise a document.
    app.get<ListQuery & { Params: { slug: string } }>(`${base}/:slug`, queryOf(listParamNames), async (request, reply) => {
      const { slug } = request.params;
      if (!isSlug(slug)) throw new AppError('NOT_FOUND');
      const category = await findCategoryBySlug(db, documentType, slug);
      if (category) return sendList(request, reply, language, category);
      return sendDocument(request, reply, language, slug);
    });
  }
}
