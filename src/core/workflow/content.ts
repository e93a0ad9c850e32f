// Editorial operations on the content envelope, for every content type: drafts, saves with
// optimistic locking, workflow transitions, revisions, restore. Each operation is one
// transaction that also writes a revision, an audit entry and runs the content-change hooks.
import { sql, type Kysely, type Transaction } from 'kysely';
import { parse } from 'node-html-parser';
import { audit } from '../audit/log.ts';
import { randomToken } from '../auth/crypto.ts';
import { can, inCategories, type Actor } from '../auth/permissions.ts';
import type { Content, ContentStatus, Database } from '../db/schema.ts';
import { MarkupTooComplexError, withinMarkupLimits } from '../html/markup-limits.ts';
import { sanitizeBody } from '../html/sanitize.ts';
import { toNfc } from '../text/fold.ts';
import { isLocalPath, isWebAddress } from '../text/urls.ts';
import { uniqueSlug } from '../content/slugs.ts';
import { markupRefusal, WorkflowError } from './errors.ts';
import type { FieldValues } from '../content-types/declaration.ts';
import { parseFields, refreshFieldIndex } from '../content-types/field-index.ts';
import { contentChanged } from './hooks.ts';
import { declarationOf } from '../modules.ts';
import { editableByAuthor, editableByEditor, takedownKinds, transitions, type TakedownKind, type Transition } from './states.ts';

export interface ContentInput {
  title?: string | undefined;
  summary?: string | undefined;
  body?: string | undefined;
  categoryId?: number | undefined;
  /** the type's own values, already checked with validateFields: the whole set, replacing the stored one */
  fields?: FieldValues | undefined;
}

export interface OperationMeta {
  ip?: string | undefined;
  actorEmail?: string | undefined;
  now?: Date;
}

type Trx = Transaction<Database>;

async function clean(input: ContentInput): Promise<ContentInput> {
  const out: ContentInput = {};
  if (input.title !== undefined) {
    const title = toNfc(input.title).replace(/\s+/g, ' ').trim();
    if (title.length < 3 || title.length > 500) throw new WorkflowError('BAD_INPUT', { vi: 'tiêu đề: 3–500 ký tự', en: 'title: 3–500 characters' });
    out.title = title;
  }
  if (input.summary !== undefined) {
    const summary = toNfc(input.summary).replace(/\s+/g, ' ').trim();
    if (summary.length > 2000) throw new WorkflowError('BAD_INPUT', { vi: 'tóm tắt: tối đa 2000 ký tự', en: 'summary: at most 2000 characters' });
    out.summary = summary;
  }
  if (input.body !== undefined) {
    if (input.body.length > 2_000_000) throw new WorkflowError('BAD_INPUT', { vi: 'nội dung: tối đa 2 MB', en: 'body: at most 2 MB' });
    try {
      out.body = await sanitizeBody(toNfc(input.body));
    } catch (error) {
      if (!(error instanceof MarkupTooComplexError)) throw error;
      throw markupRefusal(error);
    }
  }
  if (input.categoryId !== undefined) out.categoryId = input.categoryId;
  if (input.fields !== undefined) out.fields = input.fields;
  return out;
}

