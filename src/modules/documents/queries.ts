// Reads of published legal documents. Filters are plain indexed queries on content_field_values;
// the search box goes through the core search index (numbers are indexed whole, words folded).
import type { Kysely } from 'kysely';
import type { Dialect } from '../../core/db/connect.ts';
import type { Content, Database } from '../../core/db/schema.ts';
import type { FieldValues } from '../../core/content-types/declaration.ts';
import { parseFields, publishedReferencesTo, referringItems } from '../../core/content-types/field-index.ts';
import { searchIds } from '../../core/search/index.ts';
import { documentType } from './declaration.ts';
import type { DocumentFilters } from './filters.ts';
import { documentPath } from './urls.ts';

export interface DocumentItem {
  id: number;
  slug: string;
  title: string;
  /** trích yếu: the envelope's summary, or its title when there is none */
  abstract: string;
  body: string;
  /** the envelope's summary as stored (may be empty) */
  summary: string;
  fields: FieldValues;
  number: string;
  kind: string | undefined;
  issuer: string | undefined;
  signer: string | undefined;
  field: string | undefined;
  issuedOn: string | undefined;
  effectiveOn: string | undefined;
  expiresOn: string | undefined;
  status: string | undefined;
  replacedBy: number | undefined;
  fileIds: number[];
  categoryId: number | null;
  categorySlug: string | null;
  categoryName: string | null;
  categoryNameEn: string | null;
  isDemo: boolean;
  withdrawnReason: string | null;
  url: string;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

export const perPage = 20;

const columns = [
  'content.id', 'content.slug', 'content.title', 'content.summary', 'content.body', 'content.fields', 'content.category_id',
  'content.is_demo', 'content.status', 'content.takedown_reason', 'categories.slug as category_slug', 'categories.name as category_name',
  'categories.name_en as category_name_en',
] as const;

type Row = {
  id: number; slug: string; title: string; summary: string; body: string; fields: string; category_id: number | null; is_demo: number;
  status: string; takedown_reason: string | null; category_slug: string | null; category_name: string | null; category_name_en: string | null;
};

const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

function toItem(row: Row): DocumentItem {
  const f = parseFields(row.fields);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    abstract: row.summary || row.title,
    body: row.body,
    summary: row.summary,
    fields: f,
    number: text(f.number) ?? '',
    kind: text(f.kind),
    issuer: text(f.issuer),
    signer: text(f.signer),
    field: text(f.field),
    issuedOn: text(f.issuedOn),
    effectiveOn: text(f.effectiveOn),
    expiresOn: text(f.expiresOn),
    status: text(f.status),
    replacedBy: typeof f.replacedBy === 'number' ? f.replacedBy : undefined,
    fileIds: Array.isArray(f.files) ? f.files.filter((x): x is number => typeof x === 'number') : [],
    categoryId: row.category_id,
    categorySlug: row.category_slug,
    categoryName: row.category_name,
    categoryNameEn: row.category_name_en,
    isDemo: row.is_demo === 1,
    withdrawnReason: row.status === 'withdrawn' ? (row.takedown_reason ?? '') : null,
    url: documentPath(row.slug),
  };
}

function published(db: Kysely<Database>, now: Date, statuses: ('published' | 'withdrawn')[] = ['published']) {
  return db
    .selectFrom('content')
    .leftJoin('categories', 'categories.id', 'content.category_id')
    .leftJoin('content_field_values as issued', (join) => join.onRef('issued.content_id', '=', 'content.id').on('issued.field', '=', 'issuedOn'))
    .where('content.type', '=', documentType)
    .where('content.language', '=', 'vi')
    .where('content.status', 'in', statuses)
    .where('content.published_at', '<=', now.toISOString());
}

