// Economic zones and industrial parks (REQUIREMENTS A16): the list with a kind filter, a zone's
// page, the comparison of 2 to 4 zones; the back office, admin API, JSON API and OpenAPI derive
// from the declaration.
import type { PortalModule } from '../types.ts';
import { zoneDeclaration, zoneType } from './declaration.ts';
import { loadZoneDemo, removeZoneDemo } from './demo.ts';
import { zoneFromContent } from './queries.ts';
import { registerZoneRoutes, zonePage } from './routes.tsx';

export const zonesModule: PortalModule = {
  name: 'zones',
  contentType: zoneType,
  declaration: zoneDeclaration,
  registerRoutes(app, ctx) {
    registerZoneRoutes(app, ctx);
  },
  preview: (ctx, env, item) => zonePage(ctx.db.kysely, env, zoneFromContent(item)),
  loadDemo: (ctx) => loadZoneDemo(ctx.db.kysely),
  removeDemo: (ctx) => removeZoneDemo(ctx.db.kysely),
};
