// How an announcement's values are shown: days as dd/MM/yyyy, instants in the news pages' stamp
// "HH:mm | dd/MM/yyyy" (Vietnam time), files by a readable type and size.
import { formatDate, formatDatetimeAttr, formatStamp } from '../../../core/text/datetime.ts';

/** "2026-11-16" → "16/11/2026" (a calendar day, read in the portal's zone). */
export function formatDay(day: string | undefined): string | undefined {
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDate(`${day}T12:00:00+07:00`) : undefined;
}

/** <time> of a day: "16/11/2026". */
export function Day({ day }: { day: string }) {
  return <time datetime={day}>{formatDay(day) ?? day}</time>;
}

/** <time> of an instant in Vietnam time: "17:00 | 15/12/2026"; in parentheses where news shows a publication time. */
export function Stamp({ at, parens = false }: { at: string; parens?: boolean }) {
  return <time datetime={formatDatetimeAttr(at)}>{parens ? `(${formatStamp(at)})` : formatStamp(at)}</time>;
}

export { fileTypeLabel, formatFileSize as formatSize } from '../../../core/media/file-labels.ts';
