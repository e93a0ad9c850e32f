// Forward-only migrations with Kysely's Migrator: core tables first, then each module's, ordered
// by name (names start with a date, so a new migration always sorts after the ones that ran).
import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './connect.ts';
import { accountMigrations } from './migrations/accounts.ts';
import { coreMigrations } from './migrations/core.ts';
import { mediaMigrations } from '../media/migrations.ts';
import { statsMigrations } from '../stats/migrations.ts';
import { searchMigrations } from '../search/migrations.ts';
import { contentTypeMigrations } from '../content-types/migrations.ts';
import { categoryMigrations } from '../content/migrations.ts';
import { submissionMigrations } from '../submissions/migrations.ts';
import type { PortalModule } from '../modules.ts';

export function allMigrations(modules: readonly PortalModule[]): Record<string, Migration> {
  const merged: Record<string, Migration> = { ...coreMigrations, ...accountMigrations, ...mediaMigrations, ...statsMigrations, ...searchMigrations, ...contentTypeMigrations, ...categoryMigrations, ...submissionMigrations };
  for (const mod of modules) {
    for (const [name, migration] of Object.entries(mod.migrations ?? {})) {
      if (merged[name]) throw new Error(`Migration name ${name} of module ${mod.name} is already taken`);
      merged[name] = migration;
    }
  }
  return merged;
}

class StaticProvider implements MigrationProvider {
  constructor(private readonly modules: readonly PortalModule[]) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return allMigrations(this.modules);
  }
}

function migrator(db: Db, modules: readonly PortalModule[]): Migrator {
  // In a PostgreSQL schema of its own (tests, several portals in one database), the migration
  // tables live in that schema: Kysely would otherwise find another schema's tables.
  return new Migrator({ db: db.kysely, provider: new StaticProvider(modules), ...(db.pgSchema ? { migrationTableSchema: db.pgSchema } : {}) });
}

/** Runs every pending migration; throws with the failing migration's name and error. */
export async function migrateToLatest(db: Db, modules: readonly PortalModule[]): Promise<string[]> {
  const { error, results } = await migrator(db, modules).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of migrations not yet applied (empty when the schema is current). */
export async function pendingMigrations(db: Db, modules: readonly PortalModule[]): Promise<string[]> {
  const list = await migrator(db, modules).getMigrations();
  return list.filter((m) => !m.executedAt).map((m) => m.name);
}
