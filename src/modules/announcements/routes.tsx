// Public announcements pages: the list (Vietnamese and English interface) and an announcement's
// page in both. "Now" comes from announcementClock, so closed notices are judged at one instant.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../core/context.ts';
import type { Database, Language } from '../../core/db/schema.ts';
import { AppError, parsePageNumber } from '../../core/errors.ts';
import { ErrorPage } from '../../core/html/ErrorPage.tsx';
import type { PageEnv } from '../../core/html/page-env.ts';
import { pageEnv, sendPage } from '../../core/http/page.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { imageKeysIn, loadResponsiveImages } from '../../core/media/responsive.ts';
import { isCountableView } from '../../core/stats/views.ts';
import { isSlug } from '../../core/text/fold.ts';
import { locationOf } from '../../core/text/urls.ts';
import { announcementClock } from './clock.ts';
import { kindOptions } from './declaration.ts';
import { announcementYears, attachmentsOf, findReadableAnnouncement, findRemovedAnnouncement, listAnnouncements, type AnnouncementItem } from './queries.ts';
import { announcementPaths, paramNames, statusValues, type ListParams } from './urls.ts';
import { DetailPage } from './views/DetailPage.tsx';
import { ListPage } from './views/ListPage.tsx';

type Query = { Querystring: Record<string, string | undefined> };

/** A filter value not in its list: said in words, naming the filter and what was sent. */
const refuse = (name: string, raw: string) => new AppError('BAD_QUERY', { vi: `bộ lọc “${name}” không có giá trị “${raw.slice(0, 60)}”`, en: `the filter “${name}” has no value “${raw.slice(0, 60)}”` });

/** The list's parameters, or a 400 naming the one that is wrong (never a 500, never ignored). Empty values ("Tất cả") mean no filter. */
export function listParams(query: Record<string, string | undefined>, lang: Language): ListParams & { page: number } {
  const names = paramNames[lang];
  const params: ListParams & { page: number } = { page: parsePageNumber(query[names.page]) };
  const kind = query[names.kind];
  if (kind) {
    if (!kindOptions.some((o) => o.value === kind)) throw refuse(names.kind, kind);
    params.kind = kind;
  }
  const year = query[names.year];
  if (year) {
    if (!/^(19|20|21)\d{2}$/.test(year)) throw refuse(names.year, year);
    params.year = Number(year);
  }
  const status = query[names.status];
  if (status) {
    const found = (['open', 'closed'] as const).find((s) => statusValues[lang][s] === status);
    if (!found) throw refuse(names.status, status);
    params.status = found;
  }
  return params;
}

/** An announcement's public page (also its preview): its files and the body's library images resolved. */
export async function announcementPage(db: Kysely<Database>, env: PageEnv, item: AnnouncementItem) {
  const [attachments, images] = await Promise.all([attachmentsOf(db, item.fileIds), loadResponsiveImages(db, imageKeysIn(item.body))]);
  return <DetailPage env={env} item={item} attachments={attachments} images={images} />;
}

export function registerAnnouncementRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;

  const list = (lang: Language) => async (request: FastifyRequest<Query>, reply: FastifyReply) => {
    const params = listParams(request.query, lang);
    const now = announcementClock.now();
    const result = await listAnnouncements(db, { filters: params, page: params.page, now });
    if (params.page > result.pageCount) throw new AppError('NOT_FOUND');
    const [env, years] = await Promise.all([pageEnv(ctx, request, lang), announcementYears(db, now)]);
    return sendPage(reply, <ListPage env={env} result={result} params={params} years={years} />);
  };

  const detail = (lang: Language) => async (request: FastifyRequest<{ Params: { slug: string } }>, reply: FastifyReply) => {
    const { slug } = request.params;
    if (!isSlug(slug)) throw new AppError('NOT_FOUND');
    const item = await findReadableAnnouncement(db, slug, announcementClock.now());
    if (!item) {
      const removed = await findRemovedAnnouncement(db, slug);
      if (!removed) throw new AppError('NOT_FOUND');
      if (removed.redirectTo) return reply.redirect(locationOf(removed.redirectTo), 301);
      return sendPage(reply, <ErrorPage env={await pageEnv(ctx, request, lang)} status={410} />, 410);
    }
    const env = await pageEnv(ctx, request, lang);
    if (isCountableView(request)) ctx.views.record(item.id);
    return sendPage(reply, await announcementPage(db, env, item));
  };

  for (const lang of ['vi', 'en'] as const) {
    app.get<Query>(announcementPaths[lang], queryOf(Object.values(paramNames[lang])), list(lang));
    app.get<{ Params: { slug: string } }>(`${announcementPaths[lang]}/:slug`, detail(lang));
  }
}
