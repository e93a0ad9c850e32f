// Table types for Kysely. Times are UTC ISO 8601 strings on both dialects (they sort as text);
// flags are integers 0/1 so the same queries run on SQLite and PostgreSQL.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

export type ContentStatus = 'draft' | 'submitted' | 'returned' | 'approved' | 'scheduled' | 'published' | 'withdrawn' | 'removed';
export type Language = 'vi' | 'en';

export interface SettingsTable {
  key: string;
  /** JSON */
  value: string;
  updated_at: string;
}

export interface CategoriesTable {
  id: Generated<number>;
  /** content type this category groups (news, documents, ...) */
  type: string;
  parent_id: number | null;
  slug: string;
  name: string;
  name_en: string | null;
  position: ColumnType<number, number | undefined, number>;
  is_demo: ColumnType<number, number | undefined, number>;
}

/** The content envelope (DESIGN.md §4): one row for every published thing, whatever its type. */
export interface ContentTable {
  id: Generated<number>;
  type: string;
  language: Language;
  translation_group: string | null;
  slug: string;
  title: string;
  summary: string;
  /** sanitised HTML */
  body: string;
  cover_image: string | null;
  cover_alt: string | null;
  category_id: number | null;
  status: ContentStatus;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  scheduled_at: string | null;
  view_count: ColumnType<number, number | undefined, number>;
  is_demo: ColumnType<number, number | undefined, number>;
  /** identity of an imported source, so that re-importing updates instead of duplicating */
  source_key: string | null;
}

/** News detail (tin tức), joined 1:1 on content_id. */
export interface NewsArticlesTable {
  content_id: number;
  /** byline shown under the body: "Minh Trung" */
  author: string | null;
  /** where it was first published: "Báo Kiên Giang" */
  source: string | null;
  is_featured: ColumnType<number, number | undefined, number>;
}

export interface Database {
  settings: SettingsTable;
  categories: CategoriesTable;
  content: ContentTable;
  news_articles: NewsArticlesTable;
}

export type Category = Selectable<CategoriesTable>;
export type Content = Selectable<ContentTable>;
export type NewContent = Insertable<ContentTable>;
export type ContentUpdate = Updateable<ContentTable>;
