// One validator for a content type's own fields, whatever sent them: the back-office form
// (strings, Vietnamese number formats) or the admin API (JSON). Every problem names its field and
// says why in both languages; nothing is stored unless there is none.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { PortalError } from '../errors.ts';
import { MarkupTooComplexError } from '../html/markup-limits.ts';
import { sanitizeBody } from '../html/sanitize.ts';
import { markupRefusal } from '../workflow/errors.ts';
import { parseLocalInput } from '../text/datetime.ts';
import { toNfc } from '../text/fold.ts';
import type { Bilingual, ColumnDeclaration, ContentTypeDeclaration, FieldDeclaration, FieldProblem, FieldValues, RowValue } from './declaration.ts';
import { columnsOf, maxRowsOf } from './rows.ts';

export type FieldSource = 'form' | 'json';

const defaultMax: Partial<Record<FieldDeclaration['kind'] | ColumnDeclaration['kind'], number>> = { text: 500, longText: 10_000, richText: 500_000 };

const say = (vi: string, en: string): Bilingual => ({ vi, en });

/**
 * Refused field values, each problem naming its field. A PortalError (400 BAD_FIELDS), so that a
 * refusal no route catches (a restore, a hook) still answers in the reader's language, not 500.
 */
export class FieldsInvalid extends PortalError<'BAD_FIELDS'> {
  constructor(readonly problems: FieldProblem[]) {
    super('BAD_FIELDS', { status: 400, vi: problems.map((p) => `${p.field}: ${p.message.vi}`).join('; '), en: problems.map((p) => `${p.field}: ${p.message.en}`).join('; ') });
  }
}

/** Nothing given: absent, null, only spaces (a required field typed as blanks is still missing), or an empty list. */
const isEmpty = (raw: unknown) => raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '') || (Array.isArray(raw) && raw.length === 0);

/** "1.200.000" or "1 200 000" (money, whole) and "12,5" or "12.5" (area, number) typed in a form. */
function parseFormNumber(raw: string, whole: boolean): number | undefined {
  let text = raw.replace(/[\s\u00a0]/g, '');
  if (whole) text = text.replace(/[.,](?=\d{3}(\D|$))/g, '');
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) text = text.replace(/\./g, '').replace(',', '.');
  else text = text.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

function isValidDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The list of values of a multi-valued field, from a form (repeated or comma-separated) or JSON. */
function listOf(raw: unknown): unknown[] {
  if (Array.isArray(raw)) return raw;
  if (typeof raw === 'string') return raw.split(',').map((s) => s.trim()).filter(Boolean);
  return [raw];
}

