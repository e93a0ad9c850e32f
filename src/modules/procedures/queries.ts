// Reads of published procedures. "Published" means status published (or withdrawn, readable with a
// notice) and a publication time reached. The list is filtered on the field index
// (content_field_values) and matched on code and folded name words in memory: an agency has a
// few hundred procedures at most, and the result is identical on SQLite and PostgreSQL.
import type { Kysely } from 'kysely';
import { parseFields } from '../../core/content-types/field-index.ts';
import type { FieldValues } from '../../core/content-types/declaration.ts';
import type { Content, Database } from '../../core/db/schema.ts';
import { moduleOfType } from '../../core/modules.ts';
import { foldVietnamese } from '../../core/text/fold.ts';
import { procedureType } from './declaration.ts';
import { procedureUrl } from './urls.ts';

export const perPage = 20;

export interface ProcedureRow {
  id: number;
  slug: string;
  title: string;
  url: string;
  code: string;
  field: string;
  level: string;
  processingTime: string;
}

export interface ProcedurePage {
  items: ProcedureRow[];
  page: number;
  pageCount: number;
  total: number;
}

export interface ListOptions {
  field?: string | undefined;
  level?: string | undefined;
  q?: string | undefined;
  page: number;
  now?: Date;
}

const collator = new Intl.Collator('vi');
const listFields = ['code', 'field', 'level', 'processingTime'] as const;

function readable(db: Kysely<Database>, now: Date, statuses: ('published' | 'withdrawn')[] = ['published']) {
  return db
    .selectFrom('content')
    .where('content.type', '=', procedureType)
    .where('content.language', '=', 'vi')
    .where('content.status', 'in', statuses)
    .where('content.published_at', '<=', now.toISOString());
}

/** Folded words of a text: "Cấp Giấy phép lao động" → ["cap", "giay", "phep", "lao", "dong"]. */
function words(text: string): string[] {
  return foldVietnamese(text).split(/[^\p{L}\p{N}.]+/u).map((w) => w.replace(/^\.+|\.+$/g, '')).filter(Boolean);
}

/** A code typed whole or in part ("1.0096"), or every word of the query starting a word of the name. */
export function matchesQuery(row: { title: string; code: string }, q: string): boolean {
  const wanted = words(q);
  if (wanted.length === 0) return true;
  if (wanted.length === 1 && /^\d[\d.]*$/.test(wanted[0]!) && row.code.startsWith(wanted[0]!)) return true;
  const have = [...words(row.title), row.code];
  return wanted.every((w) => have.some((h) => h.startsWith(w)));
}

export async function listProcedures(db: Kysely<Database>, options: ListOptions): Promise<ProcedurePage> {
  const now = options.now ?? new Date();
  let query = readable(db, now).select(['content.id', 'content.slug', 'content.title']);
  for (const [name, value] of [['field', options.field], ['level', options.level]] as const) {
    if (!value) continue;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('content_field_values')
          .select('content_field_values.content_id')
          .whereRef('content_field_values.content_id', '=', 'content.id')
          .where('content_field_values.field', '=', name)
          .where('content_field_values.text_value', '=', value),
      ),
    );
  }
  const rows = await query.execute();
  const values = new Map<number, Record<string, string>>();
  if (rows.length > 0) {
    const cells = await readable(db, now)
      .innerJoin('content_field_values', 'content_field_values.content_id', 'content.id')
      .select(['content.id', 'content_field_values.field', 'content_field_values.text_value'])
      .where('content_field_values.field', 'in', [...listFields])
      .where('content.id', 'in', rows.map((r) => r.id)) // only the procedures the filters kept
      .execute();
    for (const cell of cells) {
      const record = values.get(cell.id) ?? {};
      record[cell.field] = cell.text_value ?? '';
      values.set(cell.id, record);
    }
  }
  const all = rows
    .map((r): ProcedureRow => {
      const v = values.get(r.id) ?? {};
      return { id: r.id, slug: r.slug, title: r.title, url: procedureUrl(r.slug), code: v.code ?? '', field: v.field ?? '', level: v.level ?? '', processingTime: v.processingTime ?? '' };
    })
    .filter((r) => !options.q || matchesQuery(r, options.q))
    .sort((a, b) => collator.compare(a.title, b.title) || a.id - b.id);
  const pageCount = Math.max(1, Math.ceil(all.length / perPage));
  const start = (options.page - 1) * perPage;
  return { items: all.slice(start, start + perPage), page: options.page, pageCount, total: all.length };
}

