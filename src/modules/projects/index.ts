// Projects calling for investment (dự án kêu gọi đầu tư, REQUIREMENTS A17): the list with filters
// and its CSV/XLSX exports, the project's page; the back office, admin API and JSON API derive
// from the declaration.
import type { PortalModule } from '../types.ts';
import { loadProjectDemo, removeProjectDemo } from './demo.ts';
import { projectDeclaration, projectType } from './declaration.ts';
import { projectFromContent } from './queries.ts';
import { projectPage, registerProjectRoutes } from './routes.tsx';

export const projectsModule: PortalModule = {
  name: 'projects',
  contentType: projectType,
  declaration: projectDeclaration,
  registerRoutes(app, ctx) {
    registerProjectRoutes(app, ctx);
  },
  preview: (ctx, env, item) => projectPage(ctx.db.kysely, env, projectFromContent(item)),
  loadDemo: (ctx) => loadProjectDemo(ctx.db.kysely),
  removeDemo: (ctx) => removeProjectDemo(ctx.db.kysely),
};
