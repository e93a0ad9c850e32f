// Tables of the media library: media (one row per upload, soft-deleted), media_variants (the
// files derived from an image) and media_usage (which content uses which media).
import { sql, type Kysely, type Migration } from 'kysely';
import { idColumn } from '../db/dialect.ts';

export type { MediaTable, MediaVariantsTable, MediaUsageTable, MediaTables, MediaDatabase } from './schema.ts';

export const mediaMigrations: Record<string, Migration> = {
  '2026_11_27_0400_media': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('media')
        .addColumn('id', 'integer', idColumn(db))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('original_name', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('mime', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('width', 'integer')
        .addColumn('height', 'integer')
        .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('caption', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('credit', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .addCheckConstraint('media_kind_known', sql`kind in ('image','attachment')`)
        .execute();
      await db.schema.createIndex('media_listing').on('media').columns(['deleted_at', 'kind', 'created_at']).execute();
      await db.schema.createIndex('media_sha256').on('media').columns(['sha256']).execute();

      await db.schema
        .createTable('media_variants')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('media_id', 'integer', (c) => c.notNull().references('media.id').onDelete('cascade'))
        .addColumn('width', 'integer', (c) => c.notNull())
        .addColumn('height', 'integer', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addCheckConstraint('media_variants_format_known', sql`format in ('webp','avif','jpeg','png')`)
        .execute();
      await db.schema.createIndex('media_variants_media').on('media_variants').columns(['media_id', 'width']).execute();

      await db.schema
        .createTable('media_usage')
        .addColumn('media_id', 'integer', (c) => c.notNull().references('media.id').onDelete('restrict'))
        .addColumn('content_id', 'integer', (c) => c.notNull().references('content.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('media_usage_pk', ['media_id', 'content_id'])
        .execute();
      await db.schema.createIndex('media_usage_content').on('media_usage').columns(['content_id']).execute();
    },
  },
};