/** Fields as stored: JSON with keys in a stable order, so an unchanged set compares equal. */
function canonicalFields(values: FieldValues): string {
  return JSON.stringify(Object.fromEntries(Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}

/** Writes the content's current state as a revision (who, when, why). */
export async function snapshot(trx: Trx, content: Content, userId: number | null, note: string, now: Date): Promise<void> {
  await trx
    .insertInto('revisions')
    .values({
      content_id: content.id,
      revision: content.revision,
      title: content.title,
      summary: content.summary,
      body: content.body,
      category_id: content.category_id,
      status: content.status,
      user_id: userId,
      created_at: now.toISOString(),
      note,
      preview_token: randomToken(24),
      fields: content.fields,
    })
    .execute();
}

/** A field value compared regardless of the order of a list's values. */
function sameValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => JSON.stringify(Array.isArray(v) ? [...(v as unknown[])].map(String).sort() : (v ?? null));
  return norm(a) === norm(b);
}

/** The type's declared fields that only holders of their `action` may change (news: home-page placement). */
function guardedFields(type: string) {
  return (declarationOf(type)?.fields ?? []).filter((f) => f.action !== undefined);
}

/**
 * Applies the rule of guarded fields to a save: someone without the field's action keeps the
 * stored value when the input leaves it out (or restores an old revision), and is refused when
 * the input changes it. Returns the guarded fields that change, for the audit entry.
 */
function guardFields(actor: Actor, current: Content, data: ContentInput, note: string | undefined): Record<string, { from: unknown; to: unknown }> {
  const changed: Record<string, { from: unknown; to: unknown }> = {};
  if (data.fields === undefined) return changed;
  const stored = parseFields(current.fields);
  const next = { ...data.fields };
  for (const field of guardedFields(current.type)) {
    const name = field.name;
    if (!can(actor, field.action!, current.type)) {
      if (!(name in next) || note === 'restore') {
        if (stored[name] === undefined) delete next[name];
        else next[name] = stored[name];
      } else if (!sameValue(next[name], stored[name])) throw new WorkflowError('FORBIDDEN', name);
    }
    if (!sameValue(next[name], stored[name])) changed[name] = { from: stored[name] ?? null, to: next[name] ?? null };
  }
  data.fields = next;
  return changed;
}

async function load(trx: Kysely<Database>, id: number): Promise<Content> {
  const row = await trx.selectFrom('content').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new WorkflowError('NOT_FOUND');
  return row as Content;
}

async function checkCategory(trx: Trx, actor: Actor, type: string, categoryId: number): Promise<void> {
  const category = await trx.selectFrom('categories').select('id').where('id', '=', categoryId).where('type', '=', type).executeTakeFirst();
  if (!category) throw new WorkflowError('UNKNOWN_CATEGORY');
  if (!inCategories(actor, categoryId)) throw new WorkflowError('FORBIDDEN_CATEGORY');
}

export function canView(actor: Actor, content: Content): boolean {
  return content.created_by === actor.id || (can(actor, 'article.viewAll', content.type) && inCategories(actor, content.category_id));
}

export function canEdit(actor: Actor, content: Content): boolean {
  const own = content.created_by === actor.id && can(actor, 'article.editOwn', content.type) && editableByAuthor.includes(content.status);
  const asEditor = can(actor, 'article.editAny', content.type) && inCategories(actor, content.category_id) && editableByEditor.includes(content.status);
  const live = content.status === 'published' || content.status === 'withdrawn';
  return own || (asEditor && (!live || can(actor, 'article.publish', content.type)));
}

export async function getForActor(db: Kysely<Database>, actor: Actor, id: number): Promise<Content> {
  const content = await load(db, id);
  if (!canView(actor, content)) throw new WorkflowError('FORBIDDEN');
  return content;
}

export async function createDraft(
  db: Kysely<Database>,
  actor: Actor,
  type: string,
  input: Omit<ContentInput, 'categoryId'> & { title: string; body: string; categoryId: number | null },
  meta: OperationMeta & { afterInsert?: (trx: Trx, id: number) => Promise<void> } = {},
): Promise<Content> {
  if (!can(actor, 'article.create', type)) throw new WorkflowError('FORBIDDEN');
  const data = await clean({ summary: '', ...input, categoryId: input.categoryId ?? undefined });
  for (const field of guardedFields(type)) {
    if (data.fields?.[field.name] !== undefined && !can(actor, field.action!, type)) throw new WorkflowError('FORBIDDEN', field.name);
  }
  const now = meta.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    // A type without categories passes null; one with categories must name one of its own.
    if (input.categoryId !== null) await checkCategory(trx, actor, type, data.categoryId!);
    const row = await trx
      .insertInto('content')
      .values({
        type,
        language: 'vi',
        translation_group: null,
        slug: await uniqueSlug(trx, type, data.title!),
        title: data.title!,
        summary: data.summary ?? '',
        body: data.body!,
        cover_image: null,
        cover_alt: null,
        category_id: input.categoryId === null ? null : data.categoryId!,
        status: 'draft',
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
        published_at: null,
        scheduled_at: null,
        source_key: null,
        created_by: actor.id,
        updated_by: actor.id,
        revision: 1,
        fields: canonicalFields(data.fields ?? {}),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (data.fields) await refreshFieldIndex(trx, row.id, data.fields);
    await meta.afterInsert?.(trx, row.id);
    // afterInsert may have filled in the module's defaults (news: the byline): the first revision holds them
    const created = meta.afterInsert ? await load(trx, row.id) : (row as Content);
    await snapshot(trx, created, actor.id, 'create', now);
    await audit(trx, { action: 'content.create', userId: actor.id, actor: meta.actorEmail, targetType: type, targetId: row.id, ip: meta.ip }, now);
    await contentChanged(trx, row.id);
    return created;
  });
}

/** Autosaves by one person on one item less than this long apart are one editing session: one revision. */
export const autosaveSessionMinutes = 30;
/** Autosave revisions one person may leave on one item since its last explicit revision (save, submit, …). */
export const maxAutosaveRevisions = 20;
/** Characters (title, summary and body) those autosave revisions may hold together. */
export const maxAutosaveChars = 8_000_000;

/**
 * The revision of an autosave. Within an editing session (the item's latest revision is this
 * person's autosave, less than autosaveSessionMinutes old) it is updated to the new state instead
 * of adding one: a long session leaves one revision, not one per few seconds. A new one is refused
 * (413, nothing saved) beyond maxAutosaveRevisions or maxAutosaveChars since the item's last
 * explicit revision; an explicit save starts the count again.
 */
async function keepAutosave(trx: Trx, saved: Content, userId: number, now: Date): Promise<void> {
  const latest = await trx
    .selectFrom('revisions')
    .select(['id', 'note', 'user_id', 'created_at'])
    .where('content_id', '=', saved.id)
    .orderBy('revision', 'desc')
    .limit(1)
    .executeTakeFirst();
  const sessionStart = new Date(now.getTime() - autosaveSessionMinutes * 60_000).toISOString();
  const sameSession = latest !== undefined && latest.note === 'autosave' && latest.user_id === userId && latest.created_at >= sessionStart;
  const lastExplicit = await trx
    .selectFrom('revisions')
    .select((eb) => eb.fn.max('revision').as('revision'))
    .where('content_id', '=', saved.id)
    .where('note', '<>', 'autosave')
    .executeTakeFirst();
  const { n, size } = (await trx
    .selectFrom('revisions')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.sum(sql<number>`length(title) + length(summary) + length(body) + length(fields)`).as('size')])
    .where('content_id', '=', saved.id)
    .where('user_id', '=', userId)
    .where('note', '=', 'autosave')
    .where('revision', '>', Number(lastExplicit?.revision ?? 0))
    .$if(sameSession, (q) => q.where('id', '<>', latest!.id))
    .executeTakeFirstOrThrow()) as { n: number | string; size: number | string | null };
  const own = saved.title.length + saved.summary.length + saved.body.length + saved.fields.length;
  if (Number(n) + 1 > maxAutosaveRevisions || Number(size ?? 0) + own > maxAutosaveChars) throw new WorkflowError('AUTOSAVE_LIMIT');
  if (!sameSession) return snapshot(trx, saved, userId, 'autosave', now);
  await trx
    .updateTable('revisions')
    .set({ revision: saved.revision, title: saved.title, summary: saved.summary, body: saved.body, category_id: saved.category_id, status: saved.status, fields: saved.fields, created_at: now.toISOString() })
    .where('id', '=', latest.id)
    .execute();
}

