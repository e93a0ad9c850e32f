// How a document's values are shown: days as dd/MM/yyyy, option values by their label, files by
// a readable type and size.
import { formatDate } from '../../../core/text/datetime.ts';
import type { SelectOption } from '../../../core/content-types/declaration.ts';
import { optionLabel } from '../declaration.ts';

/** "2020-07-07" → "07/07/2020" (a calendar day, read in the portal's zone). */
export function formatDay(day: string | undefined): string | undefined {
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDate(`${day}T12:00:00+07:00`) : undefined;
}

export function labelOf(options: SelectOption[], value: string | undefined, language: 'vi' | 'en'): string | undefined {
  return value === undefined ? undefined : (optionLabel(options, value, language) ?? value);
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

export function formatSize(bytes: number, language: 'vi' | 'en'): string {
  const number = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} KB`;
  return `${number.format(bytes / (1024 * 1024))} MB`;
}
