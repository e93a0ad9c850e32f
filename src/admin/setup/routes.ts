// First administrator (/admin/setup?token=… printed on the console) and password resets
// (/admin/password-reset?token=… issued by an administrator). Both tokens work once.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import { withContext } from '../handler.ts';
import { createAdmin, showSetup } from './first-admin.tsx';
import { resetPassword, showPasswordReset } from './password-reset.tsx';

export function registerSetupRoutes(app: FastifyInstance, ctx: AppContext): void {
  const handle = withContext(ctx);
  app.get('/admin/setup', handle(showSetup));
  app.post('/admin/setup', handle(createAdmin));
  app.get('/admin/password-reset', handle(showPasswordReset));
  app.post('/admin/password-reset', handle(resetPassword));
}
