// The audit log for administrators: filter by action, user and dates; export as CSV; and the
// same as JSON at /api/v1/admin/audit.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import { withContext } from '../handler.ts';
import { auditApi } from './api.ts';
import { exportAuditCsv } from './csv.ts';
import { apiQs, pageQs } from './filter.ts';
import { showAuditLog } from './show.tsx';

export function registerAuditRoutes(app: FastifyInstance, ctx: AppContext): void {
  const handle = withContext(ctx);
  app.get('/admin/audit', pageQs, handle(showAuditLog));
  app.get('/admin/audit.csv', pageQs, handle(exportAuditCsv));
  app.get('/api/v1/admin/audit', apiQs, handle(auditApi));
}
