// Published items of a declared type written without a person: demo data files and imports. The
// same checks as the back office (validateFields, checkLinks), one transaction per item, a
// revision, the field index and the content-change hooks (search). An item's identity is its
// source key: loading the same file again updates it in place instead of duplicating it.
import type { Kysely } from 'kysely';
import { findOrCreateCategory } from '../content/categories.ts';
import { uniqueSlug } from '../content/slugs.ts';
import { isSqlite } from '../db/dialect.ts';
import type { Content, Database } from '../db/schema.ts';
import { removeDocument } from '../search/index.ts';
import { sanitizeBody } from '../html/sanitize.ts';
import { toNfc } from '../text/fold.ts';
import { contentChanged } from '../workflow/hooks.ts';
import { snapshot } from '../workflow/content.ts';
import type { ContentTypeDeclaration, FieldValues } from './declaration.ts';
import { refreshFieldIndex } from './field-index.ts';
import { checkLinks, validateFields } from './validate.ts';

export interface ItemInput {
  title: string;
  summary?: string;
  /** HTML; sanitised like any body */
  body?: string;
  /** category by name (created under the type when missing, flagged demo with the item) */
  category?: { name: string; nameEn?: string } | undefined;
  fields: FieldValues;
  publishedAt: Date;
  /** identity of the source (file and entry): the same key updates the same item */
  sourceKey: string;
  isDemo?: boolean;
}

/** Validates and writes one published item; returns its id. Throws FieldsInvalid on bad fields. */
export async function publishItem(db: Kysely<Database>, declaration: ContentTypeDeclaration, input: ItemInput, now = new Date()): Promise<number> {
  const fields = await validateFields(declaration, input.fields, 'json');
  await checkLinks(db, declaration, fields);
  const body = input.body ? await sanitizeBody(toNfc(input.body)) : '';
  const title = toNfc(input.title).replace(/\s+/g, ' ').trim();
  const summary = toNfc(input.summary ?? '').replace(/\s+/g, ' ').trim();
  const fieldsJson = JSON.stringify(Object.fromEntries(Object.entries(fields).sort(([a], [b]) => (a < b ? -1 : 1))));
  return db.transaction().execute(async (trx) => {
    let categoryId: number | null = null;
    if (declaration.categories && input.category) {
      const category = await findOrCreateCategory(trx, declaration.type, input.category.name, { isDemo: input.isDemo ?? false });
      if (input.category.nameEn && !category.name_en) await trx.updateTable('categories').set({ name_en: input.category.nameEn }).where('id', '=', category.id).execute();
      categoryId = category.id;
    }
    const values = { title, summary, body, category_id: categoryId, fields: fieldsJson, published_at: input.publishedAt.toISOString() };
    const existing = await trx.selectFrom('content').selectAll().where('source_key', '=', input.sourceKey).where('type', '=', declaration.type).executeTakeFirst();
    let id: number;
    if (existing) {
      const same = (Object.keys(values) as (keyof typeof values)[]).every((k) => existing[k] === values[k]);
      if (same) return existing.id;
      await trx.updateTable('content').set({ ...values, updated_at: now.toISOString(), revision: existing.revision + 1 }).where('id', '=', existing.id).execute();
      id = existing.id;
    } else {
      const row = await trx
        .insertInto('content')
        .values({
          type: declaration.type,
          language: 'vi',
          translation_group: null,
          slug: await uniqueSlug(trx, declaration.type, title),
          ...values,
          cover_image: null,
          cover_alt: null,
          status: 'published',
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
          scheduled_at: null,
          is_demo: input.isDemo ? 1 : 0,
          source_key: input.sourceKey,
          revision: 1,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      id = row.id;
    }
    await refreshFieldIndex(trx, id, fields);
    const saved = (await trx.selectFrom('content').selectAll().where('id', '=', id).executeTakeFirstOrThrow()) as Content;
    await snapshot(trx, saved, null, existing ? 'import' : 'create', now);
    await contentChanged(trx, id);
    return id;
  });
}

/** Deletes exactly the demo items of a type, then the demo categories no item uses; returns how many. */
export async function removeDemoItems(db: Kysely<Database>, type: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const ids = (await trx.selectFrom('content').select('id').where('type', '=', type).where('is_demo', '=', 1).execute()).map((r) => r.id);
    if (ids.length > 0) {
      const dialect = isSqlite(trx as unknown as Kysely<unknown>) ? 'sqlite' : 'postgres';
      for (const id of ids) await removeDocument(trx, dialect, id);
      await trx.deleteFrom('revisions').where('content_id', 'in', ids).execute();
      await trx.deleteFrom('content_field_values').where('content_id', 'in', ids).execute();
      await trx.deleteFrom('content').where('id', 'in', ids).execute();
    }
    await trx
      .deleteFrom('categories')
      .where('type', '=', type)
      .where('is_demo', '=', 1)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('content').select('content.id').whereRef('content.category_id', '=', 'categories.id'))))
      .execute();
    return ids.length;
  });
}
