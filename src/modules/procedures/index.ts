// Administrative procedures (thủ tục hành chính, REQUIREMENTS A4): the list with filters and the
// procedure's page; the back office, admin API and JSON API derive from the declaration.
import type { PortalModule } from '../types.ts';
import { loadProcedureDemo, removeProcedureDemo } from './demo.ts';
import { procedureDeclaration, procedureType } from './declaration.ts';
import { procedureFromContent } from './queries.ts';
import { procedurePage, registerProcedureRoutes } from './routes.tsx';

export const proceduresModule: PortalModule = {
  name: 'procedures',
  contentType: procedureType,
  declaration: procedureDeclaration,
  registerRoutes(app, ctx) {
    registerProcedureRoutes(app, ctx);
  },
  preview: (ctx, env, item) => procedurePage(ctx.db.kysely, env, procedureFromContent(item)),
  loadDemo: (ctx) => loadProcedureDemo(ctx.db.kysely),
  removeDemo: (ctx) => removeProcedureDemo(ctx.db.kysely),
};
