// What the public may read of a declared type: published (or, where a module shows them with a
// notice, withdrawn) items whose publication time has come, in Vietnamese unless asked otherwise.
// One definition, so that the sections built on declarations agree on "published".
import type { Kysely } from 'kysely';
import type { Content, ContentStatus, Database, Language } from '../db/schema.ts';
import type { FieldValues } from './declaration.ts';
import { parseFields } from './field-index.ts';

export interface ReadableOptions {
  now?: Date;
  language?: Language;
  statuses?: ContentStatus[];
}

/** The content rows of `type` a reader may see, as a query to refine (where, order, limit). */
export function readableContent(db: Kysely<Database>, type: string, options: ReadableOptions = {}) {
  return db
    .selectFrom('content')
    .where('content.type', '=', type)
    .where('content.language', '=', options.language ?? 'vi')
    .where('content.status', 'in', options.statuses ?? ['published'])
    .where('content.published_at', '<=', (options.now ?? new Date()).toISOString());
}

export type ReadableItem = Content & { values: FieldValues };

/** Every readable item of a type with its declared values parsed, newest publication first. */
export async function readableItems(db: Kysely<Database>, type: string, options: ReadableOptions = {}): Promise<ReadableItem[]> {
  const rows = (await readableContent(db, type, options).selectAll('content').orderBy('content.published_at', 'desc').orderBy('content.id', 'desc').execute()) as Content[];
  return rows.map((row) => ({ ...row, values: parseFields(row.fields) }));
}
