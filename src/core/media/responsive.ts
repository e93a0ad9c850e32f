// Responsive images for public pages. A stored body (sanitised, within the markup limits) holds
// `<img src="/media/<key>" alt="…">` with one of a library image's variant keys; on the page it
// becomes
//
//   <picture>
//     <source type="image/avif" srcset="/media/…-480.avif 480w, /media/…-960.avif 960w" sizes="…">
//     <source type="image/webp" srcset="/media/…-480.webp 480w, … 1600w" sizes="…">
//     <img src="/media/<fallback jpeg/png>" alt="…" width="…" height="…" loading="lazy" decoding="async">
//   </picture>
//
// over the widths process.ts generated, with the width and height of the media row (no layout
// shift) and lazy loading for every image after the body's first. External addresses, keys the
// library does not know and bodies over the markup limits are returned unchanged. Only the
// matched <img> tags are replaced (by their source range), everything else is copied byte for
// byte; every attribute written is escaped here, whatever the stored value held.
//
// Two steps, both explicit: a page's route reads what the rewrite needs with
// `loadResponsiveImages(db, imageKeysIn(body))` (the one parse for the keys, one query) and hands
// the result to its view, which rewrites with `responsiveHtml(body, images)` (pure, synchronous)
// and takes og:image from the same result (`shareImageUrl`). No state is kept between requests:
// an image uploaded a moment ago is responsive on its first view.
import type { Kysely } from 'kysely';
import { parse } from 'node-html-parser';
import type { Database } from '../db/schema.ts';
import { escapeHtml } from '../html/escape.ts';
import { withinMarkupLimits } from '../html/markup-limits.ts';
import { mediaDb } from './schema.ts';
import { isMediaKey } from './storage.ts';

export interface ResponsiveSource {
  key: string;
  width: number;
}

/** What the rewrite needs about one library image. */
export interface ResponsiveImage {
  mediaId: number;
  /** of the media row (the image as uploaded, upright) */
  width: number;
  height: number;
  /** the JPEG or PNG of the largest width: the <img>'s own src, and og:image */
  fallbackKey: string;
  /** smallest first */
  webp: ResponsiveSource[];
  avif: ResponsiveSource[];
}

export type ImageLookup = (key: string) => ResponsiveImage | undefined;

/** `sizes` of a body image: the reading column (47.5rem) on wide screens, the screen less its margins below. */
export const bodyImageSizes = '(min-width: 48rem) 47.5rem, calc(100vw - 2rem)';
/** Screens narrower than the site's two-column break take the AVIF (at most 960 px) when it is not the largest. */
export const avifMedia = '(max-width: 47.99rem)';

/** Only the site's own relative address counts; "https://elsewhere/media/…" stays as it is. */
const ownMediaSrc = /^\/media\/([a-z2-7]{24}(?:-\d{1,5})?\.[a-z]{3,4})$/;

export function mediaKeyOfSrc(src: string | undefined): string | undefined {
  const key = ownMediaSrc.exec((src ?? '').trim())?.[1];
  return key && isMediaKey(key) ? key : undefined;
}

interface FoundImage {
  start: number;
  end: number;
  key: string | undefined;
  alt: string;
}

