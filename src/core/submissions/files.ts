// Files senders attach to a submission (a scanned letter, a photo of a document). They are judged
// like uploads to the media library — by their bytes (core/media/detect.ts), never by their name
// or the type the browser claims — but they are PRIVATE: they may hold personal data, so they are
// never in the media library and never served publicly. They live under DATA_DIR/submissions/
// (core/media/storage.ts's local store: random server-made keys, written to a temporary name,
// fsynced, then linked into place), one row each in `submission_files`; only staff who handle
// submissions download them (admin/submissions).
//
// The database row is what counts: `receive` writes the files before the transaction that
// records the submission and removes them when that fails; deletions (deleteSubmissions,
// erasePersonalData) remove the rows first and then the files; whatever a crash leaves in
// between (a file without a row) is removed by the folder sweep, after a grace period.
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { Database, Language } from '../db/schema.ts';
import { detectType } from '../media/detect.ts';
import { MediaError } from '../media/errors.ts';
import { cleanOriginalName, sha256Of } from '../media/process.ts';
import { isMediaKey, LocalMediaStorage, mediaKey, newMediaStem } from '../media/storage.ts';
import { sweepGraceMs, sweepIntervalMs } from '../media/sweep.ts';
import { submissionStrings } from './i18n.ts';
import { submissionsDb, type SubmissionFile } from './schema.ts';

/** What a sender may attach: documents and photos; no other image type, no archive, no program. */
export const acceptedAttachmentTypes: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  jpg: 'image/jpeg',
  png: 'image/png',
};

/** The file input's `accept`: a hint to the browser's file chooser only; the server decides by content. */
export const attachmentAccept = ['.pdf', '.doc', '.docx', '.xls', '.xlsx', '.odt', '.ods', '.jpg', '.jpeg', '.png', ...new Set(Object.values(acceptedAttachmentTypes))].join(',');

/** The folder of attached files: DATA_DIR/submissions (never under DATA_DIR/media, which is public). */
export function submissionFilesDir(dataDir: string): string {
  return path.join(dataDir, 'submissions');
}

function storageOf(dataDir: string): LocalMediaStorage {
  return new LocalMediaStorage(submissionFilesDir(dataDir));
}

/** A file that passed the checks, ready to be stored with its submission. */
export interface CheckedAttachment {
  originalName: string;
  mime: string;
  ext: string;
  size: number;
  sha256: string;
  data: Buffer;
}

/** Why an attached file is refused, in both languages. */
export class AttachmentRefused extends Error {
  constructor(readonly messages: Record<Language, string>) {
    super(messages.en);
    this.name = 'AttachmentRefused';
  }
  messageIn(lang: Language): string {
    return this.messages[lang];
  }
}

const both = (make: (lang: Language) => string): Record<Language, string> => ({ vi: make('vi'), en: make('en') });

/**
 * Checks one attached file by its content: empty files, markup (an HTML page or a script renamed
 * .pdf), programs, archives, documents with macros, and any type not in the list are refused.
 */
export async function checkAttachment(data: Buffer, rawName: string): Promise<CheckedAttachment> {
  const originalName = cleanOriginalName(rawName);
  let ext: string;
  try {
    ext = (await detectType(data, originalName)).ext;
  } catch (error) {
    if (!(error instanceof MediaError)) throw error;
    const found = error.params.found ?? '';
    // the library's own words, except where they speak of its wider list or of uploading one by one
    if (error.code === 'UNSUPPORTED_TYPE') throw new AttachmentRefused(both((lang) => submissionStrings[lang].problems.fileNotAccepted(originalName, found)));
    if (error.code === 'ARCHIVE_REFUSED') throw new AttachmentRefused(both((lang) => submissionStrings[lang].problems.archiveRefused(originalName, found)));
    throw new AttachmentRefused(both((lang) => error.messageIn(lang)));
  }
  const mime = acceptedAttachmentTypes[ext];
  // an image the library takes but a sender may not send (WebP, GIF, AVIF)
  if (!mime) throw new AttachmentRefused(both((lang) => submissionStrings[lang].problems.fileNotAccepted(originalName, ext)));
  return { originalName, mime, ext, size: data.length, sha256: sha256Of(data), data };
}

