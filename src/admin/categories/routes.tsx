// /admin/categories: the categories of every declared type that has them, managed by approvers
// and administrators (issue #8 §4): add, rename, move under a parent, reorder, hide, delete when
// empty. Every change is audited in core; a refusal changes nothing and says why in the user's
// language. A user limited to some categories acts only on those (and adds only under them).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { inCategories } from '../../core/auth/permissions.ts';
import {
  CategoryError,
  categoryTree,
  createCategory,
  deleteCategory,
  findCategory,
  reorderCategory,
  setCategoryHidden,
  updateCategory,
  type CategoryChanger,
} from '../../core/content/categories.ts';
import type { AppContext } from '../../core/context.ts';
import type { Category } from '../../core/db/schema.ts';
import { AppError, parseId } from '../../core/errors.ts';
import type { Auth } from '../../core/http/auth.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { declaredTypes, moduleOfType } from '../../core/modules.ts';
import { adminEnv } from '../env.ts';
import { formValue } from '../forms.tsx';
import { guard } from '../guard.ts';
import { sendAdminPage } from '../routes/session.tsx';
import { categoriesText, type DoneKey } from './i18n.ts';
import { CategoriesPage, CategoryEditPage, type CreateValues, type TypeSection } from './views.tsx';

/** Declarations of the types that have categories, in registry order. */
const typesWithCategories = () => declaredTypes().filter((d) => d.categories);

async function sectionOf(ctx: AppContext, type: string): Promise<TypeSection | undefined> {
  const declaration = typesWithCategories().find((d) => d.type === type);
  if (!declaration) return undefined;
  const categoryPath = moduleOfType(type)?.categoryPath;
  return { declaration, nodes: await categoryTree(ctx.db.kysely, type), publicPath: categoryPath ? (slug: string) => categoryPath(slug) : undefined };
}

async function allSections(ctx: AppContext): Promise<TypeSection[]> {
  const out: TypeSection[] = [];
  for (const d of typesWithCategories()) out.push((await sectionOf(ctx, d.type))!);
  return out;
}

function changer(auth: Auth, request: FastifyRequest): CategoryChanger {
  return { userId: auth.user.id, actor: auth.user.email, ip: request.ip };
}

/** The parent field: empty = top level; anything else must be an id (checked against the type in core). */
function parentOf(raw: string): number | null {
  const value = raw.trim();
  if (value === '') return null;
  return /^\d{1,9}$/.test(value) ? Number(value) : -1;
}

/** A category the user may act on (its type has categories; the user's category limit allows it). */
async function managedCategory(ctx: AppContext, auth: Auth, rawId: string): Promise<Category> {
  const category = await findCategory(ctx.db.kysely, parseId(rawId));
  if (!category || !typesWithCategories().some((d) => d.type === category.type)) throw new AppError('NOT_FOUND');
  if (!inCategories(auth.actor, category.id)) throw new AppError('FORBIDDEN');
  return category;
}

/** Users limited to some categories add and move only under those; only unlimited users use the top level. */
function checkParentScope(auth: Auth, parentId: number | null): void {
  if (auth.actor.role === 'admin' || auth.actor.categoryIds === null) return;
  if (parentId === null || !inCategories(auth.actor, parentId)) throw new AppError('FORBIDDEN');
}

const doneKeys: readonly DoneKey[] = ['created', 'saved', 'moved', 'hidden', 'shown', 'deleted'];

