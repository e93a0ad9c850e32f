// Route guard of the back office: signed in (with the second factor done, and turned on when
// the role requires it: see requireAuth) and allowed by the permission matrix.
import type { FastifyRequest } from 'fastify';
import type { Action } from '../core/auth/permissions.ts';
import type { AppContext } from '../core/context.ts';
import { requireAuth, requirePermission, type Auth } from '../core/http/auth.ts';

export async function guard(_ctx: AppContext, request: FastifyRequest, action?: Action): Promise<Auth> {
  return action ? requirePermission(request, action) : requireAuth(request);
}
