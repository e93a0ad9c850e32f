// The audit log page: the filter bar (action, days, CSV export of the same rows) and a table of
// 100 rows a page, newest first, each action by its label with its code below.
import { formatStamp } from '../../core/text/datetime.ts';
import { auditLabel } from '../audit-i18n.ts';
import type { AdminEnv } from '../env.ts';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { DataTable } from '../views/DataTable.tsx';
import { FilterBar } from '../views/FilterBar.tsx';
import { auditPageSize, type AuditQuery } from './filter.ts';
import { Target, type AuditRow, type AuditTargets } from './targets.tsx';

export function AuditPage({ env, query, page, rows, targets }: { env: AdminEnv; query: AuditQuery; page: number; rows: AuditRow[]; targets: AuditTargets }) {
  const { t } = env;
  const filters = Object.entries({ action: query.action, user: query.user, from: query.from, to: query.to }).filter(([, v]) => v) as [string, string][];
  const csvHref = `/admin/audit.csv?${new URLSearchParams(filters).toString()}`;
  const pageHref = (n: number) => `/admin/audit?${new URLSearchParams({ ...(query as Record<string, string>), trang: String(n) }).toString()}`;
  return (
    <AdminLayout env={env} title={t.audit}>
      <FilterBar
        action="/admin/audit"
        submit={t.filter}
        fields={[
          { kind: 'input', name: 'action', label: t.action, value: query.action },
          { kind: 'input', name: 'from', label: t.from, type: 'date', value: query.from },
          { kind: 'input', name: 'to', label: t.to, type: 'date', value: query.to },
        ]}
      >
        <a class="button button--secondary" href={csvHref}>
          {t.exportCsv}
        </a>
      </FilterBar>
      <DataTable
        rows={rows}
        caption={t.audit}
        empty={t.none}
        columns={[
          { header: t.when, render: (r) => formatStamp(r.at) },
          { header: t.user, render: (r) => r.actor ?? '—' },
          {
            header: t.action,
            render: (r) => (
              <>
                {auditLabel(r.action, env.lang)}
                <br />
                <code class="hint">{r.action}</code>
              </>
            ),
          },
          { header: t.target, render: (r) => <Target row={r} lang={env.lang} targets={targets} /> },
          { header: t.ip, render: (r) => r.ip },
          { header: t.details, class: 'details', render: (r) => r.details },
        ]}
        pagination={{ lang: env.lang, page, hasNext: rows.length === auditPageSize, href: pageHref }}
      />
    </AdminLayout>
  );
}
