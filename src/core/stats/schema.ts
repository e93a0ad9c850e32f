// Table types of statistics and royalties (thống kê, nhuận bút). Until they are added to the
// `Database` interface of core/db/schema.ts, code reaches them through `statsDb`.
import type { ColumnType, Generated, Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

/** Page views of one item on one day of the portal's calendar (Asia/Ho_Chi_Minh). */
export interface ContentViewsDailyTable {
  content_id: number;
  /** 'YYYY-MM-DD', local date in Asia/Ho_Chi_Minh */
  day: string;
  views: number;
}

/** Royalty rate (đơn giá nhuận bút) per content type and article kind, in VND per point. */
export interface RoyaltyRatesTable {
  id: Generated<number>;
  content_type: string;
  /** short code: 'tin' news item, 'bai' feature article, 'anh' photo, 'dich' translation, ... */
  article_kind: string;
  label_vi: string;
  label_en: string;
  amount_per_point: number;
}

/** The approver's score of one published item; paid_* are set once, when it is paid. */
export interface RoyaltyScoresTable {
  content_id: number;
  article_kind: string;
  /** points × 10 (one decimal place, the same integer on both dialects) */
  points_tenths: number;
  scored_by: number;
  scored_at: string;
  paid_at: ColumnType<string | null, string | null | undefined, string | null>;
  paid_by: ColumnType<number | null, number | null | undefined, number | null>;
  /** rate and amount (VND) of the payment, frozen so later rate changes do not rewrite history */
  paid_rate: ColumnType<number | null, number | null | undefined, number | null>;
  paid_amount: ColumnType<number | null, number | null | undefined, number | null>;
}

/** A visitor of the public site: a keyed hash of (day, address, browser), never the address itself. */
export interface SiteVisitorsTable {
  visitor: string;
  /** UTC ISO time of the visitor's last page view */
  last_seen: string;
}

/** Visits (a visitor's page views with no gap of 30 minutes) per local day. */
export interface SiteVisitsDailyTable {
  day: string;
  visits: number;
}

export interface StatsTables {
  content_views_daily: ContentViewsDailyTable;
  site_visitors: SiteVisitorsTable;
  site_visits_daily: SiteVisitsDailyTable;
  royalty_rates: RoyaltyRatesTable;
  royalty_scores: RoyaltyScoresTable;
}

export type StatsDatabase = Database & StatsTables;
export type StatsDb = Kysely<StatsDatabase>;
export type StatsTrx = Transaction<StatsDatabase>;
export type RoyaltyRate = Selectable<RoyaltyRatesTable>;
export type RoyaltyScore = Selectable<RoyaltyScoresTable>;

/** The portal's database seen with the statistics tables (a type-only view of the same instance). */
export function statsDb(db: Kysely<Database>): StatsDb {
  return db as unknown as StatsDb;
}
