// Links to other state portals (REQUIREMENTS A20): /lien-ket by group, and the footer's links, from
// one list edited in the back office.
import type { PortalModule } from '../types.ts';
import { linkDeclaration, linkType } from './declaration.ts';
import { loadLinkDemo, removeLinkDemo } from './demo.ts';
import { footerLinks } from './queries.ts';
import { registerLinkRoutes } from './routes.tsx';

export const linksModule: PortalModule = {
  name: 'links',
  contentType: linkType,
  declaration: linkDeclaration,
  registerRoutes(app, ctx) {
    registerLinkRoutes(app, ctx);
  },
  footerLinks: async (ctx) => (await footerLinks(ctx.db.kysely)).map((l) => ({ label: l.title, href: l.url })),
  loadDemo: (ctx) => loadLinkDemo(ctx.db.kysely),
  removeDemo: (ctx) => removeLinkDemo(ctx.db.kysely),
};
