// Pages of the media library: the library (upload form, search and filter, grid, pages) and one
// item (preview, details, texts, usage, deletion). They work without JavaScript; public/js/media.js
// adds drag and drop onto the upload form.
import type { MediaError } from '../../core/media/errors.ts';
import { imageUrls, mediaUrl } from '../../core/media/library.ts';
import type { Media, MediaKind, MediaVariant } from '../../core/media/schema.ts';
import { formatStamp } from '../../core/text/datetime.ts';
import type { AdminEnv } from '../env.ts';
import { Field, TextArea } from '../forms.tsx';
import { ActionForm, CsrfField } from '../views/ActionForm.tsx';
import { Pagination } from '../views/DataTable.tsx';
import { FilterBar as Filters } from '../views/FilterBar.tsx';
import { formatBytes, type MediaDictionary } from './i18n.ts';

export interface LibraryQuery {
  q: string;
  kind: MediaKind | '';
  missingAlt: boolean;
  page: number;
}

export interface UploadReport {
  stored: { media: Media; duplicate: boolean }[];
  failures: MediaError[];
}

export function libraryHref(query: LibraryQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.kind) params.set('kind', query.kind);
  if (query.missingAlt) params.set('missingAlt', '1');
  if (page > 1) params.set('trang', String(page));
  const s = params.toString();
  return s ? `/admin/media?${s}` : '/admin/media';
}

export function UploadForm({ env, text, maxMb, maxFiles }: { env: AdminEnv; text: MediaDictionary; maxMb: number; maxFiles: number }) {
  return (
    <section class="card-box media-upload" aria-labelledby="media-upload-title">
      <h2 id="media-upload-title">{text.uploadTitle}</h2>
      {/* _csrf comes first: it is the part read before the files (see upload.ts). */}
      <form method="post" action="/admin/media" enctype="multipart/form-data" class="media-upload__form" data-media-upload>
        <CsrfField env={env} />
        <div class="media-drop" data-media-drop>
          <label for="f-files">{text.chooseFiles}</label>
          <p class="hint" id="f-files-hint">
            {text.uploadHint(maxMb, maxFiles)}
          </p>
          <input
            id="f-files"
            name="files"
            type="file"
            multiple
            required
            aria-describedby="f-files-hint"
            accept="image/jpeg,image/png,image/webp,image/gif,image/avif,.jpg,.jpeg,.png,.webp,.gif,.avif,.pdf,.doc,.docx,.xls,.xlsx,.odt,.ods"
          />
          <p class="media-drop__hint" hidden data-media-drop-hint>
            {text.dropZone}
          </p>
          <p class="media-drop__status" aria-live="polite" data-media-drop-status data-chosen-label={text.chosen} data-uploading-label={text.uploading} />
        </div>
        <button type="submit" class="button">
          {text.upload}
        </button>
      </form>
    </section>
  );
}

