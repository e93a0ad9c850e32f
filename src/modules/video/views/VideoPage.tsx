// /video/<slug> (and /en/videos/<slug> with English labels): the title, the particulars, the
// poster from the media library, then a plain link "Xem video trên YouTube" that says it leaves
// the portal, the description and the transcript. Nothing is loaded from the other site — no
// frame, no script, no thumbnail — until the reader follows the link (the CSP allows no frame
// from another origin anyway).
import { Layout } from '../../../core/html/Layout.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { responsiveHtml, type ResponsiveImage } from '../../../core/media/responsive.ts';
import { videoStrings } from '../i18n.ts';
import type { Poster, Video } from '../queries.ts';
import { siteOf, videoListUrl, videoPath } from '../urls.ts';
import { contentLang, Day } from './ListPage.tsx';
import { Picture } from './Picture.tsx';

/** The poster spans the reading column. */
const posterSizes = '(min-width: 48rem) 47.5rem, calc(100vw - 2rem)';

export interface VideoPageProps {
  env: PageEnv;
  video: Video;
  poster: Poster | undefined;
  /** the body's library images (loadResponsiveImages) */
  images: ReadonlyMap<string, ResponsiveImage>;
}

export function VideoPage({ env, video, poster, images }: VideoPageProps) {
  const { lang } = env;
  const s = videoStrings[lang];
  const vi = contentLang(lang);
  const site = siteOf(video.url);
  const paragraphs = (video.transcript ?? '').split(/\n+/).map((p) => p.trim()).filter(Boolean);
  return (
    <Layout
      env={env}
      title={video.title}
      description={video.summary || undefined}
      canonical={videoPath(video.slug, lang)}
      ogType="article"
      image={poster ? `${env.baseUrl}/media/${poster.image?.fallbackKey ?? poster.key}` : undefined}
      breadcrumb={[{ label: s.title, href: videoListUrl(lang) }, { label: video.title }]}
    >
      <div class="container video-page">
        <article class="video-page__article">
          <h1 class="page-title" lang={vi}>
            {video.title}
          </h1>
          <p class="video-page__meta">
            {video.recordedOn && (
              <span>
                {s.recordedOn}: <Day day={video.recordedOn} />
              </span>
            )}
            {video.duration && (
              <span>
                {s.length}: {video.duration}
              </span>
            )}
            {video.source && (
              <span>
                {s.source}: <span lang={vi}>{video.source}</span>
              </span>
            )}
            {video.isDemo && <span class="badge">{s.demoNotice}</span>}
          </p>
          {video.withdrawnReason !== null && (
            <div class="notice notice--warning" role="note">
              <strong>{s.withdrawnNotice}</strong> {video.withdrawnReason}
            </div>
          )}
          {poster && (
            <figure class="video-poster">
              <Picture poster={poster} alt={poster.alt} sizes={posterSizes} lazy={false} class="video-poster__image" />
            </figure>
          )}
          {site && (
            <div class="video-watch">
              <a class="button video-watch__link" href={video.url} rel="noopener external" aria-describedby="video-leaves">
                <span class="video-watch__symbol" aria-hidden="true">
                  ▶
                </span>{' '}
                {s.watchOn(site.name)}
                <span class="visually-hidden"> {s.external}</span>
              </a>
              <p class="video-watch__note" id="video-leaves">
                {s.leaves(site.host, site.name)}
              </p>
            </div>
          )}
          {video.summary && (
            <p class="article__summary" lang={vi}>
              {video.summary}
            </p>
          )}
          {video.body && <div class="article-body" lang={vi} dangerouslySetInnerHTML={{ __html: responsiveHtml(video.body, images) }} />}
          {paragraphs.length > 0 && (
            <section class="video-transcript" aria-labelledby="video-transcript-title" lang={vi}>
              <h2 id="video-transcript-title" lang={lang}>
                {s.transcript}
              </h2>
              {paragraphs.map((p) => (
                <p>{p}</p>
              ))}
            </section>
          )}
          <p class="video-page__back">
            <a href={videoListUrl(lang)}>‹ {s.back}</a>
          </p>
        </article>
      </div>
    </Layout>
  );
}
