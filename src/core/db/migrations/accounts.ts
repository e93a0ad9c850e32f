// Accounts, sessions, API tokens, login throttling, the append-only audit log, and the
// workflow columns and revisions of the content envelope (issue: editorial back office).
import { sql, type Kysely, type Migration } from 'kysely';
import { idColumn, isSqlite } from '../dialect.ts';

async function appendOnly(db: Kysely<unknown>, table: string): Promise<void> {
  if (isSqlite(db)) {
    for (const op of ['UPDATE', 'DELETE']) {
      await sql
        .raw(`CREATE TRIGGER ${table}_no_${op.toLowerCase()} BEFORE ${op} ON ${table} BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END`)
        .execute(db);
    }
    return;
  }
  await sql.raw(`CREATE FUNCTION ${table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '${table} is append-only'; END $$`).execute(db);
  await sql.raw(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_append_only()`).execute(db);
}

export const accountMigrations: Record<string, Migration> = {
  '2026_11_27_0200_accounts': {
    async up(db: Kysely<unknown>) {
      const id = idColumn(db);
      await db.schema
        .createTable('users')
        .addColumn('id', 'integer', id)
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        /** JSON array of category ids the user may work in; null = all */
        .addColumn('category_ids', 'text')
        .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('totp_secret', 'text')
        .addColumn('totp_enabled', 'integer', (c) => c.notNull().defaultTo(0))
        /** JSON array of sha256 hashes of unused recovery codes */
        .addColumn('recovery_codes', 'text')
        .addColumn('language', 'text', (c) => c.notNull().defaultTo('vi'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('last_login_at', 'text')
        .addCheckConstraint('users_role_known', sql`role in ('contributor','editor','approver','admin')`)
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('ip', 'text')
        .addColumn('user_agent', 'text')
        /** 1 while the password was right but the second factor is still to be given */
        .addColumn('needs_totp', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'integer', id)
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('prefix', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text')
        .addColumn('revoked_at', 'text')
        .execute();

      await db.schema
        .createTable('login_failures')
        .addColumn('id', 'integer', id)
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('ip', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('login_failures_email').on('login_failures').columns(['email', 'at']).execute();
      await db.schema.createIndex('login_failures_ip').on('login_failures').columns(['ip', 'at']).execute();

      await db.schema
        .createTable('one_time_tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        /** setup (first admin) or password-reset */
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'integer', id)
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer')
        .addColumn('actor', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target_type', 'text')
        .addColumn('target_id', 'text')
        .addColumn('ip', 'text')
        /** JSON */
        .addColumn('details', 'text')
        .execute();
      await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
      await appendOnly(db, 'audit_log');

      // Workflow columns of the envelope (GOV.UK Whitehall's model: who created, who published,
      // why it was returned or taken down), and the revision counter for optimistic locking.
      const add = async (name: string, type: 'text' | 'integer', notNullDefault?: number) => {
        await db.schema
          .alterTable('content')
          .addColumn(name, type, (c) => (notNullDefault === undefined ? c : c.notNull().defaultTo(notNullDefault)))
          .execute();
      };
      await add('created_by', 'integer');
      await add('updated_by', 'integer');
      await add('published_by', 'integer');
      await add('submitted_at', 'text');
      await add('return_reason', 'text');
      await add('takedown_kind', 'text');
      await add('takedown_reason', 'text');
      await add('redirect_to', 'text');
      await add('revision', 'integer', 1);

      await db.schema
        .createTable('revisions')
        .addColumn('id', 'integer', id)
        .addColumn('content_id', 'integer', (c) => c.notNull().references('content.id').onDelete('cascade'))
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('category_id', 'integer')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('user_id', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        /** what made this revision: save, autosave, submit, publish, restore, ... */
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('preview_token', 'text', (c) => c.notNull().unique())
        .addUniqueConstraint('revisions_content_revision', ['content_id', 'revision'])
        .execute();

      // Job leases: one row per job name; whoever holds an unexpired lease runs the job.
      await db.schema
        .createTable('job_leases')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('holder', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
    },
  },

  // Attacks on sign-in: attempts are recorded before they are checked (login_attempts replaces
  // login_failures), and the last accepted TOTP time step so a code works only once.
  '2026_11_28_0200_auth_attempts': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('login_attempts')
        .addColumn('id', 'integer', idColumn(db))
        /** acct:<email>, dev:<user id>:<device id>, reauth:<user id> */
        .addColumn('key', 'text', (c) => c.notNull())
        /** the client's address when the attempt counts for the per-IP limit */
        .addColumn('ip', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('login_attempts_key').on('login_attempts').columns(['key', 'at']).execute();
      await db.schema.createIndex('login_attempts_ip').on('login_attempts').columns(['ip', 'at']).execute();
      await db.schema.dropTable('login_failures').execute();
      await db.schema.alterTable('users').addColumn('totp_last_step', 'integer').execute();
    },
  },
};
