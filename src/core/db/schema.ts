// Table types for Kysely. Times are UTC ISO 8601 strings on both dialects (they sort as text);
// flags are integers 0/1 so the same queries run on SQLite and PostgreSQL.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { MediaTable, MediaUsageTable, MediaVariantsTable } from '../media/schema.ts';
import type { StatsTables } from '../stats/schema.ts';

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
  /** 1 = left out of public lists, menus and the category's own page (its items stay readable) */
  is_hidden: ColumnType<number, number | undefined, number>;
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
  created_by: ColumnType<number | null, number | null | undefined, number | null>;
  updated_by: ColumnType<number | null, number | null | undefined, number | null>;
  published_by: ColumnType<number | null, number | null | undefined, number | null>;
  submitted_at: ColumnType<string | null, string | null | undefined, string | null>;
  return_reason: ColumnType<string | null, string | null | undefined, string | null>;
  /** error-gone, error-redirect, consolidated, withdrawn */
  takedown_kind: ColumnType<string | null, string | null | undefined, string | null>;
  takedown_reason: ColumnType<string | null, string | null | undefined, string | null>;
  redirect_to: ColumnType<string | null, string | null | undefined, string | null>;
  /** increases with every save; a save based on an older revision is refused (409) */
  revision: ColumnType<number, number | undefined, number>;
  /** the type's own values (JSON object), as its declaration defines them */
  fields: ColumnType<string, string | undefined, string>;
}

/** Scalar field values in rows, for filters and references (core/content-types/field-index.ts). */
export interface ContentFieldValuesTable {
  content_id: number;
  field: string;
  text_value: string | null;
  number_value: number | null;
}

export type Role = 'contributor' | 'editor' | 'approver' | 'admin';

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  password_hash: string;
  role: Role;
  category_ids: string | null;
  is_active: ColumnType<number, number | undefined, number>;
  totp_secret: string | null;
  totp_enabled: ColumnType<number, number | undefined, number>;
  recovery_codes: string | null;
  /** the last accepted TOTP time step: a code is accepted only for a later step (RFC 6238 §5.2) */
  totp_last_step: ColumnType<number | null, number | null | undefined, number | null>;
  language: ColumnType<Language, Language | undefined, Language>;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
}

export interface SessionsTable {
  id_hash: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
  needs_totp: ColumnType<number, number | undefined, number>;
}

export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  key: string;
  ip: string | null;
  at: string;
}

export interface OneTimeTokensTable {
  token_hash: string;
  purpose: 'setup' | 'password-reset';
  user_id: number | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  actor: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  details: string | null;
}

export interface RevisionsTable {
  id: Generated<number>;
  content_id: number;
  revision: number;
  title: string;
  summary: string;
  body: string;
  category_id: number | null;
  status: ContentStatus;
  user_id: number | null;
  created_at: string;
  note: string;
  preview_token: string;
  fields: ColumnType<string, string | undefined, string>;
}

export interface JobLeasesTable {
  name: string;
  holder: string;
  expires_at: string;
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

export interface Database extends StatsTables {
  settings: SettingsTable;
  categories: CategoriesTable;
  content: ContentTable;
  content_field_values: ContentFieldValuesTable;
  news_articles: NewsArticlesTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_attempts: LoginAttemptsTable;
  one_time_tokens: OneTimeTokensTable;
  audit_log: AuditLogTable;
  revisions: RevisionsTable;
  job_leases: JobLeasesTable;
  media: MediaTable;
  media_variants: MediaVariantsTable;
  media_usage: MediaUsageTable;
}

export type Category = Selectable<CategoriesTable>;
export type Content = Selectable<ContentTable>;
export type NewContent = Insertable<ContentTable>;
export type ContentUpdate = Updateable<ContentTable>;
export type User = Selectable<UsersTable>;
export type Revision = Selectable<RevisionsTable>;
