// The `rows` field kind (a table of repeated entries, each with the declared columns): reading
// stored rows back, showing a cell as text, and the few interface words the back office, the
// diffs and the preview share. Validation is in validate.ts, with the other kinds.
import type { Language } from '../db/schema.ts';
import { optionLabel, type ColumnDeclaration, type FieldDeclaration, type RowValue } from './declaration.ts';

export const defaultMaxRows = 100;
export const defaultBlankRows = 3;

export const columnsOf = (field: FieldDeclaration): ColumnDeclaration[] => field.columns ?? [];
export const maxRowsOf = (field: FieldDeclaration): number => field.maxRows ?? defaultMaxRows;
export const blankRowsOf = (field: FieldDeclaration): number => Math.max(0, field.blankRows ?? defaultBlankRows);

/** The rows of a stored value, keeping only the declared columns' text cells (a value from an older declaration never breaks a page). */
export function storedRows(field: FieldDeclaration, value: unknown): RowValue[] {
  if (!Array.isArray(value)) return [];
  const columns = columnsOf(field);
  const out: RowValue[] = [];
  for (const row of value) {
    if (!row || typeof row !== 'object' || Array.isArray(row)) continue;
    const cells: RowValue = {};
    for (const column of columns) {
      const cell = (row as Record<string, unknown>)[column.name];
      if (typeof cell === 'string' && cell !== '') cells[column.name] = cell;
    }
    out.push(cells);
  }
  return out;
}

/** "2026-11-23" → "23/11/2026"; anything else as it is. */
export function shortDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

/** A cell as a reader sees it: a select by its label, a date as dd/mm/yyyy, text as typed. */
export function cellText(column: ColumnDeclaration, value: string | undefined, lang: Language): string {
  if (value === undefined || value === '') return '';
  if (column.kind === 'select') return optionLabel(column.options, value, lang) ?? value;
  if (column.kind === 'date') return shortDate(value);
  return value;
}

/** One row on one line, each filled cell after its column's label: "Ngày: 23/11/2026 · Giờ: 08:00 · Nội dung: …". */
export function rowLine(field: FieldDeclaration, row: RowValue, lang: Language): string {
  return columnsOf(field)
    .filter((c) => row[c.name] !== undefined && row[c.name] !== '')
    .map((c) => `${c.label[lang]}: ${cellText(c, row[c.name], lang).replace(/\s*\n\s*/g, ' / ')}`)
    .join(' · ');
}

/** The cells' text of every row (selects by their Vietnamese label), for the search index. */
export function rowsSearchText(field: FieldDeclaration, value: unknown): string {
  return storedRows(field, value)
    .map((row) =>
      columnsOf(field)
        .filter((c) => c.kind !== 'date' && c.kind !== 'time')
        .map((c) => cellText(c, row[c.name], 'vi'))
        .filter(Boolean)
        .join(' '),
    )
    .filter(Boolean)
    .join('\n');
}

export interface RowsStrings {
  /** visually hidden before a row's number */
  row: string;
  rowN: (n: number) => string;
  /** how blank rows work, without JavaScript */
  blankHint: (blank: number, max: number) => string;
  required: string;
  requiredHint: string;
  dateHint: string;
  timeHint: string;
  /** under a date or a time column's label: the shape to type */
  dateFormat: string;
  timeFormat: string;
  /** a diff's run of rows that did not change */
  unchanged: (n: number) => string;
  none: string;
}

export const rowsText: Record<Language, RowsStrings> = {
  vi: {
    row: 'Dòng',
    rowN: (n) => `Dòng ${n}`,
    blankHint: (blank, max) => `Bỏ trống các dòng không dùng, dòng trống không được lưu. Cần thêm dòng: bấm Lưu, biểu mẫu sẽ có thêm ${blank} dòng trống (tối đa ${max} dòng).`,
    required: 'bắt buộc',
    requiredHint: 'Cột có dấu * phải điền khi dòng có nội dung.',
    dateHint: 'Ngày ghi theo ngày/tháng/năm, ví dụ 23/11/2026.',
    timeHint: 'Giờ ghi theo 24 giờ, ví dụ 07:30 hoặc 14:00.',
    dateFormat: 'ngày/tháng/năm',
    timeFormat: 'giờ:phút',
    unchanged: (n) => `… ${n} dòng không đổi …`,
    none: '(không có dòng nào)',
  },
  en: {
    row: 'Row',
    rowN: (n) => `Row ${n}`,
    blankHint: (blank, max) => `Leave unused rows empty: empty rows are not saved. To add rows, press Save and the form will offer ${blank} more empty rows (at most ${max} rows).`,
    required: 'required',
    requiredHint: 'Columns marked * must be filled in a row that has any content.',
    dateHint: 'Write days as day/month/year, e.g. 23/11/2026.',
    timeHint: 'Write times on the 24-hour clock, e.g. 07:30 or 14:00.',
    dateFormat: 'dd/mm/yyyy',
    timeFormat: 'hh:mm',
    unchanged: (n) => `… ${n} unchanged ${n === 1 ? 'row' : 'rows'} …`,
    none: '(no rows)',
  },
};
