// Categories managed in the back office: a category can be hidden from the public (lists, menus,
// its own page) while its items stay readable at their addresses.
import type { Kysely, Migration } from 'kysely';

export const categoryMigrations: Record<string, Migration> = {
  '2026_11_29_0200_categories_hidden': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('categories').addColumn('is_hidden', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    },
  },
};
