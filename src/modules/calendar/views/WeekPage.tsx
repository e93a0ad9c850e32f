// /lich-cong-tac and /en/work-calendar: one week of the leaders' calendar. One table, a row group
// per day (Thứ Hai … Chủ Nhật with its date as the group's header), a row per engagement with its
// time as row header; on a phone each engagement stacks with its cells labelled, on paper the
// week fits a landscape page. Links go to the nearest published weeks before and after.
import { Layout } from '../../../core/html/Layout.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { formatStamp } from '../../../core/text/datetime.ts';
import { calendarPaths, entriesField, weekParam } from '../declaration.ts';
import { calendarStrings } from '../i18n.ts';
import type { CalendarEntry, CalendarWeek } from '../queries.ts';
import { daysOf, isoWeek, shownDay, weekRange } from '../weeks.ts';

export interface WeekPageProps {
  env: PageEnv;
  /** the Monday of the week shown */
  monday: string;
  /** its published calendar, if any */
  week?: CalendarWeek | undefined;
  /** the Mondays of the nearest published weeks before and after */
  previous?: string | undefined;
  next?: string | undefined;
  /** today in Vietnam, and the Monday of its week */
  today: string;
  currentMonday: string;
  /** the week was asked for by address (its canonical address then names it) */
  explicit: boolean;
  /** a preview of an unpublished revision: no links to other weeks */
  preview?: boolean;
}

/** The address of a week's calendar in a language. */
export const weekUrl = (lang: 'vi' | 'en', monday?: string) => (monday ? `${calendarPaths[lang]}?${weekParam[lang]}=${monday}` : calendarPaths[lang]);

const label = (name: string, lang: 'vi' | 'en') => entriesField.columns!.find((c) => c.name === name)!.label[lang];

function Entry({ entry, lang, allDay }: { entry: CalendarEntry; lang: 'vi' | 'en'; allDay: string }) {
  const lines = (text: string | undefined) =>
    (text ?? '').split('\n').map((line, i) => (
      <>
        {i > 0 && <br />}
        {line}
      </>
    ));
  return (
    <tr class="calendar-entry">
      <th scope="row" class="calendar-entry__time" data-label={label('time', lang)}>
        {entry.time ? <time dateTime={`${entry.day}T${entry.time}+07:00`}>{entry.time}</time> : allDay}
      </th>
      <td class="calendar-entry__content" data-label={label('content', lang)}>
        {lines(entry.content)}
      </td>
      <td data-label={label('leader', lang)} class={entry.leader ? undefined : 'calendar-entry__empty'}>
        {entry.leader}
      </td>
      <td data-label={label('participants', lang)} class={entry.participants ? undefined : 'calendar-entry__empty'}>
        {lines(entry.participants)}
      </td>
      <td data-label={label('place', lang)} class={entry.place ? undefined : 'calendar-entry__empty'}>
        {entry.place}
      </td>
    </tr>
  );
}

