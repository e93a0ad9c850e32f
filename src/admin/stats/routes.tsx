// Back-office routes of statistics and royalties (C3, C4): the statistics page and its XLSX
// export, the royalty report and its export, scoring, payment and the rate table. Handlers are
// thin: input is parsed there, the work is done by core/stats. The context is read only inside
// the handlers, so routes may be registered before the context is complete.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import { withContext } from '../handler.ts';
import { saveRateTable, showRates } from './rates.tsx';
import { exportStats, showStats } from './report.tsx';
import { exportRoyalties, payRoyalty, scoreRoyalty, showRoyalties } from './royalties.tsx';

export function registerStatsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const handle = withContext(ctx);
  app.get('/admin/stats', handle(showStats));
  app.get('/admin/stats.xlsx', handle(exportStats));
  app.get('/admin/royalties', handle(showRoyalties));
  app.get('/admin/royalties.xlsx', handle(exportRoyalties));
  app.post('/admin/royalties/score', handle(scoreRoyalty));
  app.post('/admin/royalties/pay', handle(payRoyalty));
  app.get('/admin/royalties/rates', handle(showRates));
  app.post('/admin/royalties/rates', handle(saveRateTable));
}
