// The back office of what the public sends (core/submissions): the moderation list over every
// installed submission kind, one submission's page with its actions, and the download of its
// attached files (private: only staff who handle submissions, never cached, never rendered by the
// browser). Each action is a named handler; a refused form says why and changes nothing.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { can } from '../../core/auth/permissions.ts';
import type { AppContext } from '../../core/context.ts';
import { AppError, parseId, parsePageNumber } from '../../core/errors.ts';
import type { Auth } from '../../core/http/auth.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { submissionStatuses, type SubmissionKind, type SubmissionStatus } from '../../core/submissions/declaration.ts';
import { contentDisposition, downloadName } from '../../core/media/serve.ts';
import { filesOf, findAttachment, openAttachment } from '../../core/submissions/files.ts';
import type { Submission } from '../../core/submissions/schema.ts';
import { addNote, changeSubmission, erasePersonalData, findSubmission, listSubmissions, notesOf, type Handler } from '../../core/submissions/store.ts';
import { toNfc } from '../../core/text/fold.ts';
import { adminEnv } from '../env.ts';
import { formValue } from '../forms.tsx';
import { guard } from '../guard.ts';
import { withContext } from '../handler.ts';
import { sendAdminPage } from '../respond.ts';
import { submissionsText } from './i18n.ts';
import { SubmissionListPage, SubmissionPage, type DetailProps, type Staff } from './views.tsx';

const pageSize = 30;

/** Every submission kind of the installed modules, in registry order. */
export const submissionKinds = (ctx: AppContext): SubmissionKind[] => ctx.modules.flatMap((m) => m.submissionKinds ?? []);

/** Staff who may handle submissions, for the assignment list. */
async function handlers(ctx: AppContext): Promise<Staff[]> {
  const users = await ctx.db.kysely.selectFrom('users').select(['id', 'name', 'role']).where('is_active', '=', 1).orderBy('name').execute();
  return users.filter((u) => can({ id: u.id, role: u.role, categoryIds: null }, 'submissions.handle')).map((u) => ({ id: u.id, name: u.name }));
}

const who = (auth: Auth, request: FastifyRequest): Handler => ({ userId: auth.user.id, actor: auth.user.email, ip: request.ip });

type ListQuery = { Querystring: { loai?: string; 'tinh-trang'?: string; 'cua-toi'?: string; trang?: string; ok?: string } };

async function showList(ctx: AppContext, request: FastifyRequest<ListQuery>, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'submissions.handle');
  const kinds = submissionKinds(ctx);
  const q = request.query;
  const kind = q.loai || undefined;
  if (kind && !kinds.some((k) => k.kind === kind)) throw new AppError('BAD_QUERY', { vi: `không có loại “${kind.slice(0, 40)}”`, en: `unknown kind “${kind.slice(0, 40)}”` });
  const status = q['tinh-trang'] || undefined;
  if (status && !submissionStatuses.includes(status as SubmissionStatus)) throw new AppError('BAD_QUERY', { vi: 'tình trạng không hợp lệ', en: 'unknown status' });
  const mine = q['cua-toi'] === '1';
  const page = parsePageNumber(q.trang);
  const { items, total } = await listSubmissions(ctx.db.kysely, { kinds: kinds.map((k) => k.kind), kind, status: status as SubmissionStatus | undefined, assignedTo: mine ? auth.user.id : undefined, page, pageSize });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (page > pageCount) throw new AppError('NOT_FOUND');
  const env = await adminEnv(ctx, request);
  return sendAdminPage(reply, <SubmissionListPage env={env} kinds={kinds} items={items} total={total} filter={{ kind, status, mine, page }} staff={await handlers(ctx)} pageCount={pageCount} />);
}

/** The submission of the address, of an installed kind, or 404. */
async function load(ctx: AppContext, raw: string): Promise<{ row: Submission; kind: SubmissionKind }> {
  const row = await findSubmission(ctx.db.kysely, parseId(raw));
  const kind = row && submissionKinds(ctx).find((k) => k.kind === row.kind);
  if (!row || !kind) throw new AppError('NOT_FOUND');
  return { row, kind };
}

type ItemRequest = FastifyRequest<{ Params: { id: string }; Querystring: { ok?: string } }>;

