// The news module's part of the home page: the lead story, the latest articles and the newest
// of each category. Only categories that have published articles are shown.
import type { Category } from '../../../core/db/schema.ts';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { newsStrings } from '../i18n.ts';
import type { NewsItem } from '../queries.ts';
import { categoryUrl, newsBase } from '../urls.ts';
import { ArticleCard, ArticleTime, summaryOf, thumbnailOf } from './ArticleCard.tsx';

export function LeadStory({ env, item, latest }: { env: PageEnv; item: NewsItem; latest: NewsItem[] }) {
  const image = thumbnailOf(item);
  const s = newsStrings[env.lang];
  return (
    <section class="home-lead" aria-labelledby="home-lead-title">
      <h2 id="home-lead-title" class="visually-hidden">
        {s.featured}
      </h2>
      <article class="lead">
        {image && <img class="lead__image" src={image.src} alt={image.alt} width="1200" height="675" />}
        <p class="lead__category">
          <a href={categoryUrl(item.categorySlug)}>{item.categoryName}</a>
        </p>
        <h3 class="lead__title">
          <a href={item.url}>{item.title}</a>
        </h3>
        <p class="lead__meta">
          <ArticleTime item={item} />
        </p>
        <p class="lead__summary">{summaryOf(item)}</p>
      </article>
      <div class="home-latest">
        <h2 class="section-title">{s.latestNews}</h2>
        <ul class="home-latest__list">
          {latest.map((r) => (
            <li>
              <a href={r.url}>{r.title}</a> <ArticleTime item={r} />
            </li>
          ))}
        </ul>
        <p>
          <a class="more-link" href={newsBase}>
            {s.viewAll} ›
          </a>
        </p>
      </div>
    </section>
  );
}

export function CategorySection({ env, category, items }: { env: PageEnv; category: Category; items: NewsItem[] }) {
  const id = `home-cat-${category.id}`;
  const s = newsStrings[env.lang];
  return (
    <section class="home-category" aria-labelledby={id}>
      <h2 id={id} class="section-title">
        <a href={categoryUrl(category.slug)}>{category.name}</a>
      </h2>
      <div class="card-grid">
        {items.map((item) => (
          <ArticleCard item={item} showCategory={false} />
        ))}
      </div>
      <p>
        <a class="more-link" href={categoryUrl(category.slug)}>
          {s.viewAllIn(category.name)} ›
        </a>
      </p>
    </section>
  );
}
