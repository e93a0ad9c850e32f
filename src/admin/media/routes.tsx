// The media library in the back office (thư viện tư liệu): browse, search and filter, upload
// (several files; each one stored whole or not at all, with a reason per refused file), edit
// alt text, caption and credit, delete (refused while used), the editor's picker (JSON), and the
// public /media/:key address. Multipart parsing is registered inside this plugin's own scope, so
// no other route accepts multipart bodies.
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import { parseId, parsePageNumber } from '../../core/errors.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { assetUrl } from '../../core/http/assets.ts';
import { MediaError } from '../../core/media/errors.ts';
import { canView } from '../../core/workflow/content.ts';
import type { Actor } from '../../core/auth/permissions.ts';
import type { Content } from '../../core/db/schema.ts';
import { deleteMedia, findMedia, imageUrls, listMedia, mayManage, storeUpload, updateMediaTexts, usageOf, variantsOf, type UploadOutcome, type Who } from '../../core/media/library.ts';
import type { Media } from '../../core/media/schema.ts';
import { registerMediaServing } from '../../core/media/serve.ts';
import { mediaStorageFor, type MediaStorage } from '../../core/media/storage.ts';
import { adminEnv, adminLanguage } from '../env.ts';
import { formValue } from '../forms.tsx';
import { guard } from '../guard.ts';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { sendAdminPage } from '../routes/session.tsx';
import { mediaText } from './i18n.ts';
import { eachUploadedFile, exposeLeadingCsrfField, multipartLimits, type UploadLimits } from './upload.ts';
import { FilterBar, MediaGrid, MediaItem, Pager, UploadForm, UploadResult, type LibraryQuery, type UploadReport } from './views.tsx';

export const mediaPageSize = 24;
export const maxFilesPerUpload = 20;

export interface MediaRouteOptions {
  /** where files go (default: local disk under <dataDir>/media) */
  storage?: MediaStorage;
  /** largest image in pixels (default 40 megapixels, see core/media/process.ts) */
  maxPixels?: number;
}

type LibraryQs = { q?: string; kind?: string; missingAlt?: string; trang?: string; uploaded?: string; duplicates?: string; deleted?: string };
const libraryQs = queryOf(['q', 'kind', 'missingAlt', 'trang', 'uploaded', 'duplicates', 'deleted']);

function libraryQuery(qs: LibraryQs): LibraryQuery {
  const kind = qs.kind === 'image' || qs.kind === 'attachment' ? qs.kind : '';
  return { q: (qs.q ?? '').slice(0, 200), kind, missingAlt: qs.missingAlt === '1', page: parsePageNumber(qs.trang) };
}

function wantsJson(request: FastifyRequest): boolean {
  return /\bapplication\/json\b/.test(request.headers.accept ?? '') || request.auth?.via === 'token';
}

function whoOf(request: FastifyRequest): Who {
  return { userId: request.auth!.user.id, email: request.auth!.user.email, ip: request.ip };
}

function uploadJson(report: UploadReport, variantsById: Map<number, ReturnType<typeof imageUrls>>) {
  return {
    items: report.stored.map(({ media, duplicate }) => ({
      id: media.id,
      kind: media.kind,
      name: media.original_name,
      url: variantsById.get(media.id)?.url ?? `/media/${media.key}`,
      thumbUrl: variantsById.get(media.id)?.thumbUrl ?? null,
      alt: media.alt,
      altUrl: media.kind === 'image' ? `/admin/media/${media.id}/alt` : null,
      duplicate,
    })),
    errors: report.failures.map((f) => f.toJSON()),
  };
}

/** Registers the library's routes in an encapsulated scope; safe to call before app.ready(). */
/** Articles the user may not see are listed without their title (a draft's title can be private). */
function visibleUsage(actor: Actor, usage: Awaited<ReturnType<typeof usageOf>>, hiddenLabel: string) {
  return usage.map((u) => (canView(actor, u as unknown as Content) ? u : { ...u, title: hiddenLabel, hidden: true }));
}

