// Public zones pages in both languages: the list with a kind filter, a zone's page, and the
// comparison of 2 to 4 zones.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../core/context.ts';
import type { Database, Language } from '../../core/db/schema.ts';
import { AppError } from '../../core/errors.ts';
import { ErrorPage } from '../../core/html/ErrorPage.tsx';
import type { PageEnv } from '../../core/html/page-env.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { pageEnv, sendPage } from '../../core/http/page.ts';
import { imageKeysIn, loadResponsiveImages } from '../../core/media/responsive.ts';
import { isCountableView } from '../../core/stats/views.ts';
import { isSlug } from '../../core/text/fold.ts';
import { locationOf } from '../../core/text/urls.ts';
import { kindOptions, zonePaths } from './declaration.ts';
import { zoneStrings } from './i18n.ts';
import { attachmentsOf, findReadableZone, findRemovedZone, idsOf, listZones, type Zone } from './queries.ts';
import { compareSegment, paramNames } from './urls.ts';
import { ComparePage } from './views/ComparePage.tsx';
import { DetailPage } from './views/DetailPage.tsx';
import { ListPage } from './views/ListPage.tsx';

export const minCompared = 2;
export const maxCompared = 4;

/** A zone's public page (also its preview), with its master-plan files and the body's images. */
export async function zonePage(db: Kysely<Database>, env: PageEnv, zone: Zone) {
  const [files, images] = await Promise.all([attachmentsOf(db, idsOf(zone.fields.masterPlan)), loadResponsiveImages(db, imageKeysIn(zone.body))]);
  return <DetailPage env={env} zone={zone} files={files} images={images} />;
}

/** The slugs asked for (a repeated parameter arrives as a list), as given. */
function askedSlugs(raw: unknown): string[] {
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.map((v) => (typeof v === 'string' ? v.trim() : ''));
}

export type CompareOutcome = { compared: Zone[]; problem?: undefined } | { compared: []; problem: string };

/** The zones to compare, in the order asked, or why not (in `lang`): unknown, repeated, too few, too many. */
export function chooseZones(zones: Zone[], slugs: string[], lang: Language): CompareOutcome {
  const s = zoneStrings[lang];
  const bySlug = new Map(zones.map((z) => [z.slug, z]));
  const unknown = [...new Set(slugs.filter((slug) => !bySlug.has(slug)))];
  if (unknown.length > 0) return { compared: [], problem: s.compareUnknown(unknown.slice(0, 5).map((u) => `“${(u || '—').slice(0, 60)}”`)) };
  if (new Set(slugs).size !== slugs.length) return { compared: [], problem: s.compareRepeated };
  if (slugs.length < minCompared) return { compared: [], problem: s.compareTooFew };
  if (slugs.length > maxCompared) return { compared: [], problem: s.compareTooMany };
  return { compared: slugs.map((slug) => bySlug.get(slug)!) };
}

type Query = { Querystring: Record<string, unknown> };

export function registerZoneRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;
  const languages: Language[] = ['vi', 'en'];
  const base = (lang: Language) => (lang === 'en' ? zonePaths.en : zonePaths.vi);

  for (const lang of languages) {
    const names = paramNames[lang];

    app.get<{ Querystring: Record<string, string | undefined> }>(base(lang), queryOf([names.kind]), async (request, reply) => {
      const raw = request.query[names.kind];
      const kind = raw === undefined || raw === '' ? undefined : raw;
      if (kind !== undefined && !kindOptions.some((o) => o.value === kind)) {
        throw new AppError('BAD_QUERY', { vi: `${names.kind} không có giá trị “${kind.slice(0, 60)}”`, en: `unknown ${names.kind}: ${kind.slice(0, 60)}` });
      }
      const zones = await listZones(db, kind);
      return sendPage(reply, <ListPage env={await pageEnv(ctx, request, lang)} zones={zones} kind={kind} />);
    });

    app.get<Query>(`${base(lang)}/${compareSegment[lang]}`, async (request: FastifyRequest<Query>, reply: FastifyReply) => {
      const zones = await listZones(db);
      const env = await pageEnv(ctx, request, lang);
      const raw = request.query[names.zone];
      if (raw === undefined) return sendPage(reply, <ComparePage env={env} zones={zones} chosen={[]} compared={[]} />);
      const slugs = askedSlugs(raw);
      const outcome = chooseZones(zones, slugs, lang);
      return sendPage(reply, <ComparePage env={env} zones={zones} chosen={slugs} compared={outcome.compared} problem={outcome.problem} />, outcome.problem ? 400 : 200);
    });

    app.get<{ Params: { slug: string } }>(`${base(lang)}/:slug`, async (request, reply) => {
      const { slug } = request.params;
      if (!isSlug(slug)) throw new AppError('NOT_FOUND');
      const zone = await findReadableZone(db, slug);
      if (!zone) {
        const removed = await findRemovedZone(db, slug);
        if (!removed) throw new AppError('NOT_FOUND');
        if (removed.redirectTo) return reply.redirect(locationOf(removed.redirectTo), 301);
        return sendPage(reply, <ErrorPage env={await pageEnv(ctx, request, lang)} status={410} />, 410);
      }
      const env = await pageEnv(ctx, request, lang);
      if (isCountableView(request)) ctx.views.record(zone.id);
      return sendPage(reply, await zonePage(db, env, zone));
    });
  }
}
