// The back office's language switch: remembered in a cookie, then back to the page it came from.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import { adminLangCookie } from '../env.ts';
import { adminReturn } from './return-path.ts';

export async function switchLanguage(_ctx: AppContext, request: FastifyRequest<{ Params: { lang: string }; Querystring: { ve?: string } }>, reply: FastifyReply) {
  const lang = request.params.lang === 'en' ? 'en' : 'vi';
  reply.setCookie(adminLangCookie, lang, { path: '/admin', sameSite: 'lax', httpOnly: true, maxAge: 365 * 24 * 3600 });
  return reply.redirect(adminReturn(request.query.ve ?? ''), 303);
}
