// Tables of the polls module: the votes on polls and the ratings of the portal. The same DDL on
// SQLite and PostgreSQL; unique indexes make "one vote per browser per poll" and "one rating per
// browser per day" hold even when two requests race.
import { sql, type Kysely, type Migration } from 'kysely';
import { idColumn } from '../../core/db/dialect.ts';

const score = sql`between 1 and 5`;

export const pollMigrations: Record<string, Migration> = {
  '2026_12_01_0100_polls_votes': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('poll_votes')
        .addColumn('id', 'integer', idColumn(db))
        .addColumn('poll_id', 'integer', (c) => c.notNull().references('content.id').onDelete('cascade'))
        .addColumn('option_index', 'integer', (c) => c.notNull().check(sql`option_index >= 0`))
        .addColumn('voter', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('poll_votes_voter').on('poll_votes').columns(['poll_id', 'voter']).unique().execute();
      await db.schema.createIndex('poll_votes_address').on('poll_votes').columns(['poll_id', 'address']).execute();
      await db.schema
        .createTable('portal_ratings')
        .addColumn('id', 'integer', idColumn(db))
        .addColumn('score_interface', 'integer', (c) => c.notNull().check(sql`score_interface ${score}`))
        .addColumn('score_content', 'integer', (c) => c.notNull().check(sql`score_content ${score}`))
        .addColumn('score_quality', 'integer', (c) => c.notNull().check(sql`score_quality ${score}`))
        .addColumn('score_support', 'integer', (c) => c.notNull().check(sql`score_support ${score}`))
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('voter', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('portal_ratings_voter').on('portal_ratings').columns(['day', 'voter']).unique().execute();
      await db.schema.createIndex('portal_ratings_address').on('portal_ratings').columns(['day', 'address']).execute();
    },
  },
};
