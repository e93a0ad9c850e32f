// Rating the portal and polls (REQUIREMENTS A13, Decree 42/2022): /danh-gia. Polls are a declared
// type edited in the back office; the rating is a fixed form; votes and ratings are this module's
// tables, one per browser (signed cookie) with a daily limit per address, stored as keyed hashes.
import type { PortalModule } from '../types.ts';
import { pollDeclaration, pollType } from './declaration.ts';
import { loadPollDemo, removePollDemo } from './demo.ts';
import { pollMigrations } from './migrations.ts';
import { registerPollRoutes } from './routes.tsx';

export const pollsModule: PortalModule = {
  name: 'polls',
  migrations: pollMigrations,
  contentType: pollType,
  declaration: pollDeclaration,
  registerRoutes(app, ctx) {
    registerPollRoutes(app, ctx);
  },
  loadDemo: (ctx) => loadPollDemo(ctx.db.kysely),
  removeDemo: (ctx) => removePollDemo(ctx.db.kysely),
};
