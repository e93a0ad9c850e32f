// GET /admin/audit: a page of the audit log, filtered.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { listAudit } from '../../core/audit/log.ts';
import type { AppContext } from '../../core/context.ts';
import { parsePageNumber } from '../../core/errors.ts';
import { adminEnv } from '../env.ts';
import { guard } from '../guard.ts';
import { sendAdminPage } from '../respond.ts';
import { AuditPage } from './AuditPage.tsx';
import { filterOf, type AuditQuery } from './filter.ts';
import { targetsOf } from './targets.tsx';

export async function showAuditLog(ctx: AppContext, request: FastifyRequest<{ Querystring: AuditQuery }>, reply: FastifyReply) {
  await guard(ctx, request, 'audit.view');
  const env = await adminEnv(ctx, request);
  const page = parsePageNumber(request.query.trang);
  const rows = await listAudit(ctx.db.kysely, filterOf(request.query, page));
  const targets = await targetsOf(ctx.db.kysely, rows);
  return sendAdminPage(reply, <AuditPage env={env} query={request.query} page={page} rows={rows} targets={targets} />);
}
