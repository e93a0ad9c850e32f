// What the search index holds for a news article: title, sapo, body text, byline and source.
import type { Kysely, Transaction } from 'kysely';
import type { Content, Database } from '../../core/db/schema.ts';
import { htmlToSearchText, type SearchDocument } from '../../core/search/index.ts';
import { parseFields } from '../../core/content-types/field-index.ts';
import { newsFields } from './declaration.ts';
import { articleUrl } from './urls.ts';

export async function newsSearchDocument(db: Kysely<Database> | Transaction<Database>, content: Content): Promise<SearchDocument | undefined> {
  if (content.category_id === null || !content.published_at) return undefined;
  const category = await db.selectFrom('categories').select('slug').where('id', '=', content.category_id).executeTakeFirst();
  if (!category) return undefined;
  const values = parseFields(content.fields);
  const detail = { author: values[newsFields.byline] as string | undefined, source: values[newsFields.source] as string | undefined };
  return {
    contentId: content.id,
    type: content.type,
    language: content.language,
    categoryId: content.category_id,
    publishedAt: content.published_at,
    title: content.title,
    body: [content.summary, htmlToSearchText(content.body), detail?.author, detail?.source].filter(Boolean).join('\n'),
    url: articleUrl(category.slug, content.slug),
  };
}
