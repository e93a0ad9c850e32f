// Schema of statistics and royalties: daily view counts per item, the royalty rate table (seeded
// with editable defaults) and the approver's royalty scores with their payment.
import { sql, type Kysely, type Migration } from 'kysely';
import { idColumn } from '../db/dialect.ts';

export type { ContentViewsDailyTable, RoyaltyRatesTable, RoyaltyScoresTable, StatsTables, StatsDatabase } from './schema.ts';

/** Maximum points of one item; scores are stored as tenths (0–1000). */
export const maxPoints = 100;

/**
 * Default rates, VND per point, for news. Decree 18/2014/NĐ-CP sets royalty coefficients per kind
 * of work; agencies turn them into their own price list, which administrators edit here.
 */
export const defaultRates = [
  { content_type: 'news', article_kind: 'tin', label_vi: 'Tin', label_en: 'News item', amount_per_point: 50_000 },
  { content_type: 'news', article_kind: 'bai', label_vi: 'Bài viết', label_en: 'Feature article', amount_per_point: 100_000 },
  { content_type: 'news', article_kind: 'anh', label_vi: 'Ảnh', label_en: 'Photo', amount_per_point: 40_000 },
  { content_type: 'news', article_kind: 'dich', label_vi: 'Bài dịch', label_en: 'Translation', amount_per_point: 60_000 },
];

const nonNegative = (column: string) => sql`${sql.ref(column)} >= 0`;
const between = (column: string, min: number, max: number) => sql`${sql.ref(column)} between ${sql.lit(min)} and ${sql.lit(max)}`;

export const statsMigrations: Record<string, Migration> = {
  '2026_11_27_0500_stats': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('content_views_daily')
        .addColumn('content_id', 'integer', (c) => c.notNull().references('content.id').onDelete('cascade'))
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('content_views_daily_pk', ['content_id', 'day'])
        .execute();
      await db.schema.createIndex('content_views_daily_day').on('content_views_daily').columns(['day', 'content_id']).execute();

      await db.schema
        .createTable('royalty_rates')
        .addColumn('id', 'integer', idColumn(db))
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('article_kind', 'text', (c) => c.notNull())
        .addColumn('label_vi', 'text', (c) => c.notNull())
        .addColumn('label_en', 'text', (c) => c.notNull())
        .addColumn('amount_per_point', 'integer', (c) => c.notNull().check(nonNegative('amount_per_point')))
        .addUniqueConstraint('royalty_rates_type_kind', ['content_type', 'article_kind'])
        .execute();
      await (db as Kysely<{ royalty_rates: (typeof defaultRates)[number] }>).insertInto('royalty_rates').values(defaultRates).execute();

      await db.schema
        .createTable('royalty_scores')
        // Deleting content (the demo set) takes its views and scores with it.
        .addColumn('content_id', 'integer', (c) => c.primaryKey().references('content.id').onDelete('cascade'))
        .addColumn('article_kind', 'text', (c) => c.notNull())
        .addColumn('points_tenths', 'integer', (c) => c.notNull().check(between('points_tenths', 0, maxPoints * 10)))
        .addColumn('scored_by', 'integer', (c) => c.notNull())
        .addColumn('scored_at', 'text', (c) => c.notNull())
        .addColumn('paid_at', 'text')
        .addColumn('paid_by', 'integer')
        .addColumn('paid_rate', 'integer')
        .addColumn('paid_amount', 'integer')
        .execute();
      await db.schema.createIndex('royalty_scores_paid').on('royalty_scores').column('paid_at').execute();
    },
  },
  // The footer's visitor counter (core/stats/visitors.ts).
  '2026_11_29_0100_site_visits': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('site_visitors')
        .addColumn('visitor', 'text', (c) => c.primaryKey())
        .addColumn('last_seen', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('site_visitors_last_seen').on('site_visitors').column('last_seen').execute();
      await db.schema
        .createTable('site_visits_daily')
        .addColumn('day', 'text', (c) => c.primaryKey())
        .addColumn('visits', 'integer', (c) => c.notNull().check(nonNegative('visits')))
        .execute();
    },
  },
};
