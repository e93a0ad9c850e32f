// Start-up of the data layer, shared by the server and the CLI: connect, migrate, seed settings,
// and on the very first start of an empty database load the demo content.
import path from 'node:path';
import type { Config } from '../config.ts';
import { connectDatabase, type Db } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { ensureDefaultSettings, SettingsStore } from './settings.ts';
import type { AppContext } from './context.ts';
import { modules } from '../modules/registry.ts';
import { onContentChange } from './workflow/hooks.ts';
import { mediaUsageHook } from './media/usage.ts';
import { ViewCounter } from './stats/views.ts';
import { searchIndexHook } from './content/search-hook.ts';

export function openDatabase(config: Config): Db {
  return connectDatabase({ databaseUrl: config.databaseUrl, sqliteFile: path.join(config.dataDir, 'congtin.db') });
}

export async function prepareDatabase(db: Db): Promise<string[]> {
  const applied = await migrateToLatest(db);
  await ensureDefaultSettings(db.kysely);
  return applied;
}

/** Loads every module's demo content when the database holds no content at all. */
export async function loadDemoIfEmpty(ctx: AppContext): Promise<number> {
  const any = await ctx.db.kysely.selectFrom('content').select('id').limit(1).executeTakeFirst();
  if (any) return 0;
  let count = 0;
  for (const mod of modules) count += (await mod.loadDemo?.(ctx)) ?? 0;
  return count;
}

export async function createContext(config: Config, db = openDatabase(config)): Promise<AppContext> {
  await prepareDatabase(db);
  onContentChange(mediaUsageHook);
  onContentChange(searchIndexHook);
  return { config, db, settings: new SettingsStore(db.kysely), views: new ViewCounter(db.kysely) };
}
