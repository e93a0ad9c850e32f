// GET /admin/account, and the same page as the answer of each form here (with a message, the
// recovery codes or token made, or the refusal and its status).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { listApiTokens } from '../../core/auth/api-tokens.ts';
import { listSessions } from '../../core/auth/sessions.ts';
import { newTotpSecret, qrDataUrl, totpUri } from '../../core/auth/totp.ts';
import type { AppContext } from '../../core/context.ts';
import { requireAuth } from '../../core/http/auth.ts';
import { adminEnv } from '../env.ts';
import { sendAdminPage } from '../respond.ts';
import { AccountPage } from './AccountPage.tsx';

export interface AccountExtras {
  flash?: string | undefined;
  error?: string | undefined;
  newToken?: string | undefined;
  recoveryCodes?: string[] | undefined;
  pendingSecret?: string | undefined;
  status?: number;
}

export async function sendAccountPage(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, extras: AccountExtras = {}) {
  const db = ctx.db.kysely;
  const auth = requireAuth(request);
  const env = await adminEnv(ctx, request);
  const user = await db.selectFrom('users').selectAll().where('id', '=', auth.user.id).executeTakeFirstOrThrow();
  const settings = await ctx.settings.get();
  const sessions = await listSessions(db, user.id);
  const tokens = await listApiTokens(db, user.id);
  const pendingSecret = extras.pendingSecret ?? (user.totp_enabled ? undefined : newTotpSecret());
  const qr = pendingSecret ? await qrDataUrl(totpUri(pendingSecret, user.email, settings.agencyName.vi)) : undefined;
  const totpRequired = settings.requireTotpRoles.includes(user.role) && !user.totp_enabled;
  return sendAdminPage(
    reply,
    <AccountPage
      env={env}
      user={user}
      sessions={sessions}
      currentSession={auth.session?.idHash}
      tokens={tokens}
      pendingSecret={pendingSecret}
      qr={qr}
      flash={extras.flash}
      error={extras.error ?? (totpRequired ? env.t.totpRequired : undefined)}
      newToken={extras.newToken}
      recoveryCodes={extras.recoveryCodes}
    />,
    extras.status,
  );
}

export async function showAccount(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  return sendAccountPage(ctx, request, reply);
}
