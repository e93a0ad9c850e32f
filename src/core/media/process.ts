// Turns one uploaded file into what the library stores, entirely in memory (nothing is written
// before the whole file passed): type from the content (detect.ts); attachments kept as they
// came; images decoded once (orientation from EXIF applied, at most 40 megapixels, truncated or
// corrupt files refused), then re-encoded without any metadata (EXIF, GPS, XMP, ICC are dropped)
// at responsive widths as WebP, AVIF for the small widths, and a JPEG (PNG when transparent)
// fallback of the largest. The original image is not kept: it carries the location and the
// camera's data, and everything the site needs is derived here.
//
// AVIF costs (STACK-NOTES and the measurements in the report) 0.7–2.6 s per large image at
// effort 4; at effort 2 a 960 px image takes ~0.1 s and a 480 px one ~0.04 s while halving the
// WebP size. So: AVIF at effort 2, only for widths ≤ 960 (phones, where bytes matter most).
//
// Resources: ten 49-megapixel PNGs uploaded at once took 91 s and 1 GB and slowed public pages to
// 5 s. Now images are converted through a queue (imageQueue: half the cores at once, one on two
// cores), each with one libvips thread and no libvips operation cache, and the limit is 40
// megapixels: a decoded 40 MP image is 120–160 MB (RGB/RGBA), so one at a time stays well inside a
// small server's memory, while phones' usual output (12–24 MP) and most cameras' pass; the 45–50 MP
// "full resolution" modes must be exported smaller (the refusal says so), as the site shows at
// most 1600 px anyway.
import { createHash } from 'node:crypto';
import sharp, { type Sharp } from 'sharp';
import { detectType, type DetectedType } from './detect.ts';
import { MediaError } from './errors.ts';
import type { MediaKind, VariantFormat } from './schema.ts';
import { mediaKey } from './storage.ts';
import { defaultImageConcurrency, WorkQueue } from './queue.ts';

// One libvips thread per image (the queue decides how many images at once); no operation cache,
// which otherwise keeps up to 50 MB of decoded images around after each upload.
sharp.concurrency(1);
sharp.cache(false);

/** Every image conversion of this process goes through this queue (see the header comment). */
export const imageQueue = new WorkQueue(defaultImageConcurrency());

/** Widths offered to browsers; an image is never enlarged. */
export const imageWidths = [480, 960, 1600] as const;
export const avifMaxWidth = 960;
export const defaultMaxPixels = 40_000_000;

export interface ProcessLimits {
  maxPixels?: number;
  /** default: imageQueue */
  queue?: WorkQueue;
}

export interface PreparedFile {
  key: string;
  data: Buffer;
  contentType: string;
  /** image variants only */
  variant?: { width: number; height: number; format: VariantFormat };
}

export interface PreparedMedia {
  kind: MediaKind;
  mime: string;
  ext: string;
  originalName: string;
  size: number;
  sha256: string;
  width: number | null;
  height: number | null;
  /** the attachment, or the image's largest fallback */
  key: string;
  files: PreparedFile[];
}

export const variantContentTypes: Record<VariantFormat, string> = { webp: 'image/webp', avif: 'image/avif', jpeg: 'image/jpeg', png: 'image/png' };
const variantExt: Record<VariantFormat, string> = { webp: 'webp', avif: 'avif', jpeg: 'jpg', png: 'png' };

