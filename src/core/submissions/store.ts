// Submissions are stored first, then acknowledged: `receive` commits the row (and its tracking
// code, and its attached files: written and fsynced first, recorded in the same transaction)
// before the route answers, so an acknowledged submission survives a crash. Staff work on
// them here — assignment, internal notes, status, answer, publication — and can erase a sender's
// personal data on request (Decree 13/2023), attached files included; every such change is in the
// audit log.
import type { Kysely } from 'kysely';
import { audit } from '../audit/log.ts';
import type { FieldValues } from '../content-types/declaration.ts';
import type { Database } from '../db/schema.ts';
import { toNfc } from '../text/fold.ts';
import type { SubmissionKind, SubmissionStatus } from './declaration.ts';
import { attachmentKeysOf, insertAttachmentRows, removeAttachmentFiles, writeAttachments, type CheckedAttachment, type StoredAttachment } from './files.ts';
import { newTrackingCode } from './guard.ts';
import { submissionsDb, type Submission, type SubmissionNote } from './schema.ts';

export interface SenderInput {
  name?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
}

export interface Received {
  id: number;
  trackingCode: string | null;
}

const clean = (text: string | undefined) => {
  const t = toNfc(text ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
};

/** Files to store with a submission: checked (files.ts checkAttachment), written under `dataDir`. */
export interface AttachmentsInput {
  dataDir: string;
  files: CheckedAttachment[];
}

/**
 * Stores a validated submission and returns its id and tracking code; committed when it resolves.
 * Attached files are written (and fsynced) before the transaction that records the submission and
 * their rows; when anything fails, the files written are removed and nothing is left.
 */
export async function receive(db: Kysely<Database>, kind: SubmissionKind, sender: SenderInput, fields: FieldValues, subjectId: number | null, now = new Date(), attachments?: AttachmentsInput): Promise<Received> {
  const stored: StoredAttachment[] = attachments && attachments.files.length > 0 ? await writeAttachments(attachments.dataDir, attachments.files) : [];
  try {
    for (let attempt = 0; ; attempt++) {
      const trackingCode = kind.tracking ? newTrackingCode() : null;
      try {
        return await db.transaction().execute(async (trx) => {
          const row = await submissionsDb(trx)
            .insertInto('submissions')
            .values({
              kind: kind.kind,
              status: 'received',
              tracking_code: trackingCode,
              subject_id: subjectId,
              name: clean(sender.name),
              email: clean(sender.email)?.toLowerCase() ?? null,
              phone: clean(sender.phone),
              data: JSON.stringify(fields),
              created_at: now.toISOString(),
              updated_at: now.toISOString(),
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await insertAttachmentRows(trx, row.id, stored, now);
          return { id: row.id, trackingCode };
        });
      } catch (error) {
        // two codes alike among 29^8 is rare; a new one is drawn, a few times at most
        const unique = /unique|duplicate/i.test(error instanceof Error ? error.message : '');
        if (!trackingCode || !unique || attempt >= 3) throw error;
      }
    }
  } catch (error) {
    if (attachments) await removeAttachmentFiles(attachments.dataDir, stored.map((f) => f.key));
    throw error;
  }
}

export function parseData(submission: Pick<Submission, 'data'>): FieldValues {
  try {
    const value: unknown = JSON.parse(submission.data);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as FieldValues) : {};
  } catch {
    return {};
  }
}

/** The submission with this tracking code (of a kind), or undefined. One indexed lookup, whatever the code. */
export async function findByTrackingCode(db: Kysely<Database>, kind: string, code: string): Promise<Submission | undefined> {
  return submissionsDb(db).selectFrom('submissions').selectAll().where('tracking_code', '=', code).where('kind', '=', kind).executeTakeFirst();
}

export async function findSubmission(db: Kysely<Database>, id: number): Promise<Submission | undefined> {
  return submissionsDb(db).selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface QueueFilter {
  kinds: string[];
  kind?: string | undefined;
  status?: SubmissionStatus | undefined;
  assignedTo?: number | undefined;
  page: number;
  pageSize?: number;
}

/** The moderation list: newest first. */
export async function listSubmissions(db: Kysely<Database>, filter: QueueFilter): Promise<{ items: Submission[]; total: number }> {
  const size = filter.pageSize ?? 30;
  let query = submissionsDb(db).selectFrom('submissions').where('kind', 'in', filter.kinds.length ? filter.kinds : ['']);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.assignedTo !== undefined) query = query.where('assigned_to', '=', filter.assignedTo);
  const total = await query.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  const items = await query
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(size)
    .offset((filter.page - 1) * size)
    .execute();
  return { items, total: Number(total.n) };
}

/** Submissions waiting for staff (received or processing), per kind, for the dashboard. */
export async function openCounts(db: Kysely<Database>, kinds: string[]): Promise<Map<string, number>> {
  if (kinds.length === 0) return new Map();
  const rows = await submissionsDb(db)
    .selectFrom('submissions')
    .select(['kind', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('kind', 'in', kinds)
    .where('status', 'in', ['received', 'processing'])
    .groupBy('kind')
    .execute();
  return new Map(rows.map((r) => [r.kind, Number(r.n)]));
}

/** Published submissions of a kind (and about one item, when given), newest answer first. */
export async function publishedSubmissions(db: Kysely<Database>, kind: string, subjectId?: number): Promise<Submission[]> {
  let query = submissionsDb(db).selectFrom('submissions').selectAll().where('kind', '=', kind).where('published_at', 'is not', null);
  if (subjectId !== undefined) query = query.where('subject_id', '=', subjectId);
  return query.orderBy('published_at', 'desc').orderBy('id', 'desc').execute();
}

export async function notesOf(db: Kysely<Database>, id: number): Promise<SubmissionNote[]> {
  return submissionsDb(db).selectFrom('submission_notes').selectAll().where('submission_id', '=', id).orderBy('created_at').orderBy('id').execute();
}

/** Who changes a submission, for the audit log. */
export interface Handler {
  userId: number;
  actor: string;
  ip?: string | undefined;
}

type Change = Partial<Pick<Submission, 'status' | 'assigned_to' | 'answer' | 'answered_by' | 'answered_at' | 'published_at' | 'name' | 'email' | 'phone' | 'erased_at'>>;

/** One change of a submission and its audit entry, in one transaction. */
export async function changeSubmission(db: Kysely<Database>, id: number, change: Change, who: Handler, action: string, details: Record<string, unknown> = {}, now = new Date()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await submissionsDb(trx)
      .updateTable('submissions')
      .set({ ...change, updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
    await audit(trx, { action, userId: who.userId, actor: who.actor, ip: who.ip, targetType: 'submission', targetId: id, details }, now);
  });
}

export async function addNote(db: Kysely<Database>, id: number, note: string, who: Handler, now = new Date()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await submissionsDb(trx).insertInto('submission_notes').values({ submission_id: id, user_id: who.userId, author: who.actor, note, created_at: now.toISOString() }).execute();
    await submissionsDb(trx).updateTable('submissions').set({ updated_at: now.toISOString() }).where('id', '=', id).execute();
    await audit(trx, { action: 'submission.note', userId: who.userId, actor: who.actor, ip: who.ip, targetType: 'submission', targetId: id }, now);
  });
}

/**
 * Erases the sender's personal data (name, e-mail, phone, and the attached files, which may hold
 * personal data too) on request; the question itself and the answer stay. Contact details quoted
 * inside the text are the staff's to edit out before publishing. The rows go in one transaction
 * with the audit entry (which records how many files were deleted); the files are removed after it.
 */
export async function erasePersonalData(db: Kysely<Database>, dataDir: string, id: number, who: Handler, now = new Date()): Promise<{ filesDeleted: number }> {
  const keys = await db.transaction().execute(async (trx) => {
    const keys = await attachmentKeysOf(trx, [id]);
    await submissionsDb(trx).deleteFrom('submission_files').where('submission_id', '=', id).execute();
    await submissionsDb(trx).updateTable('submissions').set({ name: null, email: null, phone: null, erased_at: now.toISOString(), updated_at: now.toISOString() }).where('id', '=', id).execute();
    await audit(trx, { action: 'submission.erase', userId: who.userId, actor: who.actor, ip: who.ip, targetType: 'submission', targetId: id, details: { filesDeleted: keys.length } }, now);
    return keys;
  });
  await removeAttachmentFiles(dataDir, keys);
  return { filesDeleted: keys.length };
}
