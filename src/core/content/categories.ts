// Categories (chuyên mục): nested, per content type, addressed by a folded-ASCII slug.
import { moduleOfType, type PortalModule } from '../modules.ts';
import type { Kysely, Transaction } from 'kysely';
import type { Category, Database } from '../db/schema.ts';
import { audit } from '../audit/log.ts';
import { slugify, toNfc } from '../text/fold.ts';

type Q = Kysely<Database> | Transaction<Database>;

/**
 * `visibleOnly`: what the public lists show. A hidden category, and every category under a hidden
 * one, is left out of public lists, menus and the home page; its page and its items still answer,
 * since cards and breadcrumbs link to them.
 */
export interface CategoryVisibility {
  visibleOnly?: boolean;
}

export async function listCategories(db: Q, type: string, options: CategoryVisibility = {}): Promise<Category[]> {
  const all = await db.selectFrom('categories').selectAll().where('type', '=', type).orderBy('position').orderBy('id').execute();
  return options.visibleOnly ? all.filter((c) => !hiddenInTree(c, all)) : all;
}

export async function findCategoryBySlug(db: Q, type: string, slug: string, options: CategoryVisibility = {}): Promise<Category | undefined> {
  const found = await db.selectFrom('categories').selectAll().where('type', '=', type).where('slug', '=', slug).executeTakeFirst();
  if (!found || !options.visibleOnly) return found;
  if (!found.is_hidden && found.parent_id === null) return found;
  return hiddenInTree(found, await listCategories(db, type)) ? undefined : found;
}

/** Whether the category or one of its ancestors is hidden. */
function hiddenInTree(category: Category, all: readonly Category[]): boolean {
  const seen = new Set<number>();
  for (let c: Category | undefined = category; c && !seen.has(c.id); c = c.parent_id === null ? undefined : all.find((p) => p.id === c!.parent_id)) {
    if (c.is_hidden) return true;
    seen.add(c.id);
  }
  return false;
}

/**
 * Finds a category by its displayed name, ignoring case and diacritics differences in how the
 * source wrote it ("Tin Ban quản lý" = "Tin Ban Quản lý"), and creates it when missing.
 */
export async function findOrCreateCategory(
  db: Q,
  type: string,
  name: string,
  options: { isDemo?: boolean } = {},
): Promise<Category> {
  const clean = toNfc(name).replace(/\s+/g, ' ').trim();
  const slug = slugify(clean);
  if (!slug) throw new Error(`Category name "${name}" has no letters or digits`);
  const existing = await findCategoryBySlug(db, type, slug);
  if (existing) return existing;
  const { max } = await db
    .selectFrom('categories')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('type', '=', type)
    .executeTakeFirstOrThrow();
  const inserted = await db
    .insertInto('categories')
    .values({ type, slug, name: clean, parent_id: null, name_en: null, position: Number(max ?? 0) + 1, is_demo: options.isDemo ? 1 : 0 })
    .returningAll()
    .executeTakeFirstOrThrow();
  return inserted;
}

/**
 * Categories a menu entry may point at, of every module that has category pages, in registry
 * order, each with its public address. A slug used by two types resolves to the first. Hidden
 * categories are left out (a menu entry to one disappears until it is shown again), except for
 * the settings form (`includeHidden`), where such an entry must stay valid.
 */
export async function menuCategories(db: Q, modules: readonly PortalModule[], options: { includeHidden?: boolean } = {}): Promise<(Category & { href: string })[]> {
  const withPages = modules.filter((m) => m.categoryType && m.categoryPath);
  if (withPages.length === 0) return [];
  // one query for every type (this runs on every public page), grouped in registry order below
  const rows = await db.selectFrom('categories').selectAll().where('type', 'in', withPages.map((m) => m.categoryType!)).orderBy('position').orderBy('id').execute();
  const out: (Category & { href: string })[] = [];
  for (const mod of withPages) {
    const all = rows.filter((c) => c.type === mod.categoryType);
    for (const c of all) {
      if (!options.includeHidden && hiddenInTree(c, all)) continue;
      if (!out.some((o) => o.slug === c.slug)) out.push({ ...c, href: mod.categoryPath!(c.slug) });
    }
  }
  return out;
}

