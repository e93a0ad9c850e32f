// A content type's own values live with the envelope (content.fields, JSON, and in every
// revision), so revisions, diffs, restore, autosave and the stale-save check cover them with no
// code per type; content_field_values repeats the scalar values in rows, so lists can filter and
// items find what refers to them with the same SQL on SQLite and PostgreSQL.
import type { Kysely, Migration } from 'kysely';

export const contentTypeMigrations: Record<string, Migration> = {
  '2026_11_29_0100_content_fields': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('content').addColumn('fields', 'text', (c) => c.notNull().defaultTo('{}')).execute();
      await db.schema.alterTable('revisions').addColumn('fields', 'text', (c) => c.notNull().defaultTo('{}')).execute();
      await db.schema
        .createTable('content_field_values')
        .addColumn('content_id', 'integer', (c) => c.notNull().references('content.id').onDelete('cascade'))
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('text_value', 'text')
        .addColumn('number_value', 'double precision')
        .execute();
      await db.schema.createIndex('content_field_values_content').on('content_field_values').column('content_id').execute();
      await db.schema.createIndex('content_field_values_text').on('content_field_values').columns(['field', 'text_value']).execute();
      await db.schema.createIndex('content_field_values_number').on('content_field_values').columns(['field', 'number_value']).execute();
    },
  },
};
