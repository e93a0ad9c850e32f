// Between a declared type's stored field values and its form: the strings an input shows, the
// raw values a posted form holds (validated by core's validateFields(…, 'form')), and the choices
// of reference and media inputs.
import type { Kysely } from 'kysely';
import type { ColumnDeclaration, ContentTypeDeclaration, FieldDeclaration, FieldValues } from '../../core/content-types/declaration.ts';
import { columnsOf, shortDate, storedRows } from '../../core/content-types/rows.ts';
import type { Database } from '../../core/db/schema.ts';
import { formatDate, formatDatetimeAttr, formatStamp } from '../../core/text/datetime.ts';
import { formValue, formValues } from '../forms.tsx';

/** One row of a `rows` field as typed: column name → text (empty cells left out). */
export type RawRow = Record<string, string>;
/** What a form holds for one field: one string, several for checkboxes and multiple selects, rows for a `rows` field. */
export type RawValue = string | string[] | RawRow[];
export type RawFields = Record<string, RawValue>;

export const inputName = (field: FieldDeclaration) => `f.${field.name}`;
/** A cell of a `rows` field: "f.entries.0.time" (rows counted from 0). */
export const cellInputName = (field: FieldDeclaration, row: number, column: ColumnDeclaration) => `f.${field.name}.${row}.${column.name}`;

const isRawRows = (value: unknown): value is RawRow[] => Array.isArray(value) && value.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r));

/**
 * Rows from cells named "<prefix><row>.<column>", in row order; cells left empty are left out and
 * so are rows with nothing typed (the form's spare rows), so the rows are numbered as the form
 * shows them again after a refusal.
 */
function foldRows(cells: Iterable<[string, string]>, prefix: string): RawRow[] {
  const byRow = new Map<number, RawRow>();
  for (const [name, value] of cells) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(\d{1,4})\.([A-Za-z_][\w-]{0,63})$/.exec(name.slice(prefix.length));
    if (!m || value.trim() === '') continue;
    const index = Number(m[1]);
    const row = byRow.get(index) ?? {};
    row[m[2]!] = value;
    byRow.set(index, row);
  }
  return [...byRow.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

function isMulti(field: FieldDeclaration): boolean {
  return ((field.kind === 'select' || field.kind === 'reference') && field.multiple === true) || field.kind === 'files' || field.kind === 'images';
}

/** The posted values of the type's inputs; empty ones are left out (validateFields then checks `required`). */
export function postedFields(declaration: ContentTypeDeclaration, body: unknown): RawFields {
  const out: RawFields = {};
  for (const field of declaration.fields) {
    if (field.kind === 'rows') {
      const prefix = `${inputName(field)}.`;
      const declared = new Set(columnsOf(field).map((c) => c.name));
      const cells = Object.keys((body ?? {}) as object)
        .filter((name) => name.startsWith(prefix))
        .map((name): [string, string] => [name, formValue(body, name)])
        .filter(([name]) => declared.has(name.slice(name.lastIndexOf('.') + 1)));
      const rows = foldRows(cells, prefix);
      if (rows.length > 0) out[field.name] = rows;
    } else if (isMulti(field)) {
      const list = formValues(body, inputName(field)).map((v) => v.trim()).filter(Boolean);
      if (list.length > 0) out[field.name] = list;
    } else {
      const value = formValue(body, inputName(field));
      if (value.trim() !== '') out[field.name] = value;
    }
  }
  return out;
}

/**
 * JSON autosave bodies carry the same strings as the form under `fields`, by input name without
 * "f.": the cells of a `rows` field as "entries.0.time" (folded into rows here, like the form),
 * or already as a list of rows of strings.
 */
export function jsonRawFields(raw: unknown): RawFields | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const out: RawFields = {};
  const cells: [string, string][] = [];
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    const cell = /^([A-Za-z_][\w-]{0,63})\.\d{1,4}\.[A-Za-z_][\w-]{0,63}$/.exec(name);
    if (cell) {
      if (typeof value !== 'string') return undefined;
      cells.push([name, value]);
    } else if (isRawRows(value)) {
      if (!value.every((row) => Object.values(row).every((v) => typeof v === 'string'))) return undefined;
      const rows = value.filter((row) => Object.values(row).some((v) => v.trim() !== ''));
      if (rows.length > 0) out[name] = rows;
    } else if (typeof value === 'string') {
      if (value.trim() !== '') out[name] = value;
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      if (value.length > 0) out[name] = value as string[];
    } else return undefined;
  }
  for (const name of new Set(cells.map(([cell]) => cell.slice(0, cell.indexOf('.'))))) {
    if (name in out) return undefined;
    const rows = foldRows(cells, `${name}.`);
    if (rows.length > 0) out[name] = rows;
  }
  return out;
}

