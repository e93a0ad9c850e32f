// Public routes of drafts open for comment, in Vietnamese and English. A comment is taken only
// while the draft is open, on one of its articles or the whole draft.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import type { Language } from '../../core/db/schema.ts';
import { AppError } from '../../core/errors.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { pageEnv, sendPage } from '../../core/http/page.ts';
import { attachmentsOf } from '../../core/media/attachments.ts';
import { submissionFormRoutes } from '../../core/submissions/body.ts';
import { freshForm, handleSubmission, type FormState } from '../../core/submissions/form.tsx';
import { isSlug } from '../../core/text/fold.ts';
import { consultationClock } from './clock.ts';
import { articlesOf, commentKind, draftPaths } from './declaration.ts';
import { consultationStrings } from './i18n.ts';
import { approvedComments, findDraft, listDrafts, type DraftItem } from './queries.ts';
import { CommentSentPage, DraftListPage, DraftPage } from './views/pages.tsx';

const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is number => Number.isInteger(x)) : []);

/** Registers the pages; the comment form's POST goes in core's submission scope (multipart, with a file). */
export function registerConsultationRoutes(app: FastifyInstance, ctx: AppContext): PromiseLike<unknown> {
  const db = ctx.db.kysely;

  const list = (lang: Language) => async (request: FastifyRequest, reply: FastifyReply) => {
    const drafts = await listDrafts(db, consultationClock.now());
    return sendPage(reply, <DraftListPage env={await pageEnv(ctx, request, lang)} drafts={drafts} />);
  };

  const page = async (request: FastifyRequest, reply: FastifyReply, lang: Language, draft: DraftItem, form: FormState | undefined, status = 200) => {
    const [files, reportFiles, comments, env] = await Promise.all([attachmentsOf(db, ids(draft.item.values.files)), attachmentsOf(db, ids(draft.item.values.reportFiles)), approvedComments(db, draft.item.id), pageEnv(ctx, request, lang)]);
    return sendPage(reply, <DraftPage env={env} draft={draft} files={files} reportFiles={reportFiles} comments={comments} form={form} />, status);
  };

  const load = async (slug: string) => {
    if (!isSlug(slug)) throw new AppError('NOT_FOUND');
    const draft = await findDraft(db, slug, consultationClock.now());
    if (!draft) throw new AppError('NOT_FOUND');
    return draft;
  };

  const show = (lang: Language) => async (request: FastifyRequest<{ Params: { slug: string } }>, reply: FastifyReply) => {
    const draft = await load(request.params.slug);
    const form = draft.state === 'open' ? await freshForm(ctx, request, commentKind, lang) : undefined;
    return page(request, reply, lang, draft, form);
  };

  const comment = (lang: Language) => async (request: FastifyRequest<{ Params: { slug: string } }>, reply: FastifyReply) => {
    const draft = await load(request.params.slug);
    const s = consultationStrings[lang];
    // a closed (or not yet open) draft takes no comment: nothing is stored
    if (draft.state !== 'open') throw new AppError('BAD_BODY', { vi: s.closedRefused, en: consultationStrings.en.closedRefused });
    const articles = articlesOf(draft.item.values);
    const outcome = await handleSubmission(ctx, request, commentKind, lang, {
      subjectId: draft.item.id,
      check: (fields) => (typeof fields.article === 'string' && fields.article !== '' && !articles.includes(fields.article) ? [{ field: 'f.article', message: s.unknownArticle }] : []),
    });
    if (outcome.ok) return sendPage(reply, <CommentSentPage env={await pageEnv(ctx, request, lang)} draft={draft} />);
    if (outcome.retryAfter) reply.header('Retry-After', String(outcome.retryAfter));
    return page(request, reply, lang, draft, outcome.state, outcome.status);
  };

  for (const lang of ['vi', 'en'] as const) {
    app.get(draftPaths[lang], queryOf([]), list(lang));
    app.get<{ Params: { slug: string } }>(`${draftPaths[lang]}/:slug`, queryOf([]), show(lang));
  }
  return submissionFormRoutes(app, ctx, (scope) => {
    for (const lang of ['vi', 'en'] as const) scope.post<{ Params: { slug: string } }>(`${draftPaths[lang]}/:slug`, comment(lang));
  });
}