export interface StoredAttachment extends Omit<CheckedAttachment, 'data'> {
  key: string;
}

/** Writes the files under new keys, each durable when this resolves; on failure, none is left. */
export async function writeAttachments(dataDir: string, files: CheckedAttachment[]): Promise<StoredAttachment[]> {
  const storage = storageOf(dataDir);
  const stored: StoredAttachment[] = [];
  try {
    for (const { data, ...file } of files) {
      const key = mediaKey(newMediaStem(), file.ext);
      await storage.put(key, data);
      stored.push({ ...file, key });
    }
  } catch (error) {
    await removeAttachmentFiles(dataDir, stored.map((s) => s.key));
    throw error;
  }
  return stored;
}

/** Removes stored files by key; a missing file is not an error, and a failure is left to the sweep. */
export async function removeAttachmentFiles(dataDir: string, keys: string[]): Promise<void> {
  const storage = storageOf(dataDir);
  for (const key of keys) {
    try {
      await storage.delete(key);
    } catch {
      // the row is gone already; the sweep removes the file later
    }
  }
}

export async function insertAttachmentRows(trx: Transaction<Database>, submissionId: number, files: StoredAttachment[], now: Date): Promise<void> {
  if (files.length === 0) return;
  await submissionsDb(trx)
    .insertInto('submission_files')
    .values(files.map((f) => ({ submission_id: submissionId, key: f.key, original_name: f.originalName, mime: f.mime, size: f.size, sha256: f.sha256, created_at: now.toISOString() })))
    .execute();
}

/** The files of a submission, in the order they were sent. */
export async function filesOf(db: Kysely<Database>, submissionId: number): Promise<SubmissionFile[]> {
  const rows = await submissionsDb(db).selectFrom('submission_files').selectAll().where('submission_id', '=', submissionId).orderBy('id').execute();
  return rows.map((r) => ({ ...r, size: Number(r.size) }));
}

/** One file of one submission, or undefined. */
export async function findAttachment(db: Kysely<Database>, submissionId: number, fileId: number): Promise<SubmissionFile | undefined> {
  const row = await submissionsDb(db).selectFrom('submission_files').selectAll().where('id', '=', fileId).where('submission_id', '=', submissionId).executeTakeFirst();
  return row && { ...row, size: Number(row.size) };
}

/** The stored bytes of a file as a stream, or undefined when the file is missing. */
export function openAttachment(dataDir: string, file: Pick<SubmissionFile, 'key'>) {
  return storageOf(dataDir).get(file.key);
}

/** Keys of the files of these submissions. */
export async function attachmentKeysOf(db: Kysely<Database> | Transaction<Database>, submissionIds: number[]): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < submissionIds.length; i += 500) {
    const rows = await submissionsDb(db).selectFrom('submission_files').select('key').where('submission_id', 'in', submissionIds.slice(i, i + 500)).execute();
    keys.push(...rows.map((r) => r.key));
  }
  return keys;
}

export interface SubmissionSelection {
  kind?: string;
  /** only demo rows (is_demo = 1) */
  demo?: boolean;
  ids?: number[];
}

/**
 * Deletes the submissions selected (their notes and file rows go with them) and then their files;
 * returns how many submissions were deleted. A selection must say something: an empty one is refused.
 */
