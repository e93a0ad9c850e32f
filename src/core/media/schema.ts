// Table types of the media library (thư viện tư liệu), to merge into core/db/schema.ts's
// Database. Until then `mediaDb` gives a Kysely typed with both.
import type { ColumnType, Generated, Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

export type MediaKind = 'image' | 'attachment';
export type VariantFormat = 'webp' | 'avif' | 'jpeg' | 'png';

/** One uploaded file: an image (served only as re-encoded variants) or an attachment (served as uploaded). */
export interface MediaTable {
  id: Generated<number>;
  kind: MediaKind;
  /** the name on the uploader's disk, NFC, without folders; shown and used for downloads, never as a path */
  original_name: string;
  /** storage key: an attachment's file, an image's largest fallback variant */
  key: string;
  /** type detected from the content (never the client's claim) */
  mime: string;
  /** bytes as uploaded */
  size: number;
  /** pixels after orientation; null for attachments */
  width: number | null;
  height: number | null;
  alt: ColumnType<string, string | undefined, string>;
  caption: ColumnType<string, string | undefined, string>;
  credit: ColumnType<string, string | undefined, string>;
  /** folded name, alt, caption and credit for diacritic-insensitive search */
  search_text: string;
  /** of the uploaded bytes, for de-duplication */
  sha256: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  deleted_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A derived file of an image: one width in one format. */
export interface MediaVariantsTable {
  key: string;
  media_id: number;
  width: number;
  height: number;
  format: VariantFormat;
  size: number;
}

/** Which content uses which media (body images and links, cover image): an item in use cannot be deleted. */
export interface MediaUsageTable {
  media_id: number;
  content_id: number;
}

export interface MediaTables {
  media: MediaTable;
  media_variants: MediaVariantsTable;
  media_usage: MediaUsageTable;
}

export type MediaDatabase = Database & MediaTables;
export type Media = Selectable<MediaTable>;
export type MediaVariant = Selectable<MediaVariantsTable>;

/** The portal's Kysely seen with the media tables (a cast until schema.ts declares them). */
export function mediaDb(db: Kysely<Database>): Kysely<MediaDatabase> {
  return db as unknown as Kysely<MediaDatabase>;
}

export function mediaTrx(trx: Transaction<Database>): Transaction<MediaDatabase> {
  return trx as unknown as Transaction<MediaDatabase>;
}

export function coreTrx(trx: Transaction<MediaDatabase>): Transaction<Database> {
  return trx as unknown as Transaction<Database>;
}
