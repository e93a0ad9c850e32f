// GET /api/v1/admin/audit: the audit log as JSON, for administrators' tokens and sessions.
import type { FastifyRequest } from 'fastify';
import { listAudit } from '../../core/audit/log.ts';
import type { AppContext } from '../../core/context.ts';
import { parsePageNumber } from '../../core/errors.ts';
import { requirePermission } from '../../core/http/auth.ts';
import { filterOf, type AuditQuery } from './filter.ts';

export async function auditApi(ctx: AppContext, request: FastifyRequest<{ Querystring: AuditQuery }>) {
  requirePermission(request, 'audit.view');
  const page = parsePageNumber(request.query.page);
  const rows = await listAudit(ctx.db.kysely, filterOf(request.query, page));
  return { items: rows.map((r) => ({ id: r.id, at: r.at, userId: r.user_id, actor: r.actor, action: r.action, targetType: r.target_type, targetId: r.target_id, ip: r.ip, details: r.details ? JSON.parse(r.details) : null })), page };
}
