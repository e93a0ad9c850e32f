// Two-factor sign-in of my account: turning it on (or replacing it) with a code of the new secret
// and the current password (and the current code when already on), and turning it off.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../core/audit/log.ts';
import { verifyPassword } from '../../core/auth/passwords.ts';
import { acceptTotp, newRecoveryCodes, totpStep } from '../../core/auth/totp.ts';
import type { AppContext } from '../../core/context.ts';
import { requireAuth } from '../../core/http/auth.ts';
import { adminEnv } from '../env.ts';
import { formValue } from '../forms.tsx';
import { reauthenticate } from './reauth.ts';
import { sendAccountPage } from './show.tsx';

export async function enableTotp(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const db = ctx.db.kysely;
  const auth = requireAuth(request);
  const env = await adminEnv(ctx, request);
  const secret = formValue(request.body, 'secret');
  const wellFormed = /^[A-Z2-7]{32}$/.test(secret);
  const step = wellFormed ? totpStep(secret, formValue(request.body, 'code')) : undefined;
  if (step === undefined) return sendAccountPage(ctx, request, reply, { error: env.t.totpWrong, pendingSecret: wellFormed ? secret : undefined, status: 400 });
  // Setting up or replacing the second factor needs the current password, and the current
  // code when one is already on: a borrowed session alone cannot take over the account.
  const user = auth.user;
  const refused = await reauthenticate(ctx, request, reply, auth, user.totp_enabled ? 'totp-replace' : 'totp-enable', async () => {
    if (!(await verifyPassword(user.password_hash, formValue(request.body, 'password')))) return env.t.wrongPassword;
    if (user.totp_enabled && !(user.totp_secret && (await acceptTotp(db, user.id, user.totp_secret, formValue(request.body, 'currentCode'))))) return env.t.totpWrong;
    return undefined;
  });
  if (refused) return sendAccountPage(ctx, request, reply, { ...refused, pendingSecret: secret });
  const { codes, hashes } = newRecoveryCodes();
  // The code just shown counts as used: it cannot sign in a second time.
  await db.updateTable('users').set({ totp_secret: secret, totp_enabled: 1, totp_last_step: step, recovery_codes: JSON.stringify(hashes), updated_at: new Date().toISOString() }).where('id', '=', auth.user.id).execute();
  await audit(db, { action: user.totp_enabled ? 'auth.totp.replace' : 'auth.totp.enable', userId: auth.user.id, actor: auth.user.email, ip: request.ip });
  return sendAccountPage(ctx, request, reply, { recoveryCodes: codes });
}

export async function disableTotp(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const db = ctx.db.kysely;
  const auth = requireAuth(request);
  const env = await adminEnv(ctx, request);
  const refused = await reauthenticate(ctx, request, reply, auth, 'totp-disable', async () => ((await verifyPassword(auth.user.password_hash, formValue(request.body, 'password'))) ? undefined : env.t.wrongPassword));
  if (refused) return sendAccountPage(ctx, request, reply, refused);
  await db.updateTable('users').set({ totp_secret: null, totp_enabled: 0, totp_last_step: null, recovery_codes: null, updated_at: new Date().toISOString() }).where('id', '=', auth.user.id).execute();
  await audit(db, { action: 'auth.totp.disable', userId: auth.user.id, actor: auth.user.email, ip: request.ip });
  return sendAccountPage(ctx, request, reply);
}
