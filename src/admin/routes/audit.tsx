// The audit log for administrators: filter by action, user and dates; export as CSV; and the
// same as JSON at /api/v1/admin/audit.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { listAudit, type AuditFilter } from '../../core/audit/log.ts';
import { adminItemPath } from '../../core/content-types/admin-queries.ts';
import type { AppContext } from '../../core/context.ts';
import type { Database, Language } from '../../core/db/schema.ts';
import { declarationOf } from '../../core/modules.ts';
import { AppError, parsePageNumber } from '../../core/errors.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { requirePermission } from '../../core/http/auth.ts';
import { formatStamp, parseLocalInput } from '../../core/text/datetime.ts';
import { auditLabel, auditTargetText } from '../audit-i18n.ts';
import { toCsv } from '../csv.ts';
import { adminEnv, adminLanguage } from '../env.ts';
import { guard } from '../guard.ts';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { sendAdminPage } from './session.tsx';

type Query = { action?: string; user?: string; from?: string; to?: string; trang?: string; page?: string };
const pageQs = queryOf(['action', 'user', 'from', 'to', 'trang']);

function dayStart(raw: string | undefined, name: string, plusDays = 0): string | undefined {
  if (!raw) return undefined;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? parseLocalInput(raw) : undefined;
  if (!date) throw new AppError('BAD_QUERY', `${name} must be a date YYYY-MM-DD`);
  return new Date(date.getTime() + plusDays * 86400_000).toISOString();
}

function filterOf(query: Query, page: number): AuditFilter {
  if (query.user !== undefined && query.user !== '' && !/^\d{1,9}$/.test(query.user)) throw new AppError('BAD_QUERY', 'user must be a user id');
  return {
    action: query.action?.slice(0, 60) || undefined,
    userId: query.user ? Number(query.user) : undefined,
    from: dayStart(query.from, 'from'),
    to: dayStart(query.to, 'to', 1),
    limit: 100,
    offset: (page - 1) * 100,
  };
}

type AuditRow = Awaited<ReturnType<typeof listAudit>>[number];

/** Titles of the content items and ids of the categories the rows point at (one query each). */
async function targetsOf(db: Kysely<Database>, rows: AuditRow[]) {
  const ids = (wanted: (type: string) => boolean) => [...new Set(rows.filter((r) => r.target_type && wanted(r.target_type) && /^\d{1,9}$/.test(r.target_id ?? '')).map((r) => Number(r.target_id)))];
  const contentIds = ids((type) => declarationOf(type) !== undefined);
  const categoryIds = ids((type) => type === 'category');
  const titles = new Map<number, string>();
  if (contentIds.length > 0) for (const c of await db.selectFrom('content').select(['id', 'title']).where('id', 'in', contentIds).execute()) titles.set(c.id, c.title);
  const categories = new Map<number, string>();
  if (categoryIds.length > 0) for (const c of await db.selectFrom('categories').select(['id', 'name']).where('id', 'in', categoryIds).execute()) categories.set(c.id, c.name);
  return { titles, categories };
}

/**
 * What a row points at, readable: a content item links to its edit page (the module's own editor
 * or the generic form), a category, user or media item to its page; anything else as stored.
 */
