// The thumbnail (ảnh đại diện) of an article is chosen as a declared field (a media id and its alt
// text, revisioned with the article); it is mirrored into the envelope's cover_image ("/media/<key>")
// and cover_alt after every change, in the same transaction, so lists read it without JSON and the
// media library counts it as a use (an image used as a thumbnail cannot be deleted).
import type { Transaction } from 'kysely';
import { parseFields } from '../../core/content-types/field-index.ts';
import type { Database } from '../../core/db/schema.ts';
import { mediaUrl } from '../../core/media/library.ts';
import { mediaTrx } from '../../core/media/schema.ts';
import { mediaUsageHook } from '../../core/media/usage.ts';
import { newsFields } from './declaration.ts';
import { newsType } from './save.ts';

export async function mirrorCover(trx: Transaction<Database>, contentId: number): Promise<void> {
  const row = await trx.selectFrom('content').select(['type', 'fields', 'cover_image', 'cover_alt']).where('id', '=', contentId).executeTakeFirst();
  if (!row || row.type !== newsType) return;
  const values = parseFields(row.fields);
  const ids = values[newsFields.cover];
  const id = Array.isArray(ids) && typeof ids[0] === 'number' ? ids[0] : undefined;
  const media = id === undefined ? undefined : await mediaTrx(trx).selectFrom('media').select('key').where('id', '=', id).where('kind', '=', 'image').where('deleted_at', 'is', null).executeTakeFirst();
  const image = media ? mediaUrl(media.key) : null;
  const alt = image && typeof values[newsFields.coverAlt] === 'string' ? (values[newsFields.coverAlt] as string) : null;
  if (image === row.cover_image && alt === row.cover_alt) return;
  await trx.updateTable('content').set({ cover_image: image, cover_alt: alt }).where('id', '=', contentId).execute();
  // core's usage hook ran before this one, with the old cover
  await mediaUsageHook(trx, contentId);
}
