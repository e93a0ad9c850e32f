// The table of content items in the back office: a declared type's list (with the declaration's
// list columns) and the dashboard's queues (items of every type, each naming its type). Each title
// links to the item's editing page.
import { adminItemPath } from '../../core/content-types/admin-queries.ts';
import type { ContentTypeDeclaration, FieldDeclaration } from '../../core/content-types/declaration.ts';
import { parseFields } from '../../core/content-types/field-index.ts';
import type { Content } from '../../core/db/schema.ts';
import { declarationOf } from '../../core/modules.ts';
import { formatStamp } from '../../core/text/datetime.ts';
import type { AdminEnv } from '../env.ts';
import type { Choices } from './field-values.ts';
import { contentText } from './i18n.ts';

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
  if (items.length === 0) return <p class="empty">{t.none}</p>;
  const columns = declaration?.fields.filter((f) => f.listColumn) ?? [];
  const showCategory = declaration ? declaration.categories : true;
  return (
    <div class="table-wrap">
      <table class="data-table">
        {caption && <caption class="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{t.title}</th>
            {!declaration && <th scope="col">{ct.type}</th>}
            <th scope="col">{t.status}</th>
            {showCategory && <th scope="col">{t.category}</th>}
            {columns.map((f) => (
              <th scope="col">{f.label[env.lang]}</th>
            ))}
            <th scope="col">{t.author}</th>
            <th scope="col">{t.updated}</th>
            <th scope="col">{ct.published}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => {
            const itemDeclaration = declaration ?? declarationOf(c.type);
            const values = columns.length > 0 ? parseFields(c.fields) : {};
            return (
              <tr>
                <td>
                  <a href={adminItemPath(itemDeclaration, c.type, c.id)}>{c.title}</a>
                </td>
                {!declaration && <td>{itemDeclaration?.label[env.lang] ?? c.type}</td>}
                <td>
                  <span class={`status status--${c.status}`}>{t.statuses[c.status]}</span>
                </td>
                {showCategory && <td>{c.category_id !== null ? (categories.get(c.category_id) ?? '') : ''}</td>}
                {columns.map((f) => (
                  <td>{cell(env, f, values[f.name], choices)}</td>
                ))}
                <td>{c.created_by !== null ? (authors.get(c.created_by) ?? '') : ''}</td>
                <td>{formatStamp(c.updated_at)}</td>
                <td>{c.published_at ? formatStamp(c.published_at) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
