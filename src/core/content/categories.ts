// Categories (chuyên mục): nested, per content type, addressed by a folded-ASCII slug.
import type { PortalModule } from '../modules.ts';
import type { Kysely, Transaction } from 'kysely';
import type { Category, Database } from '../db/schema.ts';
import { slugify, toNfc } from '../text/fold.ts';

type Q = Kysely<Database> | Transaction<Database>;

export async function listCategories(db: Q, type: string): Promise<Category[]> {
  return db.selectFrom('categories').selectAll().where('type', '=', type).orderBy('position').orderBy('id').execute();
}

export async function findCategoryBySlug(db: Q, type: string, slug: string): Promise<Category | undefined> {
  return db.selectFrom('categories').selectAll().where('type', '=', type).where('slug', '=', slug).executeTakeFirst();
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
 * order, each with its public address. A slug used by two types resolves to the first.
 */
export async function menuCategories(db: Q, modules: readonly PortalModule[]): Promise<(Category & { href: string })[]> {
  const out: (Category & { href: string })[] = [];
  for (const mod of modules) {
    if (!mod.categoryType || !mod.categoryPath) continue;
    for (const c of await listCategories(db, mod.categoryType)) {
      if (!out.some((o) => o.slug === c.slug)) out.push({ ...c, href: mod.categoryPath(c.slug) });
    }
  }
  return out;
}
