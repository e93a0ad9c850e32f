// Interface strings of the submission forms and statuses, in both languages; a key missing from
// either is a type error.
import type { Language } from '../db/schema.ts';
import type { SubmissionStatus } from './declaration.ts';

export interface SubmissionStrings {
  name: string;
  email: string;
  phone: string;
  emailOrPhoneHint: string;
  required: string;
  optional: string;
  send: string;
  honeypot: string;
  challenge: string;
  errorSummary: string;
  privacy: string;
  /** the file input of kinds that take attachments */
  attachment: string;
  attachmentHint: (max: number, maxMb: number) => string;
  /** shown by the file input when a form with a file came back: browsers never keep the chosen file */
  reattach: string;
  status: Record<SubmissionStatus, string>;
  problems: {
    formMissing: string;
    tooFast: string;
    expired: string;
    honeypot: string;
    challenge: string;
    tooMany: (minutes: number) => string;
    nameInvalid: string;
    emailInvalid: string;
    phoneInvalid: string;
    emailOrPhone: string;
    required: string;
    fileTooLarge: (name: string, maxMb: number) => string;
    tooManyFiles: (max: number) => string;
    noFilesTaken: string;
    bodyTooLarge: string;
    badUpload: string;
    fileNotAccepted: (name: string, found: string) => string;
    archiveRefused: (name: string, found: string) => string;
  };
}

