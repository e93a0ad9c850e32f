// Reads of published videos and of their posters in the media library (a poster deleted from
// the library is left out). Pages are cut by the database: the most recently recorded first,
// then the most recently published.
import { sql, type Kysely } from 'kysely';
import { parseFields } from '../../core/content-types/field-index.ts';
import { readableContent } from '../../core/content-types/published.ts';
import type { Content, Database } from '../../core/db/schema.ts';
import { loadResponsiveImages, type ResponsiveImage } from '../../core/media/responsive.ts';
import { mediaDb } from '../../core/media/schema.ts';
import { videoType } from './declaration.ts';

export const perPage = 12;

export interface Video {
  id: number;
  slug: string;
  title: string;
  summary: string;
  body: string;
  url: string;
  posterId: number | undefined;
  /** YYYY-MM-DD */
  recordedOn: string | undefined;
  duration: string | undefined;
  source: string | undefined;
  transcript: string | undefined;
  publishedAt: string;
  isDemo: boolean;
  withdrawnReason: string | null;
}

/** A poster as the pages show it: the library's description and the sources made of it. */
export interface Poster {
  id: number;
  /** the largest JPEG/PNG */
  key: string;
  alt: string;
  width: number;
  height: number;
  image: ResponsiveImage | undefined;
}

export interface VideoCard {
  video: Video;
  poster: Poster | undefined;
}

export interface VideoPage {
  items: VideoCard[];
  page: number;
  pageCount: number;
  total: number;
}

type Row = Pick<Content, 'id' | 'slug' | 'title' | 'summary' | 'body' | 'fields' | 'published_at' | 'updated_at' | 'is_demo' | 'status' | 'takedown_reason'>;

const columns = [
  'content.id', 'content.slug', 'content.title', 'content.summary', 'content.body', 'content.fields', 'content.published_at',
  'content.updated_at', 'content.is_demo', 'content.status', 'content.takedown_reason',
] as const;

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);

/** Media ids of a stored `images` value, in order, without repeats or anything that is not an id. */
export function mediaIds(value: unknown): number[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((x): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x > 0))];
}

/** A content row (also a preview's revision on the envelope) as the pages show it. */
export function videoFromContent(row: Row): Video {
  const f = parseFields(row.fields);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: row.body,
    url: text(f.url) ?? '',
    posterId: mediaIds(f.poster)[0],
    recordedOn: text(f.recordedOn),
    duration: text(f.duration),
    source: text(f.source),
    transcript: text(f.transcript),
    publishedAt: row.published_at ?? row.updated_at,
    isDemo: row.is_demo === 1,
    withdrawnReason: row.status === 'withdrawn' ? (row.takedown_reason ?? '') : null,
  };
}

/** The posters of these ids still images in the library, by id. */
export async function postersOf(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, Poster>> {
  const out = new Map<number, Poster>();
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return out;
  const rows = await mediaDb(db).selectFrom('media').select(['id', 'key', 'alt', 'width', 'height']).where('id', 'in', wanted).where('kind', '=', 'image').where('deleted_at', 'is', null).execute();
  const images = await loadResponsiveImages(db, rows.map((r) => r.key));
  for (const r of rows) if (r.width && r.height) out.set(r.id, { id: r.id, key: r.key, alt: r.alt.trim(), width: r.width, height: r.height, image: images.get(r.key) });
  return out;
}

function readable(db: Kysely<Database>, now: Date, statuses: ('published' | 'withdrawn')[] = ['published']) {
  return readableContent(db, videoType, { now, statuses }).leftJoin('content_field_values as rec', (join) => join.onRef('rec.content_id', '=', 'content.id').on('rec.field', '=', 'recordedOn'));
}

export async function listVideos(db: Kysely<Database>, options: { page: number; now: Date; size?: number }): Promise<VideoPage> {
  const size = options.size ?? perPage;
  const base = readable(db, options.now);
  const { count } = await base.select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
  const total = Number(count);
  // coalesce: both databases put videos without a date last (NULL sorts differently in each)
  const rows = await base
    .select([...columns])
    .orderBy(sql`coalesce(${sql.ref('rec.text_value')}, '')`, 'desc')
    .orderBy('content.published_at', 'desc')
    .orderBy('content.id', 'desc')
    .limit(size)
    .offset((options.page - 1) * size)
    .execute();
  const videos = rows.map(videoFromContent);
  const posters = await postersOf(db, videos.flatMap((v) => (v.posterId ? [v.posterId] : [])));
  const items = videos.map((video) => ({ video, poster: video.posterId === undefined ? undefined : posters.get(video.posterId) }));
  return { items, page: options.page, pageCount: Math.max(1, Math.ceil(total / size)), total };
}

/** A video's page: published, or withdrawn (still readable, with a notice). */
export async function findReadableVideo(db: Kysely<Database>, slug: string, now: Date): Promise<Video | undefined> {
  const row = await readable(db, now, ['published', 'withdrawn']).select([...columns]).where('content.slug', '=', slug).executeTakeFirst();
  return row && videoFromContent(row);
}

/** A video taken down: where it went (301), or nothing (410). */
export async function findRemovedVideo(db: Kysely<Database>, slug: string): Promise<{ redirectTo: string | null } | undefined> {
  const row = await db
    .selectFrom('content')
    .select('redirect_to')
    .where('type', '=', videoType)
    .where('language', '=', 'vi')
    .where('slug', '=', slug)
    .where('status', '=', 'removed')
    .executeTakeFirst();
  return row && { redirectTo: row.redirect_to };
}
