// /tin-tuc and /tin-tuc/<category>: paginated lists of published articles.
import type { Category } from '../../../core/db/schema.ts';
import { Layout } from '../../../core/html/Layout.tsx';
import { Pagination } from '../../../core/html/Pagination.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { newsStrings } from '../i18n.ts';
import type { NewsItem, Page } from '../queries.ts';
import { categoryUrl, newsBase, newsListUrl } from '../urls.ts';
import { ArticleCard } from './ArticleCard.tsx';

export function ListPage({ env, result, category, categories }: { env: PageEnv; result: Page<NewsItem>; category?: Category | undefined; categories: Category[] }) {
  const { t } = env;
  const s = newsStrings[env.lang];
  const heading = category ? category.name : s.news;
  const href = (n: number) => (category ? categoryUrl(category.slug, n) : newsListUrl(n));
  const title = result.page > 1 ? `${heading} – ${t.pageN(result.page)}` : heading;
  return (
    <Layout
      env={env}
      title={title}
      canonical={href(result.page)}
      breadcrumb={category ? [{ label: s.news, href: newsBase }, { label: category.name }] : [{ label: s.news }]}
    >
      <div class="container layout-list">
        <div class="layout-list__main">
          <h1 class="page-title">{heading}</h1>
          {result.pageCount > 1 && <p class="page-count">{t.pageOf(result.page, result.pageCount)}</p>}
          {result.items.length === 0 ? (
            <p>{s.noArticles}</p>
          ) : (
            <div class="card-list">
              {result.items.map((item) => (
                <ArticleCard item={item} showCategory={!category} headingLevel={2} />
              ))}
            </div>
          )}
          <Pagination env={env} page={result.page} pageCount={result.pageCount} href={href} />
        </div>
        <aside class="layout-list__side" aria-labelledby="side-categories">
          <h2 id="side-categories" class="side-title">
            {s.categories}
          </h2>
          <ul class="side-list">
            {categories.map((c) => (
              <li>
                <a href={categoryUrl(c.slug)} aria-current={c.id === category?.id ? 'page' : undefined}>
                  {c.name}
                </a>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </Layout>
  );
}
