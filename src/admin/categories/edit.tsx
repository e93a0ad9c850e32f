// One category: its edit page (GET /admin/categories/:id) and saving it (POST): rename (the
// address stays), move under another parent.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CategoryError, updateCategory } from '../../core/content/categories.ts';
import type { AppContext } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { adminEnv } from '../env.ts';
import { formValue } from '../forms.tsx';
import { guard } from '../guard.ts';
import { sendAdminPage } from '../respond.ts';
import { changer, checkParentScope, managedCategory, parentOf, sectionOf } from './access.ts';
import { categoriesText } from './i18n.ts';
import { done } from './list.tsx';
import { CategoryEditPage } from './views.tsx';

type CategoryRequest = FastifyRequest<{ Params: { id: string } }>;

export async function showCategory(ctx: AppContext, request: CategoryRequest, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'categories.manage');
  const category = await managedCategory(ctx, auth, request.params.id);
  const env = await adminEnv(ctx, request);
  const section = (await sectionOf(ctx, category.type))!;
  const node = section.nodes.find((n) => n.id === category.id)!;
  return sendAdminPage(reply, <CategoryEditPage env={env} section={section} category={node} values={{ name: node.name, nameEn: node.name_en ?? '', parent: node.parent_id === null ? '' : String(node.parent_id) }} />);
}

export async function saveCategory(ctx: AppContext, request: CategoryRequest, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'categories.manage');
  const category = await managedCategory(ctx, auth, request.params.id);
  const body = request.body;
  const values = { name: formValue(body, 'name'), nameEn: formValue(body, 'name_en'), parent: formValue(body, 'parent') };
  const parentId = parentOf(values.parent);
  if (parentId !== category.parent_id) checkParentScope(auth, parentId);
  try {
    await updateCategory(ctx.db.kysely, category.id, { name: values.name, nameEn: values.nameEn, parentId }, changer(auth, request));
  } catch (error) {
    if (!(error instanceof CategoryError) || error.problem.code === 'NOT_FOUND') throw error instanceof CategoryError ? new AppError('NOT_FOUND') : error;
    const env = await adminEnv(ctx, request);
    const section = (await sectionOf(ctx, category.type))!;
    const node = section.nodes.find((n) => n.id === category.id)!;
    return sendAdminPage(reply, <CategoryEditPage env={env} section={section} category={node} values={values} error={categoriesText[env.lang].problem(error.problem)} />, 400);
  }
  return done(reply, 'saved', category.type);
}
