// An article in a list: thumbnail, title, time, category and sapo (or an excerpt of the body).
import { parse } from 'node-html-parser';
import { withinMarkupLimits } from '../../../core/html/markup-limits.ts';
import { formatDatetimeAttr, formatStamp } from '../../../core/text/datetime.ts';
import { excerpt } from '../../../core/text/excerpt.ts';
import type { NewsItem } from '../queries.ts';
import { categoryUrl } from '../urls.ts';

export function summaryOf(item: NewsItem): string {
  return item.summary || excerpt(item.body);
}

/** The time shown: the display date chosen by the editors, else the publication time. */
export function ArticleTime({ item }: { item: NewsItem }) {
  return <time datetime={formatDatetimeAttr(item.shownAt)}>({formatStamp(item.shownAt)})</time>;
}

/** The first figure of a body, used when no thumbnail was chosen. */
function firstImage(body: string): { src: string; alt: string } | undefined {
  if (!body.includes('<img') || !withinMarkupLimits(body)) return undefined;
  const img = parse(body).querySelector('img');
  const src = img?.getAttribute('src');
  return src ? { src, alt: img?.getAttribute('alt') ?? '' } : undefined;
}

/** An article's thumbnail: the one chosen (with its alt text), else the body's first figure. */
export function thumbnailOf(item: NewsItem): { src: string; alt: string } | undefined {
  return item.cover ?? firstImage(item.body);
}

export function ArticleCard({ item, showCategory = true, headingLevel = 3 }: { item: NewsItem; showCategory?: boolean; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const image = thumbnailOf(item);
  return (
    <article class={image ? 'card card--image' : 'card'}>
      {image && <img class="card__image" src={image.src} alt={image.alt} width="480" height="270" loading="lazy" decoding="async" />}
      <Heading class="card__title">
        <a href={item.url}>{item.title}</a>
      </Heading>
      <p class="card__meta">
        {showCategory && (
          <>
            <a class="card__category" href={categoryUrl(item.categorySlug)}>
              {item.categoryName}
            </a>{' '}
          </>
        )}
        <ArticleTime item={item} />
      </p>
      <p class="card__summary">{summaryOf(item)}</p>
    </article>
  );
}
