// The royalty report of a period (nhuận bút): per author, the articles published in it with kind,
// points, rate, amount and paid/pending status, subtotals and the period's totals. Approvers
// score each article in its row; administrators tick scored articles and mark them paid.
import type { RoyaltyRate } from '../../core/stats/schema.ts';
import type { AuthorRoyalties, RoyaltyLine, RoyaltyReport, RoyaltyTotals } from '../../core/stats/queries.ts';
import { formatDate } from '../../core/text/datetime.ts';
import type { AdminEnv } from '../env.ts';
import { ActionForm } from '../views/ActionForm.tsx';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { DataTable } from '../views/DataTable.tsx';
import { FilterBar } from '../views/FilterBar.tsx';
import { formatCount, formatMoney, formatPoints, type StatsDictionary } from './i18n.ts';

export interface RoyaltiesPageProps {
  env: AdminEnv;
  st: StatsDictionary;
  query: { from?: string | undefined; to?: string | undefined };
  report?: RoyaltyReport | undefined;
  rates: RoyaltyRate[];
  canScore: boolean;
  canManage: boolean;
  flash?: string | undefined;
  error?: string | undefined;
}

const money = (n: number | null) => (n === null ? '—' : formatMoney(n));

function kindLabel(env: AdminEnv, line: RoyaltyLine): string {
  if (!line.kind) return '—';
  return (env.lang === 'en' ? line.kindLabelEn : line.kindLabelVi) ?? line.kind;
}

function ScoreForm({ env, st, line, rates, period }: { env: AdminEnv; st: StatsDictionary; line: RoyaltyLine; rates: RoyaltyRate[]; period: { from: string; to: string } }) {
  const kinds = rates.filter((r) => r.content_type === line.type);
  const id = line.contentId;
  return (
    <ActionForm env={env} action="/admin/royalties/score" class="inline-form" label={st.scoreFor(line.title)} hidden={{ content: String(id), from: period.from, to: period.to }} variant="secondary" submit={st.saveScore}>
      <label for={`kind-${id}`} class="visually-hidden">
        {st.kind}
      </label>
      <select id={`kind-${id}`} name="kind">
        {kinds.map((k) => (
          <option value={k.article_kind} selected={k.article_kind === line.kind}>
            {env.lang === 'en' ? k.label_en : k.label_vi}
          </option>
        ))}
      </select>{' '}
      <label for={`points-${id}`} class="visually-hidden">
        {`${st.points} (${st.pointsHint})`}
      </label>
      <input id={`points-${id}`} name="points" inputMode="decimal" size={4} maxLength={5} value={line.pointsTenths === null ? '' : formatPoints(line.pointsTenths, env.lang)} />{' '}
    </ActionForm>
  );
}

function TotalsCells({ st, totals }: { st: StatsDictionary; totals: RoyaltyTotals }) {
  return (
    <>
      <td>{formatMoney(totals.amount)}</td>
      <td>
        {st.paidTotal}: {formatMoney(totals.paid)}
        <br />
        {st.pendingTotal}: {formatMoney(totals.pending)}
      </td>
    </>
  );
}

