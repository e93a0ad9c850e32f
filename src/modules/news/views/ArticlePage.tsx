// The article page, modelled on the seed: breadcrumb with the category, title, time stamp
// "(HH:mm | dd/MM/yyyy)", sapo, body with captioned figures, byline and source, print and plain
// share links, related articles of the same category.
import { Layout } from '../../../core/html/Layout.tsx';
import { responsiveHtml, shareImageUrl, type ResponsiveImage } from '../../../core/media/responsive.ts';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { newsStrings } from '../i18n.ts';
import type { NewsItem } from '../queries.ts';
import { categoryUrl, newsBase } from '../urls.ts';
import { ArticleTime, summaryOf } from './ArticleCard.tsx';

function shareLinks(env: PageEnv, item: NewsItem) {
  const url = env.baseUrl + item.url;
  const u = encodeURIComponent(url);
  const s = newsStrings[env.lang];
  return [
    { label: 'Facebook', title: s.shareFacebook, href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { label: 'Zalo', title: s.shareZalo, href: `https://zalo.me/share?url=${u}` },
    { label: 'Email', title: s.shareEmail, href: `mailto:?subject=${encodeURIComponent(item.title)}&body=${u}` },
  ];
}

/** `images`: the body's library images, from `loadResponsiveImages(db, imageKeysIn(item.body))`. */
export function ArticlePage({ env, item, related, images }: { env: PageEnv; item: NewsItem; related: NewsItem[]; images: ReadonlyMap<string, ResponsiveImage> }) {
  const s = newsStrings[env.lang];
  return (
    <Layout
      env={env}
      title={item.title}
      description={summaryOf(item)}
      canonical={item.url}
      ogType="article"
      image={shareImageUrl(env.baseUrl, images, item.cover?.src)}
      breadcrumb={[
        { label: s.news, href: newsBase },
        { label: item.categoryName, href: categoryUrl(item.categorySlug) },
      ]}
    >
      <div class="container layout-article">
        <article class="article">
          <p class="article__category">
            <a href={categoryUrl(item.categorySlug)}>{item.categoryName}</a>
          </p>
          <h1 class="article__title">{item.title}</h1>
          <p class="article-time">
            <ArticleTime item={item} />
            {item.isDemo && <span class="badge">{s.demoNotice}</span>}
          </p>
          {item.withdrawnReason !== null && (
            <div class="notice notice--warning" role="note">
              <strong>{s.withdrawnNotice}</strong> {item.withdrawnReason}
            </div>
          )}
          {item.summary && <p class="article__summary summary">{item.summary}</p>}
          <div class="article-body" dangerouslySetInnerHTML={{ __html: responsiveHtml(item.body, images) }} />
          {(item.author || item.source) && (
            <p class="byline">
              {item.author && <span class="author">{item.author}</span>}
              {item.source && (
                <span class="source">
                  {s.source}: {item.source}
                </span>
              )}
            </p>
          )}
          <div class="article-tools">
            <button type="button" class="button button--secondary print-button" data-print hidden>
              {s.print}
            </button>
            <div class="share">
              <span class="share__label">{s.share}:</span>
              <ul>
                {shareLinks(env, item).map((link) => (
                  <li>
                    <a href={link.href} title={link.title} rel="noopener noreferrer" target="_blank">
                      {link.label}
                      <span class="visually-hidden"> – {link.title}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </article>
        {related.length > 0 && (
          <aside class="related" aria-labelledby="related-title">
            <h2 id="related-title" class="side-title">
              {s.relatedArticles}
            </h2>
            <ul class="related__list">
              {related.map((r) => (
                <li>
                  <a href={r.url}>{r.title}</a> <ArticleTime item={r} />
                </li>
              ))}
            </ul>
          </aside>
        )}
      </div>
    </Layout>
  );
}