/** Saves changes. `baseRevision` is the revision the editor started from: if someone saved since, 409. */
export async function saveContent(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  input: ContentInput,
  meta: OperationMeta & { baseRevision?: number | undefined; note?: 'save' | 'autosave' | 'restore' } = {},
): Promise<Content> {
  const data = await clean(input);
  const now = meta.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const current = await load(trx, id);
    if (!canView(actor, current)) throw new WorkflowError('FORBIDDEN');
    if (!canEdit(actor, current)) throw new WorkflowError(current.created_by === actor.id || can(actor, 'article.editAny', current.type) ? 'NOT_EDITABLE' : 'FORBIDDEN');
    if (meta.baseRevision !== undefined && meta.baseRevision !== current.revision) throw new WorkflowError('EDIT_CONFLICT');
    // Half-typed text must never reach readers: live content changes only on an explicit save.
    if (meta.note === 'autosave' && (current.status === 'published' || current.status === 'withdrawn')) throw new WorkflowError('AUTOSAVE_LIVE');
    if (data.categoryId !== undefined && data.categoryId !== current.category_id) await checkCategory(trx, actor, current.type, data.categoryId);
    const guarded = guardFields(actor, current, data, meta.note);
    const changes = {
      ...(data.title !== undefined ? { title: data.title } : {}),
      ...(data.summary !== undefined ? { summary: data.summary } : {}),
      ...(data.body !== undefined ? { body: data.body } : {}),
      ...(data.categoryId !== undefined ? { category_id: data.categoryId } : {}),
      ...(data.fields !== undefined ? { fields: canonicalFields(data.fields) } : {}),
    };
    // Nothing changed (an autosave of the same text, Save pressed twice): no new revision.
    if (Object.entries(changes).every(([key, value]) => current[key as keyof typeof changes] === value)) return current;
    // Only drafts follow their title: a published address never changes under its readers.
    const slug = data.title !== undefined && current.status === 'draft' && !current.published_at ? await uniqueSlug(trx, current.type, data.title, id) : current.slug;
    // The revision check and the write are one statement, so two saves racing cannot both win.
    const result = await trx
      .updateTable('content')
      .set({ ...changes, slug, updated_at: now.toISOString(), updated_by: actor.id, revision: current.revision + 1 })
      .where('id', '=', id)
      .where('revision', '=', current.revision)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new WorkflowError('EDIT_CONFLICT');
    const saved = await load(trx, id);
    if (data.fields !== undefined) await refreshFieldIndex(trx, id, data.fields);
    if (meta.note === 'autosave') await keepAutosave(trx, saved, actor.id, now);
    else await snapshot(trx, saved, actor.id, meta.note ?? 'save', now);
    if (meta.note !== 'autosave' || Object.keys(guarded).length > 0) {
      const details = Object.keys(guarded).length > 0 ? { fields: guarded } : undefined;
      await audit(trx, { action: 'content.save', userId: actor.id, actor: meta.actorEmail, targetType: saved.type, targetId: id, ip: meta.ip, ...(details ? { details } : {}) }, now);
    }
    await contentChanged(trx, id);
    return saved;
  });
}

