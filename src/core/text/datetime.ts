// Dates as Vietnamese portals show them: "(13:42 | 07/07/2020)" in Asia/Ho_Chi_Minh.
// Instants are stored as UTC ISO 8601 strings; the zone is applied only when shown or parsed.

export const portalTimeZone = 'Asia/Ho_Chi_Minh';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: portalTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function localParts(instant: Date | string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = Object.fromEntries(partsFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute! };
}

/** "13:42 | 07/07/2020" (the seed's stamp without its parentheses). */
export function formatStamp(instant: Date | string): string {
  const p = localParts(instant);
  return `${p.hour}:${p.minute} | ${p.day}/${p.month}/${p.year}`;
}

/** "07/07/2020" */
export function formatDate(instant: Date | string): string {
  const p = localParts(instant);
  return `${p.day}/${p.month}/${p.year}`;
}

/** Machine-readable value for <time datetime>, with the portal's offset: "2020-07-07T13:42+07:00". */
export function formatDatetimeAttr(instant: Date | string): string {
  const p = localParts(instant);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}+07:00`;
}

/**
 * Reads a local wall-clock time in Asia/Ho_Chi_Minh. Vietnam has kept UTC+7 without daylight
 * saving since 1975, so a fixed offset is exact for every date a portal will publish.
 * Returns undefined for impossible dates (31/02, 25:00).
 */
export function parseLocalTime(year: number, month: number, day: number, hour: number, minute: number): Date | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || year < 1976 || year > 2200) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day, hour - 7, minute));
  const back = localParts(date);
  if (Number(back.day) !== day || Number(back.month) !== month) return undefined;
  return date;
}

/**
 * A day or a time typed in Vietnam time, as forms and data files give it: "2024-05-31",
 * "2024-05-31 09:30" or "2024-05-31T09:30" (datetime-local). Undefined when malformed or impossible.
 */
export function parseLocalInput(raw: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(raw.trim());
  return m ? parseLocalTime(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)) : undefined;
}

const stampPattern = /\(\s*(\d{1,2}):(\d{2})\s*\|\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*\)/;

/** Finds "(HH:mm | dd/MM/yyyy)" in a text and returns the instant, or undefined. */
export function parseStamp(text: string): Date | undefined {
  const m = stampPattern.exec(text);
  if (!m) return undefined;
  const [, hh, mm, dd, mo, yyyy] = m.map(Number) as number[];
  return parseLocalTime(yyyy!, mo!, dd!, hh!, mm!);
}

/** True when the whole line is a stamp. */
export function isStampLine(line: string): boolean {
  return new RegExp(`^${stampPattern.source}$`).test(line.trim());
}
