// Administrators manage accounts: create, change role and categories, disable, issue a
// one-time password-reset link, and choose the roles that must use two-factor sign-in.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import { withContext } from '../handler.ts';
import { addUser, showNewUser } from './create.tsx';
import { saveUser, showUser } from './edit.tsx';
import { showUsers } from './list.tsx';
import { issueResetLink } from './reset-link.tsx';
import { saveTotpRoles } from './security.ts';
import { revokeUserToken } from './tokens.ts';

export function registerUserRoutes(app: FastifyInstance, ctx: AppContext): void {
  const handle = withContext(ctx);
  app.get('/admin/users', handle(showUsers));
  app.post('/admin/users/security', handle(saveTotpRoles));
  app.get('/admin/users/new', handle(showNewUser));
  app.post('/admin/users', handle(addUser));
  app.get('/admin/users/:id', handle(showUser));
  app.post('/admin/users/:id', handle(saveUser));
  app.post('/admin/users/:id/tokens/:token/revoke', handle(revokeUserToken));
  app.post('/admin/users/:id/reset-link', handle(issueResetLink));
}
