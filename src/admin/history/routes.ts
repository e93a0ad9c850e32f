// Revision history of an article or any declared type's item (with its changed fields by label):
// who saved what and when, a word diff between any two revisions, and restoring an old one (as a
// new revision; history is never rewritten).
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { withContext } from '../handler.ts';
import { restore } from './restore.ts';
import { showHistory } from './show.tsx';

export function registerHistoryRoutes(app: FastifyInstance, ctx: AppContext): void {
  const handle = withContext(ctx);
  app.get('/admin/articles/:id/history', queryOf(['a', 'b']), handle(showHistory));
  app.get('/admin/content/:type/:id/history', queryOf(['a', 'b']), handle(showHistory));
  app.post('/admin/articles/:id/restore', handle(restore));
  app.post('/admin/content/:type/:id/restore', handle(restore));
}
