// How a file is described to readers and staff: its size ("48 KB", "1,5 MB" in Vietnamese, "1.5 MB"
// in English; a decimal only below 10) and a readable type ("PDF", "Word (DOCX)"). One definition for every page that lists
// files: documents, procedures' forms, notices, drafts, zones, projects, the media library and
// attachments sent by the public.
import type { Language } from '../db/schema.ts';

export function formatFileSize(bytes: number, lang: Language): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: unit === 0 || value >= 10 ? 0 : 1 }).format(value)} ${units[unit]}`;
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
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

export function fileTypeLabel(mime: string): string {
  return fileTypes[mime] ?? (mime.split('/')[1] ?? mime).toUpperCase();
}