// ---- Managing categories (the back office's /admin/categories) ----

/** Levels of categories: a top level and one level under it, as the site's menus show them. */
export const maxCategoryDepth = 2;
const maxNameLength = 150;

export type CategoryProblem =
  | { code: 'NOT_FOUND' }
  | { code: 'NAME_REQUIRED' }
  | { code: 'NAME_TOO_LONG'; max: number }
  | { code: 'NO_LETTERS' }
  | { code: 'DUPLICATE'; name: string }
  | { code: 'UNKNOWN_PARENT' }
  | { code: 'CYCLE' }
  | { code: 'TOO_DEEP'; max: number }
  | { code: 'NOT_EMPTY'; items: number; children: number };

/** A refused change; nothing was written. */
export class CategoryError extends Error {
  constructor(readonly problem: CategoryProblem) {
    super(problem.code);
  }
}

/** Who changes categories, for the audit log. */
export interface CategoryChanger {
  userId: number;
  actor: string;
  ip?: string | undefined;
}

export interface CategoryInput {
  name: string;
  nameEn?: string | undefined;
  /** null = top level */
  parentId: number | null;
}

export type CategoryNode = Category & { depth: number; items: number; children: number };

/** A type's categories in tree order (each parent followed by its children, by position), with depth and counts. */
export async function categoryTree(db: Q, type: string): Promise<CategoryNode[]> {
  const all = await listCategories(db, type);
  const counts = await categoryItemCounts(db, all.map((c) => c.id));
  const out: CategoryNode[] = [];
  const placed = new Set<number>();
  const visit = (parentId: number | null, depth: number) => {
    for (const c of all.filter((x) => x.parent_id === parentId)) {
      if (placed.has(c.id)) continue;
      placed.add(c.id);
      out.push({ ...c, depth, items: counts.get(c.id) ?? 0, children: all.filter((x) => x.parent_id === c.id).length });
      visit(c.id, depth + 1);
    }
  };
  visit(null, 1);
  // rows whose parent is missing (never by these functions) still show, at the top level
  for (const c of all) if (!placed.has(c.id)) out.push({ ...c, depth: 1, items: counts.get(c.id) ?? 0, children: 0 });
  return out;
}

/** How many items (of any status and language) sit in each category. */
export async function categoryItemCounts(db: Q, ids: readonly number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('content')
    .select(['category_id', (eb) => eb.fn.countAll().as('n')])
    .where('category_id', 'in', [...ids])
    .groupBy('category_id')
    .execute();
  for (const r of rows) if (r.category_id !== null) out.set(r.category_id, Number(r.n));
  return out;
}

export async function findCategory(db: Q, id: number): Promise<Category | undefined> {
  if (!Number.isSafeInteger(id) || id < 1) return undefined;
  return db.selectFrom('categories').selectAll().where('id', '=', id).executeTakeFirst();
}

function cleanName(raw: string): string {
  return toNfc(raw).replace(/\s+/g, ' ').trim();
}

function checkName(name: string): void {
  if (!name) throw new CategoryError({ code: 'NAME_REQUIRED' });
  if (name.length > maxNameLength) throw new CategoryError({ code: 'NAME_TOO_LONG', max: maxNameLength });
  if (!slugify(name)) throw new CategoryError({ code: 'NO_LETTERS' });
}

/** Two categories of one type may not have names that fold to the same words ("Tin Đầu tư" = "tin dau tu"). */
function checkDuplicate(name: string, all: readonly Category[], exceptId?: number): void {
  const folded = slugify(name);
  const same = all.find((c) => c.id !== exceptId && (slugify(c.name) === folded || c.slug === folded));
  if (same) throw new CategoryError({ code: 'DUPLICATE', name: same.name });
}

