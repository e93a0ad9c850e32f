// Back-office routes of statistics and royalties (C3, C4): the statistics page and its XLSX
// export, the royalty report and its export, scoring, payment and the rate table. Handlers are
// thin: input is parsed here, the work is done by core/stats. `ctx` is read only inside the
// handlers, so routes may be registered before the context is complete.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { can, categoryScope } from '../../core/auth/permissions.ts';
import type { AppContext } from '../../core/context.ts';
import { isDay } from '../../core/stats/periods.ts';
import { royaltyReport, statsReport } from '../../core/stats/queries.ts';
import { checkKindCode, cleanLabel, listRates, parseAmount, parsePoints, payRoyalties, rateContentTypes, RoyaltyInputError, saveRates, scoreArticle, type NewRate, type RateChange } from '../../core/stats/royalties.ts';
import { adminEnv } from '../env.ts';
import { formValue, formValues } from '../forms.tsx';
import { guard } from '../guard.ts';
import { sendAdminPage } from '../routes/session.tsx';
import { statsDictionaries, type StatsProblem } from './i18n.ts';
import { dayRangeOf, formId, monthRangeOf, StatsInputError } from './input.ts';
import { RatesPage } from './RatesPage.tsx';
import { RoyaltiesPage } from './RoyaltiesPage.tsx';
import { StatsPage } from './StatsPage.tsx';
import { royaltyWorkbook, sendXlsx, statsWorkbook } from './xlsx.ts';

type PeriodQuery = { Querystring: { from?: unknown; to?: unknown; ok?: unknown } };

const shown = (v: unknown) => (typeof v === 'string' ? v.slice(0, 40) : undefined);

function problemOf(error: unknown): StatsProblem | undefined {
  return error instanceof StatsInputError || error instanceof RoyaltyInputError ? error.problem : undefined;
}

/** Where a form goes back to: the report's period, when the form carried a well-formed one. */
function periodQuery(from: string, to: string): string {
  const params = new URLSearchParams();
  if (isDay(from)) params.set('from', from);
  if (isDay(to)) params.set('to', to);
  return params.toString();
}

