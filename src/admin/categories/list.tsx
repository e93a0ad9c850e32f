// The categories page (GET /admin/categories) and adding a category (POST); how every change
// answers: back to the list at the type's section with what was done, or the list again with the
// refusal (400, nothing changed).
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CategoryError, createCategory } from '../../core/content/categories.ts';
import type { AppContext } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { adminEnv } from '../env.ts';
import { formValue } from '../forms.tsx';
import { guard } from '../guard.ts';
import { sendAdminPage } from '../respond.ts';
import { allSections, changer, checkParentScope, parentOf, typesWithCategories } from './access.ts';
import { categoriesText, type DoneKey } from './i18n.ts';
import { CategoriesPage, type CreateValues } from './views.tsx';

const doneKeys: readonly DoneKey[] = ['created', 'saved', 'moved', 'hidden', 'shown', 'deleted'];

export function done(reply: FastifyReply, key: DoneKey, type: string) {
  return reply.redirect(`/admin/categories?ok=${key}#loai-${encodeURIComponent(type)}`, 303);
}

/** The list page again with the refusal, status 400; nothing was changed. */
export async function refuse(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, error: unknown, create?: CreateValues) {
  if (!(error instanceof CategoryError)) throw error;
  if (error.problem.code === 'NOT_FOUND') throw new AppError('NOT_FOUND');
  const env = await adminEnv(ctx, request);
  const t = categoriesText[env.lang];
  return sendAdminPage(reply, <CategoriesPage env={env} sections={await allSections(ctx)} error={t.problem(error.problem)} {...(create ? { create } : {})} />, 400);
}

export async function showCategories(ctx: AppContext, request: FastifyRequest<{ Querystring: { ok?: string } }>, reply: FastifyReply) {
  await guard(ctx, request, 'categories.manage');
  const env = await adminEnv(ctx, request);
  const ok = doneKeys.find((k) => k === request.query.ok);
  return sendAdminPage(reply, <CategoriesPage env={env} sections={await allSections(ctx)} flash={ok ? categoriesText[env.lang].done[ok] : undefined} />);
}

export async function addCategory(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'categories.manage');
  const body = request.body;
  const values: CreateValues = { type: formValue(body, 'type'), name: formValue(body, 'name'), nameEn: formValue(body, 'name_en'), parent: formValue(body, 'parent') };
  if (!typesWithCategories().some((d) => d.type === values.type)) throw new AppError('NOT_FOUND');
  const parentId = parentOf(values.parent);
  checkParentScope(auth, parentId);
  try {
    await createCategory(ctx.db.kysely, values.type, { name: values.name, nameEn: values.nameEn, parentId }, changer(auth, request));
  } catch (error) {
    return refuse(ctx, request, reply, error, values);
  }
  return done(reply, 'created', values.type);
}
