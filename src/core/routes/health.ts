// Load-balancer probes: /healthz (the process answers) and /readyz (database reachable and
// every migration applied).
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import { pingDatabase } from '../db/connect.ts';
import { pendingMigrations } from '../db/migrate.ts';

export function registerHealth(app: FastifyInstance, ctx: AppContext): void {
  app.get('/healthz', async (_request, reply) => reply.header('Cache-Control', 'no-store').send({ status: 'ok' }));

  app.get('/readyz', async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    try {
      await pingDatabase(ctx.db);
      const pending = await pendingMigrations(ctx.db, ctx.modules);
      if (pending.length > 0) return reply.code(503).send({ status: 'unavailable', reason: 'migrations pending', pending });
      return { status: 'ready', database: ctx.db.dialect };
    } catch (error) {
      request.log.error({ err: error }, 'readiness check failed');
      return reply.code(503).send({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
}
