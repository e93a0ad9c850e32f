// Procurement notices (thông tin đấu thầu, REQUIREMENTS A10): the list with its filters, open
// notices before closed ones, and a notice's page with its files. The back office, admin API,
// public JSON API (/api/v1/bidding), OpenAPI, revisions and search derive from the declaration.
import type { PortalModule } from '../types.ts';
import { biddingClock } from './clock.ts';
import { biddingDeclaration, biddingType } from './declaration.ts';
import { loadBiddingDemo, removeBiddingDemo } from './demo.ts';
import { biddingFromContent } from './queries.ts';
import { biddingPage, registerBiddingRoutes } from './routes.tsx';

export const biddingModule: PortalModule = {
  name: 'bidding',
  contentType: biddingType,
  declaration: biddingDeclaration,
  registerRoutes(app, ctx) {
    registerBiddingRoutes(app, ctx);
  },
  preview: (ctx, env, item) => biddingPage(ctx.db.kysely, env, biddingFromContent(item, biddingClock.now())),
  loadDemo: (ctx) => loadBiddingDemo(ctx.db.kysely),
  removeDemo: (ctx) => removeBiddingDemo(ctx.db.kysely),
};
