// Public news pages: the list, a category's list and the article page.
import type { FastifyInstance } from 'fastify';
import { findCategoryBySlug, listCategories } from '../../core/content/categories.ts';
import type { AppContext } from '../../core/context.ts';
import { AppError, parsePageNumber } from '../../core/errors.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { pageEnv, sendPage } from '../../core/http/page.ts';
import { isSlug } from '../../core/text/fold.ts';
import { locationOf } from '../../core/text/urls.ts';
import { findReadableNewsBySlug, findRemovedNews, listPublishedNews, relatedNews } from './queries.ts';
import { ErrorPage } from '../../core/html/ErrorPage.tsx';
import { imageKeysIn, loadResponsiveImages } from '../../core/media/responsive.ts';
import { isCountableView } from '../../core/stats/views.ts';
import { newsType } from './save.ts';
import { newsBase } from './urls.ts';
import { ArticlePage } from './views/ArticlePage.tsx';
import { ListPage } from './views/ListPage.tsx';

type PageQuery = { Querystring: { trang?: string } };

export function registerNewsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;

  app.get<PageQuery>(newsBase, queryOf(['trang']), async (request, reply) => {
    const page = parsePageNumber(request.query.trang);
    const result = await listPublishedNews(db, { page });
    if (page > result.pageCount) throw new AppError('NOT_FOUND');
    const env = await pageEnv(ctx, request);
    return sendPage(reply, <ListPage env={env} result={result} categories={await listCategories(db, newsType, { visibleOnly: true })} />);
  });

  app.get<PageQuery & { Params: { category: string } }>(`${newsBase}/:category`, queryOf(['trang']), async (request, reply) => {
    const slug = request.params.category;
    if (!isSlug(slug)) throw new AppError('NOT_FOUND');
    const page = parsePageNumber(request.query.trang);
    const category = await findCategoryBySlug(db, newsType, slug);
    if (!category) throw new AppError('NOT_FOUND');
    const result = await listPublishedNews(db, { page, categoryId: category.id });
    if (page > result.pageCount) throw new AppError('NOT_FOUND');
    const env = await pageEnv(ctx, request);
    return sendPage(reply, <ListPage env={env} result={result} category={category} categories={await listCategories(db, newsType, { visibleOnly: true })} />);
  });

  app.get<{ Params: { category: string; slug: string } }>(`${newsBase}/:category/:slug`, async (request, reply) => {
    const { category, slug } = request.params;
    if (!isSlug(category) || !isSlug(slug)) throw new AppError('NOT_FOUND');
    const item = await findReadableNewsBySlug(db, slug);
    if (!item) {
      const removed = await findRemovedNews(db, slug);
      if (!removed) throw new AppError('NOT_FOUND');
      if (removed.redirectTo) return reply.redirect(locationOf(removed.redirectTo), 301);
      return sendPage(reply, <ErrorPage env={await pageEnv(ctx, request)} status={410} />, 410);
    }
    // The category is part of the address; an old link after a move lands on the new one.
    if (item.categorySlug !== category) return reply.redirect(locationOf(item.url), 301);
    const env = await pageEnv(ctx, request);
    // the body's library images: its <picture> markup and og:image
    const [images, related] = await Promise.all([loadResponsiveImages(db, imageKeysIn(item.body)), relatedNews(db, item)]);
    if (isCountableView(request)) ctx.views.record(item.id);
    return sendPage(reply, <ArticlePage env={env} item={item} related={related} images={images} />);
  });
}
