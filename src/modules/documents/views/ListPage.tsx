// /van-ban, /van-ban/<category> and /en/documents: the filter form, the matching documents newest
// issue date first (or most relevant first when searching), pagination keeping the filters.
import type { Category } from '../../../core/db/schema.ts';
import { Layout } from '../../../core/html/Layout.tsx';
import { Pagination } from '../../../core/html/Pagination.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { textFor } from '../i18n.ts';
import type { DocumentItem, Page } from '../queries.ts';
import { documentCategoryPath, documentsBase, documentsBaseEn, listUrl, type ListParams } from '../urls.ts';
import { DocumentTable } from './DocumentTable.tsx';
import { FilterForm } from './FilterForm.tsx';

export interface ListPageProps {
  env: PageEnv;
  result: Page<DocumentItem>;
  params: ListParams;
  years: number[];
  categories: Category[];
  category?: Category | undefined;
}

export function ListPage({ env, result, params, years, categories, category }: ListPageProps) {
  const lang = env.lang;
  const text = textFor(lang);
  const base = lang === 'en' ? documentsBaseEn : documentsBase;
  const action = category ? documentCategoryPath(category.slug, lang) : base;
  const heading = category ? text.categoryName(category) : text.documentsTitle;
  const title = result.page > 1 ? `${heading} – ${env.t.pageN(result.page)}` : heading;
  const href = (n: number) => listUrl(action, params, n);
  return (
    <Layout
      env={env}
      title={title}
      canonical={href(result.page)}
      breadcrumb={category ? [{ label: text.documents, href: base }, { label: heading }] : [{ label: text.documents }]}
    >
      <div class="container layout-list doc-list">
        <div class="layout-list__main">
          <h1 class="page-title">{heading}</h1>
          <FilterForm action={action} params={params} years={years} text={text} lang={lang} />
          <p class="doc-list__count" role="status">
            {text.found(result.total)}
            {result.pageCount > 1 && ` · ${env.t.pageOf(result.page, result.pageCount)}`}
          </p>
          {result.items.length === 0 ? <p>{text.noDocuments}</p> : <DocumentTable items={result.items} text={text} lang={lang} caption={heading} />}
          <Pagination env={env} page={result.page} pageCount={result.pageCount} href={href} />
        </div>
        {categories.length > 0 && (
          <aside class="layout-list__side" aria-labelledby="doc-side-categories">
            <h2 id="doc-side-categories" class="side-title">
              {text.categories}
            </h2>
            <ul class="side-list">
              <li>
                <a href={base} aria-current={category ? undefined : 'page'}>
                  {text.documentsTitle}
                </a>
              </li>
              {categories.map((c) => (
                <li>
                  <a href={documentCategoryPath(c.slug, lang)} aria-current={c.id === category?.id ? 'page' : undefined}>
                    {text.categoryName(c)}
                  </a>
                </li>
              ))}
            </ul>
          </aside>
        )}
      </div>
    </Layout>
  );
}
