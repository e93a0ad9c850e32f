// Public routes of the rating and the polls, in Vietnamese and English:
//   GET  /danh-gia                     rating form, averages, the polls     (/en/rating)
//   POST /danh-gia                     a rating of the portal
//   GET  /danh-gia/<slug>              a poll and its form                  (/en/rating/<slug>)
//   POST /danh-gia/<slug>              a vote
//   GET  /danh-gia/<slug>/ket-qua      its results                          (/en/rating/<slug>/results)
// A vote or a rating is taken only with a genuine form token at least a few seconds old and an
// empty honeypot; then once per browser (signed cookie) and at most a few dozen times per address
// a day. A refusal changes nothing and says why: 400 (the form), 409 (already), 429 (too many).
// An accepted one answers 303 (post/redirect/get), so reloading never sends it twice.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import type { Language } from '../../core/db/schema.ts';
import { AppError } from '../../core/errors.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { pageEnv, sendPage } from '../../core/http/page.ts';
import { formSecret } from '../../core/submissions/form.tsx';
import { checkFormToken, honeypotName, issueFormToken } from '../../core/submissions/guard.ts';
import { isSlug, toNfc } from '../../core/text/fold.ts';
import { pollClock } from './clock.ts';
import { pollPaths, resultsSegment, resultsVisible } from './declaration.ts';
import { pollStrings } from './i18n.ts';
import { findPoll, listPolls, type PollItem } from './queries.ts';
import { castVote, criteria, rate, ratingOf, ratingSummary, tallyOf, voteOf, type Scores } from './store.ts';
import { optionInputId, PollPage, PollsPage, ResultsPage, scoreInputId } from './views/pages.tsx';
import { resultsUrl, type FormProblem, type FormState } from './views/parts.tsx';
import { browserOf, newBrowserId, secondsToVietnamMidnight, setVoterCookie } from './voter.ts';

/** The kinds the form tokens are bound to (a rating's token does not send a vote). */
export const voteFormKind = 'poll-vote';
export const ratingFormKind = 'portal-rating';

type Body = Record<string, unknown>;
const bodyOf = (request: FastifyRequest): Body => (request.body && typeof request.body === 'object' && !Array.isArray(request.body) ? (request.body as Body) : {});
const field = (body: Body, name: string) => (typeof body[name] === 'string' ? toNfc(body[name]).trim() : '');

