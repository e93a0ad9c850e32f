// Public projects pages: the list with filters (Vietnamese and English interface), the same
// filtered list as CSV or XLSX (?xuat=csv|xlsx, English ?export=csv|xlsx), and a project's page.
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
import { projectPaths, sectorOptions } from './declaration.ts';
import { contentTypes, exportFilename, exportTable, toCsv, toXlsx } from './export.ts';
import { projectStrings } from './i18n.ts';
import { attachmentsOf, filteredProjects, findReadableProject, findRemovedProject, idsOf, pageOf, readableZones, type ProjectFilters, type ProjectItem, type ZoneOption } from './queries.ts';
import { paramNames, type ExportFormat, type ListParams } from './urls.ts';
import { DetailPage } from './views/DetailPage.tsx';
import { ListPage } from './views/ListPage.tsx';

type Query = { Querystring: Record<string, string | undefined> };

const refuse = (vi: string, en: string) => new AppError('BAD_QUERY', { vi, en });
const cut = (raw: string) => raw.slice(0, 60);

/**
 * Billions of đồng as typed: "500", "12,5" or "12.5"; grouped thousands in the page's style
 * ("1.250" on the Vietnamese list, "1,250" on the English one). Anything else is undefined.
 */
export function parseBillions(raw: string, lang: Language): number | undefined {
  let text = raw.replace(/[\s\u00a0]/g, '');
  const grouped = lang === 'vi' ? /^\d{1,3}(\.\d{3})+(,\d+)?$/ : /^\d{1,3}(,\d{3})+(\.\d+)?$/;
  if (grouped.test(text)) text = lang === 'vi' ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  else text = text.replace(',', '.');
  if (!/^\d{1,9}(\.\d{1,6})?$/.test(text)) return undefined;
  return Number(text);
}

export interface ParsedList {
  params: ListParams & { page: number };
  filters: ProjectFilters;
  format: ExportFormat | undefined;
}

/** The list's parameters, or a 400 saying which one is wrong and why (never a 500, never ignored). Empty values mean no filter. */
export function listParams(query: Record<string, string | undefined>, lang: Language, zones: ZoneOption[]): ParsedList {
  const names = paramNames[lang];
  const s = projectStrings[lang];
  const both = (make: (t: typeof s) => string) => refuse(make(projectStrings.vi), make(projectStrings.en));
  const params: ListParams & { page: number } = { page: parsePageNumber(query[names.page]) };
  const filters: ProjectFilters = {};
  const sector = query[names.sector];
  if (sector) {
    if (!sectorOptions.some((o) => o.value === sector)) throw both((t) => t.badChoice(names.sector, cut(sector)));
    params.sector = filters.sector = sector;
  }
  const zone = query[names.zone];
  if (zone) {
    const found = zones.find((z) => z.slug === zone);
    if (!found) throw both((t) => t.badChoice(names.zone, cut(zone)));
    params.zone = zone;
    filters.zoneId = found.id;
  }
  const bound = (name: 'min' | 'max') => {
    const raw = query[names[name]]?.trim();
    if (!raw) return undefined;
    const value = parseBillions(raw, lang);
    if (value === undefined) throw both((t) => t.badNumber(names[name], cut(raw)));
    params[name] = raw;
    return value;
  };
  const min = bound('min');
  const max = bound('max');
  if (min !== undefined && max !== undefined && min > max) throw both((t) => t.badRange(params.min!, params.max!));
  if (min !== undefined) filters.minVnd = Math.round(min * 1e9);
  if (max !== undefined) filters.maxVnd = Math.round(max * 1e9);
  const format = query[names.export];
  if (format && format !== 'csv' && format !== 'xlsx') throw both((t) => t.badChoice(names.export, cut(format)));
  return { params, filters, format: format || undefined } as ParsedList;
}

/** A project's public page (also its preview): its zone, files and the body's library images resolved. */
export async function projectPage(db: Kysely<Database>, env: PageEnv, item: ProjectItem) {
  const zoneId = idsOf(item.fields.zone)[0];
  const [zones, files, images] = await Promise.all([zoneId ? readableZones(db) : Promise.resolve([]), attachmentsOf(db, idsOf(item.fields.files)), loadResponsiveImages(db, imageKeysIn(item.body))]);
  return <DetailPage env={env} item={item} zone={zones.find((z) => z.id === zoneId)} files={files} images={images} />;
}

export function registerProjectRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;

  const list = (lang: Language) => async (request: FastifyRequest<Query>, reply: FastifyReply) => {
    const zones = await readableZones(db);
    const { params, filters, format } = listParams(request.query, lang, zones);
    const rows = await filteredProjects(db, filters);
    if (format) {
      const table = exportTable(rows, zones, lang, ctx.config.baseUrl);
      const body = format === 'csv' ? toCsv(table) : await toXlsx(table, lang);
      return reply.type(contentTypes[format]).header('Content-Disposition', `attachment; filename="${exportFilename(lang, format)}"`).header('Cache-Control', 'no-store').send(body);
    }
    const result = pageOf(rows, params.page);
    if (params.page > result.pageCount) throw new AppError('NOT_FOUND');
    const env = await pageEnv(ctx, request, lang);
    return sendPage(reply, <ListPage env={env} result={result} params={params} zones={zones} />);
  };

  const detail = (lang: Language) => async (request: FastifyRequest<{ Params: { slug: string } }>, reply: FastifyReply) => {
    const { slug } = request.params;
    if (!isSlug(slug)) throw new AppError('NOT_FOUND');
    const item = await findReadableProject(db, slug);
    if (!item) {
      const removed = await findRemovedProject(db, slug);
      if (!removed) throw new AppError('NOT_FOUND');
      if (removed.redirectTo) return reply.redirect(locationOf(removed.redirectTo), 301);
      return sendPage(reply, <ErrorPage env={await pageEnv(ctx, request, lang)} status={410} />, 410);
    }
    const env = await pageEnv(ctx, request, lang);
    if (isCountableView(request)) ctx.views.record(item.id);
    return sendPage(reply, await projectPage(db, env, item));
  };

  for (const lang of ['vi', 'en'] as const) {
    app.get<Query>(projectPaths[lang], queryOf(Object.values(paramNames[lang])), list(lang));
    app.get<{ Params: { slug: string } }>(`${projectPaths[lang]}/:slug`, detail(lang));
  }
}
