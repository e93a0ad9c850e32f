// The statistics page (GET /admin/stats) and its XLSX export: articles published per month, per
// author and month, per category, within the user's categories. A bad period is the page with why.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { categoryScope } from '../../core/auth/permissions.ts';
import type { AppContext } from '../../core/context.ts';
import { statsReport } from '../../core/stats/queries.ts';
import type { AdminEnv } from '../env.ts';
import { guard } from '../guard.ts';
import { sendAdminPage } from '../respond.ts';
import { problemOf, shown, statsPageEnv, type PeriodQuery } from './common.ts';
import type { StatsDictionary } from './i18n.ts';
import { monthRangeOf } from './input.ts';
import { StatsPage } from './StatsPage.tsx';
import { sendXlsx, statsWorkbook } from './xlsx.ts';

type StatsRequest = FastifyRequest<PeriodQuery>;

/** The page with the period as typed and why it was refused, 400; any other error goes on. */
function sendRefusal(env: AdminEnv, st: StatsDictionary, request: StatsRequest, reply: FastifyReply, error: unknown) {
  const problem = problemOf(error);
  if (!problem) throw error;
  return sendAdminPage(reply, <StatsPage env={env} st={st} query={{ from: shown(request.query.from), to: shown(request.query.to) }} error={st.problems[problem]} />, 400);
}

export async function showStats(ctx: AppContext, request: StatsRequest, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'stats.view');
  const { env, st } = await statsPageEnv(ctx, request);
  try {
    const range = monthRangeOf(request.query);
    const report = await statsReport(ctx.db.kysely, range.from, range.to, categoryScope(auth.actor));
    return sendAdminPage(reply, <StatsPage env={env} st={st} query={range} report={report} />);
  } catch (error) {
    return sendRefusal(env, st, request, reply, error);
  }
}

export async function exportStats(ctx: AppContext, request: StatsRequest, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'stats.view');
  const { env, st } = await statsPageEnv(ctx, request);
  try {
    const range = monthRangeOf(request.query);
    const report = await statsReport(ctx.db.kysely, range.from, range.to, categoryScope(auth.actor));
    return sendXlsx(reply, await statsWorkbook(report, st, env.lang), `thong-ke-${range.from}-${range.to}.xlsx`);
  } catch (error) {
    return sendRefusal(env, st, request, reply, error);
  }
}
