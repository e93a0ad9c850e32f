// Opens the database named by the configuration: an embedded SQLite file (WAL) by default,
// PostgreSQL when DATABASE_URL is a postgres:// URL. The rest of the code sees only Kysely.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, SqliteDriver, sql, type DatabaseConnection, type Driver } from 'kysely';
import type { Database } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /** a human description without credentials, for logs */
  description: string;
  /** the PostgreSQL schema in use when not the default one */
  pgSchema?: string | undefined;
  close(): Promise<void>;
}

export interface ConnectOptions {
  databaseUrl?: string | undefined;
  /** SQLite file; ':memory:' for a throw-away database */
  sqliteFile?: string;
  /** PostgreSQL schema to use (tests run each file in a fresh one) */
  pgSchema?: string;
}

export function connectDatabase(options: ConnectOptions): Db {
  if (options.databaseUrl) return connectPostgres(options.databaseUrl, options.pgSchema);
  return connectSqlite(options.sqliteFile ?? ':memory:');
}

/**
 * SQLite transactions start with BEGIN IMMEDIATE: they all write, and a deferred transaction
 * that reads first cannot wait for another process's write lock (SQLITE_BUSY at once instead of
 * honouring busy_timeout). Found by the two-process scheduling test.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly settings: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(settings);
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.settings);
  }
}

function connectSqlite(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  const kysely = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database }) });
  return { kysely, dialect: 'sqlite', description: `SQLite ${file}`, close: () => kysely.destroy() };
}

function connectPostgres(url: string, schema?: string): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const safe = new URL(url);
  safe.password = '';
  return {
    kysely,
    dialect: 'postgres',
    description: `PostgreSQL ${safe.host}${safe.pathname}${schema ? ` (schema ${schema})` : ''}`,
    pgSchema: schema,
    close: () => kysely.destroy(),
  };
}

/** A cheap round trip, for /readyz. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db.kysely);
}
