// Public read-only JSON API of published news (Circular 22/2023: data shared as web services).
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import { AppError, parseId, parsePageNumber } from '../../core/errors.ts';
import { findPublishedNewsById, listPublishedNews, type NewsItem } from './queries.ts';
import { summaryOf } from './views/ArticleCard.tsx';

function toJson(item: NewsItem, baseUrl: string) {
  return {
    id: item.id,
    title: item.title,
    url: baseUrl + item.url,
    category: { slug: item.categorySlug, name: item.categoryName },
    summary: summaryOf(item),
    publishedAt: item.publishedAt,
  };
}

export function registerNewsApi(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;

  app.get<{ Querystring: Record<string, string | undefined> }>('/api/v1/articles', async (request) => {
    const unknown = Object.keys(request.query).filter((k) => k !== 'page');
    if (unknown.length > 0) throw new AppError('BAD_QUERY', { vi: `không có tham số ${unknown.join(', ')}`, en: `unknown parameter ${unknown.join(', ')}` });
    const page = parsePageNumber(request.query.page);
    const result = await listPublishedNews(db, { page, size: 20 });
    if (page > result.pageCount) throw new AppError('NOT_FOUND', { vi: `không có trang ${page}; trang cuối là ${result.pageCount}`, en: `there is no page ${page}; the last page is ${result.pageCount}` });
    return { items: result.items.map((i) => toJson(i, ctx.config.baseUrl)), page: result.page, pageCount: result.pageCount, total: result.total };
  });

  app.get<{ Params: { id: string } }>('/api/v1/articles/:id', async (request) => {
    const item = await findPublishedNewsById(db, parseId(request.params.id));
    if (!item) throw new AppError('NOT_FOUND');
    return { ...toJson(item, ctx.config.baseUrl), body: item.body, author: item.author, source: item.source, updatedAt: item.updatedAt };
  });
}
