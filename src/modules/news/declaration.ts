// News as a declared content type: categories, public paths, the API segment. Its byline and
// source stay in news_articles and its own editor (/admin/articles); it has no generic fields yet.
import type { ContentTypeDeclaration } from '../../core/content-types/declaration.ts';
import { newsType } from './save.ts';
import { articleUrl, newsBase } from './urls.ts';

export const newsDeclaration: ContentTypeDeclaration = {
  type: newsType,
  label: { vi: 'Tin bài', en: 'Article' },
  plural: { vi: 'Tin tức', en: 'News' },
  fields: [],
  categories: true,
  api: 'articles',
  paths: { vi: newsBase, en: '/en/news' },
  itemPath: (item) => articleUrl(item.categorySlug ?? '', item.slug),
  adminPath: '/admin/articles',
};
