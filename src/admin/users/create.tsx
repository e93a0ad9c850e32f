// A new account: the form (GET /admin/users/new) and creating it (POST /admin/users, audited).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../../core/audit/log.ts';
import { createUser, UserInputError } from '../../core/auth/users.ts';
import { declaredCategories } from '../../core/content-types/admin-queries.ts';
import type { AppContext } from '../../core/context.ts';
import { adminEnv } from '../env.ts';
import { formValue } from '../forms.tsx';
import { guard } from '../guard.ts';
import { sendAdminPage } from '../respond.ts';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { chosenCategories, UserForm } from './UserForm.tsx';

export async function showNewUser(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  await guard(ctx, request, 'users.manage');
  const env = await adminEnv(ctx, request);
  return sendAdminPage(
    reply,
    <AdminLayout env={env} title={env.t.newUser}>
      <UserForm env={env} categories={await declaredCategories(ctx.db.kysely)} values={{}} />
    </AdminLayout>,
  );
}

export async function addUser(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const db = ctx.db.kysely;
  const auth = await guard(ctx, request, 'users.manage');
  const categories = await declaredCategories(db);
  const values = { name: formValue(request.body, 'name'), email: formValue(request.body, 'email'), role: formValue(request.body, 'role') };
  try {
    const user = await createUser(db, { ...values, password: formValue(request.body, 'password'), categoryIds: chosenCategories(request, categories) });
    await audit(db, { action: 'user.create', userId: auth.user.id, actor: auth.user.email, targetType: 'user', targetId: user.id, ip: request.ip, details: { email: user.email, role: user.role } });
    return reply.redirect('/admin/users?ok=1', 303);
  } catch (error) {
    if (!(error instanceof UserInputError)) throw error;
    const env = await adminEnv(ctx, request);
    return sendAdminPage(
      reply,
      <AdminLayout env={env} title={env.t.newUser}>
        <UserForm env={env} categories={categories} values={values} error={env.t.userProblems[error.code]} />
      </AdminLayout>,
      400,
    );
  }
}
