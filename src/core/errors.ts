// Every refusal a person can see is a PortalError: a code, an HTTP status and the message in both
// languages. Each area keeps its own table of codes (this file's `errors`, the workflow's, the
// media library's) and a small subclass that picks from it, so `instanceof PortalError` is all
// the error handler needs to answer in the reader's language, as JSON or as a page.
import type { Language } from './db/schema.ts';

/** Bilingual text, for details that are sentences rather than a name or a number. */
export interface ErrorDetail {
  vi: string;
  en: string;
}

/** The message of one code, resolved (a table entry may compute it from parameters). */
export interface ErrorMessage {
  status: number;
  vi: string;
  en: string;
}

export class PortalError<Code extends string = string> extends Error {
  readonly status: number;
  private readonly texts: Readonly<Record<Language, string>>;

  /**
   * `detail` adds what exactly was wrong: a string (a slug, a field's name, a number) reads the
   * same in both languages; a sentence comes as { vi, en }.
   */
  constructor(
    readonly code: Code,
    message: ErrorMessage,
    readonly detail?: string | ErrorDetail,
  ) {
    const en = typeof detail === 'string' ? detail : detail?.en;
    super(en ? `${message.en} (${en})` : message.en);
    this.name = new.target.name;
    this.status = message.status;
    this.texts = { vi: message.vi, en: message.en };
  }

  messageIn(language: Language): string {
    const detail = typeof this.detail === 'string' ? this.detail : this.detail?.[language];
    return detail ? `${this.texts[language]} (${detail})` : this.texts[language];
  }

  /** The body of a JSON refusal: { code, message (English), messageVi }. */
  toJSON(): { code: Code; message: string; messageVi: string } {
    return { code: this.code, message: this.messageIn('en'), messageVi: this.messageIn('vi') };
  }
}

// The portal's general refusals (pages, queries, sign-in, bodies).
export const errors = {
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy nội dung.', en: 'Content not found.' },
  BAD_PAGE_NUMBER: { status: 400, vi: 'Số trang phải là số nguyên dương.', en: 'The page number must be a positive whole number.' },
  BAD_ID: { status: 400, vi: 'Mã nội dung phải là số nguyên dương.', en: 'The id must be a positive whole number.' },
  BAD_QUERY: { status: 400, vi: 'Tham số không hợp lệ.', en: 'Invalid parameter.' },
  BAD_REDIRECT: { status: 400, vi: 'Địa chỉ quay lại không hợp lệ.', en: 'Invalid return address.' },
  UNAUTHORIZED: { status: 401, vi: 'Bạn cần đăng nhập.', en: 'You need to sign in.' },
  FORBIDDEN: { status: 403, vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  TOTP_REQUIRED: { status: 403, vi: 'Vai trò của bạn bắt buộc xác thực hai lớp. Hãy bật trong Tài khoản của tôi.', en: 'Your role requires two-factor authentication. Turn it on in My account.' },
  CSRF: { status: 403, vi: 'Phiên làm việc của biểu mẫu đã hết hạn. Hãy tải lại trang và thử lại.', en: 'The form has expired. Reload the page and try again.' },
  TOO_LARGE: { status: 413, vi: 'Tệp quá lớn.', en: 'The file is too large.' },
  UNSUPPORTED_TYPE: { status: 415, vi: 'Loại tệp không được chấp nhận.', en: 'This type of file is not accepted.' },
  BAD_BODY: { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'The request body is invalid.' },
  REQUEST_TIMEOUT: { status: 408, vi: 'Yêu cầu gửi đến quá chậm nên đã bị ngắt. Hãy kiểm tra kết nối mạng và thử lại.', en: 'The request arrived too slowly and was cut off. Check the network connection and try again.' },
  CONFLICT: { status: 409, vi: 'Xung đột với dữ liệu hiện có.', en: 'Conflicts with existing data.' },
  INTERNAL: { status: 500, vi: 'Đã có lỗi ngoài ý muốn.', en: 'An unexpected error occurred.' },
} as const;

export type ErrorCode = keyof typeof errors;

export class AppError extends PortalError<ErrorCode> {
  constructor(code: ErrorCode, detail?: string | ErrorDetail) {
    super(code, errors[code], detail);
  }
}

/** "?trang=3" → 3; absent → 1; anything but a positive whole number → BAD_PAGE_NUMBER. */
export function parsePageNumber(raw: unknown): number {
  if (raw === undefined) return 1;
  if (typeof raw !== 'string' || !/^[1-9]\d{0,5}$/.test(raw)) throw new AppError('BAD_PAGE_NUMBER');
  return Number(raw);
}

export function parseId(raw: unknown): number {
  if (typeof raw !== 'string' || !/^[1-9]\d{0,9}$/.test(raw) || Number(raw) > 2147483647) throw new AppError('BAD_ID');
  return Number(raw);
}
