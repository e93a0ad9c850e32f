// Demo videos (demo/videos.json, invented items and addresses). Their posters are drawn at load
// time (demo-posters.ts) and stored through the media library's own upload path (storeUpload:
// type sniffing, re-encoding, variants, audit), then described like an editor would
// (updateMediaTexts); the videos are published through core's publishItem with the same checks
// as the back office, flagged is_demo. Demo posters are known by their file name
// (demoMediaPrefix). Removing the demo deletes exactly the demo videos, then the demo posters no
// real content uses.
import fs from 'node:fs';
import type { Kysely } from 'kysely';
import type { Actor } from '../../core/auth/permissions.ts';
import type { AppContext } from '../../core/context.ts';
import { publishItem, removeDemoItems } from '../../core/content-types/publish-item.ts';
import type { Database } from '../../core/db/schema.ts';
import { MediaError } from '../../core/media/errors.ts';
import { deleteMedia, storeUpload, updateMediaTexts, type MediaTexts, type Who } from '../../core/media/library.ts';
import { mediaDb } from '../../core/media/schema.ts';
import { mediaStorageFor, type MediaStorage } from '../../core/media/storage.ts';
import { parseLocalInput } from '../../core/text/datetime.ts';
import { onContentChange } from '../../core/workflow/hooks.ts';
import { videoDeclaration, videoType } from './declaration.ts';
import { posterKinds, posterPicture, seedOf, type PosterKind } from './demo-posters.ts';
import { videoMediaUsage } from './usage.ts';

export const demoFile = new URL('./demo/videos.json', import.meta.url);

/** File names of the demo posters in the library start with this. */
export const demoMediaPrefix = 'congtin-demo-video-';
export const demoCredit = 'Hình vẽ minh hoạ (dữ liệu mẫu)';

export interface DemoVideo {
  key: string;
  title: string;
  summary: string;
  url: string;
  poster: PosterKind;
  posterAlt: string;
  /** YYYY-MM-DD */
  recordedOn?: string;
  duration?: string;
  source?: string;
  /** Vietnam time, "2024-04-12 09:00" */
  publishedAt: string;
  /** paragraphs */
  transcript?: string[];
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** The videos of the file, checked: a malformed entry stops the load naming the entry, before anything is written. */
export function readDemoVideos(file: URL = demoFile): DemoVideo[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { note?: unknown; videos?: unknown };
  if (!isText(data.note)) throw new Error(`${file.pathname}: a top-level "note" must say the videos are invented`);
  if (!Array.isArray(data.videos)) throw new Error(`${file.pathname}: "videos" must be a list`);
  const keys = new Set<string>();
  return data.videos.map((raw: unknown, i) => {
    const v = raw as Partial<DemoVideo>;
    const problems: string[] = [];
    for (const key of ['key', 'title', 'summary', 'url', 'posterAlt', 'publishedAt'] as const) if (!isText(v[key])) problems.push(`"${key}" must be non-empty text`);
    if (isText(v.key) && (keys.has(v.key) || !/^[a-z0-9-]+$/.test(v.key))) problems.push('"key" must be unique, lower-case letters, digits and dashes');
    if (!posterKinds.includes(v.poster as PosterKind)) problems.push(`"poster" must be one of ${posterKinds.join(', ')}`);
    if (isText(v.publishedAt) && !parseLocalInput(v.publishedAt)) problems.push(`"publishedAt" must be a Vietnam time "YYYY-MM-DD HH:mm", got "${v.publishedAt}"`);
    if (v.transcript !== undefined && (!Array.isArray(v.transcript) || !v.transcript.every(isText))) problems.push('"transcript" must be a list of paragraphs');
    if (problems.length > 0) throw new Error(`${file.pathname}, video ${i + 1}${isText(v.key) ? ` (${v.key})` : ''}: ${problems.join('; ')}`);
    keys.add(v.key!);
    return v as DemoVideo;
  });
}

/** The library checks who may change or delete an item; the demo acts as the system, with no person behind it. */
const demoActor: Actor = { id: 0, role: 'admin', categoryIds: null };
// core's Who has no "no person" (the rows' created_by stays NULL, the audit entries name the demo)
const demoWho: Who = { userId: null as unknown as number, email: 'congtin demo' };

/** Stores one demo poster through the library's upload and gives it its texts; returns its media id. */
async function storePoster(db: Kysely<Database>, storage: MediaStorage, name: string, data: Buffer, texts: MediaTexts): Promise<number> {
  const { media } = await storeUpload(db, storage, { name, data }, demoWho);
  // the same bytes already in the library (the demo loaded before) are reused; someone else's upload is never relabelled
  const same = media.alt === texts.alt && media.caption === texts.caption && media.credit === texts.credit;
  if (media.original_name.startsWith(demoMediaPrefix) && !same) await updateMediaTexts(db, demoActor, media, texts, demoWho);
  return media.id;
}

export async function loadVideoDemo(ctx: AppContext, file: URL = demoFile): Promise<number> {
  onContentChange(videoMediaUsage);
  const db = ctx.db.kysely;
  const videos = readDemoVideos(file);
  const storage = mediaStorageFor(ctx.config);
  // converted through the library's image queue, as many at once as it allows
  const posters = await Promise.all(
    videos.map(async (v) => storePoster(db, storage, `${demoMediaPrefix}${v.key}.jpg`, await posterPicture(v.poster, seedOf(v.key)), { alt: v.posterAlt, caption: '', credit: demoCredit })),
  );
  for (const [i, v] of videos.entries()) {
    const fields: Record<string, unknown> = { url: v.url, poster: [posters[i]] };
    if (v.recordedOn) fields.recordedOn = v.recordedOn;
    if (v.duration) fields.duration = v.duration;
    if (v.source) fields.source = v.source;
    if (v.transcript?.length) fields.transcript = v.transcript.join('\n');
    await publishItem(db, videoDeclaration, {
      title: v.title,
      summary: v.summary,
      fields,
      publishedAt: parseLocalInput(v.publishedAt)!,
      sourceKey: `demo:video:${v.key}`,
      isDemo: true,
    });
  }
  return videos.length;
}

/** Live demo posters of the library (by their file name), oldest first. */
export async function demoMediaIds(db: Kysely<Database>, prefix = demoMediaPrefix): Promise<number[]> {
  const rows = await mediaDb(db).selectFrom('media').select('id').where('original_name', 'like', `${prefix}%`).where('deleted_at', 'is', null).orderBy('id').execute();
  return rows.map((r) => r.id);
}

/** Deletes the demo posters through the library (rows, variants, files, audit), except those real content uses. */
export async function removeDemoMedia(ctx: AppContext, prefix = demoMediaPrefix): Promise<number> {
  const storage = mediaStorageFor(ctx.config);
  let removed = 0;
  for (const id of await demoMediaIds(ctx.db.kysely, prefix)) {
    try {
      await deleteMedia(ctx.db.kysely, storage, demoActor, id, demoWho);
      removed += 1;
    } catch (error) {
      if (!(error instanceof MediaError && (error.code === 'IN_USE' || error.code === 'NOT_FOUND'))) throw error;
    }
  }
  return removed;
}

/** Deletes exactly the demo videos, then their posters; returns how many videos. */
export async function removeVideoDemo(ctx: AppContext): Promise<number> {
  const removed = await removeDemoItems(ctx.db.kysely, videoType);
  await removeDemoMedia(ctx);
  return removed;
}
