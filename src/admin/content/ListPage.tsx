// The back-office list of one declared type: filters (status, category, author, the declaration's
// filter fields, title words), sort, a table of the declared list columns (ItemTable), and pages of 25.
import type { ContentTypeDeclaration } from '../../core/content-types/declaration.ts';
import type { Category, Content } from '../../core/db/schema.ts';
import type { AdminEnv } from '../env.ts';
import { AdminLayout } from '../views/AdminLayout.tsx';
import type { Choices } from './field-values.ts';
import { contentText } from './i18n.ts';
import { ItemTable } from './ItemTable.tsx';

export interface ListQuery {
  status?: string | undefined;
  category?: string | undefined;
  author?: string | undefined;
  q?: string | undefined;
  sort?: string | undefined;
  /** field name → value or year */
  fields: Record<string, string>;
}

interface ListPageProps {
  env: AdminEnv;
  declaration: ContentTypeDeclaration;
  items: Content[];
  total: number;
  page: number;
  pageSize: number;
  query: ListQuery;
  categories: Category[];
  authors: { id: number; name: string }[];
  choices: Choices;
  canCreate: boolean;
}

function pageHref(base: string, query: ListQuery, page: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ status: query.status, category: query.category, author: query.author, q: query.q, sort: query.sort })) if (v) params.set(k, v);
  for (const [k, v] of Object.entries(query.fields)) if (v) params.set(`f.${k}`, v);
  if (page > 1) params.set('trang', String(page));
  const text = params.toString();
  return text ? `${base}?${text}` : base;
}

export function FilterSelect({ id, name, label, value, options, any }: { id: string; name: string; label: string; value: string | undefined; options: { value: string; label: string }[]; any: string }) {
  return (
    <span class="filter">
      <label for={id}>{label}</label>{' '}
      <select id={id} name={name}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}

export function ListPage({ env, declaration, items, total, page, pageSize, query, categories, authors, choices, canCreate }: ListPageProps) {
  const { t } = env;
  const ct = contentText[env.lang];
  const base = `/admin/content/${encodeURIComponent(declaration.type)}`;
  const filters = declaration.fields.filter((f) => f.filter);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const categoryNames = new Map(categories.map((c) => [c.id, c.name] as const));
  const authorNames = new Map(authors.map((a) => [a.id, a.name] as const));
  const newHref = declaration.adminPath ? `${declaration.adminPath}/new` : `${base}/new`;
  return (
    <AdminLayout env={env} title={declaration.plural[env.lang]}>
      {canCreate && (
        <p>
          <a class="button" href={newHref}>
            {ct.newItem(declaration.label[env.lang])}
          </a>
        </p>
      )}
      <form method="get" action={base} class="filter-bar" role="search">
        <span class="filter">
          <label for="l-q">{ct.search}</label> <input id="l-q" name="q" type="search" value={query.q ?? ''} maxLength={200} />
        </span>
        <FilterSelect id="l-status" name="status" label={t.status} value={query.status} any={ct.any} options={Object.entries(t.statuses).map(([value, label]) => ({ value, label }))} />
        {declaration.categories && <FilterSelect id="l-category" name="category" label={t.category} value={query.category} any={ct.any} options={categories.map((c) => ({ value: String(c.id), label: c.name }))} />}
        <FilterSelect id="l-author" name="author" label={t.author} value={query.author} any={ct.any} options={authors.map((a) => ({ value: String(a.id), label: a.name }))} />
        {filters.map((f) =>
          f.kind === 'date' || f.kind === 'dateTime' ? (
            <span class="filter">
              <label for={`l-f-${f.name}`}>{`${f.label[env.lang]} (${ct.year})`}</label>{' '}
              <input id={`l-f-${f.name}`} name={`f.${f.name}`} type="number" min={1900} max={2200} inputMode="numeric" value={query.fields[f.name] ?? ''} />
            </span>
          ) : (
            <FilterSelect
              id={`l-f-${f.name}`}
              name={`f.${f.name}`}
              label={f.label[env.lang]}
              value={query.fields[f.name]}
              any={ct.any}
              options={f.kind === 'select' ? (f.options ?? []).map((o) => ({ value: o.value, label: o.label[env.lang] })) : (choices[f.name] ?? [])}
            />
          ),
        )}
        <FilterSelect id="l-sort" name="sort" label={ct.sort} value={query.sort} any={ct.sortUpdated} options={[{ value: 'published', label: ct.sortPublished }]} />
        <button type="submit" class="button button--secondary">
          {ct.filter}
        </button>
      </form>
      <p class="meta-line" role="status">
        {ct.total(total)} · {ct.pageOf(page, pageCount)}
      </p>
      <ItemTable env={env} items={items} declaration={declaration} categories={categoryNames} authors={authorNames} choices={choices} caption={declaration.plural[env.lang]} />
      {pageCount > 1 && (
        <nav class="pagination" aria-label={ct.pageOf(page, pageCount)}>
          {page > 1 && <a href={pageHref(base, query, page - 1)} rel="prev">{ct.previous}</a>}{' '}
          {page < pageCount && <a href={pageHref(base, query, page + 1)} rel="next">{ct.next}</a>}
        </nav>
      )}
    </AdminLayout>
  );
}
