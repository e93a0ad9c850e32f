// A content type is declared once, in its module's folder (DESIGN.md §4, Payload's collections):
// its fields with kinds, labels and limits, its categories and public paths. The back office's
// list and form, server validation (forms and the admin API alike), the admin API and its
// OpenAPI schema, revisions and diffs are derived from this object; core and admin never name a type.
import type { Action } from '../auth/permissions.ts';
import type { Role } from '../db/schema.ts';

/** Text in both languages of the interface. */
export interface Bilingual {
  vi: string;
  en: string;
}

export type FieldKind =
  | 'text' // one line
  | 'longText' // several lines, plain
  | 'richText' // sanitised HTML
  | 'number'
  | 'money' // whole VND
  | 'area' // hectares, decimals allowed
  | 'date' // YYYY-MM-DD
  | 'dateTime' // ISO 8601 in UTC; typed in Vietnam time
  | 'select' // one (or, with multiple, several) of options
  | 'reference' // id(s) of other content items of referenceType
  | 'files' // media ids of attachments
  | 'images' // media ids of images
  | 'coordinates' // { lat, lng }
  | 'rows'; // a table of entries: [{ <column>: string, … }] (columns below)

/** The kinds a column of a `rows` field may have; every cell is stored as a string. */
export type ColumnKind =
  | 'text' // one line
  | 'longText' // several lines, plain
  | 'date' // YYYY-MM-DD
  | 'time' // HH:MM, 24 h
  | 'select'; // one of options

/** One column of a `rows` field: its cells are validated like a field of that kind. */
export interface ColumnDeclaration {
  /** key of the cell in each row object, the form's input name after "f.<field>.<row>." */
  name: string;
  kind: ColumnKind;
  label: Bilingual;
  hint?: Bilingual;
  /** a row that has any cell filled must have this one */
  required?: boolean;
  /** text kinds: longest accepted value (defaults: text 500, longText 10,000) */
  maxLength?: number;
  /** select: the allowed values */
  options?: SelectOption[];
}

/** One stored row of a `rows` field: column name → the cell's text; empty cells are left out. */
export type RowValue = Record<string, string>;

export interface SelectOption {
  value: string;
  label: Bilingual;
}

export interface FieldDeclaration {
  /** key under `fields` in the API, the form's input name after "f." */
  name: string;
  kind: FieldKind;
  label: Bilingual;
  hint?: Bilingual;
  required?: boolean;
  /** text kinds: longest accepted value (defaults: text 500, longText 10,000, richText 500,000) */
  maxLength?: number;
  /** number kinds: bounds */
  min?: number;
  max?: number;
  /** text: the shape a value must have, with the message shown when it has not */
  pattern?: { regex: RegExp; message: Bilingual };
  /** select: the allowed values */
  options?: SelectOption[];
  /** select and reference: several values */
  multiple?: boolean;
  /** reference: the content type referred to */
  referenceType?: string;
  /** shown as a column of the back-office list */
  listColumn?: boolean;
  /** offered as a filter of the back-office list (select, reference, date → year) */
  filter?: boolean;
  /** how much the field weighs in search: 'title' ranks with the title, 'body' with the text, 'number' is indexed whole */
  search?: 'title' | 'body' | 'number';
  /** only users allowed this action may change the value (news: placement needs 'article.publish'); others keep the stored one, a change is refused */
  action?: Action;
  /** rows: the columns of each entry, in the order the form and the public show them */
  columns?: ColumnDeclaration[];
  /** rows: most entries accepted (default 100) */
  maxRows?: number;
  /** rows: empty rows the form offers below the filled ones (default 3); saving with them filled adds as many again */
  blankRows?: number;
}

/** A rule across fields (an effective date after the issue date): the field it is shown at, and why. */
export interface FieldProblem {
  field: string;
  message: Bilingual;
  /** a problem of one cell of a `rows` field (or of a whole row, without column): 1-based row number as the form shows it */
  cell?: { row: number; column?: string | undefined } | undefined;
}

export type FieldValues = Record<string, unknown>;

export interface ContentTypeDeclaration {
  /** content.type, e.g. 'document' */
  type: string;
  /** singular and plural names, e.g. Văn bản / Văn bản */
  label: Bilingual;
  plural: Bilingual;
  fields: FieldDeclaration[];
  /** whether items sit in categories of this type (managed in the back office) */
  categories: boolean;
  /** with categories: an item may also have none (a legal document outside the A5–A7 groups) */
  categoryOptional?: boolean;
  /** segment of the public JSON API: /api/v1/<api> lists published items, /api/v1/<api>/:id one */
  api: string;
  /** public list path in each language, e.g. { vi: '/van-ban', en: '/en/documents' } */
  paths: { vi: string; en?: string };
  /** an item's public address */
  itemPath(item: { slug: string; categorySlug?: string | null | undefined }): string;
  /** rules across fields, run after each field is valid on its own */
  validate?(values: FieldValues): FieldProblem[];
  /**
   * Who may do what with this type, where it differs from the common matrix (e.g. only editors
   * and above create legal documents). Unlisted actions follow core/auth/permissions.ts.
   */
  permissions?: Partial<Record<Action, Role[]>>;
  /**
   * Base path of the module's own back-office editor, when it keeps one (news: '/admin/articles',
   * whose pages are `${adminPath}/new` and `${adminPath}/:id`); lists and queues link there.
   * Without it the generic pages under /admin/content/<type> are used.
   */
  adminPath?: string;
  /**
   * What the creation form starts with (a default title, a prefilled date), computed at `now`.
   * Only a fresh creation form uses it; what the editor typed is never replaced.
   */
  newItem?(now: Date): { title?: string; fields?: FieldValues };
}

/** The label of a select value in a language; undefined for a value not in the list. */
export function optionLabel(options: readonly SelectOption[] | undefined, value: unknown, language: 'vi' | 'en'): string | undefined {
  return options?.find((o) => o.value === value)?.label[language];
}
