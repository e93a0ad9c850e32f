// /thu-vien-anh/<slug> (and /en/photos/<slug> with English labels): the album's particulars, then
// its photos as a plain ordered list of figures — each photo with its library description as alt
// text, its caption and credit beneath, a link to the photo itself, width and height set, lazy
// after the first. That is the whole page without JavaScript. public/js/gallery.js, loaded by this
// page only, turns the links into a viewer (see that file); its strings are data attributes of
// the list, since the CSP allows no inline script.
import { Layout } from '../../../core/html/Layout.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { assetUrl } from '../../../core/http/assets.ts';
import { responsiveHtml, type ResponsiveImage } from '../../../core/media/responsive.ts';
import { galleryStrings } from '../i18n.ts';
import type { Album, Photo } from '../queries.ts';
import { albumListUrl, albumPath } from '../urls.ts';
import { contentLang, Day } from './ListPage.tsx';
import { largeUrl, Picture, srcsetOf } from './Picture.tsx';

/** Photos: two columns on a phone, three, then four (see site.css, "Photo gallery"). */
export const photoSizes = '(min-width: 75rem) 17.5rem, (min-width: 60rem) 23vw, (min-width: 40rem) 31vw, calc(50vw - 1.5rem)';

export interface AlbumPageProps {
  env: PageEnv;
  album: Album;
  /** the album's photos still in the library, in the album's order */
  photos: Photo[];
  /** the body's library images (loadResponsiveImages) */
  images: ReadonlyMap<string, ResponsiveImage>;
}

/** The alt text: the library's description; a photo without one is named by its caption, else by its place in the album. */
export function altOf(photo: Photo, album: Album, index: number, lang: 'vi' | 'en'): string {
  return photo.alt || photo.caption || `${album.title} – ${lang === 'vi' ? 'ảnh' : 'photo'} ${index + 1}`;
}

export function AlbumPage({ env, album, photos, images }: AlbumPageProps) {
  const { lang } = env;
  const s = galleryStrings[lang];
  const vi = contentLang(lang);
  const share = photos.find((p) => p.id === album.coverId) ?? photos[0];
  return (
    <Layout
      env={env}
      title={album.title}
      description={album.summary || undefined}
      canonical={albumPath(album.slug, lang)}
      ogType="article"
      image={share ? `${env.baseUrl}${largeUrl(share)}` : undefined}
      breadcrumb={[{ label: s.title, href: albumListUrl(lang) }, { label: album.title }]}
    >
      <div class="container gallery-album">
        <h1 class="page-title" lang={vi}>
          {album.title}
        </h1>
        <p class="gallery-album__meta">
          {album.eventDate && (
            <span>
              {s.eventDate}: <Day day={album.eventDate} />
            </span>
          )}
          {album.location && (
            <span>
              {s.place}: <span lang={vi}>{album.location}</span>
            </span>
          )}
          <span>{s.photoCount(photos.length)}</span>
          {album.isDemo && <span class="badge">{s.demoNotice}</span>}
        </p>
        {album.withdrawnReason !== null && (
          <div class="notice notice--warning" role="note">
            <strong>{s.withdrawnNotice}</strong> {album.withdrawnReason}
          </div>
        )}
        {album.summary && (
          <p class="article__summary gallery-album__summary" lang={vi}>
            {album.summary}
          </p>
        )}
        {album.body && <div class="article-body gallery-album__body" lang={vi} dangerouslySetInnerHTML={{ __html: responsiveHtml(album.body, images) }} />}
        <h2 class="gallery-album__heading" id="album-photos">
          {s.photosHeading}
        </h2>
        {photos.length === 0 ? (
          <p>{s.noPhotos}</p>
        ) : (
          <>
            <p class="gallery-album__hint">{s.listHint}</p>
            <ol
              class="gallery-photos"
              aria-labelledby="album-photos"
              data-gallery=""
              data-viewer-title={s.viewerTitle(album.title)}
              data-previous={s.viewerPrevious}
              data-next={s.viewerNext}
              data-close={s.viewerClose}
              data-position={s.viewerPosition}
              data-keys={s.viewerKeys}
            >
              {photos.map((photo, i) => (
                <li class="gallery-photo" id={`anh-${i + 1}`}>
                  <figure class="gallery-photo__figure">
                    <a class="gallery-photo__link" href={largeUrl(photo)} data-gallery-photo="" data-srcset={photo.image && photo.image.webp.length > 0 ? srcsetOf(photo.image.webp) : undefined}>
                      <Picture photo={photo} alt={altOf(photo, album, i, lang)} sizes={photoSizes} lazy={i > 0} class="gallery-photo__image" />
                      <span class="visually-hidden"> ({s.openLarge})</span>
                    </a>
                    {(photo.caption || photo.credit) && (
                      <figcaption class="gallery-photo__caption">
                        {photo.caption && <span lang={vi}>{photo.caption}</span>}
                        {photo.caption && photo.credit && ' '}
                        {photo.credit && (
                          <span class="gallery-photo__credit">
                            {s.credit}: <span lang={vi}>{photo.credit}</span>
                          </span>
                        )}
                      </figcaption>
                    )}
                  </figure>
                </li>
              ))}
            </ol>
          </>
        )}
        <p class="gallery-album__back">
          <a href={albumListUrl(lang)}>‹ {s.back}</a>
        </p>
        <script src={assetUrl('js/gallery.js')} defer />
      </div>
    </Layout>
  );
}
