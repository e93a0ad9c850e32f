// A video's poster counts as a use of that library item, so the library refuses to delete it and
// lists the video among its uses. Core's usage hook records what a body and a cover image refer
// to, not the media ids of declared `images` fields; this hook runs after it (modules register
// theirs after core's) and rewrites the video's usage with both, in the same transaction.
import type { Transaction } from 'kysely';
import { parseFields } from '../../core/content-types/field-index.ts';
import type { Database } from '../../core/db/schema.ts';
import { mediaUrl } from '../../core/media/library.ts';
import { mediaTrx } from '../../core/media/schema.ts';
import { recordMediaUsage } from '../../core/media/usage.ts';
import { videoType } from './declaration.ts';
import { mediaIds } from './queries.ts';

export async function videoMediaUsage(trx: Transaction<Database>, contentId: number): Promise<void> {
  const row = await trx.selectFrom('content').select(['type', 'fields', 'body', 'cover_image']).where('id', '=', contentId).executeTakeFirst();
  if (!row || row.type !== videoType) return;
  const ids = mediaIds(parseFields(row.fields).poster);
  if (ids.length === 0) return;
  const media = await mediaTrx(trx).selectFrom('media').select('key').where('id', 'in', ids).where('deleted_at', 'is', null).execute();
  await recordMediaUsage(trx, contentId, row.body, [row.cover_image, ...media.map((m) => mediaUrl(m.key))]);
}
