// Keeps the search index equal to what is published: called in the same transaction as every
// content change (workflow, import, demo), it indexes published items through their module and
// removes everything else, so drafts, scheduled, withdrawn or removed items are never found.
import type { Kysely, Transaction } from 'kysely';
import { isSqlite } from '../db/dialect.ts';
import type { Content, Database } from '../db/schema.ts';
import { htmlToSearchText, indexDocument, removeDocument, type SearchDocument } from '../search/index.ts';
import { optionLabel, type ContentTypeDeclaration, type FieldValues } from '../content-types/declaration.ts';
import { parseFields } from '../content-types/field-index.ts';
import { rowsSearchText } from '../content-types/rows.ts';
import { moduleOfType } from '../modules.ts';

/**
 * The searchable text of an item of a declared type, weighted as its declaration says: fields
 * marked 'title' or 'number' rank with the title (a number is also indexed whole, so
 * "18/2020/QĐ-UBND" and "18/2020/qd-ubnd" find it); 'body' fields (selects by their Vietnamese
 * label, rich text as text, the rows of a `rows` field by their cells' text) go with the summary and body.
 */
export function declaredSearchText(declaration: ContentTypeDeclaration, item: { title: string; summary: string; body: string; fields: FieldValues }): { title: string; body: string } {
  const titleParts = [item.title];
  const bodyParts = [item.summary, htmlToSearchText(item.body)];
  for (const field of declaration.fields) {
    if (!field.search || item.fields[field.name] === undefined) continue;
    const raw = item.fields[field.name];
    if (field.kind === 'rows') {
      const text = rowsSearchText(field, raw);
      if (text && field.search === 'body') bodyParts.push(text);
      else if (text && !item.title.includes(text)) titleParts.push(text);
      continue;
    }
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      const text =
        field.kind === 'select' ? (optionLabel(field.options, value, 'vi') ?? String(value))
        : field.kind === 'richText' && typeof value === 'string' ? htmlToSearchText(value)
        : typeof value === 'string' || typeof value === 'number' ? String(value)
        : '';
      if (!text) continue;
      if (field.search === 'body') bodyParts.push(text);
      else if (!item.title.includes(text)) titleParts.push(text);
    }
  }
  return { title: titleParts.join(' – '), body: bodyParts.filter(Boolean).join('\n') };
}

/** A declared type without its own searchDocument is indexed from its declaration, at its public path. */
async function declaredSearchDocument(db: Kysely<Database> | Transaction<Database>, declaration: ContentTypeDeclaration, content: Content): Promise<SearchDocument | undefined> {
  if (!content.published_at) return undefined;
  const category = content.category_id === null ? undefined : await db.selectFrom('categories').select('slug').where('id', '=', content.category_id).executeTakeFirst();
  const text = declaredSearchText(declaration, { title: content.title, summary: content.summary, body: content.body, fields: parseFields(content.fields) });
  return {
    contentId: content.id,
    type: content.type,
    language: content.language,
    categoryId: content.category_id,
    publishedAt: content.published_at,
    title: text.title,
    body: text.body,
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