async function renderItem(ctx: AppContext, request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, auth: Auth, extra: Pick<DetailProps, 'flash' | 'error' | 'typed'> = {}, status = 200) {
  const { row, kind } = await load(ctx, request.params.id);
  const env = await adminEnv(ctx, request);
  const subjectRow = row.subject_id ? await ctx.db.kysely.selectFrom('content').select(['id', 'title', 'type']).where('id', '=', row.subject_id).executeTakeFirst() : undefined;
  const subject = subjectRow ? { title: subjectRow.title, href: `/admin/content/${encodeURIComponent(subjectRow.type)}/${subjectRow.id}` } : undefined;
  const page = (
    <SubmissionPage
      env={env}
      kind={kind}
      row={row}
      notes={await notesOf(ctx.db.kysely, row.id)}
      files={await filesOf(ctx.db.kysely, row.id)}
      staff={await handlers(ctx)}
      subject={subject}
      permissions={{ publish: can(auth.actor, 'submissions.publish'), erase: can(auth.actor, 'submissions.erase') }}
      {...extra}
    />
  );
  return sendAdminPage(reply, page, status);
}

async function showItem(ctx: AppContext, request: ItemRequest, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'submissions.handle');
  const ok = request.query.ok;
  return renderItem(ctx, request, reply, auth, ok === '1' ? { flash: submissionsText[(await adminEnv(ctx, request)).lang].saved } : {});
}

type PostRequest = FastifyRequest<{ Params: { id: string } }>;
const done = (reply: FastifyReply, id: number) => reply.redirect(`/admin/submissions/${id}?ok=1`, 303);

async function refuse(ctx: AppContext, request: PostRequest, reply: FastifyReply, auth: Auth, problem: (t: (typeof submissionsText)['vi']) => string, typed: DetailProps['typed'] = {}) {
  const lang = (await adminEnv(ctx, request)).lang;
  return renderItem(ctx, request, reply, auth, { error: problem(submissionsText[lang]), typed }, 400);
}

async function assign(ctx: AppContext, request: PostRequest, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'submissions.handle');
  const { row } = await load(ctx, request.params.id);
  const raw = formValue(request.body, 'user');
  const userId = raw === '' ? null : /^\d{1,9}$/.test(raw) ? Number(raw) : -1;
  if (userId !== null && !(await handlers(ctx)).some((u) => u.id === userId)) return refuse(ctx, request, reply, auth, (t) => t.problems.badUser);
  await changeSubmission(ctx.db.kysely, row.id, { assigned_to: userId, ...(userId !== null && row.status === 'received' ? { status: 'processing' as const } : {}) }, who(auth, request), 'submission.assign', { to: userId });
  return done(reply, row.id);
}

async function setStatus(ctx: AppContext, request: PostRequest, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'submissions.handle');
  const { row, kind } = await load(ctx, request.params.id);
  const status = formValue(request.body, 'status') as SubmissionStatus;
  // "answered" comes with an answer (its own form) for kinds that have one
  if (!submissionStatuses.includes(status) || (kind.answer && status === 'answered' && !row.answer)) return refuse(ctx, request, reply, auth, (t) => t.problems.badStatus);
  // a rejected item is no longer public
  await changeSubmission(ctx.db.kysely, row.id, { status, ...(status === 'rejected' ? { published_at: null } : {}) }, who(auth, request), 'submission.status', { from: row.status, to: status });
  return done(reply, row.id);
}

async function answer(ctx: AppContext, request: PostRequest, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'submissions.handle');
  const { row, kind } = await load(ctx, request.params.id);
  if (!kind.answer) throw new AppError('NOT_FOUND');
  const text = toNfc(formValue(request.body, 'answer')).replace(/\r\n?/g, '\n').trim();
  const by = toNfc(formValue(request.body, 'answeredBy')).replace(/\s+/g, ' ').trim();
  const typed = { answer: text, answeredBy: by };
  if (text === '') return refuse(ctx, request, reply, auth, (t) => t.problems.answerEmpty, typed);
  if (text.length > 20_000) return refuse(ctx, request, reply, auth, (t) => t.problems.answerTooLong, typed);
  if (by.length > 200) return refuse(ctx, request, reply, auth, (t) => t.problems.answeredByTooLong, typed);
  const now = new Date();
  await changeSubmission(ctx.db.kysely, row.id, { answer: text, answered_by: by || null, answered_at: now.toISOString(), status: 'answered' }, who(auth, request), 'submission.answer', {}, now);
  return done(reply, row.id);
}

