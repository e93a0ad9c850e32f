// Public About pages: the overview (/gioi-thieu), the leadership (/gioi-thieu/lanh-dao) and a page
// per unit (/gioi-thieu/don-vi/<slug>), with English interfaces under /en/about.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../core/context.ts';
import type { Database, Language } from '../../core/db/schema.ts';
import { AppError } from '../../core/errors.ts';
import { ErrorPage } from '../../core/html/ErrorPage.tsx';
import type { PageEnv } from '../../core/html/page-env.ts';
import { pageEnv, sendPage } from '../../core/http/page.ts';
import { imageKeysIn, loadResponsiveImages } from '../../core/media/responsive.ts';
import { isCountableView } from '../../core/stats/views.ts';
import { isSlug } from '../../core/text/fold.ts';
import { locationOf } from '../../core/text/urls.ts';
import { ancestorsOf, buildTree, findNode, findReadableUnit, findRemovedUnit, flatten, photosOf, publishedLeaders, publishedUnits, topUnit, type Leader, type Unit } from './queries.ts';
import { leadershipPaths, unitBases, unitPaths } from './urls.ts';
import { AboutPage } from './views/AboutPage.tsx';
import { LeadershipPage, type LeaderGroup } from './views/LeadershipPage.tsx';
import { UnitPage } from './views/UnitPage.tsx';

/** The library images of every rich text a page shows, in one lookup. */
function imagesOf(db: Kysely<Database>, html: string[]) {
  return loadResponsiveImages(db, [...new Set(html.filter(Boolean).flatMap(imageKeysIn))]);
}

const richOfLeaders = (leaders: Leader[]) => leaders.flatMap((l) => [l.duties, l.body]);
const richOfUnit = (unit: Unit) => [unit.body, unit.duties, unit.history];

export async function aboutPage(db: Kysely<Database>, env: PageEnv) {
  const [units, leaders] = await Promise.all([publishedUnits(db), publishedLeaders(db)]);
  const tree = buildTree(units);
  const top = topUnit(tree);
  // the agency's own leaders: those of the agency itself and of its leadership board
  const boardUnits = new Set(top ? [top.unit.id, ...top.children.filter((c) => c.unit.kind === 'lanh-dao').map((c) => c.unit.id)] : []);
  const board = leaders.filter((l) => l.unit !== undefined && boardUnits.has(l.unit));
  const images = await imagesOf(db, top ? richOfUnit(top.unit) : []);
  return <AboutPage env={env} tree={tree} top={top} board={board} images={images} />;
}

export async function leadershipPage(db: Kysely<Database>, env: PageEnv) {
  const [units, leaders] = await Promise.all([publishedUnits(db), publishedLeaders(db)]);
  const order = flatten(buildTree(units)).map((n) => n.unit);
  const groups: LeaderGroup[] = order.map((unit) => ({ unit, leaders: leaders.filter((l) => l.unit === unit.id) })).filter((g) => g.leaders.length > 0);
  const known = new Set(order.map((u) => u.id));
  const others = leaders.filter((l) => l.unit === undefined || !known.has(l.unit));
  if (others.length > 0) groups.push({ unit: undefined, leaders: others });
  const [photos, images] = await Promise.all([photosOf(db, leaders), imagesOf(db, richOfLeaders(leaders))]);
  return <LeadershipPage env={env} groups={groups} photos={photos} images={images} />;
}

/** A unit's page (also its preview, where `unit` holds the previewed revision). */
export async function unitPage(db: Kysely<Database>, env: PageEnv, unit: Unit) {
  const [units, allLeaders] = await Promise.all([publishedUnits(db), publishedLeaders(db)]);
  const leaders = allLeaders.filter((l) => l.unit === unit.id);
  // a preview shows the revision's parent, which the published rows may not hold yet
  const others = units.filter((u) => u.id !== unit.id);
  const node = findNode(buildTree([...others, unit]), unit.id);
  const [photos, images] = await Promise.all([photosOf(db, leaders), imagesOf(db, [...richOfUnit(unit), ...richOfLeaders(leaders)])]);
  return <UnitPage env={env} unit={unit} ancestors={ancestorsOf(others, unit)} node={node} leaders={leaders} photos={photos} images={images} />;
}

export function registerUnitRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;
  for (const lang of ['vi', 'en'] as const satisfies Language[]) {
    app.get(unitPaths[lang], async (request, reply) => sendPage(reply, await aboutPage(db, await pageEnv(ctx, request, lang))));
    app.get(leadershipPaths[lang], async (request, reply) => sendPage(reply, await leadershipPage(db, await pageEnv(ctx, request, lang))));
    app.get(`${unitBases[lang]}/:slug`, async (request: FastifyRequest<{ Params: { slug: string } }>, reply) => {
      const { slug } = request.params;
      if (!isSlug(slug)) throw new AppError('NOT_FOUND');
      const unit = await findReadableUnit(db, slug);
      if (!unit) {
        const removed = await findRemovedUnit(db, slug);
        if (!removed) throw new AppError('NOT_FOUND');
        if (removed.redirectTo) return reply.redirect(locationOf(removed.redirectTo), 301);
        return sendPage(reply, <ErrorPage env={await pageEnv(ctx, request, lang)} status={410} />, 410);
      }
      if (isCountableView(request)) ctx.views.record(unit.id);
      return sendPage(reply, await unitPage(db, await pageEnv(ctx, request, lang), unit));
    });
  }
}
