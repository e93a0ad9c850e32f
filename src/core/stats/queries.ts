// The numbers of the statistics and royalty pages (thống kê, nhuận bút): per author and month,
// per category, totals, visits, and the royalty report of a period. Rows are bucketed by the
// portal's calendar (Asia/Ho_Chi_Minh); counts are wrapped in Number() (PostgreSQL returns
// bigint sums and counts as strings).
import { sql, type Kysely } from 'kysely';
import type { ContentStatus, Database } from '../db/schema.ts';
import { localDay, localMonth, monthPeriod, monthsBetween, type Period } from './periods.ts';
import { statsDb, type StatsDb } from './schema.ts';

export interface AuthorMonthRow {
  authorId: number | null;
  /** null: content without a recorded author (imported, demo) */
  authorName: string | null;
  month: string;
  submitted: number;
  published: number;
  views: number;
}

export interface CategoryRow {
  categoryId: number | null;
  name: string | null;
  nameEn: string | null;
  published: number;
  views: number;
}

export interface Totals {
  submitted: number;
  published: number;
  views: number;
}

export interface StatsReport {
  fromMonth: string;
  toMonth: string;
  months: string[];
  byAuthorMonth: AuthorMonthRow[];
  byCategory: CategoryRow[];
  publishedByMonth: { month: string; published: number }[];
  totals: Totals;
}

const collator = new Intl.Collator('vi');

/** Sorts by author name the way Vietnamese readers expect, unknown authors last. */
export function byAuthorName<T extends { authorName: string | null; authorId: number | null }>(a: T, b: T): number {
  if (a.authorName === null || b.authorName === null) return a.authorName === b.authorName ? 0 : a.authorName === null ? 1 : -1;
  return collator.compare(a.authorName, b.authorName) || (a.authorId ?? 0) - (b.authorId ?? 0);
}

export async function userNames(db: StatsDb, ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name] as const));
}

/** First submission of each item (its first 'submit' revision, else content.submitted_at) in the period. */
async function firstSubmissions(db: StatsDb, period: Period, scope: number[] | null): Promise<{ authorId: number | null; at: string }[]> {
  const fromRevisions = await db
    .selectFrom('revisions')
    .innerJoin('content', 'content.id', 'revisions.content_id')
    .select(['content.created_by as authorId', (eb) => eb.fn.min<string>('revisions.created_at').as('at')])
    .where('revisions.note', '=', 'submit')
    .$if(scope !== null, (q) => q.where('content.category_id', 'in', inScope(scope)))
    .groupBy(['content.id', 'content.created_by'])
    .having((eb) => eb.fn.min('revisions.created_at'), '>=', period.startUtc)
    .having((eb) => eb.fn.min('revisions.created_at'), '<', period.endUtc)
    .execute();
  const withoutRevision = await db
    .selectFrom('content')
    .select(['created_by as authorId', 'submitted_at as at'])
    .where('submitted_at', '>=', period.startUtc)
    .where('submitted_at', '<', period.endUtc)
    .$if(scope !== null, (q) => q.where('category_id', 'in', inScope(scope)))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('revisions').select('revisions.id').whereRef('revisions.content_id', '=', 'content.id').where('revisions.note', '=', 'submit'))))
    .execute();
  return [...fromRevisions, ...withoutRevision].map((r) => ({ authorId: r.authorId, at: String(r.at) }));
}

const monthOfDay = sql<string>`substr(${sql.ref('v.day')}, 1, 7)`;

/**
 * Users limited to some categories see only those (null = everything). An empty list still
 * needs a value for SQL's IN: -1 is no category's id.
 */
function inScope(scope: number[] | null): number[] {
  return scope && scope.length > 0 ? scope : [-1];
}