export interface ProcedureItem {
  id: number;
  slug: string;
  title: string;
  summary: string;
  body: string;
  url: string;
  publishedAt: string;
  updatedAt: string;
  isDemo: boolean;
  fields: FieldValues;
  withdrawnReason: string | null;
}

export async function findReadableProcedure(db: Kysely<Database>, slug: string, now = new Date()): Promise<ProcedureItem | undefined> {
  const row = await readable(db, now, ['published', 'withdrawn'])
    .select(['content.id', 'content.slug', 'content.title', 'content.summary', 'content.body', 'content.published_at', 'content.updated_at', 'content.is_demo', 'content.fields', 'content.status', 'content.takedown_reason'])
    .where('content.slug', '=', slug)
    .executeTakeFirst();
  return row ? procedureFromContent(row) : undefined;
}

/** A content row (also a preview's revision on the envelope) as the procedure page shows it. */
export function procedureFromContent(
  row: Pick<Content, 'id' | 'slug' | 'title' | 'summary' | 'body' | 'published_at' | 'updated_at' | 'is_demo' | 'fields' | 'status' | 'takedown_reason'>,
): ProcedureItem {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: row.body,
    url: procedureUrl(row.slug),
    publishedAt: row.published_at ?? row.updated_at,
    updatedAt: row.updated_at,
    isDemo: row.is_demo === 1,
    fields: parseFields(row.fields),
    withdrawnReason: row.status === 'withdrawn' ? (row.takedown_reason ?? '') : null,
  };
}

/** A procedure taken down: where it went (301), or nothing (410). */
export async function findRemovedProcedure(db: Kysely<Database>, slug: string): Promise<{ redirectTo: string | null } | undefined> {
  const row = await db
    .selectFrom('content')
    .select('redirect_to')
    .where('type', '=', procedureType)
    .where('slug', '=', slug)
    .where('status', '=', 'removed')
    .executeTakeFirst();
  return row && { redirectTo: row.redirect_to };
}

export interface LegalBasisLink {
  id: number;
  title: string;
  number: string;
  /** the document's public page, when the module owning documents is installed */
  url: string | undefined;
}

/** The published documents among `ids`, in the order given; the documents module is never named. */
export async function legalBasisOf(db: Kysely<Database>, ids: number[], now = new Date()): Promise<LegalBasisLink[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('content')
    .leftJoin('categories', 'categories.id', 'content.category_id')
    .leftJoin('content_field_values', (join) => join.onRef('content_field_values.content_id', '=', 'content.id').on('content_field_values.field', '=', 'number'))
    .select(['content.id', 'content.title', 'content.slug', 'categories.slug as categorySlug', 'content_field_values.text_value as number'])
    .where('content.id', 'in', ids)
    .where('content.type', '=', 'document')
    .where('content.status', 'in', ['published', 'withdrawn'])
    .where('content.published_at', '<=', now.toISOString())
    .execute();
  const declaration = moduleOfType('document')?.declaration;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [{ id: r.id, title: r.title, number: r.number ?? '', url: declaration?.itemPath({ slug: r.slug, categorySlug: r.categorySlug }) }];
  });
}

export { attachmentsOf as formsOf, type Attachment as FormFile } from '../../core/media/attachments.ts';

export function idsOf(value: unknown): number[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.filter((v): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0);
}
