// Table types of submissions. Until they are added to core/db/schema.ts's `Database`, code reaches
// them through `submissionsDb` (a type-only view of the same instance, like statsDb).
import type { ColumnType, Generated, Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { SubmissionStatus } from './declaration.ts';

type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface SubmissionsTable {
  id: Generated<number>;
  kind: string;
  status: SubmissionStatus;
  /** mã tra cứu, unique; null for kinds without tracking */
  tracking_code: Nullable<string>;
  /** the content item it is about (a draft), if any */
  subject_id: Nullable<number>;
  /** personal data (Decree 13/2023): never shown publicly, erased on request */
  name: Nullable<string>;
  email: Nullable<string>;
  phone: Nullable<string>;
  /** JSON of the kind's own fields */
  data: string;
  answer: Nullable<string>;
  answered_by: Nullable<string>;
  answered_at: Nullable<string>;
  published_at: Nullable<string>;
  assigned_to: Nullable<number>;
  erased_at: Nullable<string>;
  /** demo data, removed with the other demo content */
  is_demo: ColumnType<number, number | undefined, number>;
  created_at: string;
  updated_at: string;
}

export interface SubmissionNotesTable {
  id: Generated<number>;
  submission_id: number;
  user_id: number;
  author: string;
  note: string;
  created_at: string;
}

/** Counters of the anti-spam limits: attempts per key (hashed address, hashed e-mail) per hour. */
export interface SubmissionLimitsTable {
  key: string;
  /** UTC hour, 'YYYY-MM-DDTHH' */
  hour: string;
  count: number;
}

/** A file a sender attached: private, stored under DATA_DIR/submissions/ by its key (files.ts). */
export interface SubmissionFilesTable {
  id: Generated<number>;
  submission_id: number;
  /** random storage key, e.g. "k3x…q.pdf" (never taken from the request) */
  key: string;
  /** the sender's file name, cleaned (no folders, no control characters, NFC, ≤ 200 characters) */
  original_name: string;
  /** the type found in the content, never the one the browser claimed */
  mime: string;
  size: ColumnType<number, number, number>;
  sha256: string;
  created_at: string;
}

export interface SubmissionTables {
  submissions: SubmissionsTable;
  submission_notes: SubmissionNotesTable;
  submission_limits: SubmissionLimitsTable;
  submission_files: SubmissionFilesTable;
}

export type SubmissionsDatabase = Database & SubmissionTables;
export type SubmissionsTrx = Transaction<SubmissionsDatabase>;
export type Submission = Selectable<SubmissionsTable>;
export type SubmissionNote = Selectable<SubmissionNotesTable>;
export type SubmissionFile = Selectable<SubmissionFilesTable>;

export function submissionsDb(db: Kysely<Database> | Transaction<Database>): Kysely<SubmissionsDatabase> {
  return db as unknown as Kysely<SubmissionsDatabase>;
}