export async function statsReport(database: Kysely<Database>, fromMonth: string, toMonth: string, scope: number[] | null = null): Promise<StatsReport> {
  const db = statsDb(database);
  const period = monthPeriod(fromMonth, toMonth);
  const months = monthsBetween(fromMonth, toMonth);

  const submitted = await firstSubmissions(db, period, scope);
  const published = await db
    .selectFrom('content')
    .select(['created_by as authorId', 'category_id as categoryId', 'published_at as at'])
    .where('published_at', '>=', period.startUtc)
    .where('published_at', '<', period.endUtc)
    .$if(scope !== null, (q) => q.where('category_id', 'in', inScope(scope)))
    .execute();
  const views = await db
    .selectFrom('content_views_daily as v')
    .innerJoin('content', 'content.id', 'v.content_id')
    .select(['content.created_by as authorId', monthOfDay.as('month'), (eb) => eb.fn.sum<string | number>('v.views').as('views')])
    .where('v.day', '>=', period.fromDay)
    .where('v.day', '<=', period.toDay)
    .$if(scope !== null, (q) => q.where('content.category_id', 'in', inScope(scope)))
    .groupBy(['content.created_by', monthOfDay])
    .execute();

  const cells = new Map<string, AuthorMonthRow>();
  const cell = (authorId: number | null, month: string) => {
    const key = `${authorId ?? ''}|${month}`;
    let row = cells.get(key);
    if (!row) cells.set(key, (row = { authorId, authorName: null, month, submitted: 0, published: 0, views: 0 }));
    return row;
  };
  for (const s of submitted) cell(s.authorId, localMonth(s.at)).submitted++;
  for (const p of published) cell(p.authorId, localMonth(p.at!)).published++;
  for (const v of views) cell(v.authorId, v.month).views += Number(v.views);
  const names = await userNames(db, [...cells.values()].map((c) => c.authorId));
  const byAuthorMonth = [...cells.values()]
    .map((c) => ({ ...c, authorName: c.authorId === null ? null : (names.get(c.authorId) ?? `#${c.authorId}`) }))
    .sort((a, b) => byAuthorName(a, b) || a.month.localeCompare(b.month));

  const byCategory = await categoryRows(db, period, published, scope);
  const publishedByMonth = months.map((month) => ({ month, published: byAuthorMonth.filter((r) => r.month === month).reduce((n, r) => n + r.published, 0) }));
  const totals = byAuthorMonth.reduce<Totals>((t, r) => ({ submitted: t.submitted + r.submitted, published: t.published + r.published, views: t.views + r.views }), { submitted: 0, published: 0, views: 0 });
  return { fromMonth, toMonth, months, byAuthorMonth, byCategory, publishedByMonth, totals };
}

/** Every category (zero rows included, so a silent section shows), then content without one. */
async function categoryRows(db: StatsDb, period: Period, published: { categoryId: number | null }[], scope: number[] | null): Promise<CategoryRow[]> {
  const categories = await db.selectFrom('categories').select(['id', 'name', 'name_en']).$if(scope !== null, (q) => q.where('id', 'in', inScope(scope))).orderBy('type').orderBy('position').orderBy('id').execute();
  const views = await db
    .selectFrom('content_views_daily as v')
    .innerJoin('content', 'content.id', 'v.content_id')
    .select(['content.category_id as categoryId', (eb) => eb.fn.sum<string | number>('v.views').as('views')])
    .where('v.day', '>=', period.fromDay)
    .where('v.day', '<=', period.toDay)
    .$if(scope !== null, (q) => q.where('content.category_id', 'in', inScope(scope)))
    .groupBy('content.category_id')
    .execute();
  const viewsOf = new Map(views.map((v) => [v.categoryId, Number(v.views)] as const));
  const count = (id: number | null) => published.filter((p) => p.categoryId === id).length;
  const rows: CategoryRow[] = categories.map((c) => ({ categoryId: c.id, name: c.name, nameEn: c.name_en, published: count(c.id), views: viewsOf.get(c.id) ?? 0 }));
  const orphan = { categoryId: null, name: null, nameEn: null, published: count(null), views: viewsOf.get(null) ?? 0 };
  if (orphan.published > 0 || orphan.views > 0) rows.push(orphan);
  return rows;
}

/** Views today (portal calendar) and since counting began, for the visitor counter (B7). */
export async function viewTotals(database: Kysely<Database>, now = new Date()): Promise<{ today: number; total: number }> {
  const db = statsDb(database);
  const today = await db.selectFrom('content_views_daily').select((eb) => eb.fn.sum<string | number>('views').as('n')).where('day', '=', localDay(now)).executeTakeFirst();
  const total = await db.selectFrom('content_views_daily').select((eb) => eb.fn.sum<string | number>('views').as('n')).executeTakeFirst();
  return { today: Number(today?.n ?? 0), total: Number(total?.n ?? 0) };
}

export type RoyaltyStatus = 'unscored' | 'pending' | 'paid';

