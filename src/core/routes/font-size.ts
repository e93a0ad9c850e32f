// /co-chu/{giam|mac-dinh|tang}?ve=/path — the text-size control without JavaScript: stores the
// level in a cookie for a year and goes back to the page (only ever to a path on this site).
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';
import { isLocalPath, locationOf } from '../text/urls.ts';
import { defaultFontLevel } from '../html/page-env.ts';
import { fontCookie, fontLevelOf } from '../http/page.ts';

const steps: Record<string, number | null> = { giam: -1, 'mac-dinh': null, tang: 1 };

/**
 * Only local paths: "/tin-tuc?trang=2" yes; "//evil.example", "https://…", "/\\evil", control
 * characters no. Returned percent-encoded, ready for the Location header ("/tin-tức" → "/tin-t%E1%BB%A9c").
 */
export function safeReturnPath(raw: unknown): string {
  if (raw === undefined) return '/';
  if (typeof raw !== 'string' || !isLocalPath(raw)) throw new AppError('BAD_REDIRECT');
  return locationOf(raw);
}

export function registerFontSize(app: FastifyInstance): void {
  app.get<{ Params: { action: string }; Querystring: { ve?: string } }>('/co-chu/:action', async (request, reply) => {
    const { action } = request.params;
    if (!Object.hasOwn(steps, action)) throw new AppError('NOT_FOUND');
    const back = safeReturnPath(request.query.ve);
    const step = steps[action];
    const level = step === null || step === undefined ? defaultFontLevel : Math.min(4, Math.max(0, fontLevelOf(request) + step));
    reply.setCookie(fontCookie, String(level), { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax', httpOnly: false });
    return reply.header('Cache-Control', 'no-store').redirect(back, 303);
  });
}
