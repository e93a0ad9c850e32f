// What an uploaded file really is, from its bytes (file-type's signatures), never from its name
// or the type the browser claims. An allowlist: images JPEG, PNG, WebP, GIF, AVIF; documents
// PDF, DOCX, XLSX, ODT, ODS, and legacy DOC/XLS (Compound File Binary, which only says "an Office
// container": the name must say .doc/.xls *and* the container must hold a Word or Excel stream).
// Anything else is refused with the most useful reason (SVG, markup, program, archive, macros).
import { fileTypeFromBuffer } from 'file-type';
import { MediaError } from './errors.ts';
import type { MediaKind } from './schema.ts';

export interface DetectedType {
  kind: MediaKind;
  mime: string;
  /** extension of the stored file and of the download name */
  ext: string;
}

const images: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  apng: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
};

const documents: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

const legacyOffice: Record<string, { mime: string; streams: string[] }> = {
  doc: { mime: 'application/msword', streams: ['WordDocument'] },
  xls: { mime: 'application/vnd.ms-excel', streams: ['Workbook', 'Book'] },
};

const executables = new Set(['exe', 'elf', 'macho', 'class', 'wasm', 'apk', 'jar', 'dex', 'deb', 'rpm', 'dmg', 'crx', 'xpi', 'lnk', 'swf', 'msi', 'reg', 'chm']);
const archives = new Set(['zip', 'tar', 'tar.gz', 'rar', 'gz', 'bz2', '7z', 'xz', 'zst', 'lz', 'lz4', 'lzh', 'cab', 'ar', 'cpio', 'arj', 'ace', 'Z', 'asar', 'epub']);
const macroDocuments = new Set(['docm', 'dotm', 'xlsm', 'xltm', 'pptm', 'potm', 'ppsm']);

/** The extension the person gave the file, lower case ("" when none). */
export function nameExtension(name: string): string {
  const m = /\.([a-z0-9]{1,8})$/i.exec(name);
  return m ? m[1]!.toLowerCase() : '';
}

function utf16(text: string): Buffer {
  return Buffer.from(text, 'utf16le');
}

/** Text files have no signature: say what they look like, so the refusal is clear. */
function refuseText(head: Buffer, name: string): never {
  const utf16le = head[0] === 0xff && head[1] === 0xfe;
  const text = (utf16le ? head.subarray(2).toString('utf16le') : head.toString('latin1').replace(/^\xEF\xBB\xBF/, '')).trimStart().toLowerCase();
  if (/<svg[\s>]/.test(text) || /<!doctype svg/.test(text)) throw new MediaError('SVG_REFUSED', { name });
  if (text.startsWith('#!')) throw new MediaError('EXECUTABLE_REFUSED', { name, found: 'script' });
  if (/^<|<(?:html|head|body|script|iframe|object|embed|\?xml|!doctype)[\s>]/.test(text)) throw new MediaError('MARKUP_REFUSED', { name });
  if (/^(?:\(?\s*function\b|(?:var|let|const|import|export|async|class)\s|window\.|document\.|["']use strict)/.test(text)) throw new MediaError('MARKUP_REFUSED', { name });
  throw new MediaError('UNSUPPORTED_TYPE', { name });
}

export async function detectType(data: Buffer, name: string): Promise<DetectedType> {
  if (data.length === 0) throw new MediaError('EMPTY_FILE', { name });
  // A byte-order mark means text (file-type would read "FF FE" as MPEG audio).
  const bom = (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff) || (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf);
  const found = bom ? undefined : await fileTypeFromBuffer(data);
  if (!found) return refuseText(data.subarray(0, 4096), name);
  const { ext } = found;
  if (images[ext]) return { kind: 'image', mime: images[ext], ext: ext === 'apng' ? 'png' : ext };
  if (documents[ext]) return { kind: 'attachment', mime: documents[ext], ext };
  if (ext === 'cfb') return legacyOfficeType(data, name);
  if (ext === 'xml') return refuseText(data.subarray(0, 4096), name);
  if (executables.has(ext)) throw new MediaError('EXECUTABLE_REFUSED', { name, found: ext });
  if (archives.has(ext)) throw new MediaError('ARCHIVE_REFUSED', { name, found: ext });
  if (macroDocuments.has(ext)) throw new MediaError('MACRO_REFUSED', { name });
  throw new MediaError('UNSUPPORTED_TYPE', { name, found: ext });
}

/**
 * A Compound File Binary container is a .doc, .xls, .ppt, .msi, an Outlook message... Its
 * directory names its streams in UTF-16: a Word file has "WordDocument", an Excel file
 * "Workbook" (or "Book" before Excel 97). VBA projects ("Macros", "_VBA_PROJECT_CUR") are refused.
 */
function legacyOfficeType(data: Buffer, name: string): DetectedType {
  const declared = nameExtension(name);
  const expected = legacyOffice[declared];
  if (declared === 'msi') throw new MediaError('EXECUTABLE_REFUSED', { name, found: 'msi' });
  if (!expected || !expected.streams.some((s) => data.includes(utf16(s)))) throw new MediaError('LEGACY_OFFICE_NAME', { name });
  if (data.includes(utf16('_VBA_PROJECT')) || data.includes(utf16('Macros'))) throw new MediaError('MACRO_REFUSED', { name });
  return { kind: 'attachment', mime: expected.mime, ext: declared };
}
