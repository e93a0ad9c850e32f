// Signing in (password, then the second factor when turned on), signing out, and the back
// office's language switch. Attempts are throttled (core/auth/throttle.ts: growing delays per
// account, a limit per IP, a separate limit for devices that signed in before) and audited.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import { withContext } from '../handler.ts';
import { switchLanguage } from './language.ts';
import { showLogin, signIn } from './login.tsx';
import { signOut } from './logout.ts';
import { showTotp, verifyTotp } from './totp.tsx';

export function registerSessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const handle = withContext(ctx);
  app.get('/admin/login', handle(showLogin));
  app.post('/admin/login', handle(signIn));
  app.get('/admin/login/totp', handle(showTotp));
  app.post('/admin/login/totp', handle(verifyTotp));
  app.post('/admin/logout', handle(signOut));
  app.get('/admin/ngon-ngu/:lang', handle(switchLanguage));
}
