// An album's photos count as uses of those library items, so the library refuses to delete a
// photo an album shows and lists the album among its uses. Core's usage hook records what a body
// and a cover image refer to, not the media ids of declared `images` fields; this hook runs after
// it (modules register theirs after core's) and rewrites the album's usage with both, in the same
// transaction as the change.
import type { Transaction } from 'kysely';
import { parseFields } from '../../core/content-types/field-index.ts';
import type { Database } from '../../core/db/schema.ts';
import { mediaUrl } from '../../core/media/library.ts';
import { mediaTrx } from '../../core/media/schema.ts';
import { recordMediaUsage } from '../../core/media/usage.ts';
import { albumType } from './declaration.ts';
import { mediaIds } from './queries.ts';

export async function albumMediaUsage(trx: Transaction<Database>, contentId: number): Promise<void> {
  const row = await trx.selectFrom('content').select(['type', 'fields', 'body', 'cover_image']).where('id', '=', contentId).executeTakeFirst();
  if (!row || row.type !== albumType) return;
  const values = parseFields(row.fields);
  const ids = [...new Set([...mediaIds(values.photos), ...mediaIds(values.cover)])];
  if (ids.length === 0) return;
  const media = await mediaTrx(trx).selectFrom('media').select('key').where('id', 'in', ids).where('deleted_at', 'is', null).execute();
  await recordMediaUsage(trx, contentId, row.body, [row.cover_image, ...media.map((m) => mediaUrl(m.key))]);
}