export async function deleteSubmissions(db: Kysely<Database>, dataDir: string, selection: SubmissionSelection): Promise<number> {
  if (selection.kind === undefined && selection.demo === undefined && selection.ids === undefined) throw new Error('deleteSubmissions: an empty selection would delete everything');
  const { count, keys } = await db.transaction().execute(async (trx) => {
    let query = submissionsDb(trx).selectFrom('submissions').select('id');
    if (selection.kind !== undefined) query = query.where('kind', '=', selection.kind);
    if (selection.demo !== undefined) query = query.where('is_demo', '=', selection.demo ? 1 : 0);
    if (selection.ids !== undefined) query = query.where('id', 'in', selection.ids.length ? selection.ids : [0]);
    const ids = (await query.execute()).map((r) => r.id);
    const keys = await attachmentKeysOf(trx, ids);
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      await submissionsDb(trx).deleteFrom('submission_files').where('submission_id', 'in', chunk).execute();
      await submissionsDb(trx).deleteFrom('submissions').where('id', 'in', chunk).execute();
    }
    return { count: ids.length, keys };
  });
  await removeAttachmentFiles(dataDir, keys);
  return count;
}

// ---- The folder sweep ----

async function entries(dir: string) {
  try {
    return await fsp.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function olderThan(file: string, cutoff: number): Promise<boolean> {
  try {
    return (await fsp.stat(file)).mtimeMs < cutoff;
  } catch {
    return false;
  }
}

/**
 * Removes what a crash leaves in DATA_DIR/submissions: temporary `.part` files and stored files no
 * row refers to, older than the grace period (another process may be between writing a file and
 * committing its row). Files whose name is not a storage key are never touched.
 */
export async function sweepSubmissionFiles(db: Kysely<Database>, dataDir: string, options: { graceMs?: number; now?: number } = {}): Promise<{ orphans: string[]; parts: string[] }> {
  const root = submissionFilesDir(dataDir);
  const cutoff = (options.now ?? Date.now()) - (options.graceMs ?? sweepGraceMs);
  const result = { orphans: [] as string[], parts: [] as string[] };
  for (const entry of await entries(path.join(root, '.tmp'))) {
    const file = path.join(root, '.tmp', entry.name);
    if (entry.isFile() && entry.name.endsWith('.part') && (await olderThan(file, cutoff))) {
      await fsp.rm(file, { force: true });
      result.parts.push(entry.name);
    }
  }
  for (const folder of await entries(root)) {
    if (!folder.isDirectory() || !/^[a-z2-7]{2}$/.test(folder.name)) continue;
    const dir = path.join(root, folder.name);
    const candidates: string[] = [];
    for (const entry of await entries(dir)) {
      if (entry.isFile() && isMediaKey(entry.name) && entry.name.startsWith(folder.name) && (await olderThan(path.join(dir, entry.name), cutoff))) candidates.push(entry.name);
    }
    for (let i = 0; i < candidates.length; i += 500) {
      const chunk = candidates.slice(i, i + 500);
      const live = new Set((await submissionsDb(db).selectFrom('submission_files').select('key').where('key', 'in', chunk).execute()).map((r) => r.key));
      for (const key of chunk) {
        if (live.has(key)) continue;
        await fsp.rm(path.join(dir, key), { force: true });
        result.orphans.push(key);
      }
    }
  }
  return result;
}

const sweeping = new WeakSet<object>();

/** Sweeps DATA_DIR/submissions when the app is ready, then hourly; once per app however often it is called. */
export function startSubmissionFilesSweeper(app: FastifyInstance, db: Kysely<Database>, dataDir: string): void {
  const root = app.server;
  if (sweeping.has(root)) return;
  sweeping.add(root);
  const sweep = async () => {
    try {
      const { orphans, parts } = await sweepSubmissionFiles(db, dataDir);
      if (orphans.length + parts.length > 0) app.log.info({ orphans: orphans.length, parts: parts.length }, 'removed attached files left by interrupted submissions');
    } catch (error) {
      app.log.error({ err: error }, 'submission files sweep failed');
    }
  };
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    await sweep();
    timer = setInterval(() => void sweep(), sweepIntervalMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
  });
}
