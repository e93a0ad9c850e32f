// Public video pages: the list (?trang=N, ?page=N in English) and a video's page, in both
// interface languages. A page number that is not a positive whole number is a 400, one past the
// last page a 404; an unknown video a 404, a removed one 410 (or 301 where it went).
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
import { videoPaths } from './declaration.ts';
import { findReadableVideo, findRemovedVideo, listVideos, postersOf, type Video } from './queries.ts';
import { pageParam } from './urls.ts';
import { ListPage } from './views/ListPage.tsx';
import { VideoPage } from './views/VideoPage.tsx';

type Query = { Querystring: Record<string, string | undefined> };

/** A video's public page (also its preview): its poster and the body's library images resolved. */
export async function videoPage(db: Kysely<Database>, env: PageEnv, video: Video) {
  const [posters, images] = await Promise.all([postersOf(db, video.posterId ? [video.posterId] : []), loadResponsiveImages(db, imageKeysIn(video.body))]);
  return <VideoPage env={env} video={video} poster={video.posterId === undefined ? undefined : posters.get(video.posterId)} images={images} />;
}

export function registerVideoRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;

  const list = (lang: Language) => async (request: FastifyRequest<Query>, reply: FastifyReply) => {
    const page = parsePageNumber(request.query[pageParam[lang]]);
    const result = await listVideos(db, { page, now: new Date() });
    if (page > result.pageCount) throw new AppError('NOT_FOUND');
    return sendPage(reply, <ListPage env={await pageEnv(ctx, request, lang)} result={result} />);
  };

  const detail = (lang: Language) => async (request: FastifyRequest<{ Params: { slug: string } }>, reply: FastifyReply) => {
    const { slug } = request.params;
    if (!isSlug(slug)) throw new AppError('NOT_FOUND');
    const video = await findReadableVideo(db, slug, new Date());
    if (!video) {
      const removed = await findRemovedVideo(db, slug);
      if (!removed) throw new AppError('NOT_FOUND');
      if (removed.redirectTo) return reply.redirect(locationOf(removed.redirectTo), 301);
      return sendPage(reply, <ErrorPage env={await pageEnv(ctx, request, lang)} status={410} />, 410);
    }
    const env = await pageEnv(ctx, request, lang);
    if (isCountableView(request)) ctx.views.record(video.id);
    return sendPage(reply, await videoPage(db, env, video));
  };

  for (const lang of ['vi', 'en'] as const) {
    app.get<Query>(videoPaths[lang], queryOf([pageParam[lang]]), list(lang));
    app.get<{ Params: { slug: string } }>(`${videoPaths[lang]}/:slug`, detail(lang));
  }
}
