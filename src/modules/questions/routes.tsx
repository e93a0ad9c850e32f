// Public routes of questions and answers, in Vietnamese and English.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import type { Language } from '../../core/db/schema.ts';
import { AppError, parseId, parsePageNumber } from '../../core/errors.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { pageEnv, sendPage } from '../../core/http/page.ts';
import { submissionFormRoutes } from '../../core/submissions/body.ts';
import { formSecret, freshForm, handleSubmission } from '../../core/submissions/form.tsx';
import { attemptsThisHour, countAttempt, limitKey, lookupsPerHour, normalizeTrackingCode, secondsToNextHour } from '../../core/submissions/guard.ts';
import { findByTrackingCode, findSubmission, parseData } from '../../core/submissions/store.ts';
import { questionFields, questionKind, questionPaths } from './declaration.ts';
import { questionStrings } from './i18n.ts';
import { asQuestion, listPublishedQuestions } from './queries.ts';
import { AskPage, QuestionPage, QuestionsPage, SentPage, TrackPage } from './views/pages.tsx';

type Query = { Querystring: Record<string, string | undefined> };

const names = { vi: { field: 'linh-vuc', page: 'trang' }, en: { field: 'field', page: 'page' } } as const;

/** Registers the pages; the form's POST goes in core's submission scope (multipart, with a file). */
export function registerQuestionRoutes(app: FastifyInstance, ctx: AppContext): PromiseLike<unknown> {
  const db = ctx.db.kysely;

  const list = (lang: Language) => async (request: FastifyRequest<Query>, reply: FastifyReply) => {
    const field = request.query[names[lang].field] || undefined;
    if (field && !questionFields.some((o) => o.value === field)) throw new AppError('BAD_QUERY', { vi: `lĩnh vực “${field.slice(0, 40)}” không có trong danh sách`, en: `unknown field “${field.slice(0, 40)}”` });
    const q = (request.query.q ?? '').replace(/\s+/g, ' ').trim().slice(0, 200) || undefined;
    const page = parsePageNumber(request.query[names[lang].page]);
    const result = await listPublishedQuestions(db, { field, q, page });
    if (page > result.pageCount) throw new AppError('NOT_FOUND');
    return sendPage(reply, <QuestionsPage env={await pageEnv(ctx, request, lang)} result={result} params={{ field, q }} />);
  };

  const one = (lang: Language) => async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
    if (!/^\d{1,9}$/.test(request.params.id)) throw new AppError('NOT_FOUND');
    const row = await findSubmission(db, parseId(request.params.id));
    if (!row || row.kind !== questionKind.kind || !row.published_at) throw new AppError('NOT_FOUND');
    return sendPage(reply, <QuestionPage env={await pageEnv(ctx, request, lang)} item={asQuestion(row)} />);
  };

  const askForm = (lang: Language) => async (request: FastifyRequest, reply: FastifyReply) => {
    const state = await freshForm(ctx, request, questionKind, lang);
    return sendPage(reply, <AskPage env={await pageEnv(ctx, request, lang)} state={state} />);
  };

  const ask = (lang: Language) => async (request: FastifyRequest, reply: FastifyReply) => {
    const outcome = await handleSubmission(ctx, request, questionKind, lang);
    const env = await pageEnv(ctx, request, lang);
    if (outcome.ok) return sendPage(reply, <SentPage env={env} code={outcome.received.trackingCode!} />);
    if (outcome.retryAfter) reply.header('Retry-After', String(outcome.retryAfter));
    return sendPage(reply, <AskPage env={env} state={outcome.state} />, outcome.status);
  };

  const track = (lang: Language) => async (request: FastifyRequest<Query>, reply: FastifyReply) => {
    const typed = (request.query.ma ?? '').trim().slice(0, 20);
    const env = await pageEnv(ctx, request, lang);
    if (typed === '') return sendPage(reply, <TrackPage env={env} code="" />);
    const s = questionStrings[lang];
    const secret = await formSecret(db);
    const key = limitKey(secret, 'lookup', request.ip);
    if ((await attemptsThisHour(db, key)) >= lookupsPerHour) {
      reply.header('Retry-After', String(secondsToNextHour()));
      return sendPage(reply, <TrackPage env={env} code={typed} problem={s.tooManyLookups} />, 429);
    }
    await countAttempt(db, [key]);
    // the same single lookup runs for every code, well-formed or not
    const row = await findByTrackingCode(db, questionKind.kind, normalizeTrackingCode(typed));
    if (!row) return sendPage(reply, <TrackPage env={env} code={typed} problem={s.notFound} />, 404);
    const data = parseData(row);
    const found = {
      code: row.tracking_code!,
      status: row.status,
      title: typeof data.title === 'string' ? data.title : '',
      askedAt: row.created_at,
      // the code's holder reads the answer even when it is not published
      answer: row.status === 'answered' && row.answer ? asQuestion(row) : undefined,
    };
    return sendPage(reply, <TrackPage env={env} code={typed} found={found} />);
  };

  for (const lang of ['vi', 'en'] as const) {
    const p = questionPaths[lang];
    app.get<Query>(p.list, queryOf(['q', names[lang].field, names[lang].page]), list(lang));
    app.get(p.ask, queryOf([]), askForm(lang));
    app.get<Query>(p.track, queryOf(['ma']), track(lang));
    app.get<{ Params: { id: string } }>(`${p.list}/:id`, one(lang));
  }
  return submissionFormRoutes(app, ctx, (scope) => {
    for (const lang of ['vi', 'en'] as const) scope.post(questionPaths[lang].ask, ask(lang));
  });
}
