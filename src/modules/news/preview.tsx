// An article's preview page (core serves /xem-truoc/<token> and hands over the revision's text):
// the public article page exactly, with the revision's byline, source and display date.
import type { AppContext } from '../../core/context.ts';
import type { Content } from '../../core/db/schema.ts';
import type { PageEnv } from '../../core/html/page-env.ts';
import { parseFields } from '../../core/content-types/field-index.ts';
import { imageKeysIn, loadResponsiveImages } from '../../core/media/responsive.ts';
import { newsFields } from './declaration.ts';
import type { NewsItem } from './queries.ts';
import { articleUrl } from './urls.ts';
import { ArticlePage } from './views/ArticlePage.tsx';

export async function previewArticle(ctx: AppContext, env: PageEnv, content: Content) {
  const db = ctx.db.kysely;
  const category = content.category_id === null ? undefined : await db.selectFrom('categories').select(['slug', 'name']).where('id', '=', content.category_id).executeTakeFirst();
  const values = parseFields(content.fields);
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : null);
  const publishedAt = content.published_at ?? content.created_at;
  const item: NewsItem = {
    id: content.id,
    slug: content.slug,
    title: content.title,
    summary: content.summary,
    body: content.body,
    publishedAt,
    shownAt: text(newsFields.displayedAt) ?? publishedAt,
    updatedAt: content.updated_at,
    categoryId: content.category_id ?? 0,
    categorySlug: category?.slug ?? 'chua-phan-loai',
    categoryName: category?.name ?? '',
    author: text(newsFields.byline),
    source: text(newsFields.source),
    isDemo: false,
    isFeatured: false,
    isPinned: false,
    cover: null,
    url: articleUrl(category?.slug ?? 'chua-phan-loai', content.slug),
    withdrawnReason: null,
  };
  return <ArticlePage env={env} item={item} related={[]} images={await loadResponsiveImages(db, imageKeysIn(item.body))} />;
}
