// Every refusal of the media library: a code, the HTTP status and what the person reads, in
// Vietnamese and English (a PortalError, see core/errors.ts; here the messages take parameters).
import type { Language } from '../db/schema.ts';
import { PortalError } from '../errors.ts';

interface Params {
  name?: string;
  maxMb?: number;
  maxFiles?: number;
  maxMegapixels?: number;
  /** an image's size in pixels, when known */
  width?: number;
  height?: number;
  found?: string;
}

type Message = (p: Params) => string;

const q = (p: Params) => (p.name ? ` “${p.name}”` : '');
/** " (6400 × 6400 điểm ảnh, 41 megapixel)" when the size is known */
const size = (p: Params, lang: Language) => {
  if (!p.width || !p.height) return '';
  const mp = (p.width * p.height) / 1e6;
  const shown = lang === 'vi' ? mp.toLocaleString('vi-VN', { maximumFractionDigits: 1 }) : mp.toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return lang === 'vi' ? ` (${p.width} × ${p.height} điểm ảnh, ${shown} megapixel)` : ` (${p.width} × ${p.height} pixels, ${shown} megapixels)`;
};

export const mediaErrors = {
  NO_FILE: { status: 400, vi: () => 'Chưa chọn tệp nào để tải lên.', en: () => 'No file was chosen to upload.' },
  EMPTY_FILE: { status: 400, vi: (p) => `Tệp${q(p)} rỗng (0 byte).`, en: (p) => `The file${q(p)} is empty (0 bytes).` },
  TOO_LARGE: {
    status: 413,
    vi: (p) => `Tệp${q(p)} quá lớn: dung lượng tối đa là ${p.maxMb} MB.`,
    en: (p) => `The file${q(p)} is too large: the limit is ${p.maxMb} MB.`,
  },
  TOO_MANY_FILES: {
    status: 413,
    vi: (p) => `Mỗi lần chỉ tải lên được tối đa ${p.maxFiles} tệp; các tệp sau đó không được nhận.`,
    en: (p) => `At most ${p.maxFiles} files can be uploaded at once; the files after that were not accepted.`,
  },
  SVG_REFUSED: {
    status: 415,
    vi: (p) => `Tệp${q(p)} là ảnh SVG: không được nhận vì SVG có thể chứa mã chạy trong trình duyệt. Hãy xuất ảnh sang PNG hoặc JPEG.`,
    en: (p) => `The file${q(p)} is an SVG image: SVG is not accepted because it can carry code that runs in the browser. Export it as PNG or JPEG.`,
  },
  MARKUP_REFUSED: {
    status: 415,
    vi: (p) => `Tệp${q(p)} là văn bản HTML, XML hoặc mã lệnh, không phải ảnh hay tài liệu: không được nhận.`,
    en: (p) => `The file${q(p)} is HTML, XML or script text, not an image or a document: not accepted.`,
  },
  EXECUTABLE_REFUSED: {
    status: 415,
    vi: (p) => `Tệp${q(p)} là chương trình chạy được${p.found ? ` (${p.found})` : ''}: không được nhận.`,
    en: (p) => `The file${q(p)} is an executable program${p.found ? ` (${p.found})` : ''}: not accepted.`,
  },
  ARCHIVE_REFUSED: {
    status: 415,
    vi: (p) => `Tệp${q(p)} là tệp nén${p.found ? ` (${p.found})` : ''}: không được nhận. Hãy tải lên từng tệp.`,
    en: (p) => `The file${q(p)} is an archive${p.found ? ` (${p.found})` : ''}: not accepted. Upload the files one by one.`,
  },
  MACRO_REFUSED: {
    status: 415,
    vi: (p) => `Tài liệu${q(p)} có chứa macro: không được nhận. Hãy lưu lại thành tệp không có macro.`,
    en: (p) => `The document${q(p)} contains macros: not accepted. Save it again without macros.`,
  },
  LEGACY_OFFICE_NAME: {
    status: 415,
    vi: (p) => `Tệp${q(p)} là tài liệu Office đời cũ nhưng không phải Word (.doc) hay Excel (.xls) hợp lệ.`,
    en: (p) => `The file${q(p)} is an old-style Office file but not a valid Word (.doc) or Excel (.xls) document.`,
  },
  UNSUPPORTED_TYPE: {
    status: 415,
    vi: (p) => `Tệp${q(p)} có loại không được nhận${p.found ? ` (${p.found})` : ''}. Chỉ nhận ảnh JPEG, PNG, WebP, GIF, AVIF và tài liệu PDF, DOC, DOCX, XLS, XLSX, ODT, ODS.`,
    en: (p) => `The file${q(p)} is of a type that is not accepted${p.found ? ` (${p.found})` : ''}. Accepted: JPEG, PNG, WebP, GIF and AVIF images; PDF, DOC, DOCX, XLS, XLSX, ODT and ODS documents.`,
  },
  CORRUPT_IMAGE: {
    status: 422,
    vi: (p) => `Ảnh${q(p)} bị hỏng hoặc không đọc được (có thể tệp chưa tải hết).`,
    en: (p) => `The image${q(p)} is damaged or unreadable (the file may be incomplete).`,
  },
  IMAGE_TOO_MANY_PIXELS: {
    status: 422,
    vi: (p) =>
      `Ảnh${q(p)} có kích thước quá lớn${size(p, 'vi')}: tối đa ${p.maxMegapixels} megapixel. Hãy thu nhỏ ảnh (chẳng hạn rộng 4000 điểm ảnh) rồi tải lên lại; trang web chỉ hiển thị ảnh rộng tối đa 1600 điểm ảnh.`,
    en: (p) =>
      `The image${q(p)} has too many pixels${size(p, 'en')}: at most ${p.maxMegapixels} megapixels. Resize it (for example to 4000 pixels wide) and upload it again; the site shows images at most 1600 pixels wide.`,
  },
  BAD_UPLOAD: {
    status: 400,
    vi: () => 'Dữ liệu tải lên không hợp lệ hoặc bị ngắt giữa chừng. Hãy thử lại.',
    en: () => 'The upload is malformed or was interrupted. Try again.',
  },
  NOT_FOUND: { status: 404, vi: () => 'Không tìm thấy tệp trong thư viện.', en: () => 'The file is not in the library.' },
  FORBIDDEN: {
    status: 403,
    vi: () => 'Bạn chỉ được sửa hoặc xóa tệp do chính mình tải lên.',
    en: () => 'You may only change or delete files you uploaded yourself.',
  },
  IN_USE: {
    status: 409,
    vi: () => 'Tệp đang được dùng trong bài viết nên không thể xóa. Hãy gỡ tệp khỏi các bài viết đó trước.',
    en: () => 'The file is used by content and cannot be deleted. Remove it from that content first.',
  },
  ALT_REQUIRED: {
    status: 400,
    vi: () => 'Cần nhập mô tả ảnh (alt) cho người khiếm thị.',
    en: () => 'Alt text is required for people who cannot see the image.',
  },
  FIELD_TOO_LONG: {
    status: 400,
    vi: () => 'Mô tả ảnh tối đa 500 ký tự, chú thích 1000 ký tự, nguồn ảnh 200 ký tự.',
    en: () => 'Alt text is limited to 500 characters, the caption to 1000 and the credit to 200.',
  },
} satisfies Record<string, { status: number; vi: Message; en: Message }>;

export type MediaErrorCode = keyof typeof mediaErrors;

export class MediaError extends PortalError<MediaErrorCode> {
  constructor(
    code: MediaErrorCode,
    readonly params: Params = {},
  ) {
    const entry = mediaErrors[code];
    super(code, { status: entry.status, vi: entry.vi(params), en: entry.en(params) });
  }
}