/** Depth of a category (1 = top level) within its type's list. */
function depthOf(id: number, all: readonly Category[]): number {
  let depth = 0;
  const seen = new Set<number>();
  for (let c = all.find((x) => x.id === id); c && !seen.has(c.id); c = all.find((x) => x.id === c!.parent_id)) {
    seen.add(c.id);
    depth++;
  }
  return depth;
}

/** Levels from a category down to its deepest descendant (1 = no children). */
function heightOf(id: number, all: readonly Category[], seen = new Set<number>()): number {
  if (seen.has(id)) return 1;
  seen.add(id);
  const children = all.filter((c) => c.parent_id === id);
  return 1 + Math.max(0, ...children.map((c) => heightOf(c.id, all, seen)));
}

function checkParent(parentId: number | null, all: readonly Category[], self?: Category): void {
  if (parentId === null) return;
  const parent = all.find((c) => c.id === parentId);
  if (!parent) throw new CategoryError({ code: 'UNKNOWN_PARENT' });
  if (self) {
    // the new parent may not be the category itself or one of its descendants
    const seen = new Set<number>();
    for (let c: Category | undefined = parent; c && !seen.has(c.id); c = all.find((x) => x.id === c!.parent_id)) {
      if (c.id === self.id) throw new CategoryError({ code: 'CYCLE' });
      seen.add(c.id);
    }
  }
  if (depthOf(parent.id, all) + (self ? heightOf(self.id, all) : 1) > maxCategoryDepth) throw new CategoryError({ code: 'TOO_DEEP', max: maxCategoryDepth });
}

/**
 * The address of a new category: its folded name, unique within its type and never the address
 * of one of the type's items (a type whose category pages and items share a path, like /van-ban/<slug>).
 */
async function newSlug(trx: Transaction<Database>, type: string, name: string, all: readonly Category[]): Promise<string> {
  const base = slugify(name, 90);
  const mod = moduleOfType(type);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (all.some((c) => c.slug === candidate)) continue;
    const sharesPath = mod?.categoryPath && mod.declaration && mod.categoryPath(candidate) === mod.declaration.itemPath({ slug: candidate, categorySlug: null });
    if (sharesPath && (await trx.selectFrom('content').select('id').where('type', '=', type).where('slug', '=', candidate).executeTakeFirst())) continue;
    return candidate;
  }
}

const maxPosition = async (trx: Transaction<Database>, type: string) =>
  Number((await trx.selectFrom('categories').select((eb) => eb.fn.max('position').as('max')).where('type', '=', type).executeTakeFirstOrThrow()).max ?? 0);

export async function createCategory(db: Kysely<Database>, type: string, input: CategoryInput, who: CategoryChanger): Promise<Category> {
  const name = cleanName(input.name);
  const nameEn = cleanName(input.nameEn ?? '') || null;
  checkName(name);
  if (nameEn && nameEn.length > maxNameLength) throw new CategoryError({ code: 'NAME_TOO_LONG', max: maxNameLength });
  return db.transaction().execute(async (trx) => {
    const all = await listCategories(trx, type);
    checkDuplicate(name, all);
    checkParent(input.parentId, all);
    const slug = await newSlug(trx, type, name, all);
    const row = await trx
      .insertInto('categories')
      .values({ type, slug, name, name_en: nameEn, parent_id: input.parentId, position: (await maxPosition(trx, type)) + 1, is_demo: 0, is_hidden: 0 })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, { action: 'category.create', userId: who.userId, actor: who.actor, ip: who.ip, targetType: 'category', targetId: row.id, details: { type, name, nameEn, slug, parentId: input.parentId } });
    return row;
  });
}

