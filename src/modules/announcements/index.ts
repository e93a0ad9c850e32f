// Announcements (thông báo, REQUIREMENTS A8): the list with its filters, open notices before
// closed ones, and an announcement's page with its files. The back office, admin API, public JSON
// API (/api/v1/announcements), OpenAPI, revisions and search derive from the declaration.
import type { PortalModule } from '../types.ts';
import { announcementClock } from './clock.ts';
import { announcementDeclaration, announcementType } from './declaration.ts';
import { loadAnnouncementsDemo, removeAnnouncementsDemo } from './demo.ts';
import { announcementFromContent } from './queries.ts';
import { announcementPage, registerAnnouncementRoutes } from './routes.tsx';

export const announcementsModule: PortalModule = {
  name: 'announcements',
  contentType: announcementType,
  declaration: announcementDeclaration,
  registerRoutes(app, ctx) {
    registerAnnouncementRoutes(app, ctx);
  },
  preview: (ctx, env, item) => announcementPage(ctx.db.kysely, env, announcementFromContent(item, announcementClock.now())),
  loadDemo: (ctx) => loadAnnouncementsDemo(ctx.db.kysely),
  removeDemo: (ctx) => removeAnnouncementsDemo(ctx.db.kysely),
};
