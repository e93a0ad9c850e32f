// Keeps the search index equal to what is published: called in the same transaction as every
// content change (workflow, import, demo), it indexes published items through their module and
// removes everything else, so drafts, scheduled, withdrawn or removed items are never found.
import type { Kysely, Transaction } from 'kysely';
import { isSqlite } from '../db/dialect.ts';
import type { Content, Database } from '../db/schema.ts';
import { htmlToSearchText, indexDocument, removeDocument, type SearchDocument } from '../search/index.ts';
import type { ContentTypeDeclaration } from '../content-types/declaration.ts';
import { parseFields } from '../content-types/field-index.ts';
import { moduleOfType } from '../modules.ts';

/**
 * A declared type without its own searchDocument is indexed from its declaration: the title; the
 * summary, the body's text and the text of every field with `search` set; the item's public path.
 */
async function declaredSearchDocument(db: Kysely<Database> | Transaction<Database>, declaration: ContentTypeDeclaration, content: Content): Promise<SearchDocument | undefined> {
  if (!content.published_at) return undefined;
  const category = content.category_id === null ? undefined : await db.selectFrom('categories').select('slug').where('id', '=', content.category_id).executeTakeFirst();
  const values = parseFields(content.fields);
  const fieldText = declaration.fields
    .filter((f) => f.search && values[f.name] !== undefined)
    .flatMap((f) => {
      const value = values[f.name];
      const list = Array.isArray(value) ? value : [value];
      return list.map((v) => (f.kind === 'richText' && typeof v === 'string' ? htmlToSearchText(v) : f.kind === 'select' ? (f.options?.find((o) => o.value === v)?.label.vi ?? String(v)) : typeof v === 'object' ? '' : String(v)));
    });
  return {
    contentId: content.id,
    type: content.type,
    language: content.language,
    categoryId: content.category_id,
    publishedAt: content.published_at,
    title: content.title,
    body: [content.summary, htmlToSearchText(content.body), ...fieldText].filter(Boolean).join('\n'),
    url: declaration.itemPath({ slug: content.slug, categorySlug: category?.slug ?? null }),
  };
}

export async function searchDocumentOf(db: Kysely<Database> | Transaction<Database>, content: Content): Promise<SearchDocument | undefined> {
  const mod = moduleOfType(content.type);
  if (mod?.searchDocument) return mod.searchDocument(db, content);
  return mod?.declaration ? declaredSearchDocument(db, mod.declaration, content) : undefined;
}

export async function searchIndexHook(trx: Transaction<Database>, contentId: number): Promise<void> {
  const dialect = isSqlite(trx as unknown as Kysely<unknown>) ? 'sqlite' : 'postgres';
  const content = (await trx.selectFrom('content').selectAll().where('id', '=', contentId).executeTakeFirst()) as Content | undefined;
  const doc = content && content.status === 'published' && content.published_at ? await searchDocumentOf(trx, content) : undefined;
  if (doc) await indexDocument(trx, dialect, doc);
  else await removeDocument(trx, dialect, contentId);
}
