// Demo work calendar (demo/calendar.json, invented names and engagements): weeks placed relative
// to the day the demo is loaded, so the calendar always has a current week with weeks before and
// after it. Published through core's publishItem with the same checks as the back office and
// flagged is_demo, so `removeDemo` deletes exactly them; a week's source key is its offset, so
// loading again updates in place instead of duplicating.
import fs from 'node:fs';
import type { Kysely } from 'kysely';
import { publishItem, removeDemoItems } from '../../core/content-types/publish-item.ts';
import type { Database } from '../../core/db/schema.ts';
import { parseLocalInput } from '../../core/text/datetime.ts';
import { calendarDeclaration, calendarType, weekTitle } from './declaration.ts';
import { addDays, isoWeek, mondayOf, todayInVietnam } from './weeks.ts';

export const demoFile = new URL('./demo/calendar.json', import.meta.url);

export interface DemoEntry {
  /** 0 = Monday … 6 = Sunday */
  day: number;
  time?: string;
  content: string;
  leader?: string;
  participants?: string;
  place?: string;
}

export interface DemoWeek {
  /** weeks from the current one: -1 the week before, 1 the week after */
  offset: number;
  summary?: string;
  entries: DemoEntry[];
}

export function readDemoWeeks(file: URL = demoFile): DemoWeek[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { note?: unknown; weeks?: unknown };
  if (typeof data.note !== 'string' || !data.note) throw new Error(`${file.pathname}: a top-level "note" must say the entries are invented`);
  if (!Array.isArray(data.weeks)) throw new Error(`${file.pathname}: "weeks" must be a list`);
  return data.weeks as DemoWeek[];
}

/** The Monday of the demo week `offset` weeks from the one containing `now` (Vietnam time). */
export const demoMonday = (offset: number, now: Date): string => addDays(mondayOf(todayInVietnam(now)), 7 * offset);

/** A demo week's fields, as the admin API takes them. */
export function demoWeekFields(week: DemoWeek, monday: string): { weekStart: string; entries: Record<string, string>[] } {
  const { year } = isoWeek(monday);
  const years = (text: string) => text.replaceAll('{year}', String(year)).replaceAll('{nextYear}', String(year + 1));
  return {
    weekStart: monday,
    entries: week.entries.map((e) => {
      const entry: Record<string, string> = { day: addDays(monday, e.day) };
      if (e.time) entry.time = e.time;
      entry.content = years(e.content);
      if (e.leader) entry.leader = e.leader;
      if (e.participants) entry.participants = years(e.participants);
      if (e.place) entry.place = e.place;
      return entry;
    }),
  };
}

export async function loadCalendarDemo(db: Kysely<Database>, now = new Date(), file: URL = demoFile): Promise<number> {
  const weeks = readDemoWeeks(file);
  for (const [i, week] of weeks.entries()) {
    const monday = demoMonday(week.offset, now);
    // a calendar is published the Friday before its week, in the afternoon; never after `now`
    const friday = parseLocalInput(`${addDays(monday, -3)} 16:00`)!;
    const publishedAt = new Date(Math.min(friday.getTime(), now.getTime() - (weeks.length - i) * 60_000));
    try {
      await publishItem(
        db,
        calendarDeclaration,
        { title: weekTitle(monday), summary: week.summary ?? '', fields: demoWeekFields(week, monday), publishedAt, sourceKey: `demo:calendar:${week.offset}`, isDemo: true },
        now,
      );
    } catch (error) {
      throw new Error(`calendar.json, week ${week.offset}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
  return weeks.length;
}

export const removeCalendarDemo = (db: Kysely<Database>): Promise<number> => removeDemoItems(db, calendarType);
