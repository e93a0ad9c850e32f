// An article's preview page (core serves /xem-truoc/<token> and hands over the revision's text):
// the public article page exactly, with the byline and source of news_articles.
import type { AppContext } from '../../core/context.ts';
import type { Content } from '../../core/db/schema.ts';
import type { PageEnv } from '../../core/html/page-env.ts';
import type { NewsItem } from './queries.ts';
import { articleUrl } from './urls.ts';
import { ArticlePage } from './views/ArticlePage.tsx';

export async function previewArticle(ctx: AppContext, env: PageEnv, content: Content) {
  const db = ctx.db.kysely;
  const [category, detail] = await Promise.all([
    content.category_id === null ? undefined : db.selectFrom('categories').select(['slug', 'name']).where('id', '=', content.category_id).executeTakeFirst(),
    db.selectFrom('news_articles').select(['author', 'source']).where('content_id', '=', content.id).executeTakeFirst(),
  ]);
  const item: NewsItem = {
    id: content.id,
    slug: content.slug,
    title: content.title,
    summary: content.summary,
    body: content.body,
    publishedAt: content.published_at ?? content.created_at,
    updatedAt: content.updated_at,
    categoryId: content.category_id ?? 0,
    categorySlug: category?.slug ?? 'chua-phan-loai',
    categoryName: category?.name ?? '',
    author: detail?.author ?? null,
    source: detail?.source ?? null,
    isDemo: false,
    isFeatured: false,
    url: articleUrl(category?.slug ?? 'chua-phan-loai', content.slug),
    withdrawnReason: null,
  };
  return <ArticlePage env={env} item={item} related={[]} />;
}
