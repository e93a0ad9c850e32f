// Core tables: site settings, nested categories and the content envelope shared by every module.
import { sql, type Kysely, type Migration } from 'kysely';
import { idColumn } from '../dialect.ts';

export const coreMigrations: Record<string, Migration> = {
  '2026_11_27_0001_core': {
    async up(db: Kysely<unknown>) {
      const id = idColumn(db);

      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('categories')
        .addColumn('id', 'integer', id)
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('parent_id', 'integer', (c) => c.references('categories.id').onDelete('restrict'))
        .addColumn('slug', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text')
        .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
        .addUniqueConstraint('categories_type_slug', ['type', 'slug'])
        .execute();

      await db.schema
        .createTable('content')
        .addColumn('id', 'integer', id)
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull().defaultTo('vi'))
        .addColumn('translation_group', 'text')
        .addColumn('slug', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('cover_image', 'text')
        .addColumn('cover_alt', 'text')
        .addColumn('category_id', 'integer', (c) => c.references('categories.id').onDelete('set null'))
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text')
        .addColumn('scheduled_at', 'text')
        .addColumn('view_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('source_key', 'text', (c) => c.unique())
        .addUniqueConstraint('content_type_language_slug', ['type', 'language', 'slug'])
        .addCheckConstraint(
          'content_status_known',
          sql`status in ('draft','submitted','returned','approved','scheduled','published','withdrawn','removed')`,
        )
        .execute();

      await db.schema
        .createIndex('content_listing')
        .on('content')
        .columns(['type', 'language', 'status', 'published_at'])
        .execute();
      await db.schema.createIndex('content_category').on('content').columns(['category_id', 'status', 'published_at']).execute();
    },
  },
};
