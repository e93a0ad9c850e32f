// Route guards of the back office: signed in (with the second factor done), allowed, and with
// two-factor turned on when the user's role requires it.
import type { FastifyRequest } from 'fastify';
import type { Action } from '../core/auth/permissions.ts';
import type { AppContext } from '../core/context.ts';
import { AppError } from '../core/errors.ts';
import { requireAuth, requirePermission, type Auth } from '../core/http/auth.ts';

export async function guard(ctx: AppContext, request: FastifyRequest, action?: Action): Promise<Auth> {
  const auth = action ? requirePermission(request, action) : requireAuth(request);
  if (auth.via === 'session' && auth.user.totp_enabled !== 1) {
    const { requireTotpRoles } = await ctx.settings.get();
    if (requireTotpRoles.includes(auth.user.role)) throw new AppError('TOTP_REQUIRED');
  }
  return auth;
}