export const submissionStrings: Record<Language, SubmissionStrings> = {
  vi: {
    name: 'Họ và tên',
    email: 'Thư điện tử',
    phone: 'Số điện thoại',
    emailOrPhoneHint: 'Cần ít nhất một trong hai: thư điện tử hoặc số điện thoại, để cơ quan liên hệ khi cần.',
    required: '(bắt buộc)',
    optional: '(không bắt buộc)',
    send: 'Gửi',
    honeypot: 'Để trống ô này',
    challenge: 'Câu hỏi kiểm tra',
    errorSummary: 'Chưa gửi được. Hãy sửa các mục sau:',
    privacy: 'Thông tin liên hệ của bạn chỉ dùng để cơ quan trả lời, không công bố trên cổng thông tin (Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân).',
    attachment: 'Tệp đính kèm',
    attachmentHint: (max, maxMb) =>
      `${max > 1 ? `Tối đa ${max} tệp, mỗi tệp` : 'Một tệp,'} không quá ${maxMb} MB. Nhận tài liệu PDF, Word (DOC, DOCX), Excel (XLS, XLSX), ODT, ODS và ảnh JPEG, PNG. Tệp chỉ cán bộ xử lý xem, không công bố.`,
    reattach: 'Tệp bạn đã chọn chưa được gửi. Hãy chọn lại tệp trước khi gửi.',
    status: { received: 'Đã tiếp nhận', processing: 'Đang xử lý', answered: 'Đã trả lời', rejected: 'Không xử lý' },
    problems: {
      formMissing: 'Biểu mẫu không hợp lệ hoặc đã cũ. Hãy tải lại trang rồi gửi lại.',
      tooFast: 'Biểu mẫu được gửi quá nhanh sau khi mở. Hãy đọc lại nội dung rồi bấm Gửi lần nữa sau vài giây.',
      expired: 'Biểu mẫu đã mở quá một ngày. Hãy tải lại trang rồi gửi lại.',
      honeypot: 'Không gửi được: biểu mẫu có dấu hiệu được điền tự động.',
      challenge: 'Hãy trả lời đúng câu hỏi kiểm tra (viết bằng số).',
      tooMany: (m) => `Bạn đã gửi nhiều lần trong một giờ. Hãy thử lại sau khoảng ${m} phút.`,
      nameInvalid: 'Họ và tên từ 2 đến 100 ký tự.',
      emailInvalid: 'Thư điện tử không đúng dạng, ví dụ ten@example.com.',
      phoneInvalid: 'Số điện thoại gồm 9 đến 15 chữ số, ví dụ 0297 3862 779.',
      emailOrPhone: 'Cần thư điện tử hoặc số điện thoại.',
      required: 'Bắt buộc nhập.',
      fileTooLarge: (name, maxMb) => `Tệp${name ? ` “${name}”` : ''} quá lớn: dung lượng tối đa là ${maxMb} MB. Không có gì được lưu.`,
      tooManyFiles: (max) => `Chỉ được đính kèm tối đa ${max} tệp. Không có gì được lưu.`,
      noFilesTaken: 'Biểu mẫu này không nhận tệp đính kèm.',
      bodyTooLarge: 'Nội dung gửi lên quá dài hoặc có quá nhiều mục. Không có gì được lưu.',
      badUpload: 'Dữ liệu gửi lên không hợp lệ hoặc bị ngắt giữa chừng. Hãy thử lại.',
      fileNotAccepted: (name, found) => `Tệp “${name}” có loại không được nhận${found ? ` (${found})` : ''}. Chỉ nhận tài liệu PDF, Word (DOC, DOCX), Excel (XLS, XLSX), ODT, ODS và ảnh JPEG, PNG.`,
      archiveRefused: (name, found) => `Tệp “${name}” là tệp nén${found ? ` (${found})` : ''}: không được nhận. Hãy gửi trực tiếp tài liệu PDF, Word, Excel hoặc ảnh.`,
    },
  },
  en: {
    name: 'Full name',
    email: 'E-mail',
    phone: 'Phone number',
    emailOrPhoneHint: 'At least one of the two, e-mail or phone, so that the Authority can reach you if needed.',
    required: '(required)',
    optional: '(optional)',
    send: 'Send',
    honeypot: 'Leave this empty',
    challenge: 'Check question',
    errorSummary: 'Not sent yet. Please correct the following:',
    privacy: 'Your contact details are used only to answer you and are never published (Decree 13/2023/ND-CP on personal data protection).',
    attachment: 'Attached file',
    attachmentHint: (max, maxMb) => `${max > 1 ? `At most ${max} files of` : 'One file of'} at most ${maxMb} MB${max > 1 ? ' each' : ''}. Accepted: PDF, Word (DOC, DOCX), Excel (XLS, XLSX), ODT and ODS documents, JPEG and PNG images. Files are seen only by the staff handling your message, never published.`,
    reattach: 'The file you chose was not sent. Choose it again before sending.',
    status: { received: 'Received', processing: 'Being handled', answered: 'Answered', rejected: 'Not handled' },
    problems: {
      formMissing: 'The form is invalid or out of date. Reload the page and send it again.',
      tooFast: 'The form was sent too quickly after it opened. Read it over and press Send again in a few seconds.',
      expired: 'The form has been open for more than a day. Reload the page and send it again.',
      honeypot: 'Not sent: the form looks as if it was filled in automatically.',
      challenge: 'Answer the check question correctly (in figures).',
      tooMany: (m) => `You have sent several times within an hour. Try again in about ${m} minutes.`,
      nameInvalid: 'The name must be 2 to 100 characters.',
      emailInvalid: 'The e-mail address is not valid, e.g. name@example.com.',
      phoneInvalid: 'The phone number has 9 to 15 digits, e.g. 0297 3862 779.',
      emailOrPhone: 'An e-mail address or a phone number is needed.',
      required: 'Required.',
      fileTooLarge: (name, maxMb) => `The file${name ? ` “${name}”` : ''} is too large: the limit is ${maxMb} MB. Nothing was saved.`,
      tooManyFiles: (max) => `At most ${max} ${max > 1 ? 'files' : 'file'} can be attached. Nothing was saved.`,
      noFilesTaken: 'This form does not take attached files.',
      bodyTooLarge: 'What was sent is too long or has too many parts. Nothing was saved.',
      badUpload: 'What was sent is malformed or was interrupted. Try again.',
      fileNotAccepted: (name, found) => `The file “${name}” is of a type that is not accepted${found ? ` (${found})` : ''}. Accepted: PDF, Word (DOC, DOCX), Excel (XLS, XLSX), ODT and ODS documents, JPEG and PNG images.`,
      archiveRefused: (name, found) => `The file “${name}” is an archive${found ? ` (${found})` : ''}: not accepted. Send the PDF, Word or Excel document or the image itself.`,
    },
  },
};
