// The statistics page: the period form, a chart and table of articles published per month, the
// table per author and month, and a chart and table per category.
import type { StatsReport } from '../../core/stats/queries.ts';
import type { AdminEnv } from '../env.ts';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { DataTable } from '../views/DataTable.tsx';
import { FilterBar } from '../views/FilterBar.tsx';
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
    <FilterBar
      action={action}
      submit={st.show}
      hint={{ id: 'f-period-hint', text: `(${st.monthHint})` }}
      fields={[
        { kind: 'input', name: 'from', label: st.fromMonth, type: 'month', value: query.from, placeholder: st.monthHint, describedBy: 'f-period-hint' },
        { kind: 'input', name: 'to', label: st.toMonth, type: 'month', value: query.to, placeholder: st.monthHint, describedBy: 'f-period-hint' },
      ]}
    >
      {xlsx && (
        <a class="button button--secondary" href={xlsx}>
          {st.exportXlsx}
        </a>
      )}
    </FilterBar>
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
            <DataTable
              rows={report.publishedByMonth}
              caption={st.chartData}
              columns={[
                { header: st.month, rowHeader: true, render: (m) => formatMonth(m.month) },
                { header: st.published, render: (m) => n(m.published) },
              ]}
            />
          </section>

          <section class="card-box" aria-labelledby="by-author">
            <h2 id="by-author">{st.byAuthor}</h2>
            <DataTable
              rows={report.byAuthorMonth}
              empty={st.noData}
              columns={[
                { header: st.author, rowHeader: true, render: (r) => r.authorName ?? st.unknownAuthor },
                { header: st.month, render: (r) => formatMonth(r.month) },
                { header: st.submitted, render: (r) => n(r.submitted) },
                { header: st.published, render: (r) => n(r.published) },
                { header: st.views, render: (r) => n(r.views) },
              ]}
              footer={
                <tr>
                  <th scope="row" colSpan={2}>
                    {st.total}
                  </th>
                  <td>{n(report.totals.submitted)}</td>
                  <td>{n(report.totals.published)}</td>
                  <td>{n(report.totals.views)}</td>
                </tr>
              }
            />
          </section>

          <section class="card-box" aria-labelledby="by-category">
            <h2 id="by-category">{st.byCategory}</h2>
            <RowChart id="chart-category" title={st.chartByCategory} description={st.chartDesc(report.totals.published, peak(categoryBars))} bars={categoryBars} formatValue={n} />
            <DataTable
              rows={report.byCategory}
              caption={st.chartData}
              columns={[
                { header: st.category, rowHeader: true, render: (c) => categoryName(c) },
                { header: st.published, render: (c) => n(c.published) },
                { header: st.views, render: (c) => n(c.views) },
              ]}
              footer={
                <tr>
                  <th scope="row">{st.total}</th>
                  <td>{n(report.byCategory.reduce((s, c) => s + c.published, 0))}</td>
                  <td>{n(report.byCategory.reduce((s, c) => s + c.views, 0))}</td>
                </tr>
              }
            />
          </section>
        </>
      )}
    </AdminLayout>
  );
}
