// News detail table (tin tức): the byline, the source and the featured flag, 1:1 with content.
// Since 2026-11-29 those values live in content.fields (declared fields, revisioned); the table
// keeps its rows and columns for older readers, and is no longer read by the public pages.
import type { Kysely, Migration } from 'kysely';
import type { Database } from '../../core/db/schema.ts';

type Row = { id: number; fields: string; author: string | null; source: string | null; is_featured: number | null };

function parse(json: string | null): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json ?? '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const sorted = (values: Record<string, unknown>) => JSON.stringify(Object.fromEntries(Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));

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
  /**
   * Byline, source and the featured flag move into content.fields (byline, source, placement), and
   * into every stored revision that lacks them, so that a diff or a restore of an older revision
   * does not show them vanish. The field index (content_field_values) gets their rows.
   */
  '2026_11_29_0300_news_fields_byline_placement': {
    async up(raw: Kysely<unknown>) {
      const db = raw as unknown as Kysely<Database>;
      const rows = (await db
        .selectFrom('content')
        .leftJoin('news_articles', 'news_articles.content_id', 'content.id')
        .select(['content.id', 'content.fields', 'news_articles.author', 'news_articles.source', 'news_articles.is_featured'])
        .where('content.type', '=', 'news')
        .execute()) satisfies Row[];
      for (const row of rows) {
        const known: Record<string, unknown> = {};
        if (row.author) known.byline = row.author;
        if (row.source) known.source = row.source;
        if (row.is_featured === 1) known.placement = ['featured'];
        if (Object.keys(known).length === 0) continue;
        await db.updateTable('content').set({ fields: sorted({ ...parse(row.fields), ...known }) }).where('id', '=', row.id).execute();
        const revisions = await db.selectFrom('revisions').select(['id', 'fields']).where('content_id', '=', row.id).execute();
        for (const r of revisions) await db.updateTable('revisions').set({ fields: sorted({ ...known, ...parse(r.fields) }) }).where('id', '=', r.id).execute();
        await db.deleteFrom('content_field_values').where('content_id', '=', row.id).where('field', 'in', Object.keys(known)).execute();
        const values = Object.entries(known).flatMap(([field, v]) => (Array.isArray(v) ? v : [v]).map((one) => ({ content_id: row.id, field, text_value: String(one).slice(0, 200), number_value: null })));
        await db.insertInto('content_field_values').values(values).execute();
      }
    },
  },
};