/** Renames (Vietnamese and English names) and moves under another parent; the slug, and so every address, stays. */
export async function updateCategory(db: Kysely<Database>, id: number, input: CategoryInput, who: CategoryChanger): Promise<Category> {
  const name = cleanName(input.name);
  const nameEn = cleanName(input.nameEn ?? '') || null;
  checkName(name);
  if (nameEn && nameEn.length > maxNameLength) throw new CategoryError({ code: 'NAME_TOO_LONG', max: maxNameLength });
  return db.transaction().execute(async (trx) => {
    const current = await findCategory(trx, id);
    if (!current) throw new CategoryError({ code: 'NOT_FOUND' });
    const all = await listCategories(trx, current.type);
    checkDuplicate(name, all, id);
    const moved = input.parentId !== current.parent_id;
    if (moved) checkParent(input.parentId, all, current);
    const renamed = name !== current.name || nameEn !== current.name_en;
    if (!renamed && !moved) return current;
    const row = await trx
      .updateTable('categories')
      .set({ name, name_en: nameEn, parent_id: input.parentId, ...(moved ? { position: (await maxPosition(trx, current.type)) + 1 } : {}) })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const base = { userId: who.userId, actor: who.actor, ip: who.ip, targetType: 'category', targetId: id };
    if (renamed) await audit(trx, { ...base, action: 'category.rename', details: { from: { name: current.name, nameEn: current.name_en }, to: { name, nameEn } } });
    if (moved) await audit(trx, { ...base, action: 'category.move', details: { from: current.parent_id, to: input.parentId } });
    return row;
  });
}

/** Moves a category one place up or down among its siblings. */
export async function reorderCategory(db: Kysely<Database>, id: number, direction: 'up' | 'down', who: CategoryChanger): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await findCategory(trx, id);
    if (!current) throw new CategoryError({ code: 'NOT_FOUND' });
    const siblings = (await listCategories(trx, current.type)).filter((c) => c.parent_id === current.parent_id);
    const index = siblings.findIndex((c) => c.id === id);
    const other = direction === 'up' ? index - 1 : index + 1;
    if (other < 0 || other >= siblings.length) return;
    // the siblings keep the positions they had (made distinct), in the new order
    const positions: number[] = [];
    for (const c of siblings) positions.push(Math.max(c.position, (positions[positions.length - 1] ?? -Infinity) + 1));
    const order = [...siblings];
    [order[index], order[other]] = [order[other]!, order[index]!];
    for (const [i, c] of order.entries()) if (c.position !== positions[i]) await trx.updateTable('categories').set({ position: positions[i]! }).where('id', '=', c.id).execute();
    await audit(trx, { action: 'category.reorder', userId: who.userId, actor: who.actor, ip: who.ip, targetType: 'category', targetId: id, details: { direction, from: index + 1, to: other + 1 } });
  });
}

/** Hides a category from the public lists, menus and home page, or shows it again (its page still answers). */
export async function setCategoryHidden(db: Kysely<Database>, id: number, hidden: boolean, who: CategoryChanger): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await findCategory(trx, id);
    if (!current) throw new CategoryError({ code: 'NOT_FOUND' });
    if (Boolean(current.is_hidden) === hidden) return;
    await trx.updateTable('categories').set({ is_hidden: hidden ? 1 : 0 }).where('id', '=', id).execute();
    await audit(trx, { action: hidden ? 'category.hide' : 'category.show', userId: who.userId, actor: who.actor, ip: who.ip, targetType: 'category', targetId: id, details: { name: current.name } });
  });
}

/** Deletes a category with no items and no sub-categories; otherwise refuses, saying how many. */
export async function deleteCategory(db: Kysely<Database>, id: number, who: CategoryChanger): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await findCategory(trx, id);
    if (!current) throw new CategoryError({ code: 'NOT_FOUND' });
    const items = (await categoryItemCounts(trx, [id])).get(id) ?? 0;
    const { n } = await trx.selectFrom('categories').select((eb) => eb.fn.countAll().as('n')).where('parent_id', '=', id).executeTakeFirstOrThrow();
    const children = Number(n);
    if (items > 0 || children > 0) throw new CategoryError({ code: 'NOT_EMPTY', items, children });
    await trx.deleteFrom('categories').where('id', '=', id).execute();
    await audit(trx, { action: 'category.delete', userId: who.userId, actor: who.actor, ip: who.ip, targetType: 'category', targetId: id, details: { type: current.type, name: current.name, slug: current.slug } });
  });
}
