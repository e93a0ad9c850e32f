// Helpers for migration code, which receives only a Kysely instance: the few places where
// SQLite and PostgreSQL need different DDL.
import { SqliteAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

export function isSqlite(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/** Integer auto-increment primary key: AUTOINCREMENT on SQLite, an identity column on PostgreSQL. */
export function idColumn(db: Kysely<unknown>): (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  return isSqlite(db)
    ? (col) => col.primaryKey().autoIncrement()
    : (col) => col.primaryKey().generatedByDefaultAsIdentity();
}