function Target({ row, lang, targets }: { row: AuditRow; lang: Language; targets: Awaited<ReturnType<typeof targetsOf>> }) {
  const type = row.target_type;
  if (!type) return null;
  const raw = `${type} ${row.target_id ?? ''}`.trim();
  const id = /^\d{1,9}$/.test(row.target_id ?? '') ? Number(row.target_id) : undefined;
  const names = auditTargetText[lang];
  const declaration = declarationOf(type);
  if (declaration && id !== undefined) {
    const title = targets.titles.get(id);
    const text = `${declaration.label[lang]} #${id}`;
    return title === undefined ? <>{text}</> : <a href={adminItemPath(declaration, type, id)}>{`${text}: ${title}`}</a>;
  }
  if (type === 'category' && id !== undefined) {
    const name = targets.categories.get(id);
    return name === undefined ? <>{`${names.category} #${id}`}</> : <a href={`/admin/categories/${id}`}>{`${names.category} #${id}: ${name}`}</a>;
  }
  if ((type === 'user' || type === 'media') && id !== undefined) return <a href={`/admin/${type === 'user' ? 'users' : 'media'}/${id}`}>{`${names[type]} #${id}`}</a>;
  if (type === 'api_token' || type === 'royalty' || type === 'royalty_rates') return <>{`${names[type]}${row.target_id ? ` #${row.target_id}` : ''}`}</>;
  return <>{raw}</>;
}

export function registerAuditRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;

  app.get<{ Querystring: Query }>('/admin/audit', pageQs, async (request, reply) => {
    await guard(ctx, request, 'audit.view');
    const env = await adminEnv(ctx, request);
    const { t } = env;
    const page = parsePageNumber(request.query.trang);
    const rows = await listAudit(db, filterOf(request.query, page));
    const targets = await targetsOf(db, rows);
    const q = request.query;
    const csvHref = `/admin/audit.csv?${new URLSearchParams(Object.entries({ action: q.action, user: q.user, from: q.from, to: q.to }).filter(([, v]) => v) as [string, string][]).toString()}`;
    return sendAdminPage(
      reply,
      <AdminLayout env={env} title={t.audit}>
        <form method="get" action="/admin/audit" class="filter-bar">
          <label for="f-action">{t.action}</label>
          <input id="f-action" name="action" value={q.action} />
          <label for="f-from">{t.from}</label>
          <input id="f-from" name="from" type="date" value={q.from} />
          <label for="f-to">{t.to}</label>
          <input id="f-to" name="to" type="date" value={q.to} />
          <button type="submit" class="button button--secondary">
            {t.filter}
          </button>
          <a class="button button--secondary" href={csvHref}>
            {t.exportCsv}
          </a>
        </form>
        <div class="table-wrap">
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t.when}</th>
                <th scope="col">{t.user}</th>
                <th scope="col">{t.action}</th>
                <th scope="col">{t.target}</th>
                <th scope="col">{t.ip}</th>
                <th scope="col">{t.details}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td>{formatStamp(r.at)}</td>
                  <td>{r.actor ?? '—'}</td>
                  <td>
                    {auditLabel(r.action, env.lang)}
                    <br />
                    <code class="hint">{r.action}</code>
                  </td>
                  <td>
                    <Target row={r} lang={env.lang} targets={targets} />
                  </td>
                  <td>{r.ip}</td>
                  <td class="details">{r.details}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {rows.length === 100 && <a href={`/admin/audit?${new URLSearchParams({ ...(q as Record<string, string>), trang: String(page + 1) }).toString()}`}>›</a>}
      </AdminLayout>,
    );
  });

  app.get<{ Querystring: Query }>('/admin/audit.csv', pageQs, async (request, reply) => {
    await guard(ctx, request, 'audit.view');
    const rows = await listAudit(db, { ...filterOf(request.query, 1), limit: 100_000, offset: 0 });
    // the raw codes stay (for scripts and filters); the label is in the reader's language
    const lang = adminLanguage(request);
    const csv = toCsv(['id', 'at', 'user_id', 'actor', 'action', 'action_label', 'target_type', 'target_id', 'ip', 'details'], rows.map((r) => [r.id, r.at, r.user_id, r.actor, r.action, auditLabel(r.action, lang), r.target_type, r.target_id, r.ip, r.details]));
    return reply.type('text/csv; charset=utf-8').header('Content-Disposition', 'attachment; filename="nhat-ky-he-thong.csv"').header('Cache-Control', 'no-store').send(csv);
  });

  app.get<{ Querystring: Query }>('/api/v1/admin/audit', queryOf(['action', 'user', 'from', 'to', 'page'], { strict: true }), async (request) => {
    requirePermission(request, 'audit.view');
    const page = parsePageNumber(request.query.page);
    const rows = await listAudit(db, filterOf(request.query, page));
    return { items: rows.map((r) => ({ id: r.id, at: r.at, userId: r.user_id, actor: r.actor, action: r.action, targetType: r.target_type, targetId: r.target_id, ip: r.ip, details: r.details ? JSON.parse(r.details) : null })), page };
  });
}
