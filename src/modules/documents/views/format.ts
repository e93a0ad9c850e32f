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

export { fileTypeLabel, formatFileSize as formatSize } from '../../../core/media/file-labels.ts';
