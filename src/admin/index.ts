// The back office: server-rendered pages under /admin (DESIGN.md §4), with form bodies parsed
// here and every route guarded by the session, the permission matrix and CSRF.
import formbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../core/context.ts';
import { registerAccountRoutes } from './routes/account.tsx';
import { registerArticleRoutes } from './routes/articles.tsx';
import { registerContentRoutes } from './content/routes.ts';
import { registerAuditRoutes } from './routes/audit.tsx';
import { registerCategoryRoutes } from './categories/routes.tsx';
import { registerDashboardRoutes } from './routes/dashboard.tsx';
import { registerHistoryRoutes } from './routes/history.tsx';
import { registerSessionRoutes } from './routes/session.tsx';
import { registerSetupRoutes } from './routes/setup.tsx';
import { registerUserRoutes } from './routes/users.tsx';
import { registerSettingsRoutes } from './routes/settings.tsx';
import { registerMediaRoutes } from './media/routes.tsx';
import { registerStatsRoutes } from './stats/routes.tsx';

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
}
