// Sends a back-office page: HTML, never cached (it shows the user's own data and CSRF token).
import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { renderDocument } from '../core/html/render.ts';

export function sendAdminPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(renderDocument(page));
}
