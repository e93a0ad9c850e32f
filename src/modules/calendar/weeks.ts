// Days and weeks of the work calendar, as "YYYY-MM-DD" strings (a calendar day has no time zone
// once it is chosen): Monday-to-Sunday weeks numbered as ISO 8601 does (the week of 23/11/2026 is
// week 48), "today" taken in Vietnam time.
import { formatDatetimeAttr } from '../../core/text/datetime.ts';

const at = (day: string) => new Date(`${day}T00:00:00Z`);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** A real calendar day written YYYY-MM-DD (not 2026-02-30). */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = at(text);
  return !Number.isNaN(date.getTime()) && dayOf(date) === text;
}

export function addDays(day: string, n: number): string {
  const date = at(day);
  date.setUTCDate(date.getUTCDate() + n);
  return dayOf(date);
}

/** 0 for Monday … 6 for Sunday. */
export function weekdayIndex(day: string): number {
  return (at(day).getUTCDay() + 6) % 7;
}

export const mondayOf = (day: string): string => addDays(day, -weekdayIndex(day));
export const isMonday = (day: string): boolean => weekdayIndex(day) === 0;

/** The seven days of the week starting on `monday`. */
export const daysOf = (monday: string): string[] => Array.from({ length: 7 }, (_, i) => addDays(monday, i));

/** The day it is in Vietnam at `now`. */
export function todayInVietnam(now: Date): string {
  return formatDatetimeAttr(now).slice(0, 10);
}

/** ISO 8601 week number and its year (the year of the week's Thursday). */
export function isoWeek(monday: string): { week: number; year: number } {
  const thursday = at(addDays(monday, 3));
  const year = thursday.getUTCFullYear();
  const dayOfYear = Math.round((thursday.getTime() - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
  return { week: Math.floor((dayOfYear - 1) / 7) + 1, year };
}

/** "23/11/2026" */
export function shownDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** "23/11–29/11/2026", or with both years when the week spans two: "28/12/2026–03/01/2027". */
export function weekRange(monday: string): string {
  const sunday = addDays(monday, 6);
  const from = monday.slice(0, 4) === sunday.slice(0, 4) ? shownDay(monday).slice(0, 5) : shownDay(monday);
  return `${from}–${shownDay(sunday)}`;
}
