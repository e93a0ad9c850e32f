// The statistics page: the period form, a chart and table of articles published per month, the
// table per author and month, and a chart and table per category.
import type { StatsReport } from '../../core/stats/queries.ts';
import type { AdminEnv } from '../env.ts';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { ColumnChart, RowChart } from './charts.tsx';
import { formatCount, formatMonth, type StatsDictionary } from './i18n.ts';

export interface StatsPageProps {
  env: AdminEnv;
  st: StatsDictionary;
  /** the values in the form (as typed, also when wrong) */
  query: { from?: string | undefined; to?: string | undefined };
  report?: StatsReport | undefined;
  error?: string | undefined;
}

function PeriodForm({ st, query, action, xlsx }: { st: StatsDictionary; query: StatsPageProps['query']; action: string; xlsx?: string | undefined }) {
  return (
    <form method="get" action={action} class="filter-bar">
      <label for="f-from">{st.fromMonth}</label>
      <input id="f-from" name="from" type="month" value={query.from} placeholder={st.monthHint} aria-describedby="f-period-hint" />
      <label for="f-to">{st.toMonth}</label>
      <input id="f-to" name="to" type="month" value={query.to} placeholder={st.monthHint} aria-describedby="f-period-hint" />
      <span id="f-period-hint" class="hint">
        ({st.monthHint})
      </span>
      <button type="submit" class="button button--secondary">
        {st.show}
      </button>
      {xlsx && (
        <a class="button button--secondary" href={xlsx}>
          {st.exportXlsx}
        </a>
      )}
    </form>
  );
}

function peak(bars: { label: string; value: number }[]): string {
  const top = bars.reduce<{ label: string; value: number } | undefined>((best, b) => (!best || b.value > best.value ? b : best), undefined);
  return top && top.value > 0 ? `${top.label} (${top.value})` : '—';
}

export function StatsPage({ env, st, query, report, error }: StatsPageProps) {
  const n = (x: number) => formatCount(x, env.lang);
  const categoryName = (r: { name: string | null; nameEn: string | null }) => (r.name === null ? st.noCategory : env.lang === 'en' && r.nameEn ? r.nameEn : r.name);
  const monthBars =
    report?.publishedByMonth.map((m, i) => ({ label: formatMonth(m.month), value: m.published, tick: [m.month.slice(5), i === 0 || m.month.endsWith('-01') ? m.month.slice(0, 4) : undefined] as [string, string?] })) ?? [];
  const categoryBars = report?.byCategory.map((c) => ({ label: categoryName(c), value: c.published })) ?? [];
  const xlsx = report ? `/admin/stats.xlsx?${new URLSearchParams({ from: report.fromMonth, to: report.toMonth }).toString()}` : undefined;
  return (
    <AdminLayout env={env} title={st.stats} error={error}>
      <PeriodForm st={st} query={query} action="/admin/stats" xlsx={xlsx} />
      {report && (
        <>
          <p class="meta-line">{st.period(formatMonth(report.fromMonth), formatMonth(report.toMonth))}</p>
          <section class="card-box" aria-labelledby="by-month">
            <h2 id="by-month">{st.chartByMonth}</h2>
            <ColumnChart id="chart-month" title={st.chartByMonth} description={st.chartDesc(report.totals.published, peak(monthBars))} bars={monthBars} formatValue={n} />
            <div class="table-wrap">
              <table class="data-table">
                <caption class="visually-hidden">{st.chartData}</caption>
                <thead>
                  <tr>
                    <th scope="col">{st.month}</th>
                    <th scope="col">{st.published}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.publishedByMonth.map((m) => (
                    <tr>
                      <th scope="row">{formatMonth(m.month)}</th>
                      <td>{n(m.published)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section class="card-box" aria-labelledby="by-author">
            <h2 id="by-author">{st.byAuthor}</h2>
            {report.byAuthorMonth.length === 0 ? (
              <p class="empty">{st.noData}</p>
            ) : (
              <div class="table-wrap">
                <table class="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{st.author}</th>
                      <th scope="col">{st.month}</th>
                      <th scope="col">{st.submitted}</th>
                      <th scope="col">{st.published}</th>
                      <th scope="col">{st.views}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.byAuthorMonth.map((r) => (
                      <tr>
                        <th scope="row">{r.authorName ?? st.unknownAuthor}</th>
                        <td>{formatMonth(r.month)}</td>
                        <td>{n(r.submitted)}</td>
                        <td>{n(r.published)}</td>
                        <td>{n(r.views)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row" colSpan={2}>
                        {st.total}
                      </th>
                      <td>{n(report.totals.submitted)}</td>
                      <td>{n(report.totals.published)}</td>
                      <td>{n(report.totals.views)}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            )}
          </section>

          <section class="card-box" aria-labelledby="by-category">
            <h2 id="by-category">{st.byCategory}</h2>
            <RowChart id="chart-category" title={st.chartByCategory} description={st.chartDesc(report.totals.published, peak(categoryBars))} bars={categoryBars} formatValue={n} />
            <div class="table-wrap">
              <table class="data-table">
                <caption class="visually-hidden">{st.chartData}</caption>
                <thead>
                  <tr>
                    <th scope="col">{st.category}</th>
                    <th scope="col">{st.published}</th>
                    <th scope="col">{st.views}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.byCategory.map((c) => (
                    <tr>
                      <th scope="row">{categoryName(c)}</th>
                      <td>{n(c.published)}</td>
                      <td>{n(c.views)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{st.total}</th>
                    <td>{n(report.byCategory.reduce((s, c) => s + c.published, 0))}</td>
                    <td>{n(report.byCategory.reduce((s, c) => s + c.views, 0))}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </section>
        </>
      )}
    </AdminLayout>
  );
}