/** The name as shown and offered on download: no folders, no control or direction-override characters, NFC, ≤ 200 characters. */
export function cleanOriginalName(raw: string): string {
  const name = raw
    .normalize('NFC')
    .replace(/^.*[\\/]/, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (name.length <= 200) return name || 'tep';
  const ext = /\.[\p{L}\p{N}]{1,8}$/u.exec(name)?.[0] ?? '';
  return name.slice(0, 200 - ext.length) + ext;
}

/** Standard widths below the image's, plus its own (at most 1600); a standard width within 15% of the largest is dropped. */
export function targetWidths(width: number): number[] {
  const largest = Math.min(width, imageWidths[imageWidths.length - 1]!);
  return [...imageWidths.filter((w) => w < largest && w <= largest * 0.85), largest];
}

export function sha256Of(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function tooManyPixels(name: string, maxPixels: number, width?: number, height?: number): MediaError {
  return new MediaError('IMAGE_TOO_MANY_PIXELS', { name, maxMegapixels: Math.round(maxPixels / 1e6), ...(width && height ? { width, height } : {}) });
}

function imageFailure(error: unknown, name: string, maxPixels: number): MediaError {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) return tooManyPixels(name, maxPixels);
  return new MediaError('CORRUPT_IMAGE', { name });
}

interface Decoded {
  data: Buffer;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
}

/** Decodes the whole image once (so a truncated file fails here), oriented, at the largest width, 8-bit sRGB. */
async function decode(input: Buffer, name: string, maxPixels: number): Promise<{ decoded: Decoded; opaque: boolean; width: number; height: number }> {
  const options = { limitInputPixels: maxPixels, failOn: 'truncated' as const, autoOrient: true, pages: 1 };
  let width: number;
  let height: number;
  try {
    // the header only (no pixels decoded), without the limit, so a refusal can say how big the image is
    const meta = await sharp(input, { ...options, limitInputPixels: false }).metadata();
    width = meta.autoOrient?.width ?? meta.width ?? 0;
    height = meta.autoOrient?.height ?? meta.height ?? 0;
  } catch (error) {
    throw imageFailure(error, name, maxPixels);
  }
  if (width < 1 || height < 1) throw new MediaError('CORRUPT_IMAGE', { name });
  if (width * height > maxPixels) throw tooManyPixels(name, maxPixels, width, height);
  try {
    const largest = targetWidths(width).at(-1)!;
    const { data, info } = await sharp(input, options).resize({ width: largest, withoutEnlargement: true }).toColourspace('srgb').raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
    const decoded: Decoded = { data, width: info.width, height: info.height, channels: info.channels };
    const hasAlpha = decoded.channels === 2 || decoded.channels === 4;
    const opaque = !hasAlpha || (await fromRaw(decoded).stats()).isOpaque;
    return { decoded, opaque, width, height };
  } catch (error) {
    throw imageFailure(error, name, maxPixels);
  }
}

function fromRaw(d: Decoded): Sharp {
  return sharp(d.data, { raw: { width: d.width, height: d.height, channels: d.channels } });
}

async function encode(pipeline: Sharp, format: VariantFormat): Promise<{ data: Buffer; width: number; height: number }> {
  const out =
    format === 'webp'
      ? pipeline.webp({ quality: 80 })
      : format === 'avif'
        ? pipeline.avif({ quality: 50, effort: 2 })
        : format === 'jpeg'
          ? pipeline.jpeg({ quality: 82, progressive: true })
          : pipeline.png({ compressionLevel: 9, adaptiveFiltering: true });
  const { data, info } = await out.toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

export async function processImage(input: Buffer, name: string, stem: string, limits: ProcessLimits = {}): Promise<{ width: number; height: number; key: string; files: PreparedFile[] }> {
  const maxPixels = limits.maxPixels ?? defaultMaxPixels;
  const { decoded, opaque, width, height } = await decode(input, name, maxPixels);
  const base = opaque && decoded.channels % 2 === 0 ? fromRaw(decoded).removeAlpha() : fromRaw(decoded);
  const fallback: VariantFormat = opaque ? 'jpeg' : 'png';
  const jobs: { width: number; format: VariantFormat }[] = [];
  for (const width of targetWidths(decoded.width)) {
    jobs.push({ width, format: 'webp' });
    if (width <= avifMaxWidth) jobs.push({ width, format: 'avif' });
  }
  jobs.push({ width: decoded.width, format: fallback });
  const files = await Promise.all(
    jobs.map(async ({ width, format }) => {
      const pipeline = width === decoded.width ? base.clone() : base.clone().resize({ width });
      const out = await encode(pipeline, format);
      return { key: mediaKey(stem, variantExt[format], width), data: out.data, contentType: variantContentTypes[format], variant: { width: out.width, height: out.height, format } };
    }),
  );
  return { width, height, key: files.at(-1)!.key, files };
}

/** Checks and converts one upload; throws MediaError with the reason when it is refused. */
export async function prepareMedia(data: Buffer, rawName: string, stem: string, limits: ProcessLimits = {}): Promise<PreparedMedia> {
  const originalName = cleanOriginalName(rawName);
  const type: DetectedType = await detectType(data, originalName);
  const common = { kind: type.kind, mime: type.mime, ext: type.ext, originalName, size: data.length, sha256: sha256Of(data) };
  if (type.kind === 'attachment') {
    const key = mediaKey(stem, type.ext);
    return { ...common, width: null, height: null, key, files: [{ key, data, contentType: type.mime }] };
  }
  const image = await (limits.queue ?? imageQueue).run(() => processImage(data, originalName, stem, limits));
  return { ...common, width: image.width, height: image.height, key: image.key, files: image.files };
}
