// Readable names of the audit log's action codes, both languages. Every code written by
// `audit(...)` in src/ is listed (test/audit-readable.test.ts checks that); a missing English or
// Vietnamese label fails the typecheck. A code not listed here is shown as it is.
import type { Language } from '../core/db/schema.ts';
import type { Transition } from '../core/workflow/states.ts';

export type AuditCode =
  | 'auth.login.success'
  | 'auth.login.failure'
  | 'auth.login.password-ok'
  | 'auth.login.throttled'
  | 'auth.logout'
  | 'auth.password.change'
  | 'auth.password.reset'
  | 'auth.password.reset-link'
  | 'auth.reauth.success'
  | 'auth.reauth.failure'
  | 'auth.reauth.throttled'
  | 'auth.recovery-code.used'
  | 'auth.session.revoke'
  | 'auth.totp.enable'
  | 'auth.totp.replace'
  | 'auth.totp.disable'
  | 'content.create'
  | 'content.save'
  // one per workflow move (core/workflow/content.ts writes `content.${move}`)
  | `content.${Transition}`
  | 'media.upload'
  | 'media.change'
  | 'media.delete'
  | 'royalty.score'
  | 'royalty.pay'
  | 'royalty.rates'
  | 'settings.change'
  | 'token.create'
  | 'token.revoke'
  | 'token.use'
  | 'user.create'
  | 'user.change'
  | 'category.create'
  | 'category.rename'
  | 'category.move'
  | 'category.reorder'
  | 'category.hide'
  | 'category.show'
  | 'category.delete'
  | 'submission.assign'
  | 'submission.status'
  | 'submission.answer'
  | 'submission.publish'
  | 'submission.unpublish'
  | 'submission.note'
  | 'submission.erase';

const vi: Record<AuditCode, string> = {
  'auth.login.success': 'Đăng nhập',
  'auth.login.failure': 'Đăng nhập không thành công',
  'auth.login.password-ok': 'Đúng mật khẩu, chờ mã xác thực hai lớp',
  'auth.login.throttled': 'Đăng nhập bị tạm chặn (thử sai nhiều lần)',
  'auth.logout': 'Đăng xuất',
  'auth.password.change': 'Đổi mật khẩu',
  'auth.password.reset': 'Đặt lại mật khẩu',
  'auth.password.reset-link': 'Tạo liên kết đặt lại mật khẩu',
  'auth.reauth.success': 'Xác nhận lại mật khẩu',
  'auth.reauth.failure': 'Xác nhận lại mật khẩu không thành công',
  'auth.reauth.throttled': 'Xác nhận lại mật khẩu bị tạm chặn',
  'auth.recovery-code.used': 'Dùng mã khôi phục',
  'auth.session.revoke': 'Đăng xuất một phiên làm việc',
  'auth.totp.enable': 'Bật xác thực hai lớp',
  'auth.totp.replace': 'Đổi thiết bị xác thực hai lớp',
  'auth.totp.disable': 'Tắt xác thực hai lớp',
  'content.create': 'Tạo bài',
  'content.save': 'Lưu bài',
  'content.submit': 'Gửi biên tập',
  'content.return': 'Trả lại bài',
  'content.approve': 'Duyệt bài',
  'content.publish': 'Đăng bài',
  'content.publishNow': 'Đăng ngay',
  'content.schedule': 'Hẹn giờ đăng bài',
  'content.unpublish': 'Gỡ bài',
  'media.upload': 'Tải lên tư liệu',
  'media.change': 'Sửa thông tin tư liệu',
  'media.delete': 'Xoá tư liệu',
  'royalty.score': 'Chấm nhuận bút',
  'royalty.pay': 'Ghi nhận đã trả nhuận bút',
  'royalty.rates': 'Sửa định mức nhuận bút',
  'settings.change': 'Sửa cài đặt cổng',
  'token.create': 'Tạo khóa API',
  'token.revoke': 'Thu hồi khóa API',
  'token.use': 'Dùng khóa API',
  'user.create': 'Tạo người dùng',
  'user.change': 'Sửa người dùng',
  'category.create': 'Thêm chuyên mục',
  'category.rename': 'Đổi tên chuyên mục',
  'category.move': 'Chuyển chuyên mục sang mục cha khác',
  'category.reorder': 'Đổi thứ tự chuyên mục',
  'category.hide': 'Ẩn chuyên mục',
  'category.show': 'Hiện lại chuyên mục',
  'category.delete': 'Xoá chuyên mục',
  'submission.assign': 'Giao xử lý ý kiến, câu hỏi',
  'submission.status': 'Đổi tình trạng ý kiến, câu hỏi',
  'submission.answer': 'Trả lời câu hỏi',
  'submission.publish': 'Công bố ý kiến, câu hỏi',
  'submission.unpublish': 'Thôi công bố ý kiến, câu hỏi',
  'submission.note': 'Thêm ghi chú nội bộ',
  'submission.erase': 'Xoá dữ liệu cá nhân của người gửi',
};