export function registerStatsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = () => ctx.db.kysely;

  async function page(request: FastifyRequest) {
    const env = await adminEnv(ctx, request);
    return { env, st: statsDictionaries[env.lang] };
  }

  app.get<PeriodQuery>('/admin/stats', async (request, reply) => {
    const auth = await guard(ctx, request, 'stats.view');
    const { env, st } = await page(request);
    try {
      const range = monthRangeOf(request.query);
      const report = await statsReport(db(), range.from, range.to, categoryScope(auth.actor));
      return sendAdminPage(reply, <StatsPage env={env} st={st} query={range} report={report} />);
    } catch (error) {
      const problem = problemOf(error);
      if (!problem) throw error;
      return sendAdminPage(reply, <StatsPage env={env} st={st} query={{ from: shown(request.query.from), to: shown(request.query.to) }} error={st.problems[problem]} />, 400);
    }
  });

  app.get<PeriodQuery>('/admin/stats.xlsx', async (request, reply) => {
    const auth = await guard(ctx, request, 'stats.view');
    const { env, st } = await page(request);
    try {
      const range = monthRangeOf(request.query);
      const report = await statsReport(db(), range.from, range.to, categoryScope(auth.actor));
      return sendXlsx(reply, await statsWorkbook(report, st, env.lang), `thong-ke-${range.from}-${range.to}.xlsx`);
    } catch (error) {
      const problem = problemOf(error);
      if (!problem) throw error;
      return sendAdminPage(reply, <StatsPage env={env} st={st} query={{ from: shown(request.query.from), to: shown(request.query.to) }} error={st.problems[problem]} />, 400);
    }
  });

  /** The royalty report of the period in `query`; on a bad period, the form with the error. */
  async function royaltiesPage(request: FastifyRequest, reply: FastifyReply, query: { from?: unknown; to?: unknown }, options: { flash?: string; problem?: StatsProblem; status?: number } = {}) {
    const auth = await guard(ctx, request, 'stats.view');
    const { env, st } = await page(request);
    const canScore = can(auth.actor, 'royalties.score');
    const canManage = can(auth.actor, 'royalties.manage');
    const rates = await listRates(db());
    let problem = options.problem;
    let report;
    let typed = { from: shown(query.from), to: shown(query.to) };
    try {
      const period = dayRangeOf(query);
      report = await royaltyReport(db(), period, categoryScope(auth.actor));
      typed = { from: period.fromDay, to: period.toDay };
    } catch (error) {
      if (!problemOf(error)) throw error;
      problem ??= problemOf(error);
    }
    const status = options.status ?? (problem ? 400 : 200);
    return sendAdminPage(
      reply,
      <RoyaltiesPage env={env} st={st} query={typed} report={report} rates={rates} canScore={canScore} canManage={canManage} flash={options.flash} error={problem ? st.problems[problem] : undefined} />,
      status,
    );
  }

  app.get<PeriodQuery>('/admin/royalties', async (request, reply) => {
    const { st } = await page(request);
    const ok = shown(request.query.ok);
    const flash = ok === 'scored' ? st.scoredOk : ok === 'paid' ? st.paidOk : undefined;
    return royaltiesPage(request, reply, request.query, flash ? { flash } : {});
  });

  app.get<PeriodQuery>('/admin/royalties.xlsx', async (request, reply) => {
    const auth = await guard(ctx, request, 'stats.view');
    const { env, st } = await page(request);
    let period;
    try {
      period = dayRangeOf(request.query);
    } catch (error) {
      if (!problemOf(error)) throw error;
      return royaltiesPage(request, reply, request.query);
    }
    const report = await royaltyReport(db(), period, categoryScope(auth.actor));
    return sendXlsx(reply, await royaltyWorkbook(report, st, env.lang), `nhuan-but-${period.fromDay}-${period.toDay}.xlsx`);
  });

  app.post('/admin/royalties/score', async (request, reply) => {
    const auth = await guard(ctx, request, 'royalties.score');
    const from = formValue(request.body, 'from');
    const to = formValue(request.body, 'to');
    try {
      const contentId = formId(formValue(request.body, 'content'));
      const pointsTenths = parsePoints(formValue(request.body, 'points'));
      await scoreArticle(db(), auth.actor, { contentId, kind: formValue(request.body, 'kind').trim(), pointsTenths }, { ip: request.ip, actorEmail: auth.user.email });
      const back = periodQuery(from, to);
      return reply.redirect(`/admin/royalties?${back ? `${back}&` : ''}ok=scored`, 303);
    } catch (error) {
      const problem = problemOf(error);
      if (!problem) throw error;
      return royaltiesPage(request, reply, { from: isDay(from) ? from : undefined, to: isDay(to) ? to : undefined }, { problem, status: problem === 'forbidden-category' ? 403 : 400 });
    }
  });

  app.post('/admin/royalties/pay', async (request, reply) => {
    const auth = await guard(ctx, request, 'royalties.manage');
    const from = formValue(request.body, 'from');
    const to = formValue(request.body, 'to');
    try {
      const ids = formValues(request.body, 'ids').map(formId);
      await payRoyalties(db(), auth.actor, ids, { ip: request.ip, actorEmail: auth.user.email });
      const back = periodQuery(from, to);
      return reply.redirect(`/admin/royalties?${back ? `${back}&` : ''}ok=paid`, 303);
    } catch (error) {
      const problem = problemOf(error);
      if (!problem) throw error;
      return royaltiesPage(request, reply, { from: isDay(from) ? from : undefined, to: isDay(to) ? to : undefined }, { problem, status: 400 });
    }
  });

  app.get<PeriodQuery>('/admin/royalties/rates', async (request, reply) => {
    await guard(ctx, request, 'royalties.manage');
    const { env, st } = await page(request);
    const flash = shown(request.query.ok) === 'rates' ? st.ratesSaved : undefined;
    return sendAdminPage(reply, <RatesPage env={env} st={st} rates={await listRates(db())} contentTypes={await rateContentTypes(db())} flash={flash} />);
  });

  app.post('/admin/royalties/rates', async (request, reply) => {
    const auth = await guard(ctx, request, 'royalties.manage');
    const body = request.body;
    try {
      const changes: RateChange[] = formValues(body, 'ids').map((raw) => {
        const id = formId(raw);
        return { id, labelVi: cleanLabel(formValue(body, `vi_${id}`)), labelEn: cleanLabel(formValue(body, `en_${id}`)), amount: parseAmount(formValue(body, `amount_${id}`)) };
      });
      const fresh = ['new_kind', 'new_vi', 'new_en', 'new_amount'].some((name) => formValue(body, name).trim() !== '');
      const added: NewRate | null = fresh
        ? { contentType: formValue(body, 'new_type'), kind: checkKindCode(formValue(body, 'new_kind')), labelVi: cleanLabel(formValue(body, 'new_vi')), labelEn: cleanLabel(formValue(body, 'new_en')), amount: parseAmount(formValue(body, 'new_amount')) }
        : null;
      await saveRates(db(), auth.actor, changes, added, { ip: request.ip, actorEmail: auth.user.email });
      return reply.redirect('/admin/royalties/rates?ok=rates', 303);
    } catch (error) {
      const problem = problemOf(error);
      if (!problem) throw error;
      const { env, st } = await page(request);
      const values = Object.fromEntries(Object.entries((body ?? {}) as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] !== '_csrf'));
      return sendAdminPage(reply, <RatesPage env={env} st={st} rates={await listRates(db())} contentTypes={await rateContentTypes(db())} values={values} error={st.problems[problem]} />, 400);
    }
  });
}
