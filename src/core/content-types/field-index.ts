// content_field_values: the scalar values of content.fields in rows (one per value of a
// multi-valued field), rewritten in the same transaction as every save, so back-office filters
// and "what refers to this item" are plain indexed queries on both databases.
import type { Kysely, Transaction } from 'kysely';
import { declarationOf } from '../modules.ts';
import type { Database } from '../db/schema.ts';
import type { FieldValues } from './declaration.ts';

type Row = { content_id: number; field: string; text_value: string | null; number_value: number | null };

function rowsOf(contentId: number, values: FieldValues): Row[] {
  const rows: Row[] = [];
  for (const [field, value] of Object.entries(values)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (typeof one === 'number') rows.push({ content_id: contentId, field, text_value: String(one), number_value: one });
      // long texts are not filtered on: the first 200 characters are enough to sort and match
      else if (typeof one === 'string') rows.push({ content_id: contentId, field, text_value: one.slice(0, 200), number_value: null });
    }
  }
  return rows;
}

export function parseFields(json: string | null | undefined): FieldValues {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as FieldValues) : {};
  } catch {
    return {};
  }
}

/** Rewrites the rows of one item from its stored fields. */
export async function refreshFieldIndex(trx: Transaction<Database> | Kysely<Database>, contentId: number, values: FieldValues): Promise<void> {
  await trx.deleteFrom('content_field_values').where('content_id', '=', contentId).execute();
  const rows = rowsOf(contentId, values);
  if (rows.length > 0) await trx.insertInto('content_field_values').values(rows).execute();
}

/** Ids of items of `type` whose `field` holds `id` (a reference pointing back). */
export async function referringItems(db: Kysely<Database>, field: string, id: number, type: string): Promise<number[]> {
  const rows = await db
    .selectFrom('content_field_values')
    .innerJoin('content', 'content.id', 'content_field_values.content_id')
    .select('content.id')
    .where('content_field_values.field', '=', field)
    .where('content_field_values.number_value', '=', id)
    .where('content.type', '=', type)
    .execute();
  return rows.map((r) => r.id);
}

export interface BackReference {
  id: number;
  type: string;
  field: string;
  title: string;
  slug: string;
  categorySlug: string | null;
}

/**
 * Published items of any type whose reference fields point at `id` (a procedure's legal basis,
 * seen from the document): the referring module is never named, its declaration gives the path.
 */
export async function publishedReferencesTo(db: Kysely<Database>, id: number, now = new Date()): Promise<BackReference[]> {
  const target = await db.selectFrom('content').select('type').where('id', '=', id).executeTakeFirst();
  if (!target) return [];
  const rows = await db
    .selectFrom('content_field_values')
    .innerJoin('content', 'content.id', 'content_field_values.content_id')
    .leftJoin('categories', 'categories.id', 'content.category_id')
    .select(['content.id', 'content.type', 'content_field_values.field', 'content.title', 'content.slug', 'categories.slug as categorySlug'])
    .where('content_field_values.number_value', '=', id)
    .where('content.status', 'in', ['published', 'withdrawn'])
    .where('content.published_at', '<=', now.toISOString())
    .orderBy('content.title')
    .execute();
  // only reference fields to the target's type: a number field holding the same value (an area of
  // 12 ha, a count) is not a reference to item 12
  return rows.filter((r) => {
    const field = declarationOf(r.type)?.fields.find((f) => f.name === r.field);
    return field?.kind === 'reference' && field.referenceType === target.type;
  });
}
