// Public pages of the work calendar: /lich-cong-tac and /en/work-calendar show one week (the
// current one, or the one `?tuan=` / `?week=` names by its Monday); /lich-cong-tac/<slug>, a
// week's address in search results and the API, leads to its week. "Now" comes from calendarClock.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../core/context.ts';
import type { Content, Database, Language } from '../../core/db/schema.ts';
import { AppError } from '../../core/errors.ts';
import type { PageEnv } from '../../core/html/page-env.ts';
import { pageEnv, sendPage } from '../../core/http/page.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { isSlug } from '../../core/text/fold.ts';
import { calendarClock } from './clock.ts';
import { calendarPaths, weekParam } from './declaration.ts';
import { defaultWeek, findWeek, neighbourWeeks, weekFromContent, weekOfSlug } from './queries.ts';
import { BadWeekPage, weekUrl, WeekPage } from './views/WeekPage.tsx';
import { isDay, mondayOf, todayInVietnam } from './weeks.ts';

type Query = { Querystring: Record<string, string | undefined> };

/** A week asked for by address: its Monday, and whether the address named the Monday itself; undefined when it names no day (of 2000–2099). */
export function parseWeek(raw: string): { monday: string; exact: boolean } | undefined {
  const text = raw.trim();
  if (!isDay(text) || text < '2000-01-01' || text > '2099-12-31') return undefined;
  const monday = mondayOf(text);
  return { monday, exact: monday === text };
}

/** The calendar page of the week starting on `monday`, as published at `now`. */
export async function calendarPage(db: Kysely<Database>, env: PageEnv, monday: string, now: Date, explicit: boolean) {
  const today = todayInVietnam(now);
  const [week, around] = await Promise.all([findWeek(db, monday, now), neighbourWeeks(db, monday, now)]);
  return <WeekPage env={env} monday={monday} week={week} previous={around.previous} next={around.next} today={today} currentMonday={mondayOf(today)} explicit={explicit} />;
}

/** A revision's preview: that week as it would be shown, without links to other weeks. */
export function calendarPreview(env: PageEnv, item: Content, now: Date) {
  const week = weekFromContent(item);
  const today = todayInVietnam(now);
  const monday = week.weekStart ? mondayOf(week.weekStart) : mondayOf(today);
  return <WeekPage env={env} monday={monday} week={week} today={today} currentMonday={mondayOf(today)} explicit preview />;
}

export function registerCalendarRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;

  const page = (lang: Language) => async (request: FastifyRequest<Query>, reply: FastifyReply) => {
    const raw = request.query[weekParam[lang]];
    const now = calendarClock.now();
    const env = await pageEnv(ctx, request, lang);
    if (raw !== undefined && raw.trim() !== '') {
      const asked = parseWeek(raw);
      // a bad week is said on the calendar's own page, in its language, with the way back
      if (!asked) return sendPage(reply, <BadWeekPage env={env} raw={raw} />, 400);
      // any day of a week stands for the week: one address per week
      if (!asked.exact) return reply.redirect(weekUrl(lang, asked.monday), 301);
      return sendPage(reply, await calendarPage(db, env, asked.monday, now, true));
    }
    return sendPage(reply, await calendarPage(db, env, await defaultWeek(db, now), now, false));
  };
  for (const lang of ['vi', 'en'] as const) app.get<Query>(calendarPaths[lang], queryOf([weekParam[lang]]), page(lang));

  app.get<{ Params: { slug: string } }>(`${calendarPaths.vi}/:slug`, async (request, reply) => {
    const { slug } = request.params;
    if (!isSlug(slug)) throw new AppError('NOT_FOUND');
    const monday = await weekOfSlug(db, slug, calendarClock.now());
    if (!monday) throw new AppError('NOT_FOUND');
    return reply.redirect(weekUrl('vi', monday), 302);
  });
}
