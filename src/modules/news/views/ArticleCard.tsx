// An article in a list: title, time, category and sapo (or an excerpt of the body).
import { formatDatetimeAttr, formatStamp } from '../../../core/text/datetime.ts';
import { excerpt } from '../../../core/text/excerpt.ts';
import type { NewsItem } from '../queries.ts';
import { categoryUrl } from '../urls.ts';

export function summaryOf(item: NewsItem): string {
  return item.summary || excerpt(item.body);
}

export function ArticleTime({ item }: { item: NewsItem }) {
  return <time datetime={formatDatetimeAttr(item.publishedAt)}>({formatStamp(item.publishedAt)})</time>;
}

export function ArticleCard({ item, showCategory = true, headingLevel = 3 }: { item: NewsItem; showCategory?: boolean; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class="card">
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
