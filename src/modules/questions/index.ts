// Questions and answers (REQUIREMENTS A12, A15): the public asks with a tracking code, staff answer
// in the back office (core's submissions queue), answered questions chosen for it appear on /hoi-dap.
import type { PortalModule } from '../types.ts';
import { questionKind } from './declaration.ts';
import { loadQuestionDemo, removeQuestionDemo } from './demo.ts';
import { registerQuestionRoutes } from './routes.tsx';

export const questionsModule: PortalModule = {
  name: 'questions',
  submissionKinds: [questionKind],
  async registerRoutes(app, ctx) {
    await registerQuestionRoutes(app, ctx);
  },
  loadDemo: (ctx) => loadQuestionDemo(ctx.db.kysely),
  removeDemo: (ctx) => removeQuestionDemo(ctx.db.kysely, ctx.config.dataDir),
};
