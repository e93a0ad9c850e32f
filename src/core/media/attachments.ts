// Files a content item lists (a document's attachments, a procedure's forms): those of the given
// media ids that are still attachments in the library, in the order the editor chose them.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { mediaUrl } from './library.ts';
import { mediaDb } from './schema.ts';

export interface Attachment {
  id: number;
  /** the uploader's file name, shown and used for the download */
  name: string;
  mime: string;
  size: number;
  url: string;
}

export async function attachmentsOf(db: Kysely<Database>, ids: number[]): Promise<Attachment[]> {
  if (ids.length === 0) return [];
  const rows = await mediaDb(db)
    .selectFrom('media')
    .select(['id', 'original_name', 'mime', 'size', 'key'])
    .where('id', 'in', ids)
    .where('kind', '=', 'attachment')
    .where('deleted_at', 'is', null)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [{ id: r.id, name: r.original_name, mime: r.mime, size: Number(r.size), url: mediaUrl(r.key) }] : [];
  });
}
