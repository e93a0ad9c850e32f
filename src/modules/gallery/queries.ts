// Reads of published albums and of their photos in the media library. An album lists media ids;
// a photo deleted from the library (or no longer an image) is simply left out, and the count of
// photos is the count of those still there. Pages are cut by the database, newest event first.
import { sql, type Kysely } from 'kysely';
import { parseFields } from '../../core/content-types/field-index.ts';
import { readableContent } from '../../core/content-types/published.ts';
import type { Content, Database } from '../../core/db/schema.ts';
import { loadResponsiveImages, type ResponsiveImage } from '../../core/media/responsive.ts';
import { mediaDb } from '../../core/media/schema.ts';
import { albumType } from './declaration.ts';

export const perPage = 12;

export interface Album {
  id: number;
  slug: string;
  title: string;
  summary: string;
  body: string;
  /** YYYY-MM-DD */
  eventDate: string | undefined;
  location: string | undefined;
  photoIds: number[];
  coverId: number | undefined;
  publishedAt: string;
  isDemo: boolean;
  withdrawnReason: string | null;
}

/** One photo as the pages show it: the library's texts and the sources made of it. */
export interface Photo {
  id: number;
  /** the largest JPEG/PNG (what a link to "the photo" opens) */
  key: string;
  alt: string;
  caption: string;
  credit: string;
  width: number;
  height: number;
  image: ResponsiveImage | undefined;
}

export interface AlbumCard {
  album: Album;
  cover: Photo | undefined;
  /** photos of the album still in the library */
  count: number;
}

export interface AlbumPage {
  items: AlbumCard[];
  page: number;
  pageCount: number;
  total: number;
}

type Row = Pick<Content, 'id' | 'slug' | 'title' | 'summary' | 'body' | 'fields' | 'published_at' | 'updated_at' | 'is_demo' | 'status' | 'takedown_reason'>;

const columns = [
  'content.id', 'content.slug', 'content.title', 'content.summary', 'content.body', 'content.fields', 'content.published_at',
  'content.updated_at', 'content.is_demo', 'content.status', 'content.takedown_reason',
] as const;

/** Media ids of a stored `images` value, in order, without repeats or anything that is not an id. */
export function mediaIds(value: unknown): number[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((x): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x > 0))];
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);

/** A content row (also a preview's revision on the envelope) as the pages show it. */
export function albumFromContent(row: Row): Album {
  const f = parseFields(row.fields);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: row.body,
    eventDate: text(f.eventDate),
    location: text(f.location),
    photoIds: mediaIds(f.photos),
    coverId: mediaIds(f.cover)[0],
    publishedAt: row.published_at ?? row.updated_at,
    isDemo: row.is_demo === 1,
    withdrawnReason: row.status === 'withdrawn' ? (row.takedown_reason ?? '') : null,
  };
}

/** The photos of these ids that are still images in the library, in the order given. */
export async function photosOf(db: Kysely<Database>, ids: readonly number[]): Promise<Photo[]> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  const rows = await mediaDb(db)
    .selectFrom('media')
    .select(['id', 'key', 'alt', 'caption', 'credit', 'width', 'height'])
    .where('id', 'in', wanted)
    .where('kind', '=', 'image')
    .where('deleted_at', 'is', null)
    .execute();
  const images = await loadResponsiveImages(db, rows.map((r) => r.key));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return wanted.flatMap((id) => {
    const r = byId.get(id);
    if (!r || !r.width || !r.height) return [];
    return [{ id: r.id, key: r.key, alt: r.alt.trim(), caption: r.caption.trim(), credit: r.credit.trim(), width: r.width, height: r.height, image: images.get(r.key) }];
  });
}

/** Which of these ids are images still in the library. */
async function liveImageIds(db: Kysely<Database>, ids: readonly number[]): Promise<Set<number>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Set();
  const rows = await mediaDb(db).selectFrom('media').select('id').where('id', 'in', wanted).where('kind', '=', 'image').where('deleted_at', 'is', null).execute();
  return new Set(rows.map((r) => r.id));
}

function readable(db: Kysely<Database>, now: Date, statuses: ('published' | 'withdrawn')[] = ['published']) {
  return readableContent(db, albumType, { now, statuses }).leftJoin('content_field_values as ev', (join) => join.onRef('ev.content_id', '=', 'content.id').on('ev.field', '=', 'eventDate'));
}

/**
 * One page of published albums, the most recent event first (then the most recently published).
 * Each with its cover (the chosen one while it is in the library, else the first photo still
 * there) and the number of its photos still in the library.
 */
export async function listAlbums(db: Kysely<Database>, options: { page: number; now: Date; size?: number }): Promise<AlbumPage> {
  const size = options.size ?? perPage;
  const base = readable(db, options.now);
  const { count } = await base.select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
  const total = Number(count);
  // coalesce: both databases put albums without a date last (NULL sorts differently in each)
  const rows = await base
    .select([...columns])
    .orderBy(sql`coalesce(${sql.ref('ev.text_value')}, '')`, 'desc')
    .orderBy('content.published_at', 'desc')
    .orderBy('content.id', 'desc')
    .limit(size)
    .offset((options.page - 1) * size)
    .execute();
  const albums = rows.map(albumFromContent);
  const live = await liveImageIds(db, albums.flatMap((a) => [...a.photoIds, ...(a.coverId ? [a.coverId] : [])]));
  const coverIds = new Map<number, number>();
  for (const a of albums) {
    const cover = a.coverId !== undefined && live.has(a.coverId) ? a.coverId : a.photoIds.find((id) => live.has(id));
    if (cover !== undefined) coverIds.set(a.id, cover);
  }
  const covers = new Map((await photosOf(db, [...coverIds.values()])).map((p) => [p.id, p]));
  const items = albums.map((album) => {
    const coverId = coverIds.get(album.id);
    return { album, cover: coverId === undefined ? undefined : covers.get(coverId), count: album.photoIds.filter((id) => live.has(id)).length };
  });
  return { items, page: options.page, pageCount: Math.max(1, Math.ceil(total / size)), total };
}

/** An album's page: published, or withdrawn (still readable, with a notice). */
export async function findReadableAlbum(db: Kysely<Database>, slug: string, now: Date): Promise<Album | undefined> {
  const row = await readable(db, now, ['published', 'withdrawn']).select([...columns]).where('content.slug', '=', slug).executeTakeFirst();
  return row && albumFromContent(row);
}

/** An album taken down: where it went (301), or nothing (410). */
export async function findRemovedAlbum(db: Kysely<Database>, slug: string): Promise<{ redirectTo: string | null } | undefined> {
  const row = await db
    .selectFrom('content')
    .select('redirect_to')
    .where('type', '=', albumType)
    .where('language', '=', 'vi')
    .where('slug', '=', slug)
    .where('status', '=', 'removed')
    .executeTakeFirst();
  return row && { redirectTo: row.redirect_to };
}
