// POST /admin/account/password: a new password, after the current one. Every other session and
// every API token of the account ends: a changed password locks out whoever else had it.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../core/audit/log.ts';
import { revokeAllApiTokens } from '../../core/auth/api-tokens.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../../core/auth/passwords.ts';
import type { AppContext } from '../../core/context.ts';
import { requireAuth } from '../../core/http/auth.ts';
import { adminEnv } from '../env.ts';
import { formValue } from '../forms.tsx';
import { reauthenticate } from './reauth.ts';
import { sendAccountPage } from './show.tsx';

export async function changePassword(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const db = ctx.db.kysely;
  const auth = requireAuth(request);
  const env = await adminEnv(ctx, request);
  const refused = await reauthenticate(ctx, request, reply, auth, 'password-change', async () => ((await verifyPassword(auth.user.password_hash, formValue(request.body, 'current'))) ? undefined : env.t.wrongPassword));
  if (refused) return sendAccountPage(ctx, request, reply, refused);
  const password = formValue(request.body, 'password');
  const problem = passwordProblem(password, auth.user.email);
  if (problem) return sendAccountPage(ctx, request, reply, { error: env.t.passwordProblems[problem], status: 400 });
  await db.updateTable('users').set({ password_hash: await hashPassword(password), updated_at: new Date().toISOString() }).where('id', '=', auth.user.id).execute();
  await db.deleteFrom('sessions').where('user_id', '=', auth.user.id).where('id_hash', '!=', auth.session?.idHash ?? '').execute();
  await revokeAllApiTokens(db, auth.user.id);
  await audit(db, { action: 'auth.password.change', userId: auth.user.id, actor: auth.user.email, ip: request.ip });
  return sendAccountPage(ctx, request, reply, { flash: env.t.passwordChanged });
}
