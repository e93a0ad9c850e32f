// What modules and routes receive: configuration, database and shared services.
import type { Config } from '../config.ts';
import type { Db } from './db/connect.ts';
import type { SettingsStore } from './settings.ts';
import type { ViewCounter } from './stats/views.ts';

export interface AppContext {
  config: Config;
  db: Db;
  settings: SettingsStore;
  views: ViewCounter;
}
