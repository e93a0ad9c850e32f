// The back-office list of one declared type: filters (status, category, author, the declaration's
// filter fields, title words) in the shared FilterBar, sort, a table of the declared list columns
// (ItemTable, on the shared DataTable), and pages of 25.
import type { ContentTypeDeclaration } from '../../core/content-types/declaration.ts';
import type { Category, Content } from '../../core/db/schema.ts';
import type { AdminEnv } from '../env.ts';
import { AdminLayout } from '../views/AdminLayout.tsx';
import type { Choices } from './field-values.ts';
import { contentText } from './i18n.ts';
import { ItemTable } from './ItemTable.tsx';
import { Pagination } from '../views/DataTable.tsx';
import { FilterBar, type FilterField } from '../views/FilterBar.tsx';

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
      <FilterBar
        action={base}
        search
        idPrefix="l-"
        submit={ct.filter}
        fields={[
          { kind: 'input', type: 'search', name: 'q', label: ct.search, value: query.q ?? '', maxLength: 200 },
          { kind: 'select', name: 'status', label: t.status, value: query.status, any: ct.any, options: Object.entries(t.statuses).map(([value, label]) => ({ value, label })) },
          declaration.categories && { kind: 'select', name: 'category', label: t.category, value: query.category, any: ct.any, options: categories.map((c) => ({ value: String(c.id), label: c.name })) },
          { kind: 'select', name: 'author', label: t.author, value: query.author, any: ct.any, options: authors.map((a) => ({ value: String(a.id), label: a.name })) },
          ...filters.map((f): FilterField =>
            f.kind === 'date' || f.kind === 'dateTime'
              ? { kind: 'input', type: 'number', name: `f.${f.name}`, label: `${f.label[env.lang]} (${ct.year})`, value: query.fields[f.name] ?? '', min: 1900, max: 2200, inputMode: 'numeric' }
              : {
                  kind: 'select',
                  name: `f.${f.name}`,
                  label: f.label[env.lang],
                  value: query.fields[f.name],
                  any: ct.any,
                  options: f.kind === 'select' ? (f.options ?? []).map((o) => ({ value: o.value, label: o.label[env.lang] })) : (choices[f.name] ?? []),
                },
          ),
          { kind: 'select', name: 'sort', label: ct.sort, value: query.sort, any: ct.sortUpdated, options: [{ value: 'published', label: ct.sortPublished }] },
        ]}
      />
      <p class="meta-line" role="status">
        {ct.total(total)} · {ct.pageOf(page, pageCount)}
      </p>
      <ItemTable env={env} items={items} declaration={declaration} categories={categoryNames} authors={authorNames} choices={choices} caption={declaration.plural[env.lang]} />
      <Pagination page={page} pageCount={pageCount} href={(n) => pageHref(base, query, n)} labels={{ previous: ct.previous, next: ct.next }} lang={env.lang} />
    </AdminLayout>
  );
}
