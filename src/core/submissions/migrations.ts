// Tables of the submissions mechanism (core/submissions).
import { sql, type Kysely, type Migration } from 'kysely';
import { idColumn } from '../db/dialect.ts';

export const submissionMigrations: Record<string, Migration> = {
  '2026_11_29_0200_submissions': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('submissions')
        .addColumn('id', 'integer', idColumn(db))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('received', 'processing', 'answered', 'rejected')`))
        .addColumn('tracking_code', 'text', (c) => c.unique())
        .addColumn('subject_id', 'integer', (c) => c.references('content.id').onDelete('set null'))
        .addColumn('name', 'text')
        .addColumn('email', 'text')
        .addColumn('phone', 'text')
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('answer', 'text')
        .addColumn('answered_by', 'text')
        .addColumn('answered_at', 'text')
        .addColumn('published_at', 'text')
        .addColumn('assigned_to', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('erased_at', 'text')
        .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('submissions_kind_status').on('submissions').columns(['kind', 'status', 'created_at']).execute();
      await db.schema.createIndex('submissions_published').on('submissions').columns(['kind', 'published_at']).execute();
      await db.schema
        .createTable('submission_notes')
        .addColumn('id', 'integer', idColumn(db))
        .addColumn('submission_id', 'integer', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
        .addColumn('user_id', 'integer', (c) => c.notNull())
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('submission_notes_submission').on('submission_notes').column('submission_id').execute();
      await db.schema
        .createTable('submission_limits')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('hour', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('submission_limits_pk', ['key', 'hour'])
        .execute();
    },
  },
  // Files attached by senders (core/submissions/files.ts): private, under DATA_DIR/submissions,
  // never in the media library. A row goes with its submission (ON DELETE CASCADE); the files
  // themselves are removed by the code that deletes (deleteSubmissions, erasePersonalData) and,
  // for anything left by a crash, by the folder sweep.
  '2026_11_29_0300_submission_files': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('submission_files')
        .addColumn('id', 'integer', idColumn(db))
        .addColumn('submission_id', 'integer', (c) => c.notNull().references('submissions.id').onDelete('cascade'))
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('original_name', 'text', (c) => c.notNull())
        .addColumn('mime', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('submission_files_submission').on('submission_files').column('submission_id').execute();
    },
  },
};