const localNumber = (n: number) => String(n).replace('.', ',');

/** A stored value as its input shows it (numbers with a decimal comma, times in Vietnam time). */
export function shownValue(field: FieldDeclaration, value: unknown): RawValue {
  if (value === undefined || value === null) return isMulti(field) ? [] : '';
  switch (field.kind) {
    case 'number':
    case 'area':
      return typeof value === 'number' ? localNumber(value) : String(value);
    case 'money':
      return String(value);
    case 'dateTime':
      return typeof value === 'string' ? formatDatetimeAttr(value).slice(0, 16) : '';
    case 'coordinates': {
      const c = value as { lat?: number; lng?: number };
      return typeof c.lat === 'number' && typeof c.lng === 'number' ? `${c.lat}, ${c.lng}` : '';
    }
    case 'rows':
      // a table cell shows a day as written in Vietnam (23/11/2026), read back by the form's validation
      return storedRows(field, value).map((row) => {
        const shown: RawRow = { ...row };
        for (const column of columnsOf(field)) if (column.kind === 'date' && shown[column.name]) shown[column.name] = shortDate(shown[column.name]!);
        return shown;
      });
    default:
      return Array.isArray(value) ? value.map(String) : String(value);
  }
}

export function shownFields(declaration: ContentTypeDeclaration, values: FieldValues): RawFields {
  return Object.fromEntries(declaration.fields.map((f) => [f.name, shownValue(f, values[f.name])]));
}

export type Choices = Record<string, { value: string; label: string }[]>;
type Option = Choices[string][number];

/** Labels editors recognise: the title or file name; a name shared by several gets its date, then its time too. */
function labelled(rows: { id: number; name: string; at: string }[]): Option[] {
  const counts = (names: string[]) => names.reduce((m, n) => m.set(n, (m.get(n) ?? 0) + 1), new Map<string, number>());
  const byName = counts(rows.map((r) => r.name));
  const dated = rows.map((r) => ((byName.get(r.name) ?? 0) > 1 ? `${r.name} (${formatDate(r.at)})` : r.name));
  const byDated = counts(dated);
  return rows.map((r, i) => ({ value: String(r.id), label: (byDated.get(dated[i]!) ?? 0) > 1 ? `${r.name} (${formatStamp(r.at)})` : dated[i]! }));
}

/**
 * The choices of the given reference and media fields, per field name: the titles of the items a
 * reference may point at, the library's files or images. One query per referenced type or media
 * kind, however many fields share it.
 */
export async function loadChoices(db: Kysely<Database>, fields: readonly FieldDeclaration[]): Promise<Choices> {
  const loaded = new Map<string, Promise<Option[]>>();
  const once = (key: string, load: () => Promise<Option[]>) => {
    let options = loaded.get(key);
    if (!options) loaded.set(key, (options = load()));
    return options;
  };
  const out: Choices = {};
  for (const field of fields) {
    if (field.kind === 'reference') {
      const type = field.referenceType ?? '';
      out[field.name] = await once(`content:${type}`, async () => {
        const rows = await db.selectFrom('content').select(['id', 'title', 'published_at', 'created_at']).where('type', '=', type).where('status', '!=', 'removed').orderBy('title').orderBy('id').limit(1000).execute();
        return labelled(rows.map((r) => ({ id: r.id, name: r.title, at: r.published_at ?? r.created_at })));
      });
    } else if (field.kind === 'files' || field.kind === 'images') {
      const kind = field.kind === 'images' ? 'image' : 'attachment';
      out[field.name] = await once(`media:${kind}`, async () => {
        const rows = await db.selectFrom('media').select(['id', 'original_name', 'created_at']).where('kind', '=', kind).orderBy('id', 'desc').limit(1000).execute();
        return labelled(rows.map((r) => ({ id: r.id, name: r.original_name, at: r.created_at })));
      });
    }
  }
  return out;
}
