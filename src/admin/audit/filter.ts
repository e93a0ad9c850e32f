// The audit log's query: action (prefix), user, days from and to, page of 100.
import type { AuditFilter } from '../../core/audit/log.ts';
import { AppError } from '../../core/errors.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { parseLocalInput } from '../../core/text/datetime.ts';

export type AuditQuery = { action?: string; user?: string; from?: string; to?: string; trang?: string; page?: string };
export const pageQs = queryOf(['action', 'user', 'from', 'to', 'trang']);
export const apiQs = queryOf(['action', 'user', 'from', 'to', 'page'], { strict: true });
export const auditPageSize = 100;

function dayStart(raw: string | undefined, name: string, plusDays = 0): string | undefined {
  if (!raw) return undefined;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? parseLocalInput(raw) : undefined;
  if (!date) throw new AppError('BAD_QUERY', `${name} must be a date YYYY-MM-DD`);
  return new Date(date.getTime() + plusDays * 86400_000).toISOString();
}

export function filterOf(query: AuditQuery, page: number): AuditFilter {
  if (query.user !== undefined && query.user !== '' && !/^\d{1,9}$/.test(query.user)) throw new AppError('BAD_QUERY', 'user must be a user id');
  return {
    action: query.action?.slice(0, 60) || undefined,
    userId: query.user ? Number(query.user) : undefined,
    from: dayStart(query.from, 'from'),
    to: dayStart(query.to, 'to', 1),
    limit: auditPageSize,
    offset: (page - 1) * auditPageSize,
  };
}
