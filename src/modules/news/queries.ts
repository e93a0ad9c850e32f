// Reads of published news. "Published" means status published and a publication time reached.
import type { Kysely } from 'kysely';
import type { Database } from '../../core/db/schema.ts';
import { parseFields } from '../../core/content-types/field-index.ts';
import { newsFields, type Placement } from './declaration.ts';
import { newsType } from './save.ts';
import { articleUrl } from './urls.ts';

export interface NewsItem {
  id: number;
  slug: string;
  title: string;
  summary: string;
  body: string;
  publishedAt: string;
  /** the time shown on the site: the editors' display date, else the publication time (order stays by publication) */
  shownAt: string;
  updatedAt: string;
  categoryId: number;
  categorySlug: string;
  categoryName: string;
  author: string | null;
  source: string | null;
  isDemo: boolean;
  isFeatured: boolean;
  isPinned: boolean;
  /** the thumbnail chosen in the back office ("/media/<key>") with its alt text, if any */
  cover: { src: string; alt: string } | null;
  url: string;
  /** withdrawn articles stay readable with a notice */
  withdrawnReason: string | null;
}

export const perPage = 12;

function published(db: Kysely<Database>, now: Date, statuses: ('published' | 'withdrawn')[] = ['published']) {
  return db
    .selectFrom('content')
    .innerJoin('categories', 'categories.id', 'content.category_id')
    .leftJoin('news_articles', 'news_articles.content_id', 'content.id')
    .where('content.type', '=', newsType)
    .where('content.language', '=', 'vi')
    .where('content.status', 'in', statuses)
    .where('content.published_at', '<=', now.toISOString());
}

type Row = {
  id: number; slug: string; title: string; summary: string; body: string; published_at: string | null; updated_at: string;
  category_id: number | null; category_slug: string; category_name: string; author: string | null; source: string | null;
  is_demo: number; status: string; takedown_reason: string | null; fields: string; cover_image: string | null; cover_alt: string | null;
};

const columns = [
  'content.id', 'content.slug', 'content.title', 'content.summary', 'content.body', 'content.published_at',
  'content.updated_at', 'content.category_id', 'categories.slug as category_slug', 'categories.name as category_name',
  'news_articles.author', 'news_articles.source', 'content.is_demo', 'content.status', 'content.takedown_reason',
  'content.fields', 'content.cover_image', 'content.cover_alt',
] as const;

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);

function toItem(row: Row): NewsItem {
  const values = parseFields(row.fields);
  const placement = Array.isArray(values[newsFields.placement]) ? (values[newsFields.placement] as Placement[]) : [];
  // fields hold the byline and source since 2026-11-29; news_articles only for rows never migrated
  const has = (name: string) => Object.hasOwn(values, name);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: row.body,
    publishedAt: row.published_at!,
    shownAt: text(values[newsFields.displayedAt]) ?? row.published_at!,
    updatedAt: row.updated_at,
    categoryId: row.category_id!,
    categorySlug: row.category_slug,
    categoryName: row.category_name,
    author: has(newsFields.byline) || row.fields !== '{}' ? text(values[newsFields.byline]) : row.author,
    source: has(newsFields.source) || row.fields !== '{}' ? text(values[newsFields.source]) : row.source,
    isDemo: row.is_demo === 1,
    isFeatured: placement.includes('featured'),
    isPinned: placement.includes('pinned'),
    cover: row.cover_image ? { src: row.cover_image, alt: row.cover_alt ?? '' } : null,
    url: articleUrl(row.category_slug, row.slug),
    withdrawnReason: row.status === 'withdrawn' ? (row.takedown_reason ?? '') : null,
  };
}

export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

export async function listPublishedNews(
  db: Kysely<Database>,
  options: { page: number; categoryId?: number; size?: number; now?: Date },
): Promise<Page<NewsItem>> {
  const size = options.size ?? perPage;
  const now = options.now ?? new Date();
  let base = published(db, now);
  if (options.categoryId !== undefined) base = base.where('content.category_id', '=', options.categoryId);
  const { count } = await base.select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
  const total = Number(count);
  const rows = await base
    .select(columns)
    .orderBy('content.published_at', 'desc')
    .orderBy('content.id', 'desc')
    .limit(size)
    .offset((options.page - 1) * size)
    .execute();
  return { items: rows.map(toItem), page: options.page, pageCount: Math.max(1, Math.ceil(total / size)), total };
}

/** The article page: published or withdrawn (still readable, with a notice). */
export async function findReadableNewsBySlug(db: Kysely<Database>, slug: string, now = new Date()): Promise<NewsItem | undefined> {
  const row = await published(db, now, ['published', 'withdrawn']).select(columns).where('content.slug', '=', slug).executeTakeFirst();
  return row && toItem(row);
}

/** A taken-down article's fate: gone (410) or moved (301). */
export async function findRemovedNews(db: Kysely<Database>, slug: string): Promise<{ redirectTo: string | null } | undefined> {
  const row = await db
    .selectFrom('content')
    .select(['redirect_to'])
    .where('type', '=', newsType)
    .where('language', '=', 'vi')
    .where('slug', '=', slug)
    .where('status', '=', 'removed')
    .executeTakeFirst();
  return row && { redirectTo: row.redirect_to };
}

export async function findPublishedNewsById(db: Kysely<Database>, id: number, now = new Date()): Promise<NewsItem | undefined> {
  const row = await published(db, now).select(columns).where('content.id', '=', id).executeTakeFirst();
  return row && toItem(row);
}

/** Newest articles of the same category, without the article itself. */
export async function relatedNews(db: Kysely<Database>, item: NewsItem, limit = 5, now = new Date()): Promise<NewsItem[]> {
  const rows = await published(db, now)
    .select(columns)
    .where('content.category_id', '=', item.categoryId)
    .where('content.id', '!=', item.id)
    .orderBy('content.published_at', 'desc')
    .orderBy('content.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toItem);
}

/** The lead story: the pinned article (the newest if several), else the newest featured one, else simply the newest. */
export async function featuredNews(db: Kysely<Database>, now = new Date()): Promise<NewsItem | undefined> {
  for (const placement of ['pinned', 'featured', undefined] as const) {
    const row = await published(db, now)
      .select(columns)
      .$if(placement !== undefined, (q) =>
        q.where((eb) =>
          eb.exists(
            eb
              .selectFrom('content_field_values')
              .select('content_field_values.content_id')
              .whereRef('content_field_values.content_id', '=', 'content.id')
              .where('content_field_values.field', '=', newsFields.placement)
              .where('content_field_values.text_value', '=', placement!),
          ),
        ),
      )
      .orderBy('content.published_at', 'desc')
      .orderBy('content.id', 'desc')
      .executeTakeFirst();
    if (row) return toItem(row);
  }
  return undefined;
}

export async function latestNews(db: Kysely<Database>, limit: number, categoryId?: number, now = new Date()): Promise<NewsItem[]> {
  let query = published(db, now).select(columns);
  if (categoryId !== undefined) query = query.where('content.category_id', '=', categoryId);
  const rows = await query.orderBy('content.published_at', 'desc').orderBy('content.id', 'desc').limit(limit).execute();
  return rows.map(toItem);
}
