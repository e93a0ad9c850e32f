// The back office of every declared content type under /admin/content/:type, and its JSON API
// under /api/v1/admin/content/:type. Nothing here names a type: ":type" is looked up in the
// declarations the composition root installed, and an unknown one is a 404.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { registerContentAdminApi } from './api.ts';
import { autosaveItem, createItem, moveItem, saveItem, showEditForm, showNewForm } from './edit.tsx';
import { listQueryNames, showContentList, type ListRequest } from './list.tsx';

export function registerContentRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/admin/content/:type', queryOf(listQueryNames()), (request, reply) => showContentList(ctx, request as ListRequest, reply));
  app.get<{ Params: { type: string } }>('/admin/content/:type/new', (request, reply) => showNewForm(ctx, request, reply, { type: request.params.type }));
  app.post<{ Params: { type: string } }>('/admin/content/:type', (request, reply) => createItem(ctx, request, reply, { type: request.params.type }));
  app.get<{ Params: { type: string; id: string }; Querystring: { ok?: string } }>('/admin/content/:type/:id', queryOf(['ok']), (request, reply) => showEditForm(ctx, request, reply, { type: request.params.type }));
  app.post<{ Params: { type: string; id: string }; Querystring: { ok?: string } }>('/admin/content/:type/:id', (request, reply) => saveItem(ctx, request, reply, { type: request.params.type }));
  app.post<{ Params: { type: string; id: string }; Body: Record<string, unknown> }>('/admin/content/:type/:id/autosave', (request, reply) => autosaveItem(ctx, request, reply, { type: request.params.type }));
  app.post<{ Params: { type: string; id: string; move: string } }>('/admin/content/:type/:id/move/:move', (request, reply) => moveItem(ctx, request, reply, { type: request.params.type }));
  registerContentAdminApi(app, ctx);
}
