// Reading the period of the statistics and royalty pages from the query or a form: months
// (YYYY-MM) or days (YYYY-MM-DD) of the portal's calendar; anything malformed, reversed or
// longer than five years is refused with a problem code the page explains.
import { addMonths, dayPeriod, isDay, isMonth, localDay, localMonth, monthsBetween, type Period } from '../../core/stats/periods.ts';
import type { StatsProblem } from './i18n.ts';

export class StatsInputError extends Error {
  constructor(readonly problem: StatsProblem) {
    super(problem);
    this.name = 'StatsInputError';
  }
}

const maxMonths = 60;
const maxDays = 5 * 366;

/** A single text parameter; a repeated one (?from=a&from=b) is malformed, not silently picked. */
function text(raw: unknown, problem: StatsProblem): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw new StatsInputError(problem);
  return raw.trim();
}

export interface MonthRange {
  from: string;
  to: string;
}

/** Default: the last six months, this one included. */
export function monthRangeOf(query: { from?: unknown; to?: unknown }, now = new Date()): MonthRange {
  const from = text(query.from, 'bad-month');
  const to = text(query.to, 'bad-month') ?? localMonth(now);
  if ((from !== undefined && !isMonth(from)) || !isMonth(to)) throw new StatsInputError('bad-month');
  const start = from ?? addMonths(to, -5);
  if (start > to) throw new StatsInputError('from-after-to');
  if (monthsBetween(start, to).length > maxMonths) throw new StatsInputError('range-too-long');
  return { from: start, to };
}

/** Default: this month up to today. */
export function dayRangeOf(query: { from?: unknown; to?: unknown }, now = new Date()): Period {
  const from = text(query.from, 'bad-day') ?? `${localMonth(now)}-01`;
  const to = text(query.to, 'bad-day') ?? localDay(now);
  if (!isDay(from) || !isDay(to)) throw new StatsInputError('bad-day');
  if (from > to) throw new StatsInputError('from-after-to');
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > maxDays) throw new StatsInputError('range-too-long');
  return dayPeriod(from, to);
}

/** A positive whole id from a form field. */
export function formId(raw: string): number {
  if (!/^[1-9]\d{0,9}$/.test(raw.trim()) || Number(raw) > 2147483647) throw new StatsInputError('bad-id');
  return Number(raw);
}