export function UploadResult({ env, text, report }: { env: AdminEnv; text: MediaDictionary; report: UploadReport }) {
  return (
    <div class="media-result">
      {report.failures.length > 0 && (
        <div class="flash flash--error" role="alert">
          <p>{text.refused}</p>
          <ul>
            {report.failures.map((f) => (
              <li>{f.messageIn(env.lang)}</li>
            ))}
          </ul>
        </div>
      )}
      {report.stored.length > 0 && (
        <div class="flash flash--ok" role="status">
          <p>{text.accepted}</p>
          <ul>
            {report.stored.map((s) => (
              <li>
                <a href={`/admin/media/${s.media.id}`}>{s.media.original_name}</a>
                {s.duplicate ? ` (${text.alreadyThere})` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

export function FilterBar({ text, query }: { text: MediaDictionary; query: LibraryQuery }) {
  return (
    <Filters
      action="/admin/media"
      search
      submit={text.filter}
      fields={[
        { kind: 'input', type: 'search', name: 'q', label: text.search, value: query.q, maxLength: 200 },
        {
          kind: 'select',
          name: 'kind',
          label: text.kind,
          value: query.kind,
          any: text.allKinds,
          options: [
            { value: 'image', label: text.images },
            { value: 'attachment', label: text.attachments },
          ],
        },
        { kind: 'checkbox', name: 'missingAlt', label: text.missingAltOnly, checked: query.missingAlt },
      ]}
    />
  );
}

function extensionOf(media: Media): string {
  return media.key.slice(media.key.lastIndexOf('.') + 1).toUpperCase();
}

export function MediaGrid({ env, text, items, variants }: { env: AdminEnv; text: MediaDictionary; items: Media[]; variants: Map<number, MediaVariant[]> }) {
  if (items.length === 0) return <p class="empty">{text.empty}</p>;
  return (
    <ul class="media-grid">
      {items.map((m) => {
        const urls = imageUrls(variants.get(m.id) ?? []);
        return (
          <li class="media-card">
            <a class="media-card__preview" href={`/admin/media/${m.id}`} aria-label={`${text.edit}: ${m.original_name}`}>
              {m.kind === 'image' && urls ? <img src={urls.thumbUrl} alt="" loading="lazy" width="240" height="160" /> : <span class="media-card__ext">{extensionOf(m)}</span>}
            </a>
            <div class="media-card__body">
              <p class="media-card__name">{m.original_name}</p>
              {m.kind === 'image' && (m.alt ? <p class="media-card__alt">{m.alt}</p> : <p class="badge badge--warning">{text.missingAlt}</p>)}
              {m.caption && <p class="media-card__caption">{m.caption}</p>}
              {m.credit && <p class="media-card__credit">© {m.credit}</p>}
              <p class="media-card__meta">
                {formatBytes(m.size, env.lang)}
                {m.width && m.height ? ` · ${m.width}×${m.height}` : ''}
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

export function Pager({ text, query, pageCount }: { text: MediaDictionary; query: LibraryQuery; pageCount: number }) {
  const labels = { nav: text.pagination, previous: text.previousPage, next: text.nextPage, pageOf: text.pageOf };
  return <Pagination class="media-pager" labels={labels} page={query.page} pageCount={pageCount} href={(page) => libraryHref(query, page)} />;
}

export interface ItemViewProps {
  env: AdminEnv;
  text: MediaDictionary;
  media: Media;
  variants: MediaVariant[];
  usage: { id: number; title: string; type: string; hidden?: boolean }[];
  uploader: string | undefined;
  mayManage: boolean;
  values?: { alt: string; caption: string; credit: string } | undefined;
}

export function MediaItem({ env, text, media, variants, usage, uploader, mayManage, values }: ItemViewProps) {
  const v = values ?? { alt: media.alt, caption: media.caption, credit: media.credit };
  const urls = imageUrls(variants);
  const address = mediaUrl(media.kind === 'image' ? (urls?.url.slice('/media/'.length) ?? media.key) : media.key);
  return (
    <div class="media-item">
      <p>
        <a href="/admin/media">{text.backToLibrary}</a>
      </p>
      <div class="media-item__layout">
        <div class="media-item__preview">
          {media.kind === 'image' && urls ? (
            <img src={urls.url} alt={media.alt} width={media.width ?? undefined} height={media.height ?? undefined} />
          ) : (
            <p>
              <a class="button button--secondary" href={address} download>
                {text.download} ({extensionOf(media)})
              </a>
            </p>
          )}
        </div>
        <section class="card-box" aria-labelledby="media-details-title">
          <h2 id="media-details-title">{text.details}</h2>
          <dl class="media-details">
            <dt>{text.type}</dt>
            <dd>
              {extensionOf(media)} ({media.mime})
            </dd>
            <dt>{text.size}</dt>
            <dd>{formatBytes(media.size, env.lang)}</dd>
            {media.width && media.height && (
              <>
                <dt>{text.dimensions}</dt>
                <dd>
                  {media.width}×{media.height}
                </dd>
              </>
            )}
            <dt>{text.uploadedBy}</dt>
            <dd>{uploader ?? text.unknownUser}</dd>
            <dt>{text.uploadedAt}</dt>
            <dd>{formatStamp(media.created_at)}</dd>
            <dt>{text.address}</dt>
            <dd>
              <code>{address}</code>
            </dd>
          </dl>
          {variants.length > 0 && (
            <>
              <h3>{text.variants}</h3>
              <ul class="media-variants">
                {variants.map((x) => (
                  <li>
                    <a href={mediaUrl(x.key)}>
                      {x.format.toUpperCase()} {x.width}×{x.height}
                    </a>{' '}
                    · {formatBytes(x.size, env.lang)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
      <form method="post" action={`/admin/media/${media.id}`} class="card-box narrow-form">
        <CsrfField env={env} />
        <fieldset disabled={!mayManage} class="media-texts">
          {media.kind === 'image' && <Field name="alt" label={text.alt} value={v.alt} hint={text.altHint} required maxLength={500} />}
          <TextArea name="caption" label={text.caption} value={v.caption} rows={2} maxLength={1000} />
          <Field name="credit" label={text.credit} value={v.credit} maxLength={200} />
          <button type="submit" class="button">
            {text.save}
          </button>
        </fieldset>
      </form>
      <section class="card-box" aria-labelledby="media-usage-title">
        <h2 id="media-usage-title">{text.usedIn}</h2>
        {usage.length === 0 ? (
          <p class="empty">{text.notUsed}</p>
        ) : (
          <ul>
            {usage.map((u) => (
              <li>{u.hidden ? u.title : <a href={`/admin/articles/${u.id}`}>{u.title}</a>}</li>
            ))}
          </ul>
        )}
      </section>
      {mayManage && (
        <section class="card-box" aria-labelledby="media-delete-title">
          <h2 id="media-delete-title">{text.deleteTitle}</h2>
          {usage.length > 0 ? (
            <p>{text.deleteBlocked}</p>
          ) : (
            <ActionForm env={env} action={`/admin/media/${media.id}/delete`} hint={text.deleteHint} variant="warning" submit={text.deleteButton} />
          )}
        </section>
      )}
    </div>
  );
}
