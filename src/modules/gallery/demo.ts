// Demo albums (demo/albums.json, invented events). Their photos are drawn at load time
// (demo-images.ts) and stored through the media library's own upload path (storeUpload: type
// sniffing, re-encoding, variants, audit), then given their description, caption and credit like
// an editor would (updateMediaTexts); the albums are published through core's publishItem with
// the same checks as the back office, flagged is_demo. Demo pictures are known by their file
// name (demoMediaPrefix). Removing the demo deletes exactly the demo albums, then the demo
// pictures no real content uses (a photo an editor put into a real album stays).
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
import { albumDeclaration, albumType } from './declaration.ts';
import { sceneKinds, scenePicture, seedOf, type SceneKind } from './demo-images.ts';
import { albumMediaUsage } from './usage.ts';

export const demoFile = new URL('./demo/albums.json', import.meta.url);

/** File names of the demo pictures in the library start with this. */
export const demoMediaPrefix = 'congtin-demo-anh-';
export const demoCredit = 'Hình vẽ minh hoạ (dữ liệu mẫu)';

export interface DemoPhoto {
  scene: SceneKind;
  /** what the picture shows (the library's description, the alt text) */
  alt: string;
  /** what happened (the library's caption) */
  caption: string;
}

export interface DemoAlbum {
  key: string;
  title: string;
  summary: string;
  /** YYYY-MM-DD */
  eventDate: string;
  location?: string;
  /** Vietnam time, "2024-03-22 15:30" */
  publishedAt: string;
  /** 1-based number of the cover photo */
  cover?: number;
  photos: DemoPhoto[];
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** The albums of the file, checked: a malformed entry stops the load naming the entry, before anything is written. */
export function readDemoAlbums(file: URL = demoFile): DemoAlbum[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { note?: unknown; albums?: unknown };
  if (!isText(data.note)) throw new Error(`${file.pathname}: a top-level "note" must say the albums are invented`);
  if (!Array.isArray(data.albums)) throw new Error(`${file.pathname}: "albums" must be a list`);
  const keys = new Set<string>();
  return data.albums.map((raw: unknown, i) => {
    const a = raw as Partial<DemoAlbum>;
    const where = `${file.pathname}, album ${i + 1}${isText(a.key) ? ` (${a.key})` : ''}`;
    const problems: string[] = [];
    for (const key of ['key', 'title', 'summary', 'eventDate', 'publishedAt'] as const) if (!isText(a[key])) problems.push(`"${key}" must be non-empty text`);
    if (isText(a.key) && (keys.has(a.key) || !/^[a-z0-9-]+$/.test(a.key))) problems.push(`"key" must be unique, lower-case letters, digits and dashes`);
    if (isText(a.publishedAt) && !parseLocalInput(a.publishedAt)) problems.push(`"publishedAt" must be a Vietnam time "YYYY-MM-DD HH:mm", got "${a.publishedAt}"`);
    if (!Array.isArray(a.photos) || a.photos.length === 0) problems.push('"photos" must be a non-empty list');
    else
      a.photos.forEach((p, j) => {
        if (!sceneKinds.includes(p?.scene)) problems.push(`photo ${j + 1}: "scene" must be one of ${sceneKinds.join(', ')}`);
        if (!isText(p?.alt) || !isText(p?.caption)) problems.push(`photo ${j + 1}: "alt" and "caption" must be non-empty text`);
      });
    if (a.cover !== undefined && (!Number.isInteger(a.cover) || a.cover < 1 || a.cover > (a.photos?.length ?? 0))) problems.push(`"cover" must be the number of one of its photos`);
    if (problems.length > 0) throw new Error(`${where}: ${problems.join('; ')}`);
    keys.add(a.key!);
    return a as DemoAlbum;
  });
}

/** The library checks who may change or delete an item; the demo acts as the system, with no person behind it. */
const demoActor: Actor = { id: 0, role: 'admin', categoryIds: null };
// core's Who has no "no person" (the rows' created_by stays NULL, the audit entries name the demo)
const demoWho: Who = { userId: null as unknown as number, email: 'congtin demo' };

/** Stores one demo picture through the library's upload and gives it its texts; returns its media id. */
async function storePicture(db: Kysely<Database>, storage: MediaStorage, name: string, data: Buffer, texts: MediaTexts): Promise<number> {
  const { media } = await storeUpload(db, storage, { name, data }, demoWho);
  // the same bytes already in the library (the demo loaded before) are reused; someone else's upload is never relabelled
  const same = media.alt === texts.alt && media.caption === texts.caption && media.credit === texts.credit;
  if (media.original_name.startsWith(demoMediaPrefix) && !same) await updateMediaTexts(db, demoActor, media, texts, demoWho);
  return media.id;
}

export async function loadGalleryDemo(ctx: AppContext, file: URL = demoFile): Promise<number> {
  onContentChange(albumMediaUsage);
  const db = ctx.db.kysely;
  const albums = readDemoAlbums(file);
  const storage = mediaStorageFor(ctx.config);
  for (const album of albums) {
    // converted through the library's image queue, as many at once as it allows; ids in the album's order
    const ids = await Promise.all(
      album.photos.map(async (photo, i) => {
        const data = await scenePicture(photo.scene, seedOf(`${album.key}/${i + 1}`));
        return storePicture(db, storage, `${demoMediaPrefix}${album.key}-${i + 1}.jpg`, data, { alt: photo.alt, caption: photo.caption, credit: demoCredit });
      }),
    );
    const fields: Record<string, unknown> = { eventDate: album.eventDate, photos: ids };
    if (album.location) fields.location = album.location;
    if (album.cover) fields.cover = [ids[album.cover - 1]];
    await publishItem(db, albumDeclaration, {
      title: album.title,
      summary: album.summary,
      fields,
      publishedAt: parseLocalInput(album.publishedAt)!,
      sourceKey: `demo:album:${album.key}`,
      isDemo: true,
    });
  }
  return albums.length;
}

/** Live demo pictures of the library (by their file name), oldest first. */
export async function demoMediaIds(db: Kysely<Database>, prefix = demoMediaPrefix): Promise<number[]> {
  const rows = await mediaDb(db).selectFrom('media').select('id').where('original_name', 'like', `${prefix}%`).where('deleted_at', 'is', null).orderBy('id').execute();
  return rows.map((r) => r.id);
}

/** Deletes the demo pictures through the library (rows, variants, files, audit), except those real content uses. */
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

/** Deletes exactly the demo albums, then their pictures; returns how many albums. */
export async function removeGalleryDemo(ctx: AppContext): Promise<number> {
  const removed = await removeDemoItems(ctx.db.kysely, albumType);
  await removeDemoMedia(ctx);
  return removed;
}