export interface TransitionParams {
  reason?: string | undefined;
  publishAt?: string | undefined;
  kind?: string | undefined;
  redirectTo?: string | undefined;
}

function imagesWithoutAlt(body: string): number {
  if (!body.includes('<img')) return 0;
  if (!withinMarkupLimits(body)) throw new WorkflowError('MARKUP_TOO_COMPLEX');
  return parse(body).querySelectorAll('img').filter((img) => !(img.getAttribute('alt') ?? '').trim()).length;
}

function checkRedirect(target: string | undefined): string {
  const value = (target ?? '').trim();
  if (isLocalPath(value) || isWebAddress(value, true)) return value;
  throw new WorkflowError('BAD_REDIRECT');
}

export async function transition(
  db: Kysely<Database>,
  actor: Actor,
  id: number,
  move: Transition,
  params: TransitionParams = {},
  meta: OperationMeta = {},
): Promise<Content> {
  const rule = transitions[move];
  const now = meta.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const current = await load(trx, id);
    if (!canView(actor, current)) throw new WorkflowError('FORBIDDEN');
    if (!can(actor, rule.action, current.type)) throw new WorkflowError('FORBIDDEN');
    if (move === 'submit' && current.created_by !== actor.id && !can(actor, 'article.editAny', current.type)) throw new WorkflowError('FORBIDDEN');
    if (move !== 'submit' && !inCategories(actor, current.category_id)) throw new WorkflowError('FORBIDDEN_CATEGORY');
    if (!rule.from.includes(current.status)) throw new WorkflowError('ILLEGAL_TRANSITION', `${current.status} → ${move}`);
    let saved: Content;
    if (move !== 'publishNow') saved = await applyMove(trx, actor, current, move, params, meta, now);
    else {
      // Publish now: approve (the same rules: approver rights, never one's own except admin), then
      // publish — two revisions and two audit entries, one run of the change hooks (below).
      if (!can(actor, 'article.approve', current.type)) throw new WorkflowError('FORBIDDEN');
      const approved = await applyMove(trx, actor, current, 'approve', params, meta, now, { via: 'publishNow' });
      saved = await applyMove(trx, actor, approved, 'publish', params, meta, now, { via: 'publishNow' });
    }
    await contentChanged(trx, id);
    return saved;
  });
}