export function WeekPage({ env, monday, week, previous, next, today, currentMonday, explicit, preview = false }: WeekPageProps) {
  const { lang } = env;
  const s = calendarStrings[lang];
  const { week: number, year } = isoWeek(monday);
  const range = weekRange(monday);
  const days = daysOf(monday);
  const title = s.weekTitle(number, year, range);
  const linkText = (other: string) => {
    const w = isoWeek(other);
    return s.weekLink(w.week, w.year, weekRange(other));
  };
  const nav = !preview && (previous || next || monday !== currentMonday) && (
    <nav class="calendar-nav" aria-label={s.otherWeeks}>
      <ul>
        {previous && (
          <li class="calendar-nav__previous">
            <a href={weekUrl(lang, previous)} rel="prev">
              ‹ {s.previous}: {linkText(previous)}
            </a>
          </li>
        )}
        {monday !== currentMonday && (
          <li class="calendar-nav__current">
            <a href={weekUrl(lang)}>{s.thisWeek}</a>
          </li>
        )}
        {next && (
          <li class="calendar-nav__next">
            <a href={weekUrl(lang, next)} rel="next">
              {s.next}: {linkText(next)} ›
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
  return (
    <Layout env={env} title={title} description={s.intro} canonical={explicit ? weekUrl(lang, monday) : weekUrl(lang)} breadcrumb={[{ label: s.title, href: weekUrl(lang) }, { label: title }]}>
      <div class="container calendar">
        <h1 class="page-title calendar__title">{title}</h1>
        <p class="calendar__week">
          {s.weekLine(number, year, `${s.days[0]} ${shownDay(days[0]!)}`, `${s.days[6]} ${shownDay(days[6]!)}`)}
          {week?.isDemo && <span class="badge">{s.demoNotice}</span>}
        </p>
        {s.contentInVietnamese && week && <p class="calendar__note">{s.contentInVietnamese}</p>}
        {nav}
        {week ? (
          <table class="calendar-table">
            <caption class="visually-hidden">{s.tableCaption(number, year, range)}</caption>
            <thead>
              <tr>
                <th scope="col">{label('time', lang)}</th>
                <th scope="col">{label('content', lang)}</th>
                <th scope="col">{label('leader', lang)}</th>
                <th scope="col">{label('participants', lang)}</th>
                <th scope="col">{label('place', lang)}</th>
              </tr>
            </thead>
            {days.map((day, i) => {
              const entries = week.entries.filter((e) => e.day === day);
              const isToday = day === today;
              return (
                <tbody class={`calendar-day${isToday ? ' calendar-day--today' : ''}${entries.length === 0 ? ' calendar-day--empty' : ''}`} id={`ngay-${day}`}>
                  <tr class="calendar-day__head">
                    <th scope="rowgroup" colSpan={5} data-none={entries.length === 0 ? s.noEntries : undefined}>
                      <time dateTime={day} aria-current={isToday ? 'date' : undefined}>
                        {s.days[i]}, {shownDay(day)}
                      </time>
                      {isToday && (
                        <>
                          {' '}
                          <strong class="calendar-day__today">{s.today}</strong>
                        </>
                      )}
                    </th>
                  </tr>
                  {entries.length === 0 ? (
                    <tr class="calendar-entry calendar-entry--none">
                      <td colSpan={5}>{s.noEntries}</td>
                    </tr>
                  ) : (
                    entries.map((entry) => <Entry entry={entry} lang={lang} allDay={s.allDay} />)
                  )}
                </tbody>
              );
            })}
          </table>
        ) : (
          <div class="notice calendar__empty" role="status">
            <p>{s.noCalendar}</p>
            {previous || next ? <p>{s.noCalendarAround}</p> : !preview && <p>{s.nothingYet}</p>}
          </div>
        )}
        {week && (week.summary || week.body) && (
          <section class="calendar__notes" aria-labelledby="calendar-notes">
            <h2 id="calendar-notes">{s.notes}</h2>
            {week.summary && <p>{week.summary}</p>}
            {week.body && <div class="article-body" dangerouslySetInnerHTML={{ __html: week.body }} />}
          </section>
        )}
        {week && <p class="calendar__updated">{s.updated(formatStamp(week.updatedAt))}</p>}
      </div>
    </Layout>
  );
}

/** A `tuan` that is no week: the reason, and the way to the current week (400). */
export function BadWeekPage({ env, raw }: { env: PageEnv; raw: string }) {
  const s = calendarStrings[env.lang];
  return (
    <Layout env={env} title={s.badWeekTitle} breadcrumb={[{ label: s.title, href: weekUrl(env.lang) }, { label: s.badWeekTitle }]}>
      <div class="container calendar">
        <h1 class="page-title">{s.badWeekTitle}</h1>
        <p class="notice notice--warning" role="alert">
          {s.badWeek(raw.slice(0, 40), weekParam[env.lang])}
        </p>
        <p>
          <a class="button" href={weekUrl(env.lang)}>
            {s.thisWeek}
          </a>
        </p>
      </div>
    </Layout>
  );
}
