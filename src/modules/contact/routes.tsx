// Public routes of the contact page, in Vietnamese and English: the page with its form, the form's
// POST (core's handleSubmission, url-encoded or multipart with one attached file: stored before it
// is acknowledged, refusals re-render the page with the summary and 400, 413 or 429), and the
// tracking page of a message's code.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import type { Language } from '../../core/db/schema.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { pageEnv, sendPage } from '../../core/http/page.ts';
import type { FieldValues } from '../../core/content-types/declaration.ts';
import { submissionFormRoutes } from '../../core/submissions/body.ts';
import { formSecret, freshForm, handleSubmission, type FormProblem } from '../../core/submissions/form.tsx';
import { attemptsThisHour, countAttempt, limitKey, lookupsPerHour, normalizeTrackingCode, secondsToNextHour } from '../../core/submissions/guard.ts';
import { submissionStrings } from '../../core/submissions/i18n.ts';
import { findByTrackingCode, parseData } from '../../core/submissions/store.ts';
import { contactKind, contactPaths } from './declaration.ts';
import { contactStrings } from './i18n.ts';
import { publishedContactPersons } from './queries.ts';
import { ContactPage, ContactSentPage, ContactTrackPage } from './views/pages.tsx';

type Query = { Querystring: Record<string, string | undefined> };

/**
 * Required fields typed as spaces only: core's validator trims them to '' and lets them through
 * (it checks emptiness before trimming), so the module refuses them itself.
 */
const blankRequired =
  (lang: Language) =>
  (fields: FieldValues): FormProblem[] =>
    contactKind.fields.filter((f) => f.required && (fields[f.name] === undefined || fields[f.name] === '')).map((f) => ({ field: `f.${f.name}`, message: submissionStrings[lang].problems.required }));

/** Registers the pages; the form's POST goes in core's submission scope (multipart, with a file). */
export function registerContactRoutes(app: FastifyInstance, ctx: AppContext): PromiseLike<unknown> {
  const db = ctx.db.kysely;

  const page = (lang: Language) => async (request: FastifyRequest, reply: FastifyReply) => {
    const state = await freshForm(ctx, request, contactKind, lang);
    const env = await pageEnv(ctx, request, lang);
    return sendPage(reply, <ContactPage env={env} people={await publishedContactPersons(db)} state={state} />);
  };

  const send = (lang: Language) => async (request: FastifyRequest, reply: FastifyReply) => {
    const outcome = await handleSubmission(ctx, request, contactKind, lang, { check: blankRequired(lang) });
    const env = await pageEnv(ctx, request, lang);
    if (outcome.ok) return sendPage(reply, <ContactSentPage env={env} code={outcome.received.trackingCode!} />);
    if (outcome.retryAfter) reply.header('Retry-After', String(outcome.retryAfter));
    return sendPage(reply, <ContactPage env={env} people={await publishedContactPersons(db)} state={outcome.state} />, outcome.status);
  };

  const track = (lang: Language) => async (request: FastifyRequest<Query>, reply: FastifyReply) => {
    const typed = (request.query.ma ?? '').trim().slice(0, 20);
    const env = await pageEnv(ctx, request, lang);
    if (typed === '') return sendPage(reply, <ContactTrackPage env={env} code="" />);
    const s = contactStrings[lang];
    const key = limitKey(await formSecret(db), 'lookup', request.ip);
    if ((await attemptsThisHour(db, key)) >= lookupsPerHour) {
      reply.header('Retry-After', String(secondsToNextHour()));
      return sendPage(reply, <ContactTrackPage env={env} code={typed} problem={s.tooManyLookups} />, 429);
    }
    await countAttempt(db, [key]);
    // the same single lookup runs for every code, well-formed or not
    const row = await findByTrackingCode(db, contactKind.kind, normalizeTrackingCode(typed));
    if (!row) return sendPage(reply, <ContactTrackPage env={env} code={typed} problem={s.notFound} />, 404);
    const subject = parseData(row).subject;
    const found = { code: row.tracking_code!, status: row.status, subject: typeof subject === 'string' ? subject : '', sentAt: row.created_at };
    return sendPage(reply, <ContactTrackPage env={env} code={typed} found={found} />);
  };

  for (const lang of ['vi', 'en'] as const) {
    const p = contactPaths[lang];
    app.get(p.page, queryOf([]), page(lang));
    app.get<Query>(p.track, queryOf(['ma']), track(lang));
  }
  return submissionFormRoutes(app, ctx, (scope) => {
    for (const lang of ['vi', 'en'] as const) scope.post(contactPaths[lang].page, send(lang));
  });
}
