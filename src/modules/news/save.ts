// Writes an article (from an import or the demo set) into the envelope and the news table.
// Re-saving the same source key updates the article in place, so imports never duplicate.
import type { Transaction } from 'kysely';
import { findOrCreateCategory } from '../../core/content/categories.ts';
import type { Content, Database } from '../../core/db/schema.ts';
import { uniqueSlug } from '../../core/content/slugs.ts';
import type { ArticleInput } from './import/article-input.ts';
import { contentChanged } from '../../core/workflow/hooks.ts';
import { snapshot } from '../../core/workflow/content.ts';
import { parseFields, refreshFieldIndex } from '../../core/content-types/field-index.ts';

/** The news fields an import or the demo sets (byline, source, featured), merged into the stored ones. */
function importedFields(stored: string | undefined, input: ArticleInput, featured: boolean): string {
  const values: Record<string, unknown> = { ...parseFields(stored) };
  for (const [name, value] of [['byline', input.author], ['source', input.source]] as const) {
    if (value) values[name] = value;
    else delete values[name];
  }
  if (featured) values.placement = [...new Set([...((values.placement as string[] | undefined) ?? []), 'featured'])];
  return JSON.stringify(Object.fromEntries(Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}

export const newsType = 'news';

export type SaveOutcome = 'created' | 'updated' | 'unchanged';

export interface SaveOptions {
  isDemo?: boolean;
  isFeatured?: boolean;
  now?: Date;
}

export async function saveArticle(trx: Transaction<Database>, input: ArticleInput, options: SaveOptions = {}): Promise<{ id: number; outcome: SaveOutcome }> {
  const now = (options.now ?? new Date()).toISOString();
  const category = await findOrCreateCategory(trx, newsType, input.categoryName, { isDemo: options.isDemo ?? false });
  // Real content adopts a category the demo created, so removing the demo keeps it.
  if (!options.isDemo && category.is_demo) await trx.updateTable('categories').set({ is_demo: 0 }).where('id', '=', category.id).execute();
  const fields = {
    title: input.title,
    summary: input.summary,
    body: input.body,
    category_id: category.id,
    published_at: input.publishedAt.toISOString(),
  };
  const detail = { author: input.author ?? null, source: input.source ?? null, is_featured: options.isFeatured ? 1 : 0 };

  const existing = await trx
    .selectFrom('content')
    .leftJoin('news_articles', 'news_articles.content_id', 'content.id')
    .select(['content.id', 'title', 'summary', 'body', 'category_id', 'published_at', 'author', 'source', 'is_featured', 'slug', 'revision', 'fields'])
    .where('source_key', '=', input.sourceKey)
    .executeTakeFirst();

  if (existing) {
    const same =
      existing.title === fields.title &&
      existing.summary === fields.summary &&
      existing.body === fields.body &&
      existing.category_id === fields.category_id &&
      existing.published_at === fields.published_at &&
      existing.author === detail.author &&
      existing.source === detail.source;
    const storedFields = importedFields(existing.fields, input, false);
    if (same && storedFields === existing.fields) return { id: existing.id, outcome: 'unchanged' };
    // An import is a save like any other: a new revision, so an editor's older form gets a 409.
    await trx.updateTable('content').set({ ...fields, fields: storedFields, updated_at: now, revision: existing.revision + 1 }).where('id', '=', existing.id).execute();
    await refreshFieldIndex(trx, existing.id, parseFields(storedFields));
    await trx
      .insertInto('news_articles')
      .values({ content_id: existing.id, ...detail })
      .onConflict((oc) => oc.column('content_id').doUpdateSet({ author: detail.author, source: detail.source }))
      .execute();
    await snapshot(trx, (await trx.selectFrom('content').selectAll().where('id', '=', existing.id).executeTakeFirstOrThrow()) as Content, null, 'import', new Date(now));
    await contentChanged(trx, existing.id);
    return { id: existing.id, outcome: 'updated' };
  }

  const { id } = await trx
    .insertInto('content')
    .values({
      ...fields,
      type: newsType,
      language: 'vi',
      translation_group: null,
      slug: await uniqueSlug(trx, newsType, input.title),
      cover_image: null,
      cover_alt: null,
      status: 'published',
      created_at: now,
      updated_at: now,
      scheduled_at: null,
      is_demo: options.isDemo ? 1 : 0,
      source_key: input.sourceKey,
      fields: importedFields(undefined, input, options.isFeatured ?? false),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.insertInto('news_articles').values({ content_id: id, ...detail }).execute();
  await refreshFieldIndex(trx, id, parseFields(importedFields(undefined, input, options.isFeatured ?? false)));
  await snapshot(trx, (await trx.selectFrom('content').selectAll().where('id', '=', id).executeTakeFirstOrThrow()) as Content, null, options.isDemo ? 'demo' : 'import', new Date(now));
  await contentChanged(trx, id);
  return { id, outcome: 'created' };
}

/** A draft created in the back office or the admin API: its detail row, and the writer's name as the byline. */
export async function startArticle(trx: Transaction<Database>, contentId: number, authorName: string): Promise<void> {
  await trx.insertInto('news_articles').values({ content_id: contentId, author: authorName, source: null }).execute();
  const row = await trx.selectFrom('content').select('fields').where('id', '=', contentId).executeTakeFirstOrThrow();
  const values = parseFields(row.fields);
  if (values.byline !== undefined || !authorName.trim()) return;
  values.byline = authorName.trim().slice(0, 200);
  const fields = JSON.stringify(Object.fromEntries(Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
  await trx.updateTable('content').set({ fields }).where('id', '=', contentId).execute();
  await refreshFieldIndex(trx, contentId, values);
}