export function registerMediaRoutes(app: FastifyInstance, ctx: AppContext, options: MediaRouteOptions = {}): PromiseLike<unknown> {
  const storage = options.storage ?? mediaStorageFor(ctx.config);
  const limits: UploadLimits = { maxBytes: ctx.config.uploadMaxBytes, maxFiles: maxFilesPerUpload };
  const processLimits = options.maxPixels ? { maxPixels: options.maxPixels } : {};
  const db = ctx.db.kysely;
  const maxMb = Math.round((limits.maxBytes / 1024 / 1024) * 10) / 10;

  async function showLibrary(request: FastifyRequest<{ Querystring: LibraryQs }>, reply: FastifyReply, report?: UploadReport, status = 200) {
    const env = await adminEnv(ctx, request);
    const text = mediaText[env.lang];
    const query = libraryQuery(request.query ?? {});
    const { items, total } = await listMedia(db, { q: query.q, kind: query.kind || undefined, missingAlt: query.missingAlt, limit: mediaPageSize, offset: (query.page - 1) * mediaPageSize });
    const variants = await variantsOf(db, items.map((m) => m.id));
    const qs = request.query ?? {};
    const flash = [qs.uploaded ? text.uploaded(Number(qs.uploaded) || 0) : '', qs.duplicates ? text.duplicates(Number(qs.duplicates) || 0) : '', qs.deleted ? text.deleted : ''].filter(Boolean).join(' ');
    return sendAdminPage(
      reply,
      <AdminLayout env={env} title={text.library} flash={flash || undefined} scripts={[assetUrl('js/media.js')]} styles={[assetUrl('css/media.css')]}>
        {report && <UploadResult env={env} text={text} report={report} />}
        <UploadForm env={env} text={text} maxMb={maxMb} maxFiles={limits.maxFiles} />
        <FilterBar text={text} query={query} />
        <p class="meta-line">{text.total(total)}</p>
        <MediaGrid env={env} text={text} items={items} variants={variants} />
        <Pager text={text} query={query} pageCount={Math.max(1, Math.ceil(total / mediaPageSize))} />
      </AdminLayout>,
      status,
    );
  }

  async function showItem(request: FastifyRequest, reply: FastifyReply, media: Media, extra: { flash?: string; error?: MediaError; values?: { alt: string; caption: string; credit: string }; status?: number } = {}) {
    const env = await adminEnv(ctx, request);
    const text = mediaText[env.lang];
    const variants = (await variantsOf(db, [media.id])).get(media.id) ?? [];
    const uploader = media.created_by === null ? undefined : (await db.selectFrom('users').select('name').where('id', '=', media.created_by).executeTakeFirst())?.name;
    return sendAdminPage(
      reply,
      <AdminLayout env={env} title={media.original_name} flash={extra.flash} error={extra.error?.messageIn(env.lang)} styles={[assetUrl('css/media.css')]}>
        <MediaItem env={env} text={text} media={media} variants={variants} usage={visibleUsage(env.auth!.actor, await usageOf(db, media.id), text.otherArticle)} uploader={uploader} mayManage={mayManage(env.auth!.actor, media)} values={extra.values} />
      </AdminLayout>,
      extra.status ?? 200,
    );
  }

  async function loadMedia(raw: string): Promise<Media> {
    const media = await findMedia(db, parseId(raw));
    if (!media) throw new MediaError('NOT_FOUND');
    return media;
  }

  return app.register(async (scope) => {
    await scope.register(multipart, { limits: multipartLimits(limits) });

    // Refusals of this library answer as JSON for scripts and as a page (or the item page) otherwise.
    scope.setErrorHandler(async (error, request, reply) => {
      if (!(error instanceof MediaError)) throw error;
      if (wantsJson(request)) return reply.code(error.status).send({ error: error.toJSON() });
      const env = await adminEnv(ctx, request);
      return sendAdminPage(reply, <AdminLayout env={env} title={mediaText[env.lang].library} error={error.messageIn(env.lang)}><p><a href="/admin/media">{mediaText[env.lang].backToLibrary}</a></p></AdminLayout>, error.status);
    });

    // A refused request whose body was not read closes its connection instead of leaving bytes on it.
    scope.addHook('onSend', async (request, reply) => {
      if (request.isMultipart() && !request.raw.complete) reply.header('Connection', 'close');
    });

    scope.get<{ Querystring: LibraryQs }>('/admin/media', libraryQs, async (request, reply) => {
      await guard(ctx, request, 'media.upload');
      return showLibrary(request, reply);
    });

    scope.post<{ Querystring: LibraryQs }>('/admin/media', { ...libraryQs, preValidation: exposeLeadingCsrfField }, async (request, reply) => {
      await guard(ctx, request, 'media.upload');
      const who = whoOf(request);
      const report: UploadReport = { stored: [], failures: [] };
      const { files, failures } = await eachUploadedFile(request, limits, async (file) => {
        const outcome: UploadOutcome = await storeUpload(db, storage, file, who, processLimits);
        report.stored.push(outcome);
      });
      report.failures.push(...failures);
      if (files === 0 && report.failures.length === 0) report.failures.push(new MediaError('NO_FILE'));
      const status = report.failures[0]?.status ?? 201;
      if (wantsJson(request)) {
        const urls = new Map([...(await variantsOf(db, report.stored.map((s) => s.media.id)))].map(([id, v]) => [id, imageUrls(v)]));
        return reply.code(status).send(uploadJson(report, urls));
      }
      if (report.failures.length === 0) {
        const duplicates = report.stored.filter((s) => s.duplicate).length;
        return reply.redirect(`/admin/media?uploaded=${report.stored.length - duplicates}${duplicates ? `&duplicates=${duplicates}` : ''}`, 303);
      }
      return showLibrary(request, reply, report, status);
    });

    scope.get<{ Querystring: { q?: string } }>('/admin/media/picker', queryOf(['q']), async (request, reply) => {
      const auth = await guard(ctx, request, 'media.upload');
      const { items } = await listMedia(db, { q: (request.query.q ?? '').slice(0, 200), kind: 'image', limit: 100, offset: 0 });
      const variants = await variantsOf(db, items.map((m) => m.id));
      const out = [];
      for (const m of items) {
        const urls = imageUrls(variants.get(m.id) ?? []);
        if (urls) out.push({ id: m.id, name: m.original_name, url: urls.url, thumbUrl: urls.thumbUrl, alt: m.alt, caption: m.caption, credit: m.credit, width: m.width, height: m.height, missingAlt: m.alt === '', altUrl: mayManage(auth.actor, m) ? `/admin/media/${m.id}/alt` : null });
      }
      return reply.header('Cache-Control', 'no-store').send({ items: out, uploadUrl: '/admin/media' });
    });

    scope.get<{ Params: { id: string }; Querystring: { ok?: string } }>('/admin/media/:id', queryOf(['ok']), async (request, reply) => {
      await guard(ctx, request, 'media.upload');
      const media = await loadMedia(request.params.id);
      return showItem(request, reply, media, { flash: request.query.ok ? mediaText[adminLanguage(request)].saved : undefined });
    });

    scope.post<{ Params: { id: string } }>('/admin/media/:id', async (request, reply) => {
      const auth = await guard(ctx, request, 'media.upload');
      const media = await loadMedia(request.params.id);
      const values = { alt: formValue(request.body, 'alt'), caption: formValue(request.body, 'caption'), credit: formValue(request.body, 'credit') };
      try {
        const saved = await updateMediaTexts(db, auth.actor, media, values, whoOf(request));
        if (wantsJson(request)) return reply.send({ id: saved.id, alt: saved.alt, caption: saved.caption, credit: saved.credit });
        return reply.redirect(`/admin/media/${media.id}?ok=1`, 303);
      } catch (error) {
        if (!(error instanceof MediaError) || wantsJson(request)) throw error;
        return showItem(request, reply, media, { error, values, status: error.status });
      }
    });

    // The editor's image dialog saves the alt text typed there back to the library item: when the
    // item has none, or when `replace` is true (the person ticked "save as the library's
    // description"). Same permission and audit entry as editing the item's page.
    scope.post<{ Params: { id: string } }>('/admin/media/:id/alt', async (request, reply) => {
      const auth = await guard(ctx, request, 'media.upload');
      const media = await loadMedia(request.params.id);
      const body = request.body as Record<string, unknown> | null | undefined;
      const replace = body?.replace === true || formValue(body, 'replace') === '1' || formValue(body, 'replace') === 'true';
      if (media.kind !== 'image') throw new MediaError('NOT_FOUND');
      if (!mayManage(auth.actor, media)) throw new MediaError('FORBIDDEN');
      if (media.alt !== '' && !replace) return reply.code(200).send({ id: media.id, alt: media.alt, saved: false });
      const saved = await updateMediaTexts(db, auth.actor, media, { alt: formValue(body, 'alt'), caption: media.caption, credit: media.credit }, whoOf(request));
      return reply.send({ id: saved.id, alt: saved.alt, saved: true });
    });

    scope.post<{ Params: { id: string } }>('/admin/media/:id/delete', async (request, reply) => {
      const auth = await guard(ctx, request, 'media.upload');
      const media = await loadMedia(request.params.id);
      try {
        await deleteMedia(db, storage, auth.actor, media.id, whoOf(request));
      } catch (error) {
        if (!(error instanceof MediaError) || wantsJson(request) || error.code === 'NOT_FOUND') throw error;
        return showItem(request, reply, media, { error, status: error.status });
      }
      if (wantsJson(request)) return reply.code(204).send();
      return reply.redirect('/admin/media?deleted=1', 303);
    });

    registerMediaServing(scope, ctx, storage);
  });
}
