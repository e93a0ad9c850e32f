// GET /media/:key — the public address of stored files. The type sent is the one recorded at
// upload (a variant's format, or an attachment's detected type), never guessed from the URL;
// nosniff stops browsers from guessing either; attachments are always downloads; a sandboxing
// CSP covers the rare browser that would still render something. Keys never change content, so
// they are cached for a year.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import { servableByKey } from './library.ts';
import { isMediaKey, type MediaStorage } from './storage.ts';

/** The name offered on download: the uploader's name with the extension of the detected type. */
export function downloadName(originalName: string, key: string): string {
  const ext = key.slice(key.lastIndexOf('.') + 1);
  const stem = originalName.replace(/\.[\p{L}\p{N}]{1,8}$/u, '') || 'tep';
  return `${stem}.${ext}`;
}

/** RFC 6266 with an ASCII fallback and the exact UTF-8 name in filename* (RFC 5987). */
export function contentDisposition(name: string): string {
  const ascii =
    name
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9._ -]+/g, '-')
      .replace(/-{2,}/g, '-')
      .trim() || 'tep';
  const encoded = encodeURIComponent(name).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function registerMediaServing(app: FastifyInstance, ctx: AppContext, storage: MediaStorage): void {
  app.get<{ Params: { key: string } }>('/media/:key', async (request, reply) => {
    const { key } = request.params;
    if (!isMediaKey(key)) return reply.callNotFound();
    const found = await servableByKey(ctx.db.kysely, key);
    if (!found) return reply.callNotFound();
    const stream = await storage.get(key);
    if (!stream) {
      request.log.error({ key }, 'media file missing from storage');
      return reply.callNotFound();
    }
    reply
      .type(found.contentType)
      .header('Content-Length', String(found.size))
      .header('X-Content-Type-Options', 'nosniff')
      .header('Content-Security-Policy', "default-src 'none'; sandbox")
      .header('Cache-Control', 'public, max-age=31536000, immutable');
    if (found.attachmentName !== undefined) reply.header('Content-Disposition', contentDisposition(downloadName(found.attachmentName, key)));
    return reply.send(stream);
  });
}
