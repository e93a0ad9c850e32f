// Reads of published announcements. "Published" means status published (or withdrawn, readable
// with a notice) and a publication time reached. Filters are indexed queries on
// content_field_values; the order is computed in SQL from the closing date (see listAnnouncements),
// so pages are cut by the database and are the same on SQLite and PostgreSQL.
import { sql, type Kysely } from 'kysely';
import type { FieldValues } from '../../core/content-types/declaration.ts';
import { parseFields } from '../../core/content-types/field-index.ts';
import type { Content, Database } from '../../core/db/schema.ts';
import { announcementType } from './declaration.ts';
import { announcementPath } from './urls.ts';

export const perPage = 20;

export interface AnnouncementFilters {
  kind?: string | undefined;
  year?: number | undefined;
  /** open: no closing date, or one still ahead; closed: a closing date reached */
  status?: 'open' | 'closed' | undefined;
}

export interface AnnouncementItem {
  id: number;
  slug: string;
  title: string;
  summary: string;
  body: string;
  /** the Vietnamese address; the English one is announcementPath(slug, 'en') */
  url: string;
  publishedAt: string;
  updatedAt: string;
  isDemo: boolean;
  fields: FieldValues;
  number: string | undefined;
  kind: string | undefined;
  issuer: string | undefined;
  issuedOn: string | undefined;
  /** UTC ISO 8601 */
  closesAt: string | undefined;
  fileIds: number[];
  /** the closing date has been reached (at the `now` the item was read with) */
  closed: boolean;
  withdrawnReason: string | null;
}

export interface AnnouncementPage {
  items: AnnouncementItem[];
  page: number;
  pageCount: number;
  total: number;
}

const columns = [
  'content.id', 'content.slug', 'content.title', 'content.summary', 'content.body', 'content.fields', 'content.published_at',
  'content.updated_at', 'content.is_demo', 'content.status', 'content.takedown_reason',
] as const;

type Row = Pick<Content, 'id' | 'slug' | 'title' | 'summary' | 'body' | 'fields' | 'published_at' | 'updated_at' | 'is_demo' | 'status' | 'takedown_reason'>;

const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

/** Closed when a closing time exists and is not after `now`; an item without one stays open. */
export function isClosed(closesAt: string | undefined, now: Date): boolean {
  if (!closesAt) return false;
  const at = new Date(closesAt).getTime();
  return !Number.isNaN(at) && at <= now.getTime();
}

/** A content row (also a preview's revision on the envelope) as the pages show it. */
export function announcementFromContent(row: Row, now: Date): AnnouncementItem {
  const f = parseFields(row.fields);
  const closesAt = text(f.closesAt);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: row.body,
    url: announcementPath(row.slug),
    publishedAt: row.published_at ?? row.updated_at,
    updatedAt: row.updated_at,
    isDemo: row.is_demo === 1,
    fields: f,
    number: text(f.number),
    kind: text(f.kind),
    issuer: text(f.issuer),
    issuedOn: text(f.issuedOn),
    closesAt,
    fileIds: Array.isArray(f.files) ? f.files.filter((x): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x > 0) : [],
    closed: isClosed(closesAt, now),
    withdrawnReason: row.status === 'withdrawn' ? (row.takedown_reason ?? '') : null,
  };
}

function readable(db: Kysely<Database>, now: Date, statuses: ('published' | 'withdrawn')[] = ['published']) {
  return db
    .selectFrom('content')
    .leftJoin('content_field_values as closes', (join) => join.onRef('closes.content_id', '=', 'content.id').on('closes.field', '=', 'closesAt'))
    .leftJoin('content_field_values as issued', (join) => join.onRef('issued.content_id', '=', 'content.id').on('issued.field', '=', 'issuedOn'))
    .where('content.type', '=', announcementType)
    .where('content.language', '=', 'vi')
    .where('content.status', 'in', statuses)
    .where('content.published_at', '<=', now.toISOString());
}

/**
 * One page of published announcements. The order: open ones first, then closed ones (marked).
 * Open announcements are newest first (issue date, then publication time): a notice board is read
 * for what is new, most notices (holidays, reception schedules) have no deadline at all, and a
 * notice with a deadline far ahead must not push this week's notices down the page. Closed ones
 * follow, the most recently closed first, since they still matter to someone who just missed one.
 * Closing times are UTC ISO 8601 strings in the field index, so text order is time order.
 */
export async function listAnnouncements(db: Kysely<Database>, options: { filters: AnnouncementFilters; page: number; now: Date; size?: number }): Promise<AnnouncementPage> {
  const { filters, now } = options;
  const size = options.size ?? perPage;
  const nowIso = now.toISOString();
  let base = readable(db, now);
  if (filters.kind) {
    const kind = filters.kind;
    base = base.where(({ exists, selectFrom }) =>
      exists(selectFrom('content_field_values as f').select('f.content_id').whereRef('f.content_id', '=', 'content.id').where('f.field', '=', 'kind').where('f.text_value', '=', kind)),
    );
  }
  if (filters.year) base = base.where('issued.text_value', '>=', `${filters.year}-01-01`).where('issued.text_value', '<=', `${filters.year}-12-31`);
  if (filters.status === 'closed') base = base.where('closes.text_value', '<=', nowIso);
  if (filters.status === 'open') base = base.where((eb) => eb.or([eb('closes.text_value', 'is', null), eb('closes.text_value', '>', nowIso)]));

  const { count } = await base.select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
  const total = Number(count);
  const closedLast = sql<number>`case when ${sql.ref('closes.text_value')} <= ${nowIso} then 1 else 0 end`;
  const closedAt = sql<string>`case when ${sql.ref('closes.text_value')} <= ${nowIso} then ${sql.ref('closes.text_value')} else '' end`;
  const rows = await base
    .select([...columns])
    .orderBy(closedLast, 'asc')
    .orderBy(closedAt, 'desc')
    .orderBy('issued.text_value', 'desc')
    .orderBy('content.published_at', 'desc')
    .orderBy('content.id', 'desc')
    .limit(size)
    .offset((options.page - 1) * size)
    .execute();
  return { items: rows.map((r) => announcementFromContent(r, now)), page: options.page, pageCount: Math.max(1, Math.ceil(total / size)), total };
}

/** Years that have published announcements, newest first (the year filter's options). */
export async function announcementYears(db: Kysely<Database>, now: Date): Promise<number[]> {
  const rows = await readable(db, now).select('issued.text_value').distinct().execute();
  const years = new Set(rows.map((r) => Number(String(r.text_value ?? '').slice(0, 4))).filter((y) => y > 1900));
  return [...years].sort((a, b) => b - a);
}

/** The announcement page: published, or withdrawn (still readable, with a notice). */
export async function findReadableAnnouncement(db: Kysely<Database>, slug: string, now: Date): Promise<AnnouncementItem | undefined> {
  const row = await readable(db, now, ['published', 'withdrawn']).select([...columns]).where('content.slug', '=', slug).executeTakeFirst();
  return row && announcementFromContent(row, now);
}

/** An announcement taken down: where it went (301), or nothing (410). */
export async function findRemovedAnnouncement(db: Kysely<Database>, slug: string): Promise<{ redirectTo: string | null } | undefined> {
  const row = await db
    .selectFrom('content')
    .select('redirect_to')
    .where('type', '=', announcementType)
    .where('language', '=', 'vi')
    .where('slug', '=', slug)
    .where('status', '=', 'removed')
    .executeTakeFirst();
  return row && { redirectTo: row.redirect_to };
}

export { attachmentsOf, type Attachment } from '../../core/media/attachments.ts';