/** One move, already allowed: the new state, a revision, an audit entry. The caller (transition) runs the change hooks once the whole move is done. */
async function applyMove(
  trx: Trx,
  actor: Actor,
  current: Content,
  move: Exclude<Transition, 'publishNow'>,
  params: TransitionParams,
  meta: OperationMeta,
  now: Date,
  extra: Record<string, unknown> = {},
): Promise<Content> {
  const id = current.id;
  let changes: Partial<Record<string, string | number | null>> = {};
  let status: ContentStatus = current.status;
  const details: Record<string, unknown> = { from: current.status, ...extra };
  switch (move) {
    case 'submit':
      status = 'submitted';
      changes = { submitted_at: now.toISOString(), return_reason: null };
      break;
    case 'return': {
      const reason = (params.reason ?? '').trim();
      if (reason.length < 3) throw new WorkflowError('REASON_REQUIRED');
      status = 'returned';
      changes = { return_reason: reason.slice(0, 2000), scheduled_at: null };
      details.reason = reason;
      break;
    }
    case 'approve':
      if (current.created_by === actor.id && actor.role !== 'admin') throw new WorkflowError('OWN_APPROVAL');
      status = 'approved';
      break;
    case 'schedule': {
      const at = params.publishAt ? new Date(params.publishAt) : undefined;
      if (!at || Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(params.publishAt ?? '') || at.getTime() <= now.getTime()) throw new WorkflowError('BAD_TIME');
      if (imagesWithoutAlt(current.body) > 0) throw new WorkflowError('IMAGE_ALT_MISSING');
      status = 'scheduled';
      changes = { scheduled_at: at.toISOString() };
      details.publishAt = at.toISOString();
      break;
    }
    case 'publish':
      if (imagesWithoutAlt(current.body) > 0) throw new WorkflowError('IMAGE_ALT_MISSING');
      status = 'published';
      changes = { published_at: current.published_at && current.published_at <= now.toISOString() ? current.published_at : now.toISOString(), published_by: actor.id, scheduled_at: null };
      break;
    case 'unpublish': {
      const kind = params.kind as TakedownKind;
      if (!takedownKinds.includes(kind)) throw new WorkflowError('BAD_KIND');
      const reason = (params.reason ?? '').trim();
      if (reason.length < 3) throw new WorkflowError('REASON_REQUIRED');
      const redirect = kind === 'error-redirect' || kind === 'consolidated' ? checkRedirect(params.redirectTo) : null;
      status = kind === 'withdrawn' ? 'withdrawn' : 'removed';
      changes = { takedown_kind: kind, takedown_reason: reason.slice(0, 2000), redirect_to: redirect };
      Object.assign(details, { kind, reason, redirect });
      break;
    }
  }
  const result = await trx
    .updateTable('content')
    .set({ ...changes, status, updated_at: now.toISOString(), updated_by: actor.id, revision: current.revision + 1 })
    .where('id', '=', id)
    .where('status', '=', current.status)
    .where('revision', '=', current.revision)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new WorkflowError('EDIT_CONFLICT');
  const saved = await load(trx, id);
  await snapshot(trx, saved, actor.id, move, now);
  await audit(trx, { action: `content.${move}`, userId: actor.id, actor: meta.actorEmail, targetType: saved.type, targetId: id, ip: meta.ip, details }, now);
  return saved;
}

