// Administrative procedures (thủ tục hành chính, REQUIREMENTS A4): the list with filters and the
// procedure's page; the back office, admin API and JSON API derive from the declaration.
import type { PortalModule } from '../types.ts';
import { loadProcedureDemo, removeProcedureDemo } from './demo.ts';
import { procedureDeclaration, procedureType } from './declaration.ts';
import { registerProcedureRoutes } from './routes.tsx';

export const proceduresModule: PortalModule = {
  name: 'procedures',
  contentType: procedureType,
  declaration: procedureDeclaration,
  registerRoutes(app, ctx) {
    registerProcedureRoutes(app, ctx);
  },
  loadDemo: (ctx) => loadProcedureDemo(ctx.db.kysely),
  removeDemo: (ctx) => removeProcedureDemo(ctx.db.kysely),
};
