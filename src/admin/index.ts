// The back office: server-rendered pages under /admin (DESIGN.md §4), with form bodies parsed
// here and every route guarded by the session, the permission matrix and CSRF.
import formbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../core/context.ts';
import { registerAccountRoutes } from './account/routes.ts';
import { registerArticleRoutes } from './routes/articles.tsx';
import { registerContentRoutes } from './content/routes.ts';
import { registerAuditRoutes } from './audit/routes.ts';
import { registerCategoryRoutes } from './categories/routes.ts';
import { registerDashboardRoutes } from './routes/dashboard.tsx';
import { registerHistoryRoutes } from './history/routes.ts';
import { registerSessionRoutes } from './session/routes.ts';
import { registerSetupRoutes } from './setup/routes.ts';
import { registerUserRoutes } from './users/routes.ts';
import { registerSettingsRoutes } from './settings/routes.ts';
import { registerMediaRoutes } from './media/routes.tsx';
import { registerStatsRoutes } from './stats/routes.tsx';
import { registerSubmissionRoutes } from './submissions/routes.tsx';

export async function registerAdmin(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(formbody, { bodyLimit: 4 * 1024 * 1024 });
  registerSessionRoutes(app, ctx);
  registerSetupRoutes(app, ctx);
  registerDashboardRoutes(app, ctx);
  registerArticleRoutes(app, ctx);
  registerContentRoutes(app, ctx);
  registerHistoryRoutes(app, ctx);
  registerUserRoutes(app, ctx);
  registerAccountRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  registerSettingsRoutes(app, ctx);
  registerCategoryRoutes(app, ctx);
  await registerMediaRoutes(app, ctx);
  registerStatsRoutes(app, ctx);
  registerSubmissionRoutes(app, ctx);
}