export function registerCategoryRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;

  const done = (reply: FastifyReply, key: DoneKey, type: string) => reply.redirect(`/admin/categories?ok=${key}#loai-${encodeURIComponent(type)}`, 303);

  /** The list page again with the refusal, status 400; nothing was changed. */
  async function refuse(request: FastifyRequest, reply: FastifyReply, error: unknown, create?: CreateValues) {
    if (!(error instanceof CategoryError)) throw error;
    if (error.problem.code === 'NOT_FOUND') throw new AppError('NOT_FOUND');
    const env = await adminEnv(ctx, request);
    const t = categoriesText[env.lang];
    return sendAdminPage(reply, <CategoriesPage env={env} sections={await allSections(ctx)} error={t.problem(error.problem)} {...(create ? { create } : {})} />, 400);
  }

  app.get<{ Querystring: { ok?: string } }>('/admin/categories', queryOf(['ok']), async (request, reply) => {
    await guard(ctx, request, 'categories.manage');
    const env = await adminEnv(ctx, request);
    const ok = doneKeys.find((k) => k === request.query.ok);
    return sendAdminPage(reply, <CategoriesPage env={env} sections={await allSections(ctx)} flash={ok ? categoriesText[env.lang].done[ok] : undefined} />);
  });

  app.post('/admin/categories', async (request, reply) => {
    const auth = await guard(ctx, request, 'categories.manage');
    const body = request.body;
    const values: CreateValues = { type: formValue(body, 'type'), name: formValue(body, 'name'), nameEn: formValue(body, 'name_en'), parent: formValue(body, 'parent') };
    if (!typesWithCategories().some((d) => d.type === values.type)) throw new AppError('NOT_FOUND');
    const parentId = parentOf(values.parent);
    checkParentScope(auth, parentId);
    try {
      await createCategory(db, values.type, { name: values.name, nameEn: values.nameEn, parentId }, changer(auth, request));
    } catch (error) {
      return refuse(request, reply, error, values);
    }
    return done(reply, 'created', values.type);
  });

  app.get<{ Params: { id: string } }>('/admin/categories/:id', async (request, reply) => {
    const auth = await guard(ctx, request, 'categories.manage');
    const category = await managedCategory(ctx, auth, request.params.id);
    const env = await adminEnv(ctx, request);
    const section = (await sectionOf(ctx, category.type))!;
    const node = section.nodes.find((n) => n.id === category.id)!;
    return sendAdminPage(reply, <CategoryEditPage env={env} section={section} category={node} values={{ name: node.name, nameEn: node.name_en ?? '', parent: node.parent_id === null ? '' : String(node.parent_id) }} />);
  });

  app.post<{ Params: { id: string } }>('/admin/categories/:id', async (request, reply) => {
    const auth = await guard(ctx, request, 'categories.manage');
    const category = await managedCategory(ctx, auth, request.params.id);
    const body = request.body;
    const values = { name: formValue(body, 'name'), nameEn: formValue(body, 'name_en'), parent: formValue(body, 'parent') };
    const parentId = parentOf(values.parent);
    if (parentId !== category.parent_id) checkParentScope(auth, parentId);
    try {
      await updateCategory(db, category.id, { name: values.name, nameEn: values.nameEn, parentId }, changer(auth, request));
    } catch (error) {
      if (!(error instanceof CategoryError) || error.problem.code === 'NOT_FOUND') throw error instanceof CategoryError ? new AppError('NOT_FOUND') : error;
      const env = await adminEnv(ctx, request);
      const section = (await sectionOf(ctx, category.type))!;
      const node = section.nodes.find((n) => n.id === category.id)!;
      return sendAdminPage(reply, <CategoryEditPage env={env} section={section} category={node} values={values} error={categoriesText[env.lang].problem(error.problem)} />, 400);
    }
    return done(reply, 'saved', category.type);
  });

  app.post<{ Params: { id: string } }>('/admin/categories/:id/order', async (request, reply) => {
    const auth = await guard(ctx, request, 'categories.manage');
    const category = await managedCategory(ctx, auth, request.params.id);
    const direction = formValue(request.body, 'direction');
    if (direction !== 'up' && direction !== 'down') throw new AppError('BAD_QUERY', 'direction must be up or down');
    try {
      await reorderCategory(db, category.id, direction, changer(auth, request));
    } catch (error) {
      return refuse(request, reply, error);
    }
    return done(reply, 'moved', category.type);
  });

  app.post<{ Params: { id: string } }>('/admin/categories/:id/visibility', async (request, reply) => {
    const auth = await guard(ctx, request, 'categories.manage');
    const category = await managedCategory(ctx, auth, request.params.id);
    const hidden = formValue(request.body, 'hidden');
    if (hidden !== '0' && hidden !== '1') throw new AppError('BAD_QUERY', 'hidden must be 0 or 1');
    try {
      await setCategoryHidden(db, category.id, hidden === '1', changer(auth, request));
    } catch (error) {
      return refuse(request, reply, error);
    }
    return done(reply, hidden === '1' ? 'hidden' : 'shown', category.type);
  });

  app.post<{ Params: { id: string } }>('/admin/categories/:id/delete', async (request, reply) => {
    const auth = await guard(ctx, request, 'categories.manage');
    const category = await managedCategory(ctx, auth, request.params.id);
    try {
      await deleteCategory(db, category.id, changer(auth, request));
    } catch (error) {
      return refuse(request, reply, error);
    }
    return done(reply, 'deleted', category.type);
  });
}