const en: Record<AuditCode, string> = {
  'auth.login.success': 'Signed in',
  'auth.login.failure': 'Failed sign-in',
  'auth.login.password-ok': 'Password accepted, awaiting the two-factor code',
  'auth.login.throttled': 'Sign-in held back (too many failures)',
  'auth.logout': 'Signed out',
  'auth.password.change': 'Changed password',
  'auth.password.reset': 'Reset password',
  'auth.password.reset-link': 'Created a password reset link',
  'auth.reauth.success': 'Confirmed password again',
  'auth.reauth.failure': 'Failed password confirmation',
  'auth.reauth.throttled': 'Password confirmation held back',
  'auth.recovery-code.used': 'Used a recovery code',
  'auth.session.revoke': 'Ended a session',
  'auth.totp.enable': 'Turned on two-factor sign-in',
  'auth.totp.replace': 'Replaced the two-factor device',
  'auth.totp.disable': 'Turned off two-factor sign-in',
  'content.create': 'Created an item',
  'content.save': 'Saved an item',
  'content.submit': 'Submitted for review',
  'content.return': 'Returned an item',
  'content.approve': 'Approved an item',
  'content.publish': 'Published',
  'content.publishNow': 'Published at once',
  'content.schedule': 'Scheduled publication',
  'content.unpublish': 'Took down an item',
  'media.upload': 'Uploaded media',
  'media.change': 'Edited media details',
  'media.delete': 'Deleted media',
  'royalty.score': 'Scored royalties',
  'royalty.pay': 'Marked royalties paid',
  'royalty.rates': 'Changed royalty rates',
  'settings.change': 'Changed portal settings',
  'token.create': 'Created an API token',
  'token.revoke': 'Revoked an API token',
  'token.use': 'Used an API token',
  'user.create': 'Created a user',
  'user.change': 'Changed a user',
  'category.create': 'Added a category',
  'category.rename': 'Renamed a category',
  'category.move': 'Moved a category under another parent',
  'category.reorder': 'Reordered a category',
  'category.hide': 'Hid a category',
  'category.show': 'Showed a category again',
  'category.delete': 'Deleted a category',
  'submission.assign': 'Assigned a message from the public',
  'submission.status': 'Changed the status of a message from the public',
  'submission.answer': 'Answered a question',
  'submission.publish': 'Published a message from the public',
  'submission.unpublish': 'Unpublished a message from the public',
  'submission.note': 'Added an internal note',
  'submission.erase': 'Erased a sender’s personal data',
};

export const auditLabels: Record<Language, Record<AuditCode, string>> = { vi, en };

export function isAuditCode(code: string): code is AuditCode {
  return Object.hasOwn(vi, code);
}

/** The readable name of an action code in a language; an unknown code is shown as it is. */
export function auditLabel(code: string, lang: Language): string {
  return isAuditCode(code) ? auditLabels[lang][code] : code;
}

/** Names of the things the log points at (target_type), other than content types. */
const targets = {
  vi: { category: 'Chuyên mục', user: 'Người dùng', media: 'Tư liệu', api_token: 'Khóa API', royalty: 'Nhuận bút', royalty_rates: 'Định mức nhuận bút', label: 'Nhãn hành động' },
  en: { category: 'Category', user: 'User', media: 'Media', api_token: 'API token', royalty: 'Royalty', royalty_rates: 'Royalty rates', label: 'Action label' },
} satisfies Record<Language, Record<string, string>>;

export type AuditTargetText = (typeof targets)['vi'];
export const auditTargetText: Record<Language, AuditTargetText> = targets;
