// Operations of the media library over the database and the storage: store an upload (files
// first, then the rows and the audit entry in one transaction, files removed again if that
// fails), list and search, change the texts, delete (refused while content uses the item).
import type { Kysely } from 'kysely';
import { audit } from '../audit/log.ts';
import { can, type Actor } from '../auth/permissions.ts';
import { isSqlite } from '../db/dialect.ts';
import type { Database } from '../db/schema.ts';
import { foldVietnamese } from '../text/fold.ts';
import { MediaError } from './errors.ts';
import { prepareMedia, sha256Of, variantContentTypes, type ProcessLimits } from './process.ts';
import { coreTrx, mediaDb, type Media, type MediaDatabase, type MediaKind, type MediaVariant } from './schema.ts';
import { newMediaStem, type MediaStorage } from './storage.ts';

export interface Who {
  userId: number;
  email?: string | undefined;
  ip?: string | undefined;
}

export interface UploadOutcome {
  media: Media;
  /** the same bytes were already in the library: nothing new was stored */
  duplicate: boolean;
}

/** "Ảnh Hội nghị_2020.jpg" → " anh hoi nghi 2020 jpg ": folded words between spaces. */
export function foldedWords(text: string): string {
  const words = foldVietnamese(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return words ? ` ${words} ` : '';
}

export function searchTextOf(m: { original_name: string; alt: string; caption: string; credit: string }): string {
  return foldedWords([m.original_name, m.alt, m.caption, m.credit].join(' '));
}

export function mediaUrl(key: string): string {
  return `/media/${key}`;
}

export async function storeUpload(
  db: Kysely<Database>,
  storage: MediaStorage,
  file: { name: string; data: Buffer },
  who: Who,
  limits: ProcessLimits = {},
): Promise<UploadOutcome> {
  const mdb = mediaDb(db);
  const existing = await mdb.selectFrom('media').selectAll().where('sha256', '=', sha256Of(file.data)).where('deleted_at', 'is', null).orderBy('id').executeTakeFirst();
  if (existing) return { media: existing, duplicate: true };

  const prepared = await prepareMedia(file.data, file.name, newMediaStem(), limits);
  const written: string[] = [];
  const removeWritten = () => Promise.allSettled(written.map((key) => storage.delete(key)));
  try {
    for (const f of prepared.files) {
      await storage.put(f.key, f.data, f.contentType);
      written.push(f.key);
    }
    const now = new Date().toISOString();
    const texts = { original_name: prepared.originalName, alt: '', caption: '', credit: '' };
    const media = await mdb.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('media')
        .values({
          kind: prepared.kind,
          ...texts,
          key: prepared.key,
          mime: prepared.mime,
          size: prepared.size,
          width: prepared.width,
          height: prepared.height,
          search_text: searchTextOf(texts),
          sha256: prepared.sha256,
          created_by: who.userId,
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const variants = prepared.files.filter((f) => f.variant).map((f) => ({ key: f.key, media_id: row.id, width: f.variant!.width, height: f.variant!.height, format: f.variant!.format, size: f.data.length }));
      if (variants.length > 0) await trx.insertInto('media_variants').values(variants).execute();
      await audit(coreTrx(trx), {
        action: 'media.upload',
        userId: who.userId,
        actor: who.email,
        targetType: 'media',
        targetId: row.id,
        ip: who.ip,
        details: { name: prepared.originalName, kind: prepared.kind, mime: prepared.mime, size: prepared.size, files: prepared.files.length },
      });
      return row;
    });
    return { media, duplicate: false };
  } catch (error) {
    await removeWritten();
    throw error;
  }
}

export interface MediaQuery {
  q?: string | undefined;
  kind?: MediaKind | undefined;
  missingAlt?: boolean | undefined;
  limit: number;
  offset: number;
}

export async function listMedia(db: Kysely<Database>, query: MediaQuery): Promise<{ items: Media[]; total: number }> {
  const mdb = mediaDb(db);
  let q = mdb.selectFrom('media').where('deleted_at', 'is', null);
  if (query.kind) q = q.where('kind', '=', query.kind);
  if (query.missingAlt) q = q.where('kind', '=', 'image').where('alt', '=', '');
  // Every folded word of the query must appear; % and _ are not in folded words, so LIKE stays literal.
  for (const word of foldedWords(query.q ?? '').trim().split(' ').filter(Boolean).slice(0, 8)) q = q.where('search_text', 'like', `%${word}%`);
  const count = await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const items = await q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute();
  return { items, total: Number(count.n) };
}

export async function findMedia(db: Kysely<Database>, id: number): Promise<Media | undefined> {
  return mediaDb(db).selectFrom('media').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
}

/** Variants of several items at once, by media id, smallest first. */
export async function variantsOf(db: Kysely<Database>, ids: number[]): Promise<Map<number, MediaVariant[]>> {
  const map = new Map<number, MediaVariant[]>();
  if (ids.length === 0) return map;
  const rows = await mediaDb(db).selectFrom('media_variants').selectAll().where('media_id', 'in', ids).orderBy('width').orderBy('key').execute();
  for (const row of rows) map.set(row.media_id, [...(map.get(row.media_id) ?? []), row]);
  return map;
}

/** The smallest WebP (thumbnail) and the largest WebP (what goes into an article). */
export function imageUrls(variants: MediaVariant[]): { thumbUrl: string; url: string } | undefined {
  const webp = variants.filter((v) => v.format === 'webp').sort((a, b) => a.width - b.width);
  if (webp.length === 0) return undefined;
  return { thumbUrl: mediaUrl(webp[0]!.key), url: mediaUrl(webp[webp.length - 1]!.key) };
}

export async function usageOf(db: Kysely<Database>, mediaId: number) {
  return mediaDb(db)
    .selectFrom('media_usage')
    .innerJoin('content', 'content.id', 'media_usage.content_id')
    .select(['content.id', 'content.title', 'content.type', 'content.status', 'content.created_by', 'content.category_id'])
    .where('media_usage.media_id', '=', mediaId)
    .orderBy('content.id')
    .execute();
}

export function mayManage(actor: Actor, media: Media): boolean {
  return media.created_by === actor.id || can(actor, 'media.deleteAny');
}

export interface MediaTexts {
  alt: string;
  caption: string;
  credit: string;
}

function cleanText(raw: string, max: number): string {
  const text = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (text.length > max) throw new MediaError('FIELD_TOO_LONG');
  return text;
}

export async function updateMediaTexts(db: Kysely<Database>, actor: Actor, media: Media, input: MediaTexts, who: Who): Promise<Media> {
  if (!mayManage(actor, media)) throw new MediaError('FORBIDDEN');
  const texts = { alt: cleanText(input.alt, 500), caption: cleanText(input.caption, 1000), credit: cleanText(input.credit, 200) };
  if (media.kind === 'image' && !texts.alt) throw new MediaError('ALT_REQUIRED');
  return mediaDb(db)
    .transaction()
    .execute(async (trx) => {
      const row = await trx
        .updateTable('media')
        .set({ ...texts, search_text: searchTextOf({ original_name: media.original_name, ...texts }), updated_at: new Date().toISOString() })
        .where('id', '=', media.id)
        .where('deleted_at', 'is', null)
        .returningAll()
        .executeTakeFirst();
      if (!row) throw new MediaError('NOT_FOUND');
      await audit(coreTrx(trx), {
        action: 'media.change',
        userId: who.userId,
        actor: who.email,
        targetType: 'media',
        targetId: media.id,
        ip: who.ip,
        details: { from: { alt: media.alt, caption: media.caption, credit: media.credit }, to: texts },
      });
      return row;
    });
}

/** Soft-deletes the row (kept for the audit trail), drops its variant rows, then removes every file. */
export async function deleteMedia(db: Kysely<Database>, storage: MediaStorage, actor: Actor, mediaId: number, who: Who): Promise<void> {
  const mdb = mediaDb(db);
  const keys = await mdb.transaction().execute(async (trx) => {
    // On PostgreSQL the row lock makes a concurrent recordMediaUsage (FOR SHARE) wait for this decision.
    let find = trx.selectFrom('media').selectAll().where('id', '=', mediaId).where('deleted_at', 'is', null);
    if (!isSqlite(trx as unknown as Kysely<unknown>)) find = find.forUpdate();
    const media = await find.executeTakeFirst();
    if (!media) throw new MediaError('NOT_FOUND');
    if (!mayManage(actor, media)) throw new MediaError('FORBIDDEN');
    const used = await trx.selectFrom('media_usage').select('content_id').where('media_id', '=', mediaId).limit(1).executeTakeFirst();
    if (used) throw new MediaError('IN_USE');
    const variants = await trx.selectFrom('media_variants').select('key').where('media_id', '=', mediaId).execute();
    await trx.deleteFrom('media_variants').where('media_id', '=', mediaId).execute();
    await trx.updateTable('media').set({ deleted_at: new Date().toISOString() }).where('id', '=', mediaId).execute();
    await audit(coreTrx(trx), { action: 'media.delete', userId: who.userId, actor: who.email, targetType: 'media', targetId: mediaId, ip: who.ip, details: { name: media.original_name, kind: media.kind, key: media.key } });
    return [...new Set([media.key, ...variants.map((v) => v.key)])];
  });
  await Promise.allSettled(keys.map((key) => storage.delete(key)));
}

/** What the public route needs to serve a key: the type recorded at upload, and the download name. */
export async function servableByKey(db: Kysely<Database>, key: string): Promise<{ contentType: string; size: number; attachmentName?: string } | undefined> {
  const mdb: Kysely<MediaDatabase> = mediaDb(db);
  const variant = await mdb
    .selectFrom('media_variants')
    .innerJoin('media', 'media.id', 'media_variants.media_id')
    .select(['media_variants.format', 'media_variants.size'])
    .where('media_variants.key', '=', key)
    .where('media.deleted_at', 'is', null)
    .executeTakeFirst();
  if (variant) return { contentType: variantContentTypes[variant.format], size: variant.size };
  const file = await mdb.selectFrom('media').select(['mime', 'size', 'original_name', 'kind']).where('key', '=', key).where('kind', '=', 'attachment').where('deleted_at', 'is', null).executeTakeFirst();
  if (!file) return undefined;
  return { contentType: file.mime, size: file.size, attachmentName: file.original_name };
}
