// Back-office route handlers are named functions of (ctx, request, reply), one page or concern per
// file; each folder's routes.ts only wires addresses to them: app.get(path, opts, handle(fn)).
import type { FastifyReply, FastifyRequest, RouteGenericInterface } from 'fastify';
import type { AppContext } from '../core/context.ts';

export type AdminHandler<RG extends RouteGenericInterface = RouteGenericInterface> = (ctx: AppContext, request: FastifyRequest<RG>, reply: FastifyReply) => Promise<unknown>;

/**
 * Binds handlers to the application context. The context is read only when a request comes, so
 * routes may be registered before it is complete.
 */
export function withContext(ctx: AppContext) {
  return <RG extends RouteGenericInterface>(handler: AdminHandler<RG>) =>
    (request: FastifyRequest<RG>, reply: FastifyReply) =>
      handler(ctx, request, reply);
}