/** Every <img> of the body with its source range; none when the body is over the markup limits. */
function imagesIn(html: string): FoundImage[] {
  if (!/<img\b/i.test(html) || !withinMarkupLimits(html)) return [];
  const found: FoundImage[] = [];
  for (const img of parse(html).querySelectorAll('img')) {
    const [start, end] = img.range;
    found.push({ start, end, key: mediaKeyOfSrc(img.getAttribute('src')), alt: img.getAttribute('alt') ?? '' });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The own media keys of a body's images, in order, without repeats. */
export function imageKeysIn(html: string): string[] {
  return [...new Set(imagesIn(html).flatMap((i) => (i.key ? [i.key] : [])))];
}

const srcset = (sources: ResponsiveSource[]) => sources.map((s) => `/media/${s.key} ${s.width}w`).join(', ');

function pictureOf(image: ResponsiveImage, alt: string, lazy: boolean): string {
  const a = escapeHtml;
  const sizes = ` sizes="${a(bodyImageSizes)}"`;
  let out = '<picture>';
  // AVIF exists for the small widths only (phones, where bytes matter most): when a larger WebP
  // exists, wide screens take the WebP source rather than a blurred AVIF.
  const largestAvif = image.avif.at(-1)?.width ?? 0;
  const largestWebp = image.webp.at(-1)?.width ?? 0;
  if (image.avif.length > 0) {
    const media = largestWebp > largestAvif ? ` media="${a(avifMedia)}"` : '';
    out += `<source type="image/avif" srcset="${a(srcset(image.avif))}"${sizes}${media}>`;
  }
  if (image.webp.length > 0) out += `<source type="image/webp" srcset="${a(srcset(image.webp))}"${sizes}>`;
  out += `<img src="/media/${a(image.fallbackKey)}" alt="${a(alt)}" width="${a(String(image.width))}" height="${a(String(image.height))}"`;
  if (lazy) out += ' loading="lazy" decoding="async"';
  return out + '></picture>';
}

/** Rewrites the body's library images into <picture> (see the header); linear in the body's length. */
export function responsiveHtml(html: string, images: ImageLookup | ReadonlyMap<string, ResponsiveImage>): string {
  const lookup: ImageLookup = typeof images === 'function' ? images : (key) => images.get(key);
  const found = imagesIn(html);
  if (found.length === 0) return html;
  let out = '';
  let at = 0;
  found.forEach((img, index) => {
    const image = img.key ? lookup(img.key) : undefined;
    if (!image || !Number.isSafeInteger(image.width) || !Number.isSafeInteger(image.height) || image.webp.length === 0) return;
    out += html.slice(at, img.start) + pictureOf(image, img.alt, index > 0);
    at = img.end;
  });
  return at === 0 ? html : out + html.slice(at);
}

/**
 * What `responsiveHtml` needs for these keys (variant keys or an image's own key), by every key of
 * each image; the asked keys come first, in their order (so the first entry is the body's first
 * library image).
 */
export async function loadResponsiveImages(db: Kysely<Database>, keys: readonly string[]): Promise<Map<string, ResponsiveImage>> {
  const map = new Map<string, ResponsiveImage>();
  const wanted = [...new Set(keys.filter(isMediaKey))].slice(0, 500);
  if (wanted.length === 0) return map;
  const mdb = mediaDb(db);
  const owners = await mdb
    .selectFrom('media')
    .leftJoin('media_variants', 'media_variants.media_id', 'media.id')
    .select('media.id')
    .where('media.kind', '=', 'image')
    .where('media.deleted_at', 'is', null)
    .where((eb) => eb.or([eb('media.key', 'in', wanted), eb('media_variants.key', 'in', wanted)]))
    .execute();
  const ids = [...new Set(owners.map((o) => o.id))];
  if (ids.length === 0) return map;
  const rows = await mdb
    .selectFrom('media')
    .innerJoin('media_variants', 'media_variants.media_id', 'media.id')
    .select(['media.id', 'media.key as mediaKey', 'media.width as mediaWidth', 'media.height as mediaHeight', 'media_variants.key', 'media_variants.width', 'media_variants.format'])
    .where('media.id', 'in', ids)
    .orderBy('media_variants.width')
    .orderBy('media_variants.key')
    .execute();
  const byId = new Map<number, ResponsiveImage & { keys: string[] }>();
  for (const row of rows) {
    let image = byId.get(row.id);
    if (!image) {
      image = { mediaId: row.id, width: row.mediaWidth ?? 0, height: row.mediaHeight ?? 0, fallbackKey: row.mediaKey, webp: [], avif: [], keys: [row.mediaKey] };
      byId.set(row.id, image);
    }
    image.keys.push(row.key);
    if (row.format === 'webp') image.webp.push({ key: row.key, width: row.width });
    else if (row.format === 'avif') image.avif.push({ key: row.key, width: row.width });
  }
  const all = new Map<string, ResponsiveImage>();
  for (const { keys: imageKeys, ...image } of byId.values()) {
    if (image.width < 1 || image.height < 1) continue;
    for (const key of imageKeys) all.set(key, image);
  }
  for (const key of wanted) {
    const image = all.get(key);
    if (image) map.set(key, image);
  }
  for (const [key, image] of all) if (!map.has(key)) map.set(key, image);
  return map;
}

/**
 * The absolute address for og:image: the cover image when there is one (the site's own or an
 * absolute http(s) address), else the body's first library image (the first entry of
 * `loadResponsiveImages`'s result), as its largest JPEG/PNG.
 */
export function shareImageUrl(baseUrl: string, images: ReadonlyMap<string, ResponsiveImage>, cover?: string | null): string | undefined {
  const base = baseUrl.replace(/\/+$/, '');
  const c = (cover ?? '').trim();
  if (c.startsWith('/') && !c.startsWith('//')) return base + c;
  if (/^https?:\/\/[^\s"'<>]+$/i.test(c)) return c;
  const first = images.values().next();
  return first.done ? undefined : `${base}/media/${first.value.fallbackKey}`;
}
