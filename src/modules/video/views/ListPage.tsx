// /video and /en/videos: the videos as a grid of cards (poster, title, date recorded, length, the
// site it plays on), numbered pages. Each card's title links to the video's page on the portal,
// never straight to the other site; the poster repeats the title, so it is decorative (alt="").
import type { Language } from '../../../core/db/schema.ts';
import { Layout } from '../../../core/html/Layout.tsx';
import { Pagination } from '../../../core/html/Pagination.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { formatDate } from '../../../core/text/datetime.ts';
import { videoStrings } from '../i18n.ts';
import type { VideoCard, VideoPage } from '../queries.ts';
import { siteOf, videoListUrl, videoPath } from '../urls.ts';
import { Picture } from './Picture.tsx';

/** Cards: one column on a phone, then 2, 3 and 4 (see site.css, "Videos"). */
export const cardSizes = '(min-width: 75rem) 17.5rem, (min-width: 60rem) 30vw, (min-width: 36rem) 46vw, calc(100vw - 2rem)';

/** "2024-03-15" → <time>15/03/2024</time> (a calendar day, read in the portal's zone). */
export function Day({ day }: { day: string }) {
  const shown = /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDate(`${day}T12:00:00+07:00`) : day;
  return <time datetime={day}>{shown}</time>;
}

/** Vietnamese text on an English page says so, for screen readers' pronunciation. */
export const contentLang = (lang: Language) => (lang === 'en' ? 'vi' : undefined);

function Card({ card, lang, lazy }: { card: VideoCard; lang: Language; lazy: boolean }) {
  const s = videoStrings[lang];
  const { video, poster } = card;
  const site = siteOf(video.url);
  const facts = [
    video.recordedOn ? <Day day={video.recordedOn} /> : undefined,
    video.duration ? <span>{video.duration}</span> : undefined,
    site ? <span>{s.on(site.name)}</span> : undefined,
  ].filter((x) => x !== undefined);
  return (
    <li class="video-card">
      <h2 class="video-card__title">
        <a href={videoPath(video.slug, lang)} lang={contentLang(lang)}>
          {video.title}
        </a>
      </h2>
      {facts.length > 0 && (
        <p class="video-card__meta">
          {facts.map((fact, i) => (
            <>
              {i > 0 && ' · '}
              {fact}
            </>
          ))}
        </p>
      )}
      <div class="video-card__poster">{poster ? <Picture poster={poster} alt="" sizes={cardSizes} lazy={lazy} /> : <span class="video-card__placeholder" />}</div>
    </li>
  );
}

export function ListPage({ env, result }: { env: PageEnv; result: VideoPage }) {
  const { t, lang } = env;
  const s = videoStrings[lang];
  const title = result.page > 1 ? `${s.title} – ${t.pageN(result.page)}` : s.title;
  return (
    <Layout env={env} title={title} description={s.intro} canonical={videoListUrl(lang, result.page)} breadcrumb={[{ label: s.title }]}>
      <div class="container videos">
        <h1 class="page-title">{s.title}</h1>
        <p class="videos__intro">{s.intro}</p>
        {s.contentInVietnamese && <p class="videos__note">{s.contentInVietnamese}</p>}
        <p class="videos__count">
          {s.count(result.total)}
          {result.pageCount > 1 && ` · ${t.pageOf(result.page, result.pageCount)}`}
        </p>
        {result.items.length === 0 ? (
          <p>{s.none}</p>
        ) : (
          <ul class="video-grid">
            {result.items.map((card, i) => (
              <Card card={card} lang={lang} lazy={result.page > 1 || i > 0} />
            ))}
          </ul>
        )}
        <Pagination env={env} page={result.page} pageCount={result.pageCount} href={(n) => videoListUrl(lang, n)} />
      </div>
    </Layout>
  );
}