/** Publishes every scheduled item whose time has come. The conditional update makes each publish happen once, whoever runs it. */
export async function publishDue(db: Kysely<Database>, now = new Date()): Promise<number[]> {
  const due = await db.selectFrom('content').select(['id']).where('status', '=', 'scheduled').where('scheduled_at', '<=', now.toISOString()).execute();
  const published: number[] = [];
  for (const { id } of due) {
    const done = await db.transaction().execute(async (trx) => {
      const current = await load(trx, id);
      const result = await trx
        .updateTable('content')
        .set({ status: 'published', published_at: current.scheduled_at, scheduled_at: null, updated_at: now.toISOString(), revision: current.revision + 1 })
        .where('id', '=', id)
        .where('status', '=', 'scheduled')
        .where('revision', '=', current.revision)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      const saved = await load(trx, id);
      await snapshot(trx, saved, null, 'scheduled-publish', now);
      await audit(trx, { action: 'content.publish', actor: 'scheduler', targetType: saved.type, targetId: id, details: { scheduledAt: current.scheduled_at } }, now);
      await contentChanged(trx, id);
      return true;
    });
    if (done) published.push(id);
  }
  return published;
}

export function listRevisions(db: Kysely<Database>, contentId: number) {
  return db
    .selectFrom('revisions')
    .leftJoin('users', 'users.id', 'revisions.user_id')
    .select(['revisions.revision', 'revisions.title', 'revisions.status', 'revisions.note', 'revisions.created_at', 'revisions.preview_token', 'revisions.fields', 'users.name as user_name', 'users.email as user_email'])
    .where('revisions.content_id', '=', contentId)
    .orderBy('revisions.revision', 'desc')
    .execute();
}

export async function getRevision(db: Kysely<Database>, contentId: number, revision: number) {
  return db.selectFrom('revisions').selectAll().where('content_id', '=', contentId).where('revision', '=', revision).executeTakeFirst();
}

/** Restores an older revision's text as a new save (history is never rewritten). */
export async function restoreRevision(db: Kysely<Database>, actor: Actor, id: number, revision: number, meta: OperationMeta = {}): Promise<Content> {
  const old = await getRevision(db, id, revision);
  if (!old) throw new WorkflowError('NOT_FOUND', { vi: `phiên bản ${revision}`, en: `revision ${revision}` });
  return saveContent(db, actor, id, { title: old.title, summary: old.summary, body: old.body, fields: parseFields(old.fields), ...(old.category_id !== null ? { categoryId: old.category_id } : {}) }, { ...meta, note: 'restore' });
}

/**
 * What an edit page shows beside the form: the latest revision's preview token, and whoever else
 * saved in the last two minutes (they probably still have it open).
 */
export async function editingContext(db: Kysely<Database>, contentId: number, userId: number, now = new Date()): Promise<{ previewToken?: string; otherEditor?: { name: string; at: string } }> {
  const latest = await db.selectFrom('revisions').select('preview_token').where('content_id', '=', contentId).orderBy('revision', 'desc').executeTakeFirst();
  const recent = await db
    .selectFrom('revisions')
    .innerJoin('users', 'users.id', 'revisions.user_id')
    .select(['users.name', 'revisions.created_at'])
    .where('revisions.content_id', '=', contentId)
    .where('revisions.user_id', '!=', userId)
    .where('revisions.created_at', '>', new Date(now.getTime() - 120_000).toISOString())
    .orderBy('revisions.id', 'desc')
    .executeTakeFirst();
  return { ...(latest ? { previewToken: latest.preview_token } : {}), ...(recent ? { otherEditor: { name: recent.name, at: recent.created_at } } : {}) };
}
