// Workflow refusals, each with the HTTP status the API answers and a message in both languages
// (PortalError's scheme, see core/errors.ts). They speak of "content", not articles: every declared
// type goes through the same workflow.
import { PortalError, type ErrorDetail } from '../errors.ts';
import type { MarkupTooComplexError } from '../html/markup-limits.ts';

export const workflowErrors = {
  FORBIDDEN: { status: 403, vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  FORBIDDEN_CATEGORY: { status: 403, vi: 'Bạn không được phân quyền ở chuyên mục này.', en: 'You do not have permission in this category.' },
  OWN_APPROVAL: { status: 403, vi: 'Nội dung phải được một người khác duyệt.', en: 'Another person must approve this item.' },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy nội dung.', en: 'Item not found.' },
  ILLEGAL_TRANSITION: { status: 409, vi: 'Không thể chuyển nội dung sang trạng thái này từ trạng thái hiện tại.', en: 'The item cannot move to this state from its current state.' },
  EDIT_CONFLICT: { status: 409, vi: 'Nội dung đã được người khác lưu sau khi bạn mở. Hãy tải lại để xem bản mới nhất; thay đổi của bạn chưa được lưu.', en: 'Someone else saved this item after you opened it. Reload to see the latest version; your changes were not saved.' },
  NOT_EDITABLE: { status: 409, vi: 'Nội dung ở trạng thái này không thể sửa.', en: 'The item cannot be edited in its current state.' },
  REASON_REQUIRED: { status: 400, vi: 'Cần nêu lý do.', en: 'A reason is required.' },
  BAD_TIME: { status: 400, vi: 'Thời điểm đăng không hợp lệ hoặc đã qua.', en: 'The publication time is invalid or in the past.' },
  BAD_KIND: { status: 400, vi: 'Hình thức gỡ nội dung không hợp lệ.', en: 'Unknown kind of take-down.' },
  BAD_REDIRECT: { status: 400, vi: 'Địa chỉ chuyển hướng phải là một đường dẫn trên cổng hoặc một địa chỉ https.', en: 'The redirect must be a path on this portal or an https address.' },
  AUTOSAVE_LIMIT: { status: 413, vi: 'Nội dung này đã có quá nhiều bản tự động lưu của bạn. Hãy bấm Lưu để lưu lại; sau đó việc tự động lưu sẽ tiếp tục.', en: 'This item holds too many of your autosaved versions. Press Save to save it; autosave resumes after that.' },
  AUTOSAVE_LIVE: { status: 409, vi: 'Nội dung đã đăng không được tự động lưu: hãy bấm Lưu khi sửa xong.', en: 'Published items are not autosaved: press Save when you are done.' },
  BAD_INPUT: { status: 400, vi: 'Dữ liệu không hợp lệ.', en: 'Invalid data.' },
  MARKUP_TOO_COMPLEX: { status: 400, vi: 'Nội dung dán vào mang quá nhiều định dạng (thường do chép từ Word hoặc trang web). Hãy dán lại dưới dạng chữ thường (Ctrl+Shift+V) rồi định dạng lại.', en: 'The pasted text carries too much formatting (usually copied from Word or a web page). Paste it again as plain text (Ctrl+Shift+V), then format it.' },
  MARKUP_TIMEOUT: { status: 400, vi: 'Nội dung quá dài hoặc quá nhiều định dạng nên chưa lưu được. Hãy chia nhỏ nội dung hoặc dán lại dưới dạng chữ thường (Ctrl+Shift+V).', en: 'The text is too long or too heavily formatted to be saved. Split it, or paste it again as plain text (Ctrl+Shift+V).' },
  UNKNOWN_CATEGORY: { status: 400, vi: 'Chuyên mục không tồn tại.', en: 'Unknown category.' },
  IMAGE_ALT_MISSING: { status: 409, vi: 'Mọi ảnh trong nội dung phải có lời mô tả ảnh (cho người không xem được ảnh) trước khi đăng.', en: 'Every image needs a description (for people who cannot see it) before publishing.' },
} as const;

export type WorkflowErrorCode = keyof typeof workflowErrors;

export class WorkflowError extends PortalError<WorkflowErrorCode> {
  constructor(code: WorkflowErrorCode, detail?: string | ErrorDetail) {
    super(code, workflowErrors[code], detail);
  }
}

/** The refusal of markup the sanitiser would not take (too complex, or too slow to clean). */
export function markupRefusal(error: MarkupTooComplexError): WorkflowError {
  return new WorkflowError(error.problem === 'timeout' ? 'MARKUP_TIMEOUT' : 'MARKUP_TOO_COMPLEX');
}
