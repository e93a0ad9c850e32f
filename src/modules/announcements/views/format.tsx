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

const fileTypes: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word (DOC)',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'application/vnd.ms-excel': 'Excel (XLS)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (XLSX)',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/zip': 'ZIP',
};

export function fileTypeLabel(mime: string): string {
  return fileTypes[mime] ?? (mime.split('/')[1] ?? mime).toUpperCase();
}

/** "48 KB", "1,2 MB" (Vietnamese decimal comma) or "1.2 MB". */
export function formatSize(bytes: number, lang: 'vi' | 'en'): string {
  const number = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} KB`;
  return `${number.format(bytes / (1024 * 1024))} MB`;
}
