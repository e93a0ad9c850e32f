// What modules and routes receive: configuration, database and shared services.
import type { Config } from '../config.ts';
import type { Db } from './db/connect.ts';
import type { PortalModule } from './modules.ts';
import type { SettingsStore } from './settings.ts';
import type { ViewCounter } from './stats/views.ts';
import type { VisitorCounter } from './stats/visitors.ts';

export interface AppContext {
  config: Config;
  db: Db;
  /** the content modules, as the composition root listed them */
  modules: readonly PortalModule[];
  settings: SettingsStore;
  views: ViewCounter;
  /** the footer's visitor counter */
  visitors: VisitorCounter;
}
