// Writes an article (from an import or the demo set) into the envelope and the news table.
// Re-saving the same source key updates the article in place, so imports never duplicate.
import type { Transaction } from 'kysely';
import { findOrCreateCategory } from '../../core/content/categories.ts';
import type { Content, Database } from '../../core/db/schema.ts';
import { uniqueSlug } from '../../core/content/slugs.ts';
import type { ArticleInput } from './import/article-input.ts';
import { contentChanged } from '../../core/workflow/hooks.ts';
import { snapshot } from '../../core/workflow/content.ts';

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
    .select(['content.id', 'title', 'summary', 'body', 'category_id', 'published_at', 'author', 'source', 'is_featured', 'slug', 'revision'])
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
    if (same) return { id: existing.id, outcome: 'unchanged' };
    // An import is a save like any other: a new revision, so an editor's older form gets a 409.
    await trx.updateTable('content').set({ ...fields, updated_at: now, revision: existing.revision + 1 }).where('id', '=', existing.id).execute();
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
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.insertInto('news_articles').values({ content_id: id, ...detail }).execute();
  await snapshot(trx, (await trx.selectFrom('content').selectAll().where('id', '=', id).executeTakeFirstOrThrow()) as Content, null, options.isDemo ? 'demo' : 'import', new Date(now));
  await contentChanged(trx, id);
  return { id, outcome: 'created' };
}
