// Reads of published procurement notices. "Published" means status published (or withdrawn,
// readable with a notice) and a publication time reached. Filters are indexed queries on
// content_field_values; the order is computed in SQL from the bid closing time (see
// listBidding), so pages are cut by the database and are the same on SQLite and PostgreSQL.
import { sql, type Kysely } from 'kysely';
import type { FieldValues } from '../../core/content-types/declaration.ts';
import { parseFields } from '../../core/content-types/field-index.ts';
import type { Content, Database } from '../../core/db/schema.ts';
import { biddingType } from './declaration.ts';
import { biddingPath } from './urls.ts';

export const perPage = 20;

export interface BiddingFilters {
  kind?: string | undefined;
  sector?: string | undefined;
  year?: number | undefined;
  /** open: no closing time, or one still ahead; closed: a closing time reached */
  status?: 'open' | 'closed' | undefined;
}

export interface BiddingItem {
  id: number;
  slug: string;
  title: string;
  summary: string;
  body: string;
  /** the Vietnamese address; the English one is biddingPath(slug, 'en') */
  url: string;
  publishedAt: string;
  updatedAt: string;
  isDemo: boolean;
  fields: FieldValues;
  noticeKind: string | undefined;
  noticeNumber: string | undefined;
  packageName: string | undefined;
  procuringEntity: string | undefined;
  investor: string | undefined;
  project: string | undefined;
  sector: string | undefined;
  method: string | undefined;
  packageValue: number | undefined;
  issuedOn: string | undefined;
  /** UTC ISO 8601 */
  closesAt: string | undefined;
  winner: string | undefined;
  awardValue: number | undefined;
  fileIds: number[];
  /** the closing time has been reached (at the `now` the item was read with) */
  closed: boolean;
  withdrawnReason: string | null;
}

export interface BiddingPage {
  items: BiddingItem[];
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
const amount = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Closed when a closing time exists and is not after `now`; a notice without one stays open. */
export function isClosed(closesAt: string | undefined, now: Date): boolean {
  if (!closesAt) return false;
  const at = new Date(closesAt).getTime();
  return !Number.isNaN(at) && at <= now.getTime();
}

/** A content row (also a preview's revision on the envelope) as the pages show it. */
export function biddingFromContent(row: Row, now: Date): BiddingItem {
  const f = parseFields(row.fields);
  const closesAt = text(f.closesAt);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: row.body,
    url: biddingPath(row.slug),
    publishedAt: row.published_at ?? row.updated_at,
    updatedAt: row.updated_at,
    isDemo: row.is_demo === 1,
    fields: f,
    noticeKind: text(f.noticeKind),
    noticeNumber: text(f.noticeNumber),
    packageName: text(f.packageName),
    procuringEntity: text(f.procuringEntity),
    investor: text(f.investor),
    project: text(f.project),
    sector: text(f.sector),
    method: text(f.method),
    packageValue: amount(f.packageValue),
    issuedOn: text(f.issuedOn),
    closesAt,
    winner: text(f.winner),
    awardValue: amount(f.awardValue),
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
    .where('content.type', '=', biddingType)
    .where('content.language', '=', 'vi')
    .where('content.status', 'in', statuses)
    .where('content.published_at', '<=', now.toISOString());
}

/**
 * One page of published notices. The order: open notices first, then closed ones (marked).
 * Open notices with a closing time come soonest-closing first: a bidder reads this list for what
 * can still be bid on, and the package closing tomorrow needs action before the one closing next
 * month, whatever order they were posted in. Open notices without a closing time (plans, awards,
 * cancellations) follow, newest first. Closed ones come last, the most recently closed first.
 * Closing times are UTC ISO 8601 strings in the field index, so text order is time order.
 */
export async function listBidding(db: Kysely<Database>, options: { filters: BiddingFilters; page: number; now: Date; size?: number }): Promise<BiddingPage> {
  const { filters, now } = options;
  const size = options.size ?? perPage;
  const nowIso = now.toISOString();
  let base = readable(db, now);
  for (const [field, value] of [['noticeKind', filters.kind], ['sector', filters.sector]] as const) {
    if (!value) continue;
    base = base.where(({ exists, selectFrom }) =>
      exists(selectFrom('content_field_values as f').select('f.content_id').whereRef('f.content_id', '=', 'content.id').where('f.field', '=', field).where('f.text_value', '=', value)),
    );
  }
  if (filters.year) base = base.where('issued.text_value', '>=', `${filters.year}-01-01`).where('issued.text_value', '<=', `${filters.year}-12-31`);
  if (filters.status === 'closed') base = base.where('closes.text_value', '<=', nowIso);
  if (filters.status === 'open') base = base.where((eb) => eb.or([eb('closes.text_value', 'is', null), eb('closes.text_value', '>', nowIso)]));

  const { count } = await base.select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
  const total = Number(count);
  const closes = sql.ref('closes.text_value');
  const closedLast = sql<number>`case when ${closes} <= ${nowIso} then 1 else 0 end`;
  const undatedAfterDated = sql<number>`case when ${closes} is null then 1 else 0 end`;
  const openClosing = sql<string>`case when ${closes} > ${nowIso} then ${closes} else '' end`;
  const closedAt = sql<string>`case when ${closes} <= ${nowIso} then ${closes} else '' end`;
  const rows = await base
    .select([...columns])
    .orderBy(closedLast, 'asc')
    .orderBy(undatedAfterDated, 'asc')
    .orderBy(openClosing, 'asc')
    .orderBy(closedAt, 'desc')
    .orderBy('issued.text_value', 'desc')
    .orderBy('content.published_at', 'desc')
    .orderBy('content.id', 'desc')
    .limit(size)
    .offset((options.page - 1) * size)
    .execute();
  return { items: rows.map((r) => biddingFromContent(r, now)), page: options.page, pageCount: Math.max(1, Math.ceil(total / size)), total };
}

/** Years that have published notices, newest first (the year filter's options). */
export async function biddingYears(db: Kysely<Database>, now: Date): Promise<number[]> {
  const rows = await readable(db, now).select('issued.text_value').distinct().execute();
  const years = new Set(rows.map((r) => Number(String(r.text_value ?? '').slice(0, 4))).filter((y) => y > 1900));
  return [...years].sort((a, b) => b - a);
}

/** The notice's page: published, or withdrawn (still readable, with a notice). */
export async function findReadableBidding(db: Kysely<Database>, slug: string, now: Date): Promise<BiddingItem | undefined> {
  const row = await readable(db, now, ['published', 'withdrawn']).select([...columns]).where('content.slug', '=', slug).executeTakeFirst();
  return row && biddingFromContent(row, now);
}

/** A notice taken down: where it went (301), or nothing (410). */
export async function findRemovedBidding(db: Kysely<Database>, slug: string): Promise<{ redirectTo: string | null } | undefined> {
  const row = await db
    .selectFrom('content')
    .select('redirect_to')
    .where('type', '=', biddingType)
    .where('language', '=', 'vi')
    .where('slug', '=', slug)
    .where('status', '=', 'removed')
    .executeTakeFirst();
  return row && { redirectTo: row.redirect_to };
}

export { attachmentsOf, type Attachment } from '../../core/media/attachments.ts';
