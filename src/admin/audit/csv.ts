// GET /admin/audit.csv: every row the filter keeps, as CSV; the raw codes stay (for scripts and
// filters), and each action's label is in the reader's language.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { listAudit } from '../../core/audit/log.ts';
import type { AppContext } from '../../core/context.ts';
import { auditLabel } from '../audit-i18n.ts';
import { toCsv } from '../csv.ts';
import { adminLanguage } from '../env.ts';
import { guard } from '../guard.ts';
import { filterOf, type AuditQuery } from './filter.ts';

export async function exportAuditCsv(ctx: AppContext, request: FastifyRequest<{ Querystring: AuditQuery }>, reply: FastifyReply) {
  await guard(ctx, request, 'audit.view');
  const rows = await listAudit(ctx.db.kysely, { ...filterOf(request.query, 1), limit: 100_000, offset: 0 });
  const lang = adminLanguage(request);
  const csv = toCsv(['id', 'at', 'user_id', 'actor', 'action', 'action_label', 'target_type', 'target_id', 'ip', 'details'], rows.map((r) => [r.id, r.at, r.user_id, r.actor, r.action, auditLabel(r.action, lang), r.target_type, r.target_id, r.ip, r.details]));
  return reply.type('text/csv; charset=utf-8').header('Content-Disposition', 'attachment; filename="nhat-ky-he-thong.csv"').header('Cache-Control', 'no-store').send(csv);
}
