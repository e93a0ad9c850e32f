// The table of content items in the back office: a declared type's list (with the declaration's
// list columns) and the dashboard's queues (items of every type, each naming its type). Each title
// links to the item's editing page. Drawn by the shared DataTable.
import { adminItemPath } from '../../core/content-types/admin-queries.ts';
import type { ContentTypeDeclaration, FieldDeclaration } from '../../core/content-types/declaration.ts';
import { parseFields } from '../../core/content-types/field-index.ts';
import type { Content } from '../../core/db/schema.ts';
import { declarationOf } from '../../core/modules.ts';
import { formatStamp } from '../../core/text/datetime.ts';
import type { AdminEnv } from '../env.ts';
import type { Choices } from './field-values.ts';
import { contentText } from './i18n.ts';
import { DataTable } from '../views/DataTable.tsx';

interface ItemTableProps {
  env: AdminEnv;
  items: Content[];
  /** the one type listed, whose declared list columns are shown; without it the items may be of any type, and a column names it */
  declaration?: ContentTypeDeclaration | undefined;
  /** category id → name */
  categories: Map<number, string>;
  /** user id → name */
  authors: Map<number, string>;
  /** titles of the items reference columns point at */
  choices?: Choices;
  caption?: string | undefined;
}

/** A field's value as a list cell: option labels, item titles, numbers and dates as typed. */
function cell(env: AdminEnv, field: FieldDeclaration, value: unknown, choices: Choices): string {
  if (value === undefined || value === null) return '';
  const list = Array.isArray(value) ? value : [value];
  const shown = list.map((v) => {
    if (field.kind === 'select') return field.options?.find((o) => o.value === v)?.label[env.lang] ?? String(v);
    if (field.kind === 'reference') return choices[field.name]?.find((c) => c.value === String(v))?.label ?? `#${String(v)}`;
    if (field.kind === 'dateTime' && typeof v === 'string') return formatStamp(v);
    if (field.kind === 'coordinates' && v && typeof v === 'object') return `${(v as { lat: number }).lat}, ${(v as { lng: number }).lng}`;
    if (typeof v === 'number') return v.toLocaleString(env.lang === 'vi' ? 'vi-VN' : 'en-GB');
    return String(v);
  });
  return shown.join(', ');
}

export function ItemTable({ env, items, declaration, categories, authors, choices = {}, caption }: ItemTableProps) {
  const { t } = env;
  const ct = contentText[env.lang];
  const columns = declaration?.fields.filter((f) => f.listColumn) ?? [];
  const showCategory = declaration ? declaration.categories : true;
  const declarationFor = (c: Content) => declaration ?? declarationOf(c.type);
  // parsed once per row, for the declared list columns
  const values = new Map(columns.length > 0 ? items.map((c) => [c.id, parseFields(c.fields)] as const) : []);
  return (
    <DataTable<Content>
      caption={caption}
      empty={t.none}
      rows={items}
      columns={[
        { header: t.title, render: (c) => <a href={adminItemPath(declarationFor(c), c.type, c.id)}>{c.title}</a> },
        !declaration && { header: ct.type, render: (c) => declarationFor(c)?.label[env.lang] ?? c.type },
        { header: t.status, render: (c) => <span class={`status status--${c.status}`}>{t.statuses[c.status]}</span> },
        showCategory && { header: t.category, render: (c) => (c.category_id !== null ? (categories.get(c.category_id) ?? '') : '') },
        ...columns.map((f) => ({ header: f.label[env.lang], render: (c: Content) => cell(env, f, values.get(c.id)?.[f.name], choices) })),
        { header: t.author, render: (c) => (c.created_by !== null ? (authors.get(c.created_by) ?? '') : '') },
        { header: t.updated, render: (c) => formatStamp(c.updated_at) },
        { header: ct.published, render: (c) => (c.published_at ? formatStamp(c.published_at) : '') },
      ]}
    />
  );
}
