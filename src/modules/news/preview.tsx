// Preview of any revision exactly as the public would see it, through an unguessable link
// (/xem-truoc/<token>); never indexed, never cached.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { pageEnv, sendPage } from '../../core/http/page.ts';
import type { NewsItem } from './queries.ts';
import { articleUrl } from './urls.ts';
import { ArticlePage } from './views/ArticlePage.tsx';

export function registerPreview(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;
  app.get<{ Params: { token: string } }>('/xem-truoc/:token', async (request, reply) => {
    const token = request.params.token;
    if (!/^[\w-]{20,64}$/.test(token)) throw new AppError('NOT_FOUND');
    const row = await db
      .selectFrom('revisions')
      .innerJoin('content', 'content.id', 'revisions.content_id')
      .leftJoin('categories', 'categories.id', 'revisions.category_id')
      .leftJoin('news_articles', 'news_articles.content_id', 'content.id')
      .select(['content.id', 'content.slug', 'content.published_at', 'content.updated_at', 'revisions.title', 'revisions.summary', 'revisions.body', 'revisions.created_at', 'revisions.category_id', 'categories.slug as category_slug', 'categories.name as category_name', 'news_articles.author', 'news_articles.source'])
      .where('revisions.preview_token', '=', token)
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND');
    const item: NewsItem = {
      id: row.id,
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      body: row.body,
      publishedAt: row.published_at ?? row.created_at,
      updatedAt: row.updated_at,
      categoryId: row.category_id ?? 0,
      categorySlug: row.category_slug ?? 'chua-phan-loai',
      categoryName: row.category_name ?? '',
      author: row.author,
      source: row.source,
      isDemo: false,
      isFeatured: false,
      url: articleUrl(row.category_slug ?? 'chua-phan-loai', row.slug),
      withdrawnReason: null,
    };
    reply.header('X-Robots-Tag', 'noindex, nofollow').header('Cache-Control', 'private, no-store').header('Referrer-Policy', 'no-referrer');
    return sendPage(reply, <ArticlePage env={await pageEnv(ctx, request)} item={item} related={[]} />);
  });
}