export async function listDocuments(
  db: Kysely<Database>,
  dialect: Dialect,
  options: { filters: DocumentFilters; page: number; categoryId?: number; size?: number; now?: Date },
): Promise<Page<DocumentItem>> {
  const size = options.size ?? perPage;
  const now = options.now ?? new Date();
  const { filters } = options;
  let base = published(db, now);
  if (options.categoryId !== undefined) base = base.where('content.category_id', '=', options.categoryId);
  const has = (field: string, value: string) =>
    base.where(({ exists, selectFrom }) =>
      exists(selectFrom('content_field_values as f').select('f.content_id').whereRef('f.content_id', '=', 'content.id').where('f.field', '=', field).where('f.text_value', '=', value)),
    );
  if (filters.kind) base = has('kind', filters.kind);
  if (filters.issuer) base = has('issuer', filters.issuer);
  if (filters.field) base = has('field', filters.field);
  if (filters.status) base = has('status', filters.status);
  if (filters.year) base = base.where('issued.text_value', '>=', `${filters.year}-01-01`).where('issued.text_value', '<=', `${filters.year}-12-31`);

  if (filters.q) {
    // searching: the index's relevance order (an exact number first), filters applied on top
    const { ids, allWordIds } = await searchIds(db, dialect, { q: filters.q, type: documentType, language: 'vi', now });
    if (ids.length === 0) return { items: [], page: options.page, pageCount: 1, total: 0 };
    const rows = await base.select(columns).where('content.id', 'in', ids).execute();
    const rank = new Map(ids.map((id, i) => [id, i]));
    let items = rows.map(toItem).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
    // a list is narrowed by what is typed: when some documents have every word, only those
    const withAll = items.filter((item) => allWordIds.has(item.id));
    if (withAll.length > 0) items = withAll;
    const start = (options.page - 1) * size;
    return { items: items.slice(start, start + size), page: options.page, pageCount: Math.max(1, Math.ceil(items.length / size)), total: items.length };
  }

  const { count } = await base.select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
  const total = Number(count);
  const rows = await base
    .select(columns)
    .orderBy('issued.text_value', 'desc')
    .orderBy('content.published_at', 'desc')
    .orderBy('content.id', 'desc')
    .limit(size)
    .offset((options.page - 1) * size)
    .execute();
  return { items: rows.map(toItem), page: options.page, pageCount: Math.max(1, Math.ceil(total / size)), total };
}

/** Years that have published documents, newest first (the year filter's options). */
export async function documentYears(db: Kysely<Database>, now = new Date()): Promise<number[]> {
  const rows = await published(db, now).select('issued.text_value').distinct().execute();
  const years = new Set(rows.map((r) => Number(String(r.text_value ?? '').slice(0, 4))).filter((y) => y > 1900));
  return [...years].sort((a, b) => b - a);
}

/** The document page: published, or withdrawn (still readable, with a notice). */
export async function findReadableDocument(db: Kysely<Database>, slug: string, now = new Date()): Promise<DocumentItem | undefined> {
  const row = await published(db, now, ['published', 'withdrawn']).select(columns).where('content.slug', '=', slug).executeTakeFirst();
  return row && toItem(row);
}

/** A taken-down document's fate: gone (410) or moved (301). */
export async function findRemovedDocument(db: Kysely<Database>, slug: string): Promise<{ redirectTo: string | null } | undefined> {
  const row = await db
    .selectFrom('content')
    .select('redirect_to')
    .where('type', '=', documentType)
    .where('language', '=', 'vi')
    .where('slug', '=', slug)
    .where('status', '=', 'removed')
    .executeTakeFirst();
  return row && { redirectTo: row.redirect_to };
}

export async function findPublishedDocumentsByIds(db: Kysely<Database>, ids: number[], now = new Date()): Promise<DocumentItem[]> {
  if (ids.length === 0) return [];
  const rows = await published(db, now, ['published', 'withdrawn']).select(columns).where('content.id', 'in', ids).orderBy('issued.text_value', 'desc').execute();
  return rows.map(toItem);
}

/** Documents this one replaces (theirs "replaced by" points here). */
export async function replacedDocuments(db: Kysely<Database>, id: number, now = new Date()): Promise<DocumentItem[]> {
  return findPublishedDocumentsByIds(db, await referringItems(db, 'replacedBy', id, documentType), now);
}

export { attachmentsOf, type Attachment } from '../../core/media/attachments.ts';
export { publishedReferencesTo };

export async function latestDocuments(db: Kysely<Database>, limit: number, now = new Date()): Promise<DocumentItem[]> {
  const rows = await published(db, now).select(columns).orderBy('issued.text_value', 'desc').orderBy('content.id', 'desc').limit(limit).execute();
  return rows.map(toItem);
}

/** A content row (a preview's revision on the envelope) as the document page shows it. */
export async function documentFromContent(db: Kysely<Database>, content: Content): Promise<DocumentItem> {
  const category = content.category_id === null ? undefined : await db.selectFrom('categories').select(['slug', 'name', 'name_en']).where('id', '=', content.category_id).executeTakeFirst();
  return toItem({ ...content, category_slug: category?.slug ?? null, category_name: category?.name ?? null, category_name_en: category?.name_en ?? null });
}
