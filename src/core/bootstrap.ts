// Start-up of the data layer, shared by the server and the CLI: connect, migrate, seed settings,
// and on the very first start of an empty database load the demo content.
import path from 'node:path';
import type { Config } from '../config.ts';
import { connectDatabase, type Db } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { ensureDefaultSettings, SettingsStore } from './settings.ts';
import type { AppContext } from './context.ts';
import { installModules, type PortalModule } from './modules.ts';
import { onContentChange } from './workflow/hooks.ts';
import { mediaUsageHook } from './media/usage.ts';
import { ViewCounter } from './stats/views.ts';
import { VisitorCounter } from './stats/visitors.ts';
import { searchIndexHook } from './content/search-hook.ts';

export function openDatabase(config: Config): Db {
  return connectDatabase({ databaseUrl: config.databaseUrl, sqliteFile: path.join(config.dataDir, 'congtin.db') });
}

export async function prepareDatabase(db: Db, modules: readonly PortalModule[]): Promise<string[]> {
  const applied = await migrateToLatest(db, modules);
  await ensureDefaultSettings(db.kysely);
  return applied;
}

/** Loads every module's demo content when the database holds no content at all. */
export async function loadDemoIfEmpty(ctx: AppContext): Promise<number> {
  const any = await ctx.db.kysely.selectFrom('content').select('id').limit(1).executeTakeFirst();
  if (any) return 0;
  let count = 0;
  for (const mod of ctx.modules) count += (await mod.loadDemo?.(ctx)) ?? 0;
  return count;
}

/** `modules` is the composition root's list (src/modules/registry.ts): core never imports it. */
export async function createContext(config: Config, modules: readonly PortalModule[], db = openDatabase(config)): Promise<AppContext> {
  installModules(modules);
  await prepareDatabase(db, modules);
  onContentChange(mediaUsageHook);
  onContentChange(searchIndexHook);
  return { config, db, modules, settings: new SettingsStore(db.kysely), views: new ViewCounter(db.kysely), visitors: new VisitorCounter(db.kysely) };
}
