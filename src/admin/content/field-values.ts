// Between a declared type's stored field values and its form: the strings an input shows, the
// raw values a posted form holds (validated by core's validateFields(…, 'form')), and the choices
// of reference and media inputs.
import type { Kysely } from 'kysely';
import type { ContentTypeDeclaration, FieldDeclaration, FieldValues } from '../../core/content-types/declaration.ts';
import type { Database } from '../../core/db/schema.ts';
import { formatDate, formatDatetimeAttr, formatStamp } from '../../core/text/datetime.ts';
import { formValue, formValues } from '../forms.tsx';

/** What a form holds for one field: one string, or several for checkboxes and multiple selects. */
export type RawValue = string | string[];
export type RawFields = Record<string, RawValue>;

export const inputName = (field: FieldDeclaration) => `f.${field.name}`;

function isMulti(field: FieldDeclaration): boolean {
  return ((field.kind === 'select' || field.kind === 'reference') && field.multiple === true) || field.kind === 'files' || field.kind === 'images';
}

/** The posted values of the type's inputs; empty ones are left out (validateFields then checks `required`). */
export function postedFields(declaration: ContentTypeDeclaration, body: unknown): RawFields {
  const out: RawFields = {};
  for (const field of declaration.fields) {
    if (isMulti(field)) {
      const list = formValues(body, inputName(field)).map((v) => v.trim()).filter(Boolean);
      if (list.length > 0) out[field.name] = list;
    } else {
      const value = formValue(body, inputName(field));
      if (value.trim() !== '') out[field.name] = value;
    }
  }
  return out;
}

/** JSON autosave bodies carry the same strings as the form under `fields`. */
export function jsonRawFields(raw: unknown): RawFields | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const out: RawFields = {};
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof value === 'string') {
      if (value.trim() !== '') out[name] = value;
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      if (value.length > 0) out[name] = value as string[];
    } else return undefined;
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
