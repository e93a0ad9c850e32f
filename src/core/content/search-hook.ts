// Keeps the search index equal to what is published: called in the same transaction as every
// content change (workflow, import, demo), it indexes published items through their module and
// removes everything else, so drafts, scheduled, withdrawn or removed items are never found.
import type { Kysely, Transaction } from 'kysely';
import { isSqlite } from '../db/dialect.ts';
import type { Content, Database } from '../db/schema.ts';
import { indexDocument, removeDocument, type SearchDocument } from '../search/index.ts';
import { modules } from '../../modules/registry.ts';

export async function searchDocumentOf(db: Kysely<Database> | Transaction<Database>, content: Content): Promise<SearchDocument | undefined> {
  const mod = modules.find((m) => m.contentType === content.type);
  return mod?.searchDocument?.(db, content);
}

export async function searchIndexHook(trx: Transaction<Database>, contentId: number): Promise<void> {
  const dialect = isSqlite(trx as unknown as Kysely<unknown>) ? 'sqlite' : 'postgres';
  const content = (await trx.selectFrom('content').selectAll().where('id', '=', contentId).executeTakeFirst()) as Content | undefined;
  const doc = content && content.status === 'published' && content.published_at ? await searchDocumentOf(trx, content) : undefined;
  if (doc) await indexDocument(trx, dialect, doc);
  else await removeDocument(trx, dialect, contentId);
}