function idList(raw: unknown, source: FieldSource): number[] | undefined {
  const out: number[] = [];
  for (const item of listOf(raw)) {
    const n = source === 'form' && typeof item === 'string' && /^\d{1,9}$/.test(item) ? Number(item) : item;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) return undefined;
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

/** A problem of one row (`row`, 1-based) or one cell (`row` and `column`) of a `rows` field, or of the whole list (neither). */
interface CellProblem {
  row?: number;
  column?: ColumnDeclaration;
  message: Bilingual;
}

type One = { value: unknown } | { problem: Bilingual } | { cells: CellProblem[] };

/** "14:30" (JSON, strictly) or also "8:00", "8h00", "8h", "8 giờ 30" typed in a form → "HH:MM"; undefined when it is no time of day. */
function parseTimeOfDay(raw: string, source: FieldSource): string | undefined {
  const text = toNfc(raw).trim();
  const m = source === 'json' ? /^(\d{2}):(\d{2})$/.exec(text) : /^(\d{1,2})\s*(?::|\.|h|g|giờ)\s*(\d{2})?\s*(?:phút|p)?$/iu.exec(text);
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** A day typed in a form's table cell: "23/11/2026" (as written in Vietnam) or "2026-11-23" → "2026-11-23"; undefined when neither. */
function formDay(text: string): string | undefined {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
}

type Cell = { value: string } | { empty: true } | { problem: Bilingual };

/** One cell of a row, by its column's kind; an empty cell is not a problem here (`required` is checked by the row). */
function checkCell(column: ColumnDeclaration, raw: unknown, source: FieldSource): Cell {
  if (raw === undefined || raw === null || raw === '') return { empty: true };
  if (typeof raw !== 'string') return { problem: say('Phải là văn bản.', 'Must be text.') };
  const max = column.maxLength ?? defaultMax[column.kind];
  switch (column.kind) {
    case 'text':
    case 'longText': {
      const text = column.kind === 'text' ? toNfc(raw).replace(/\s+/g, ' ').trim() : toNfc(raw).replace(/\r\n?/g, '\n').trim();
      if (text === '') return { empty: true };
      if (max !== undefined && text.length > max) return { problem: say(`Tối đa ${max} ký tự.`, `At most ${max} characters.`) };
      return { value: text };
    }
    case 'date': {
      const text = raw.trim();
      if (text === '') return { empty: true };
      const day = source === 'form' ? formDay(text) : text;
      if (day === undefined || !isValidDate(day)) {
        return { problem: source === 'form' ? say('Ngày không hợp lệ (ngày/tháng/năm, ví dụ 23/11/2026).', 'Invalid date (day/month/year, e.g. 23/11/2026).') : say('Ngày không hợp lệ (năm-tháng-ngày).', 'Invalid date (year-month-day).') };
      }
      return { value: day };
    }
    case 'time': {
      if (raw.trim() === '') return { empty: true };
      const time = parseTimeOfDay(raw, source);
      if (!time) return { problem: say('Phải có dạng giờ:phút theo 24 giờ, ví dụ 08:00 hoặc 14:30.', 'Must be hours:minutes on the 24-hour clock, e.g. 08:00 or 14:30.') };
      return { value: time };
    }
    case 'select': {
      if (raw.trim() === '') return { empty: true };
      if (!(column.options ?? []).some((o) => o.value === raw)) return { problem: say('Giá trị không có trong danh sách.', 'Not one of the listed values.') };
      return { value: raw };
    }
  }
}

/**
 * The entries of a `rows` field: a list of objects whose keys are the declared columns. Rows with
 * every cell empty are dropped (the form's spare rows); each cell is checked by its column, a row
 * with content must have its required cells. Row numbers count the rows as sent, from 1.
 */
function checkRows(field: FieldDeclaration, raw: unknown, source: FieldSource): One {
  if (!Array.isArray(raw)) return { problem: say('Phải là danh sách các dòng.', 'Must be a list of rows.') };
  const columns = columnsOf(field);
  const rows: RowValue[] = [];
  const cells: CellProblem[] = [];
  for (const [i, item] of raw.entries()) {
    const row = i + 1;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      cells.push({ row, message: say('Mỗi dòng phải gồm các cột có tên.', 'Each row must be an object of named columns.') });
      continue;
    }
    const unknown = Object.keys(item).filter((key) => !columns.some((c) => c.name === key));
    for (const key of unknown) cells.push({ row, message: say(`Không có cột “${key.slice(0, 60)}”.`, `There is no “${key.slice(0, 60)}” column.`) });
    const out: RowValue = {};
    const rowProblems: CellProblem[] = [];
    for (const column of columns) {
      const cell = checkCell(column, (item as Record<string, unknown>)[column.name], source);
      if ('problem' in cell) rowProblems.push({ row, column, message: cell.problem });
      else if ('value' in cell) out[column.name] = cell.value;
    }
    const blank = Object.keys(out).length === 0 && rowProblems.length === 0;
    if (blank) continue;
    for (const column of columns) {
      if (column.required && out[column.name] === undefined && !rowProblems.some((p) => p.column === column)) rowProblems.push({ row, column, message: say('Bắt buộc nhập.', 'Required.') });
    }
    cells.push(...rowProblems.sort((a, b) => columns.indexOf(a.column!) - columns.indexOf(b.column!)));
    if (unknown.length === 0 && rowProblems.length === 0) rows.push(out);
  }
  const max = maxRowsOf(field);
  if (rows.length > max) cells.unshift({ message: say(`Tối đa ${max} dòng.`, `At most ${max} rows.`) });
  return cells.length > 0 ? { cells } : { value: rows };
}

/** "Dòng 3, Giờ: …" / "Row 3, Time: …": the problem of a cell named by its row and column, in both languages. */
function cellProblem(field: FieldDeclaration, p: CellProblem): FieldProblem {
  if (p.row === undefined) return { field: field.name, message: p.message };
  const where = (lang: 'vi' | 'en') => `${lang === 'vi' ? 'Dòng' : 'Row'} ${p.row}${p.column ? `, ${p.column.label[lang]}` : ''}`;
  return { field: field.name, message: { vi: `${where('vi')}: ${p.message.vi}`, en: `${where('en')}: ${p.message.en}` }, cell: { row: p.row, column: p.column?.name } };
}

/** A problem of one cell of a `rows` field, for a declaration's `validate` rule: the message names the row and the column in both languages. */
export function rowsCellProblem(field: FieldDeclaration, row: number, columnName: string, message: Bilingual): FieldProblem {
  const column = columnsOf(field).find((c) => c.name === columnName);
  return cellProblem(field, { row, ...(column ? { column } : {}), message });
}

function checkOne(field: FieldDeclaration, raw: unknown, source: FieldSource): One {
  const max = field.maxLength ?? defaultMax[field.kind];
  switch (field.kind) {
    case 'text':
    case 'longText':
    case 'richText': {
      if (typeof raw !== 'string') return { problem: say('Phải là văn bản.', 'Must be text.') };
      const text = field.kind === 'text' ? toNfc(raw).replace(/\s+/g, ' ').trim() : toNfc(raw).replace(/\r\n/g, '\n').trim();
      if (max !== undefined && text.length > max) return { problem: say(`Tối đa ${max} ký tự.`, `At most ${max} characters.`) };
      if (field.pattern && !field.pattern.regex.test(text)) return { problem: field.pattern.message };
      return { value: text };
    }
    case 'number':
    case 'money':
    case 'area': {
      const n = typeof raw === 'number' ? raw : source === 'form' && typeof raw === 'string' ? parseFormNumber(raw, field.kind === 'money') : undefined;
      if (n === undefined || !Number.isFinite(n)) return { problem: say('Phải là một số.', 'Must be a number.') };
      if (field.kind === 'money' && !Number.isInteger(n)) return { problem: say('Phải là số tiền nguyên (đồng).', 'Must be a whole amount (VND).') };
      const min = field.min ?? (field.kind === 'number' ? undefined : 0);
      if (min !== undefined && n < min) return { problem: say(`Không được nhỏ hơn ${min}.`, `Must be at least ${min}.`) };
      if (field.max !== undefined && n > field.max) return { problem: say(`Không được lớn hơn ${field.max}.`, `Must be at most ${field.max}.`) };
      return { value: n };
    }
    case 'date': {
      if (typeof raw !== 'string' || !isValidDate(raw.trim())) return { problem: say('Ngày không hợp lệ (năm-tháng-ngày).', 'Invalid date (year-month-day).') };
      return { value: raw.trim() };
    }
    case 'dateTime': {
      if (typeof raw !== 'string') return { problem: say('Thời điểm không hợp lệ.', 'Invalid date and time.') };
      const at = source === 'form' ? parseLocalInput(raw.trim()) : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(raw.trim()) ? new Date(raw.trim()) : undefined;
      if (!at || Number.isNaN(at.getTime())) return { problem: say('Thời điểm không hợp lệ.', 'Invalid date and time.') };
      return { value: at.toISOString() };
    }
    case 'select': {
      const allowed = new Set((field.options ?? []).map((o) => o.value));
      const values = field.multiple ? listOf(raw) : [raw];
      if (!values.every((v) => typeof v === 'string' && allowed.has(v))) return { problem: say('Giá trị không có trong danh sách.', 'Not one of the listed values.') };
      return { value: field.multiple ? [...new Set(values as string[])] : values[0] };
    }
    case 'reference':
    case 'files':
    case 'images': {
      const ids = idList(raw, source);
      if (!ids) return { problem: say('Hãy chọn trong danh sách.', 'Choose from the list.') };
      if (field.kind === 'reference' && !field.multiple && ids.length > 1) return { problem: say('Chỉ chọn một mục.', 'Choose one item only.') };
      return { value: field.kind === 'reference' && !field.multiple ? ids[0] : ids };
    }
    case 'coordinates': {
      let lat: unknown;
      let lng: unknown;
      if (typeof raw === 'string' && source === 'form') [lat, lng] = raw.split(',').map((s) => parseFormNumber(s.trim(), false));
      else if (raw && typeof raw === 'object' && !Array.isArray(raw)) ({ lat, lng } = raw as { lat?: unknown; lng?: unknown });
      const ok = typeof lat === 'number' && typeof lng === 'number' && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
      if (!ok) return { problem: say('Toạ độ phải là "vĩ độ, kinh độ" (ví dụ 10.22, 103.96).', 'Coordinates must be "latitude, longitude" (e.g. 10.22, 103.96).') };
      return { value: { lat, lng } };
    }
    case 'rows':
      return checkRows(field, raw, source);
  }
}

/**
 * The checks of validateFields without rich-text sanitising (synchronous): the normalised values
 * and every problem. The back-office form also uses it to mark the cells of a `rows` field that a
 * refusal was about.
 */
export function checkFields(declaration: ContentTypeDeclaration, input: FieldValues, source: FieldSource): { values: FieldValues; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const values: FieldValues = {};
  for (const name of Object.keys(input)) {
    if (!declaration.fields.some((f) => f.name === name)) problems.push({ field: name, message: say(`Loại nội dung này không có mục "${name}".`, `This kind of content has no "${name}" entry.`) });
  }
  for (const field of declaration.fields) {
    const raw = input[field.name];
    const one = isEmpty(raw) ? undefined : checkOne(field, raw, source);
    // a list of rows that were all empty is no value, like an empty input
    const empty = one === undefined || (field.kind === 'rows' && 'value' in one && Array.isArray(one.value) && one.value.length === 0);
    if (empty) {
      if (field.required) problems.push({ field: field.name, message: say('Bắt buộc nhập.', 'Required.') });
      continue;
    }
    if ('problem' in one) problems.push({ field: field.name, message: one.problem });
    else if ('cells' in one) problems.push(...one.cells.map((p) => cellProblem(field, p)));
    else values[field.name] = one.value;
  }
  if (problems.length === 0 && declaration.validate) problems.push(...declaration.validate(values));
  return { values, problems };
}

/**
 * Checks and normalises a type's field values. Unknown fields are refused (never dropped); a
 * required field must have a value; `validate` rules run once every field is valid. Rich text is
 * sanitised (in the worker). Throws FieldsInvalid with every problem at once.
 */
export async function validateFields(declaration: ContentTypeDeclaration, input: FieldValues, source: FieldSource): Promise<FieldValues> {
  const { values, problems } = checkFields(declaration, input, source);
  if (problems.length > 0) throw new FieldsInvalid(problems);
  for (const field of declaration.fields) {
    if (field.kind !== 'richText' || typeof values[field.name] !== 'string') continue;
    try {
      values[field.name] = await sanitizeBody(values[field.name] as string);
    } catch (error) {
      // a markup bomb in a declared rich-text field is that field's problem, said as for a body
      if (!(error instanceof MarkupTooComplexError)) throw error;
      const refusal = markupRefusal(error);
      problems.push({ field: field.name, message: { vi: refusal.messageIn('vi'), en: refusal.messageIn('en') } });
    }
  }
  if (problems.length > 0) throw new FieldsInvalid(problems);
  return values;
}

/** References point at existing items of the right type, files at existing media of the right kind. */
export async function checkLinks(db: Kysely<Database>, declaration: ContentTypeDeclaration, values: FieldValues): Promise<void> {
  const problems: FieldProblem[] = [];
  for (const field of declaration.fields) {
    const value = values[field.name];
    if (value === undefined) continue;
    const ids = (Array.isArray(value) ? value : [value]) as number[];
    if (ids.length === 0) continue;
    if (field.kind === 'reference') {
      const found = await db.selectFrom('content').select('id').where('id', 'in', ids).where('type', '=', field.referenceType ?? '').execute();
      if (found.length !== ids.length) problems.push({ field: field.name, message: say('Có mục được chọn không tồn tại.', 'A chosen item does not exist.') });
    } else if (field.kind === 'files' || field.kind === 'images') {
      const kind = field.kind === 'images' ? 'image' : 'attachment';
      const found = await (db as unknown as Kysely<{ media: { id: number; kind: string } }>).selectFrom('media').select('id').where('id', 'in', ids).where('kind', '=', kind).execute();
      if (found.length !== ids.length) problems.push({ field: field.name, message: say(field.kind === 'images' ? 'Có ảnh không tồn tại trong thư viện.' : 'Có tệp không tồn tại trong thư viện.', field.kind === 'images' ? 'An image is not in the media library.' : 'A file is not in the media library.') });
    }
  }
  if (problems.length > 0) throw new FieldsInvalid(problems);
}

/** A `rows` field: a list of objects, one per entry, each cell a string of its column's shape (empty cells left out). */
function rowsJsonSchema(field: FieldDeclaration): Record<string, unknown> {
  const cell = (c: ColumnDeclaration): Record<string, unknown> => {
    const max = c.maxLength ?? defaultMax[c.kind];
    const described = { description: c.label.en };
    return c.kind === 'date' ? { type: 'string', format: 'date', ...described }
      : c.kind === 'time' ? { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: `${c.label.en} (HH:MM, 24-hour)` }
      : c.kind === 'select' ? { type: 'string', enum: (c.options ?? []).map((o) => o.value), ...described }
      : { type: 'string', ...(max ? { maxLength: max } : {}), ...described };
  };
  const columns = columnsOf(field);
  const required = columns.filter((c) => c.required).map((c) => c.name);
  return {
    type: 'array',
    maxItems: maxRowsOf(field),
    items: { type: 'object', additionalProperties: false, ...(required.length > 0 ? { required } : {}), properties: Object.fromEntries(columns.map((c) => [c.name, cell(c)])) },
  };
}

/** The JSON schema of `fields` in the admin API (and OpenAPI), from the declaration. */
export function fieldsJsonSchema(declaration: ContentTypeDeclaration): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const field of declaration.fields) {
    const max = field.maxLength ?? defaultMax[field.kind];
    const nullable = (schema: Record<string, unknown>) => ({ anyOf: [schema, { type: 'null' }], description: field.label.en });
    const ids = { type: 'array', items: { type: 'integer', minimum: 1 }, maxItems: 200 };
    properties[field.name] = nullable(
      field.kind === 'text' || field.kind === 'longText' || field.kind === 'richText' ? { type: 'string', ...(max ? { maxLength: max } : {}) }
      : field.kind === 'number' || field.kind === 'area' ? { type: 'number' }
      : field.kind === 'money' ? { type: 'integer' }
      : field.kind === 'date' ? { type: 'string', format: 'date' }
      : field.kind === 'dateTime' ? { type: 'string', format: 'date-time' }
      : field.kind === 'select' ? (field.multiple ? { type: 'array', items: { type: 'string', enum: (field.options ?? []).map((o) => o.value) } } : { type: 'string', enum: (field.options ?? []).map((o) => o.value) })
      : field.kind === 'reference' ? (field.multiple ? ids : { type: 'integer', minimum: 1 })
      : field.kind === 'coordinates' ? { type: 'object', additionalProperties: false, required: ['lat', 'lng'], properties: { lat: { type: 'number' }, lng: { type: 'number' } } }
      : field.kind === 'rows' ? rowsJsonSchema(field)
      : ids,
    );
  }
  return { type: 'object', additionalProperties: false, properties };
}
