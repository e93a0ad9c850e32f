// The royalty report of a period (GET /admin/royalties) and its XLSX export; scoring an article
// (approvers) and marking scored articles paid (administrators). Work is done by core/stats.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { can, categoryScope } from '../../core/auth/permissions.ts';
import type { AppContext } from '../../core/context.ts';
import { isDay } from '../../core/stats/periods.ts';
import { royaltyReport } from '../../core/stats/queries.ts';
import { listRates, parsePoints, payRoyalties, scoreArticle } from '../../core/stats/royalties.ts';
import { formValue, formValues } from '../forms.tsx';
import { guard } from '../guard.ts';
import { sendAdminPage } from '../respond.ts';
import { periodQuery, problemOf, shown, statsPageEnv, type PeriodQuery } from './common.ts';
import type { StatsProblem } from './i18n.ts';
import { dayRangeOf, formId } from './input.ts';
import { RoyaltiesPage } from './RoyaltiesPage.tsx';
import { royaltyWorkbook, sendXlsx } from './xlsx.ts';

/** The royalty report of the period in `query`; on a bad period, the form with the error. */
async function sendRoyaltiesPage(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, query: { from?: unknown; to?: unknown }, options: { flash?: string; problem?: StatsProblem; status?: number } = {}) {
  const auth = await guard(ctx, request, 'stats.view');
  const { env, st } = await statsPageEnv(ctx, request);
  const rates = await listRates(ctx.db.kysely);
  let problem = options.problem;
  let report;
  let typed = { from: shown(query.from), to: shown(query.to) };
  try {
    const period = dayRangeOf(query);
    report = await royaltyReport(ctx.db.kysely, period, categoryScope(auth.actor));
    typed = { from: period.fromDay, to: period.toDay };
  } catch (error) {
    if (!problemOf(error)) throw error;
    problem ??= problemOf(error);
  }
  const status = options.status ?? (problem ? 400 : 200);
  return sendAdminPage(
    reply,
    <RoyaltiesPage
      env={env}
      st={st}
      query={typed}
      report={report}
      rates={rates}
      canScore={can(auth.actor, 'royalties.score')}
      canManage={can(auth.actor, 'royalties.manage')}
      flash={options.flash}
      error={problem ? st.problems[problem] : undefined}
    />,
    status,
  );
}

/** The period a form carried, when well-formed, to show the report again after a refusal. */
function formPeriod(request: FastifyRequest) {
  const from = formValue(request.body, 'from');
  const to = formValue(request.body, 'to');
  return { from, to, typed: { from: isDay(from) ? from : undefined, to: isDay(to) ? to : undefined } };
}

export async function showRoyalties(ctx: AppContext, request: FastifyRequest<PeriodQuery>, reply: FastifyReply) {
  const { st } = await statsPageEnv(ctx, request);
  const ok = shown(request.query.ok);
  const flash = ok === 'scored' ? st.scoredOk : ok === 'paid' ? st.paidOk : undefined;
  return sendRoyaltiesPage(ctx, request, reply, request.query, flash ? { flash } : {});
}

export async function exportRoyalties(ctx: AppContext, request: FastifyRequest<PeriodQuery>, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'stats.view');
  const { env, st } = await statsPageEnv(ctx, request);
  let period;
  try {
    period = dayRangeOf(request.query);
  } catch (error) {
    if (!problemOf(error)) throw error;
    return sendRoyaltiesPage(ctx, request, reply, request.query);
  }
  const report = await royaltyReport(ctx.db.kysely, period, categoryScope(auth.actor));
  return sendXlsx(reply, await royaltyWorkbook(report, st, env.lang), `nhuan-but-${period.fromDay}-${period.toDay}.xlsx`);
}

export async function scoreRoyalty(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'royalties.score');
  const { from, to, typed } = formPeriod(request);
  try {
    const contentId = formId(formValue(request.body, 'content'));
    const pointsTenths = parsePoints(formValue(request.body, 'points'));
    await scoreArticle(ctx.db.kysely, auth.actor, { contentId, kind: formValue(request.body, 'kind').trim(), pointsTenths }, { ip: request.ip, actorEmail: auth.user.email });
    const back = periodQuery(from, to);
    return reply.redirect(`/admin/royalties?${back ? `${back}&` : ''}ok=scored`, 303);
  } catch (error) {
    const problem = problemOf(error);
    if (!problem) throw error;
    return sendRoyaltiesPage(ctx, request, reply, typed, { problem, status: problem === 'forbidden-category' ? 403 : 400 });
  }
}

export async function payRoyalty(ctx: AppContext, request: FastifyRequest, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'royalties.manage');
  const { from, to, typed } = formPeriod(request);
  try {
    const ids = formValues(request.body, 'ids').map(formId);
    await payRoyalties(ctx.db.kysely, auth.actor, ids, { ip: request.ip, actorEmail: auth.user.email });
    const back = periodQuery(from, to);
    return reply.redirect(`/admin/royalties?${back ? `${back}&` : ''}ok=paid`, 303);
  } catch (error) {
    const problem = problemOf(error);
    if (!problem) throw error;
    return sendRoyaltiesPage(ctx, request, reply, typed, { problem, status: 400 });
  }
}
