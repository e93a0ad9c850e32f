// Days and months of the portal's calendar (Asia/Ho_Chi_Minh, UTC+7 without daylight saving since
// 1975, so a fixed offset is exact) and the UTC instants that bound them, for queries over the
// UTC ISO text stored in the database.
const offsetMs = 7 * 3_600_000;
const dayMs = 86_400_000;

/** 'YYYY-MM-DD' of an instant in Asia/Ho_Chi_Minh. */
export function localDay(at: Date | string): string {
  const t = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(t + offsetMs).toISOString().slice(0, 10);
}

/** 'YYYY-MM' of an instant in Asia/Ho_Chi_Minh. */
export function localMonth(at: Date | string): string {
  return localDay(at).slice(0, 7);
}

export function isMonth(value: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  return !!m && Number(m[1]) >= 1976 && Number(m[1]) <= 2200 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

export function isDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || !isMonth(`${m[1]}-${m[2]}`)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The UTC instant (ISO) at which a local day begins: '2026-03-01' → '2026-02-28T17:00:00.000Z'. */
export function dayStartUtc(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - offsetMs).toISOString();
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

export function addMonths(month: string, months: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** A span of whole local days, both ends included, with the UTC bounds [startUtc, endUtc). */
export interface Period {
  fromDay: string;
  toDay: string;
  startUtc: string;
  endUtc: string;
}

export function dayPeriod(fromDay: string, toDay: string): Period {
  return { fromDay, toDay, startUtc: dayStartUtc(fromDay), endUtc: dayStartUtc(addDays(toDay, 1)) };
}

export function monthPeriod(fromMonth: string, toMonth: string): Period {
  const toDay = addDays(`${addMonths(toMonth, 1)}-01`, -1);
  return dayPeriod(`${fromMonth}-01`, toDay);
}
