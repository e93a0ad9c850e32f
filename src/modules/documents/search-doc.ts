// What the search index holds for a legal document, weighted as its declaration says: fields
// marked 'title' or 'number' rank with the title (the number is also indexed whole, so
// "18/2020/QĐ-UBND" and "18/2020/qd-ubnd" find it), 'body' fields and the abstract with the text.
import type { Kysely, Transaction } from 'kysely';
import type { Content, Database } from '../../core/db/schema.ts';
import { parseFields } from '../../core/content-types/field-index.ts';
import { htmlToSearchText, type SearchDocument } from '../../core/search/index.ts';
import type { FieldValues, SelectOption } from '../../core/content-types/declaration.ts';
import { documentDeclaration, optionLabel } from './declaration.ts';
import { documentPath } from './urls.ts';

function shown(value: unknown, options: SelectOption[] | undefined): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  return options ? (optionLabel(options, value, 'vi') ?? value) : value;
}

/** The searchable text of a document: what ranks with the title, and the rest. */
export function documentSearchText(item: { title: string; summary: string; body: string; fields: FieldValues }): { title: string; body: string } {
  const titleParts = [item.title];
  const bodyParts = [item.summary, htmlToSearchText(item.body)];
  for (const field of documentDeclaration.fields) {
    const value = shown(item.fields[field.name], field.options);
    if (!value) continue;
    if (field.search === 'title' || field.search === 'number') {
      if (!item.title.includes(value)) titleParts.push(value);
    } else if (field.search === 'body' || field.kind === 'select') bodyParts.push(value);
  }
  return { title: titleParts.join(' – '), body: bodyParts.filter(Boolean).join('\n') };
}

export async function documentSearchDocument(_db: Kysely<Database> | Transaction<Database>, content: Content): Promise<SearchDocument | undefined> {
  if (!content.published_at) return undefined;
  const text = documentSearchText({ title: content.title, summary: content.summary, body: content.body, fields: parseFields(content.fields) });
  return {
    contentId: content.id,
    type: content.type,
    language: content.language,
    categoryId: content.category_id,
    publishedAt: content.published_at,
    title: text.title,
    body: text.body,
    url: documentPath(content.slug),
  };
}
