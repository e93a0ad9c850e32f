// /thu-vien-anh and /en/photos: the albums as a grid of cards (cover, title, date of the event,
// number of photos), newest event first, numbered pages. Each card's title is its link; the
// cover repeats the title, so it is decorative (alt="") and the whole card is the title's link's
// target through CSS.
import type { Language } from '../../../core/db/schema.ts';
import { Layout } from '../../../core/html/Layout.tsx';
import { Pagination } from '../../../core/html/Pagination.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { formatDate } from '../../../core/text/datetime.ts';
import { galleryStrings } from '../i18n.ts';
import type { AlbumCard, AlbumPage } from '../queries.ts';
import { albumListUrl, albumPath } from '../urls.ts';
import { Picture } from './Picture.tsx';

/** Cards: one column on a phone, then 2, 3 and 4 (see site.css, "Photo gallery"). */
export const cardSizes = '(min-width: 75rem) 17.5rem, (min-width: 60rem) 30vw, (min-width: 36rem) 46vw, calc(100vw - 2rem)';

/** "2024-03-15" → <time>15/03/2024</time> (a calendar day, read in the portal's zone). */
export function Day({ day }: { day: string }) {
  const shown = /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDate(`${day}T12:00:00+07:00`) : day;
  return <time datetime={day}>{shown}</time>;
}

/** Vietnamese text on an English page says so, for screen readers' pronunciation. */
export const contentLang = (lang: Language) => (lang === 'en' ? 'vi' : undefined);

function Card({ card, lang, lazy }: { card: AlbumCard; lang: Language; lazy: boolean }) {
  const s = galleryStrings[lang];
  const { album, cover, count } = card;
  return (
    <li class="album-card">
      <h2 class="album-card__title">
        <a href={albumPath(album.slug, lang)} lang={contentLang(lang)}>
          {album.title}
        </a>
      </h2>
      <p class="album-card__meta">
        {album.eventDate && (
          <>
            <Day day={album.eventDate} />
            {' · '}
          </>
        )}
        <span class="album-card__count">{s.photoCount(count)}</span>
      </p>
      <div class="album-card__cover">{cover ? <Picture photo={cover} alt="" sizes={cardSizes} lazy={lazy} /> : <span class="album-card__placeholder" />}</div>
    </li>
  );
}

export function ListPage({ env, result }: { env: PageEnv; result: AlbumPage }) {
  const { t, lang } = env;
  const s = galleryStrings[lang];
  const title = result.page > 1 ? `${s.title} – ${t.pageN(result.page)}` : s.title;
  return (
    <Layout env={env} title={title} description={s.intro} canonical={albumListUrl(lang, result.page)} breadcrumb={[{ label: s.title }]}>
      <div class="container gallery">
        <h1 class="page-title">{s.title}</h1>
        <p class="gallery__intro">{s.intro}</p>
        {s.contentInVietnamese && <p class="gallery__note">{s.contentInVietnamese}</p>}
        <p class="gallery__count">
          {s.count(result.total)}
          {result.pageCount > 1 && ` · ${t.pageOf(result.page, result.pageCount)}`}
        </p>
        {result.items.length === 0 ? (
          <p>{s.none}</p>
        ) : (
          <ul class="album-grid">
            {result.items.map((card, i) => (
              <Card card={card} lang={lang} lazy={result.page > 1 || i > 0} />
            ))}
          </ul>
        )}
        <Pagination env={env} page={result.page} pageCount={result.pageCount} href={(n) => albumListUrl(lang, n)} />
      </div>
    </Layout>
  );
}
