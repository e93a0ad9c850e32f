// Public gallery pages: the list of albums (?trang=N, ?page=N in English) and an album's page,
// in both interface languages. A page number that is not a positive whole number is a 400, one
// past the last page a 404; an unknown album a 404, a removed one 410 (or 301 where it went).
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
import { albumPaths } from './declaration.ts';
import { findReadableAlbum, findRemovedAlbum, listAlbums, photosOf, type Album } from './queries.ts';
import { pageParam } from './urls.ts';
import { AlbumPage } from './views/AlbumPage.tsx';
import { ListPage } from './views/ListPage.tsx';

type Query = { Querystring: Record<string, string | undefined> };

/** An album's public page (also its preview): its photos and the body's library images resolved. */
export async function albumPage(db: Kysely<Database>, env: PageEnv, album: Album) {
  const [photos, images] = await Promise.all([photosOf(db, album.photoIds), loadResponsiveImages(db, imageKeysIn(album.body))]);
  return <AlbumPage env={env} album={album} photos={photos} images={images} />;
}

export function registerGalleryRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;

  const list = (lang: Language) => async (request: FastifyRequest<Query>, reply: FastifyReply) => {
    const page = parsePageNumber(request.query[pageParam[lang]]);
    const result = await listAlbums(db, { page, now: new Date() });
    if (page > result.pageCount) throw new AppError('NOT_FOUND');
    return sendPage(reply, <ListPage env={await pageEnv(ctx, request, lang)} result={result} />);
  };

  const detail = (lang: Language) => async (request: FastifyRequest<{ Params: { slug: string } }>, reply: FastifyReply) => {
    const { slug } = request.params;
    if (!isSlug(slug)) throw new AppError('NOT_FOUND');
    const album = await findReadableAlbum(db, slug, new Date());
    if (!album) {
      const removed = await findRemovedAlbum(db, slug);
      if (!removed) throw new AppError('NOT_FOUND');
      if (removed.redirectTo) return reply.redirect(locationOf(removed.redirectTo), 301);
      return sendPage(reply, <ErrorPage env={await pageEnv(ctx, request, lang)} status={410} />, 410);
    }
    const env = await pageEnv(ctx, request, lang);
    if (isCountableView(request)) ctx.views.record(album.id);
    return sendPage(reply, await albumPage(db, env, album));
  };

  for (const lang of ['vi', 'en'] as const) {
    app.get<Query>(albumPaths[lang], queryOf([pageParam[lang]]), list(lang));
    app.get<{ Params: { slug: string } }>(`${albumPaths[lang]}/:slug`, detail(lang));
  }
}
