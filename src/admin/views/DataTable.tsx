// The back office's table of rows: a caption for screen readers, header cells with scope="col"
// (optionally sort links), one cell per column drawn by the column's render function (a row header
// with scope="row" where a column names its row), an empty-state message, totals in a footer and
// pages below. Everything passes through Preact, which escapes text and attribute values.
import type { ComponentChildren } from 'preact';
import type { Language } from '../../core/db/schema.ts';
import { paginationText, type PaginationLabels } from './i18n.ts';

export interface Column<Row> {
  /** the header cell's content */
  header: ComponentChildren;
  /** the cell of one row */
  render: (row: Row, index: number) => ComponentChildren;
  /** this cell names its row: <th scope="row"> instead of <td> */
  rowHeader?: boolean;
  /** class of the body cells */
  class?: string;
  /** language of the body cells, when it is not the page's */
  lang?: string;
  /** the header as a link that sorts by this column; `current` when the rows are sorted by it */
  sort?: { href: string; current?: 'ascending' | 'descending' | undefined };
}

/** Attributes of one body row. */
export interface RowAttributes {
  id?: string | undefined;
  class?: string | undefined;
  /** data-* attributes, by name without the "data-" */
  data?: Record<string, string> | undefined;
}

export interface DataTableProps<Row> {
  /** the columns, in order; `false`, `null` and `undefined` are skipped (columns shown on a condition) */
  columns: readonly (Column<Row> | false | null | undefined)[];
  rows: readonly Row[];
  /** names the table; read by screen readers only unless `captionVisible` */
  caption?: string | undefined;
  captionVisible?: boolean;
  /** when given, shown instead of the table when there are no rows */
  empty?: string | undefined;
  /** classes of the table besides "data-table" */
  class?: string | undefined;
  rowAttributes?: ((row: Row, index: number) => RowAttributes) | undefined;
  /** rows of the table's <tfoot> (totals) */
  footer?: ComponentChildren;
  pagination?: PaginationProps | undefined;
}

function dataAttributes(data: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(data ?? {}).map(([name, value]) => [`data-${name}`, value]));
}

export function DataTable<Row>({ columns, rows, caption, captionVisible, empty, class: extra, rowAttributes, footer, pagination }: DataTableProps<Row>) {
  const shown = columns.filter((c): c is Column<Row> => Boolean(c));
  return (
    <>
      {empty !== undefined && rows.length === 0 ? (
        <p class="empty">{empty}</p>
      ) : (
        <div class="table-wrap">
          <table class={extra ? `data-table ${extra}` : 'data-table'}>
            {caption && <caption class={captionVisible ? undefined : 'visually-hidden'}>{caption}</caption>}
            <thead>
              <tr>
                {shown.map((c) => (
                  <th scope="col" aria-sort={c.sort?.current}>
                    {c.sort ? <a href={c.sort.href}>{c.header}</a> : c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => {
                const attributes = rowAttributes?.(row, i);
                return (
                  <tr id={attributes?.id} class={attributes?.class} {...dataAttributes(attributes?.data)}>
                    {shown.map((c) =>
                      c.rowHeader ? (
                        <th scope="row" class={c.class} lang={c.lang}>
                          {c.render(row, i)}
                        </th>
                      ) : (
                        <td class={c.class} lang={c.lang}>
                          {c.render(row, i)}
                        </td>
                      ),
                    )}
                  </tr>
                );
              })}
            </tbody>
            {footer && <tfoot>{footer}</tfoot>}
          </table>
        </div>
      )}
      {pagination && <Pagination {...pagination} />}
    </>
  );
}

/** The labels: the defaults of a language (some may be replaced), or all of them. */
type PaginationText = { lang: Language; labels?: Partial<PaginationLabels> | undefined } | { lang?: undefined; labels: PaginationLabels };

export type PaginationProps = PaginationText & {
  page: number;
  /** the number of pages, when known: "page x of y" is shown, "next" up to it, nothing when there is one */
  pageCount?: number | undefined;
  /** when the number of pages is not known: whether there is a next page */
  hasNext?: boolean | undefined;
  href: (page: number) => string;
  /** class of the <nav> (default "pagination") */
  class?: string | undefined;
};

/** Previous and next links (rel="prev"/"next") in a labelled <nav>; nothing when there is only one page. */
export function Pagination({ lang, page, pageCount, hasNext, href, labels, class: className }: PaginationProps) {
  const text: PaginationLabels = { ...paginationText[lang ?? 'vi'], ...labels };
  const next = pageCount !== undefined ? page < pageCount : Boolean(hasNext);
  if (pageCount !== undefined ? pageCount <= 1 : page <= 1 && !next) return null;
  return (
    <nav class={className ?? 'pagination'} aria-label={text.nav}>
      {page > 1 && (
        <a href={href(page - 1)} rel="prev">
          {text.previous}
        </a>
      )}
      {' '}
      {pageCount !== undefined && <span>{text.pageOf(page, pageCount)}</span>}
      {' '}
      {next && (
        <a href={href(page + 1)} rel="next">
          {text.next}
        </a>
      )}
    </nav>
  );
}
