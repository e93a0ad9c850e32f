// News detail table (tin tức): the byline, the source and the featured flag, 1:1 with content.
import type { Kysely, Migration } from 'kysely';

export const newsMigrations: Record<string, Migration> = {
  '2026_11_27_0100_news_articles': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('news_articles')
        .addColumn('content_id', 'integer', (c) => c.primaryKey().references('content.id').onDelete('cascade'))
        .addColumn('author', 'text')
        .addColumn('source', 'text')
        .addColumn('is_featured', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
    },
  },
};