async function publish(ctx: AppContext, request: PostRequest, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'submissions.publish');
  const { row, kind } = await load(ctx, request.params.id);
  if (!kind.publishable || row.status === 'rejected' || (kind.answer && (row.status !== 'answered' || !row.answer))) return refuse(ctx, request, reply, auth, (t) => (kind.answer ? t.publishNeedsAnswer : t.problems.notPublishable));
  if (!row.published_at) await changeSubmission(ctx.db.kysely, row.id, { published_at: new Date().toISOString() }, who(auth, request), 'submission.publish');
  return done(reply, row.id);
}

async function unpublish(ctx: AppContext, request: PostRequest, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'submissions.publish');
  const { row } = await load(ctx, request.params.id);
  if (row.published_at) await changeSubmission(ctx.db.kysely, row.id, { published_at: null }, who(auth, request), 'submission.unpublish');
  return done(reply, row.id);
}

async function note(ctx: AppContext, request: PostRequest, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'submissions.handle');
  const { row } = await load(ctx, request.params.id);
  const text = toNfc(formValue(request.body, 'note')).replace(/\r\n?/g, '\n').trim();
  if (text === '') return refuse(ctx, request, reply, auth, (t) => t.problems.noteEmpty);
  if (text.length > 4000) return refuse(ctx, request, reply, auth, (t) => t.problems.noteTooLong, { note: text });
  await addNote(ctx.db.kysely, row.id, text, who(auth, request));
  return done(reply, row.id);
}

async function erase(ctx: AppContext, request: PostRequest, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'submissions.erase');
  const { row } = await load(ctx, request.params.id);
  if (formValue(request.body, 'confirm') !== '1') throw new AppError('BAD_BODY', { vi: 'hãy đánh dấu ô xác nhận', en: 'tick the confirmation box' });
  if (!row.erased_at) await erasePersonalData(ctx.db.kysely, ctx.config.dataDir, row.id, who(auth, request));
  return done(reply, row.id);
}

/**
 * GET /admin/submissions/:id/tep/:fileId — one attached file, as a download: the type found in
 * its content when it was sent, the sender's name (RFC 5987 for Vietnamese), nosniff and a
 * sandboxing CSP so that no browser renders it as a page, and never kept in a cache.
 */
async function download(ctx: AppContext, request: FastifyRequest<{ Params: { id: string; fileId: string } }>, reply: FastifyReply) {
  await guard(ctx, request, 'submissions.handle');
  const { row } = await load(ctx, request.params.id);
  if (!/^[1-9]\d{0,8}$/.test(request.params.fileId)) throw new AppError('NOT_FOUND');
  const file = await findAttachment(ctx.db.kysely, row.id, Number(request.params.fileId));
  if (!file) throw new AppError('NOT_FOUND');
  const stream = await openAttachment(ctx.config.dataDir, file);
  if (!stream) {
    request.log.error({ submission: row.id, file: file.id }, 'attached file missing from storage');
    throw new AppError('NOT_FOUND');
  }
  return reply
    .type(file.mime)
    .header('Content-Length', String(file.size))
    .header('Content-Disposition', contentDisposition(downloadName(file.original_name, file.key)))
    .header('X-Content-Type-Options', 'nosniff')
    .header('Content-Security-Policy', "default-src 'none'; sandbox")
    .header('Cache-Control', 'private, no-store')
    .send(stream);
}

export function registerSubmissionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const handle = withContext(ctx);
  app.get<ListQuery>('/admin/submissions', queryOf(['loai', 'tinh-trang', 'cua-toi', 'trang']), handle(showList));
  app.get<{ Params: { id: string }; Querystring: { ok?: string } }>('/admin/submissions/:id', queryOf(['ok']), handle(showItem));
  app.post<{ Params: { id: string } }>('/admin/submissions/:id/giao', handle(assign));
  app.post<{ Params: { id: string } }>('/admin/submissions/:id/tinh-trang', handle(setStatus));
  app.post<{ Params: { id: string } }>('/admin/submissions/:id/tra-loi', handle(answer));
  app.post<{ Params: { id: string } }>('/admin/submissions/:id/cong-bo', handle(publish));
  app.post<{ Params: { id: string } }>('/admin/submissions/:id/thoi-cong-bo', handle(unpublish));
  app.post<{ Params: { id: string } }>('/admin/submissions/:id/ghi-chu', handle(note));
  app.post<{ Params: { id: string } }>('/admin/submissions/:id/xoa-du-lieu-ca-nhan', handle(erase));
  app.get<{ Params: { id: string; fileId: string } }>('/admin/submissions/:id/tep/:fileId', queryOf([]), handle(download));
}
