// Drafts open for public comment (REQUIREMENTS A11, A15): a declared type for the drafts and a
// submission kind for the comments, moderated in the back office before they appear.
import type { PortalModule } from '../types.ts';
import { commentKind, draftDeclaration, draftType } from './declaration.ts';
import { loadConsultationDemo, removeConsultationDemo } from './demo.ts';
import { registerConsultationRoutes } from './routes.tsx';

export const consultationsModule: PortalModule = {
  name: 'consultations',
  contentType: draftType,
  declaration: draftDeclaration,
  submissionKinds: [commentKind],
  async registerRoutes(app, ctx) {
    await registerConsultationRoutes(app, ctx);
  },
  loadDemo: (ctx) => loadConsultationDemo(ctx.db.kysely),
  removeDemo: (ctx) => removeConsultationDemo(ctx.db.kysely, ctx.config.dataDir),
};
