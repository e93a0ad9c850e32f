// Which categories a user may manage: those of the declared types that have categories, within
// the user's category limit (a limited user adds and moves only under their own categories).
import type { FastifyRequest } from 'fastify';
import { inCategories } from '../../core/auth/permissions.ts';
import { categoryTree, findCategory, type CategoryChanger } from '../../core/content/categories.ts';
import type { AppContext } from '../../core/context.ts';
import type { Category } from '../../core/db/schema.ts';
import { AppError, parseId } from '../../core/errors.ts';
import type { Auth } from '../../core/http/auth.ts';
import { declaredTypes, moduleOfType } from '../../core/modules.ts';
import type { TypeSection } from './views.tsx';

/** Declarations of the types that have categories, in registry order. */
export const typesWithCategories = () => declaredTypes().filter((d) => d.categories);

export async function sectionOf(ctx: AppContext, type: string): Promise<TypeSection | undefined> {
  const declaration = typesWithCategories().find((d) => d.type === type);
  if (!declaration) return undefined;
  const categoryPath = moduleOfType(type)?.categoryPath;
  return { declaration, nodes: await categoryTree(ctx.db.kysely, type), publicPath: categoryPath ? (slug: string) => categoryPath(slug) : undefined };
}

export async function allSections(ctx: AppContext): Promise<TypeSection[]> {
  const out: TypeSection[] = [];
  for (const d of typesWithCategories()) out.push((await sectionOf(ctx, d.type))!);
  return out;
}

export function changer(auth: Auth, request: FastifyRequest): CategoryChanger {
  return { userId: auth.user.id, actor: auth.user.email, ip: request.ip };
}

/** The parent field: empty = top level; anything else must be an id (checked against the type in core). */
export function parentOf(raw: string): number | null {
  const value = raw.trim();
  if (value === '') return null;
  return /^\d{1,9}$/.test(value) ? Number(value) : -1;
}

/** A category the user may act on (its type has categories; the user's category limit allows it). */
export async function managedCategory(ctx: AppContext, auth: Auth, rawId: string): Promise<Category> {
  const category = await findCategory(ctx.db.kysely, parseId(rawId));
  if (!category || !typesWithCategories().some((d) => d.type === category.type)) throw new AppError('NOT_FOUND');
  if (!inCategories(auth.actor, category.id)) throw new AppError('FORBIDDEN');
  return category;
}

/** Users limited to some categories add and move only under those; only unlimited users use the top level. */
export function checkParentScope(auth: Auth, parentId: number | null): void {
  if (auth.actor.role === 'admin' || auth.actor.categoryIds === null) return;
  if (parentId === null || !inCategories(auth.actor, parentId)) throw new AppError('FORBIDDEN');
}