function AuthorSection(props: { env: AdminEnv; st: StatsDictionary; author: AuthorRoyalties; index: number; rates: RoyaltyRate[]; canScore: boolean; canManage: boolean; period: { from: string; to: string } }) {
  const { env, st, author, index, canScore, canManage } = props;
  const name = author.authorName ?? st.unknownAuthor;
  const headingId = `author-${index}`;
  return (
    <section class="card-box" aria-labelledby={headingId}>
      <h2 id={headingId}>{name}</h2>
      <DataTable
        rows={author.lines}
        columns={[
          {
            header: st.article,
            rowHeader: true,
            render: (line) => (
              <>
                <a href={`/admin/articles/${line.contentId}`}>{line.title}</a>
                {line.contentStatus !== 'published' && <span class="status"> {st.contentStatuses[line.contentStatus] ?? line.contentStatus}</span>}
              </>
            ),
          },
          { header: st.publishedAt, render: (line) => formatDate(line.publishedAt) },
          { header: st.kind, render: (line) => kindLabel(env, line) },
          { header: st.points, render: (line) => (line.pointsTenths === null ? '—' : formatPoints(line.pointsTenths, env.lang)) },
          { header: st.rate, render: (line) => money(line.rate) },
          { header: st.amount, render: (line) => money(line.amount) },
          {
            header: st.payment,
            render: (line) => <span class={`status status--${line.status === 'paid' ? 'published' : line.status === 'pending' ? 'submitted' : 'draft'}`}>{st.statuses[line.status]}</span>,
          },
          canScore && {
            header: st.score,
            render: (line) => (line.status !== 'paid' && ['published', 'withdrawn'].includes(line.contentStatus) ? <ScoreForm env={env} st={st} line={line} rates={props.rates} period={props.period} /> : null),
          },
          canManage && {
            header: st.select,
            render: (line) => (line.status === 'pending' && line.amount !== null ? <input type="checkbox" name="ids" value={String(line.contentId)} form="pay-form" aria-label={st.selectItem(line.title)} /> : null),
          },
        ]}
        footer={
          <tr>
            <th scope="row" colSpan={5}>
              {st.authorTotals(name)} · {st.articlesCount}: {formatCount(author.totals.articles, env.lang)} · {st.scoredCount}: {formatCount(author.totals.scored, env.lang)}
            </th>
            <TotalsCells st={st} totals={author.totals} />
            {canScore && <td />}
            {canManage && <td />}
          </tr>
        }
      />
    </section>
  );
}

export function RoyaltiesPage({ env, st, query, report, rates, canScore, canManage, flash, error }: RoyaltiesPageProps) {
  const period = report ? { from: report.period.fromDay, to: report.period.toDay } : { from: '', to: '' };
  const xlsx = report ? `/admin/royalties.xlsx?${new URLSearchParams(period).toString()}` : undefined;
  return (
    <AdminLayout env={env} title={st.royalties} flash={flash} error={error}>
      <FilterBar
        action="/admin/royalties"
        submit={st.show}
        fields={[
          { kind: 'input', name: 'from', label: st.fromDay, type: 'date', value: query.from, placeholder: st.dayHint },
          { kind: 'input', name: 'to', label: st.toDay, type: 'date', value: query.to, placeholder: st.dayHint },
        ]}
      >
        {xlsx && (
          <a class="button button--secondary" href={xlsx}>
            {st.exportXlsx}
          </a>
        )}
        {canManage && (
          <a class="button button--secondary" href="/admin/royalties/rates">
            {st.editRates}
          </a>
        )}
      </FilterBar>
      {report && (
        <>
          {report.authors.length === 0 && <p class="empty">{st.noData}</p>}
          {report.authors.map((author, index) => (
            <AuthorSection env={env} st={st} author={author} index={index} rates={rates} canScore={canScore} canManage={canManage} period={period} />
          ))}
          <section class="card-box" aria-labelledby="royalty-totals">
            <h2 id="royalty-totals">{st.grandTotal}</h2>
            <table class="data-table">
              <tbody>
                <tr>
                  <th scope="row">{st.articlesCount}</th>
                  <td>{formatCount(report.totals.articles, env.lang)}</td>
                </tr>
                <tr>
                  <th scope="row">{st.scoredCount}</th>
                  <td>{formatCount(report.totals.scored, env.lang)}</td>
                </tr>
                <tr>
                  <th scope="row">{st.amount}</th>
                  <td>{formatMoney(report.totals.amount)}</td>
                </tr>
                <tr>
                  <th scope="row">{st.paidTotal}</th>
                  <td>{formatMoney(report.totals.paid)}</td>
                </tr>
                <tr>
                  <th scope="row">{st.pendingTotal}</th>
                  <td>{formatMoney(report.totals.pending)}</td>
                </tr>
              </tbody>
            </table>
          </section>
          {canManage && report.authors.some((a) => a.lines.some((l) => l.status === 'pending' && l.amount !== null)) && (
            <ActionForm env={env} id="pay-form" action="/admin/royalties/pay" hidden={{ from: period.from, to: period.to }} submit={st.paySelected} />
          )}
        </>
      )}
    </AdminLayout>
  );
}