export function registerPollRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;
  const https = ctx.config.baseUrl.startsWith('https:');

  const formOf = async (kind: string, values: Record<string, string> = {}, problems: FormProblem[] = []): Promise<FormState> => ({ token: issueFormToken(await formSecret(db), kind), values, problems });

  /** The anti-spam checks of a sent form: its token (signed, old enough, not stale) and the honeypot. */
  const guardProblem = (secret: string, kind: string, body: Body, lang: Language): string | undefined => {
    const s = pollStrings[lang].problems;
    const checked = checkFormToken(secret, kind, body._t, new Date());
    if ('problem' in checked) return checked.problem === 'missing' ? s.formMissing : s[checked.problem];
    if (field(body, honeypotName) !== '') return s.honeypot;
    return undefined;
  };

  // ---- /danh-gia: the rating and the list of polls ----

  const listPage = async (request: FastifyRequest, reply: FastifyReply, lang: Language, form?: FormState, status = 200) => {
    const now = pollClock.now();
    const secret = await formSecret(db);
    const browser = browserOf(request, secret, https);
    const [polls, summary, mine, env] = await Promise.all([listPolls(db, now), ratingSummary(db), ratingOf(db, secret, browser, now), pageEnv(ctx, request, lang)]);
    return sendPage(reply, <PollsPage env={env} polls={polls} summary={summary} mine={mine} form={form ?? (await formOf(ratingFormKind))} />, status);
  };

  const rating = (lang: Language) => async (request: FastifyRequest, reply: FastifyReply) => {
    const s = pollStrings[lang];
    const secret = await formSecret(db);
    const body = bodyOf(request);
    const values = Object.fromEntries(criteria.map((c) => [c, field(body, c)]));
    const refuse = async (problems: FormProblem[], status: 400 | 409 | 429) => listPage(request, reply, lang, await formOf(ratingFormKind, values, problems), status);

    const guard = guardProblem(secret, ratingFormKind, body, lang);
    if (guard) return refuse([{ field: '', message: guard }], 400);
    const problems = criteria.filter((c) => !/^[1-5]$/.test(values[c] ?? '')).map((c) => ({ field: scoreInputId(c), message: s.problems.score(s.criteria[c].label) }));
    if (problems.length > 0) return refuse(problems, 400);
    const scores = Object.fromEntries(criteria.map((c) => [c, Number(values[c])])) as Scores;

    const browser = browserOf(request, secret, https) ?? newBrowserId();
    const outcome = await rate(db, { secret, browser, ip: request.ip }, scores, pollClock.now());
    if (outcome === 'already') return refuse([{ field: '', message: s.problems.alreadyRated }], 409);
    if (outcome === 'tooMany') {
      reply.header('Retry-After', String(secondsToVietnamMidnight(pollClock.now())));
      return refuse([{ field: '', message: s.problems.tooManyRatings }], 429);
    }
    setVoterCookie(reply, secret, https, browser);
    return reply.redirect(`${pollPaths[lang]}#danh-gia-cong`, 303);
  };

  // ---- a poll, its vote and its results ----

  const load = async (slug: string): Promise<PollItem> => {
    if (!isSlug(slug)) throw new AppError('NOT_FOUND');
    const poll = await findPoll(db, slug, pollClock.now());
    if (!poll) throw new AppError('NOT_FOUND');
    return poll;
  };

  const pollPage = async (request: FastifyRequest, reply: FastifyReply, lang: Language, poll: PollItem, form?: FormState, status = 200) => {
    const secret = await formSecret(db);
    const mine = await voteOf(db, secret, poll.item.id, browserOf(request, secret, https));
    const visible = resultsVisible(poll.showResults, poll.state, mine !== undefined);
    const shown = form ?? (poll.state === 'open' && mine === undefined ? await formOf(voteFormKind) : undefined);
    return sendPage(reply, <PollPage env={await pageEnv(ctx, request, lang)} poll={poll} mine={mine} visible={visible} form={shown} />, status);
  };

  const show = (lang: Language) => async (request: FastifyRequest<{ Params: { slug: string } }>, reply: FastifyReply) => pollPage(request, reply, lang, await load(request.params.slug));

  const vote = (lang: Language) => async (request: FastifyRequest<{ Params: { slug: string } }>, reply: FastifyReply) => {
    const poll = await load(request.params.slug);
    const s = pollStrings[lang].problems;
    const secret = await formSecret(db);
    const body = bodyOf(request);
    const values = { option: field(body, 'option') };
    const refuse = async (problems: FormProblem[], status: 400 | 409 | 429) => pollPage(request, reply, lang, poll, await formOf(voteFormKind, values, problems), status);

    const guard = guardProblem(secret, voteFormKind, body, lang);
    if (guard) return refuse([{ field: '', message: guard }], 400);
    // a poll not open takes no vote: nothing is stored
    if (poll.state !== 'open') return refuse([{ field: '', message: poll.state === 'closed' ? s.closed : s.upcoming }], 400);
    const option = /^\d{1,2}$/.test(values.option) ? Number(values.option) : -1;
    if (option < 0 || option >= poll.options.length) return refuse([{ field: optionInputId(0), message: s.chooseAnswer }], 400);

    const browser = browserOf(request, secret, https) ?? newBrowserId();
    const outcome = await castVote(db, { secret, browser, ip: request.ip }, poll.item.id, option, pollClock.now());
    if (outcome === 'already') return refuse([{ field: '', message: s.alreadyVoted }], 409);
    if (outcome === 'tooMany') {
      reply.header('Retry-After', String(secondsToVietnamMidnight(pollClock.now())));
      return refuse([{ field: '', message: s.tooManyVotes }], 429);
    }
    setVoterCookie(reply, secret, https, browser);
    return reply.redirect(resultsUrl(lang, poll.item.slug), 303);
  };

  const results = (lang: Language) => async (request: FastifyRequest<{ Params: { slug: string } }>, reply: FastifyReply) => {
    const poll = await load(request.params.slug);
    const secret = await formSecret(db);
    const mine = await voteOf(db, secret, poll.item.id, browserOf(request, secret, https));
    const visible = resultsVisible(poll.showResults, poll.state, mine !== undefined);
    const tally = visible ? await tallyOf(db, poll.item.id, poll.options.length) : undefined;
    return sendPage(reply, <ResultsPage env={await pageEnv(ctx, request, lang)} poll={poll} mine={mine} visible={visible} tally={tally} />);
  };

  for (const lang of ['vi', 'en'] as const) {
    const base = pollPaths[lang];
    app.get(base, queryOf([]), (request, reply) => listPage(request, reply, lang));
    app.post(base, rating(lang));
    app.get<{ Params: { slug: string } }>(`${base}/:slug`, queryOf([]), show(lang));
    app.post<{ Params: { slug: string } }>(`${base}/:slug`, vote(lang));
    app.get<{ Params: { slug: string } }>(`${base}/:slug/${resultsSegment[lang]}`, queryOf([]), results(lang));
  }
}