export interface RoyaltyLine {
  contentId: number;
  title: string;
  type: string;
  contentStatus: ContentStatus;
  publishedAt: string;
  kind: string | null;
  kindLabelVi: string | null;
  kindLabelEn: string | null;
  /** points × 10 */
  pointsTenths: number | null;
  /** VND per point: the current rate, or for a paid line the rate it was paid at */
  rate: number | null;
  /** VND; null when unscored or no rate exists for the kind */
  amount: number | null;
  status: RoyaltyStatus;
  paidAt: string | null;
}

export interface RoyaltyTotals {
  articles: number;
  scored: number;
  amount: number;
  paid: number;
  pending: number;
}

export interface AuthorRoyalties {
  authorId: number | null;
  authorName: string | null;
  lines: RoyaltyLine[];
  totals: RoyaltyTotals;
}

export interface RoyaltyReport {
  period: Period;
  authors: AuthorRoyalties[];
  totals: RoyaltyTotals;
}

/** Amount of a score: points × rate, rounded to the đồng. */
export function royaltyAmount(pointsTenths: number, ratePerPoint: number): number {
  return Math.round((pointsTenths * ratePerPoint) / 10);
}

function sumTotals(lines: RoyaltyLine[]): RoyaltyTotals {
  const t: RoyaltyTotals = { articles: lines.length, scored: 0, amount: 0, paid: 0, pending: 0 };
  for (const l of lines) {
    if (l.status === 'unscored') continue;
    t.scored++;
    t.amount += l.amount ?? 0;
    if (l.status === 'paid') t.paid += l.amount ?? 0;
    else t.pending += l.amount ?? 0;
  }
  return t;
}

/** Items published in the period (by publication time), per author, with their scores and amounts. */
export async function royaltyReport(database: Kysely<Database>, period: Period, scope: number[] | null = null): Promise<RoyaltyReport> {
  const db = statsDb(database);
  const rows = await db
    .selectFrom('content')
    .leftJoin('royalty_scores as s', 's.content_id', 'content.id')
    .leftJoin('royalty_rates as r', (join) => join.onRef('r.content_type', '=', 'content.type').onRef('r.article_kind', '=', 's.article_kind'))
    .select([
      'content.id', 'content.title', 'content.type', 'content.status', 'content.published_at', 'content.created_by',
      's.article_kind', 's.points_tenths', 's.paid_at', 's.paid_rate', 's.paid_amount', 'r.amount_per_point', 'r.label_vi', 'r.label_en',
    ])
    .where('content.published_at', '>=', period.startUtc)
    .where('content.published_at', '<', period.endUtc)
    .$if(scope !== null, (q) => q.where('content.category_id', 'in', inScope(scope)))
    .orderBy('content.published_at')
    .orderBy('content.id')
    .execute();
  const names = await userNames(db, rows.map((r) => r.created_by));
  const authors = new Map<string, AuthorRoyalties>();
  for (const r of rows) {
    const key = String(r.created_by ?? '');
    let author = authors.get(key);
    if (!author) {
      const authorName = r.created_by === null ? null : (names.get(r.created_by) ?? `#${r.created_by}`);
      authors.set(key, (author = { authorId: r.created_by, authorName, lines: [], totals: sumTotals([]) }));
    }
    const points = r.points_tenths === null ? null : Number(r.points_tenths);
    const status: RoyaltyStatus = points === null ? 'unscored' : r.paid_at ? 'paid' : 'pending';
    // A paid line keeps the rate and amount of its payment; the others follow the current rates.
    const current = r.amount_per_point === null ? null : Number(r.amount_per_point);
    const rate = status === 'paid' ? Number(r.paid_rate ?? 0) : current;
    const amount = status === 'paid' ? Number(r.paid_amount ?? 0) : points !== null && rate !== null ? royaltyAmount(points, rate) : null;
    author.lines.push({
      contentId: r.id, title: r.title, type: r.type, contentStatus: r.status, publishedAt: r.published_at!,
      kind: r.article_kind, kindLabelVi: r.label_vi, kindLabelEn: r.label_en, pointsTenths: points,
      rate, amount, status, paidAt: r.paid_at,
    });
  }
  const list = [...authors.values()].map((a) => ({ ...a, totals: sumTotals(a.lines) })).sort(byAuthorName);
  return { period, authors: list, totals: sumTotals(list.flatMap((a) => a.lines)) };
}
