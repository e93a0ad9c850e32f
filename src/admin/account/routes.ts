// My account: password, two-factor sign-in (QR code drawn on the server, recovery codes), my
// sessions (revoke any), my API tokens (create, shown once; revoke). Every check of the current
// password (or code) here is throttled like sign-in and audited, failures and successes.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import { withContext } from '../handler.ts';
import { changePassword } from './password.ts';
import { revokeOwnSession } from './sessions.ts';
import { showAccount } from './show.tsx';
import { createToken, revokeToken } from './tokens.ts';
import { disableTotp, enableTotp } from './totp.ts';

export function registerAccountRoutes(app: FastifyInstance, ctx: AppContext): void {
  const handle = withContext(ctx);
  app.get('/admin/account', handle(showAccount));
  app.post('/admin/account/password', handle(changePassword));
  app.post('/admin/account/totp/enable', handle(enableTotp));
  app.post('/admin/account/totp/disable', handle(disableTotp));
  app.post('/admin/account/sessions/:n/revoke', handle(revokeOwnSession));
  app.post('/admin/account/tokens', handle(createToken));
  app.post('/admin/account/tokens/:id/revoke', handle(revokeToken));
}
