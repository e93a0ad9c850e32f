// Strings of the back office's submissions pages (questions, comments, messages from the public).
import type { Language } from '../../core/db/schema.ts';

export interface SubmissionsText {
  title: string;
  waiting: string;
  intro: string;
  kind: string;
  allKinds: string;
  status: string;
  allStatuses: string;
  mine: string;
  filter: string;
  received: string;
  subject: string;
  sender: string;
  assignedTo: string;
  nobody: string;
  none: string;
  caption: string;
  open: (n: number) => string;
  contact: string;
  name: string;
  email: string;
  phone: string;
  erased: (when: string) => string;
  trackingCode: string;
  about: string;
  content: string;
  files: string;
  noFiles: string;
  filesErased: string;
  filesHint: string;
  assign: string;
  assignButton: string;
  changeStatus: string;
  statusButton: string;
  answer: string;
  answerText: string;
  answerHint: string;
  answeredBy: string;
  answeredByHint: string;
  answerButton: string;
  publication: string;
  published: (when: string) => string;
  notPublished: string;
  publish: string;
  unpublish: string;
  publishNeedsAnswer: string;
  publicPage: string;
  notes: string;
  notesHint: string;
  noNotes: string;
  addNote: string;
  noteButton: string;
  erase: string;
  eraseHint: string;
  eraseConfirm: string;
  eraseButton: string;
  saved: string;
  problems: { noteEmpty: string; noteTooLong: string; answerEmpty: string; answerTooLong: string; answeredByTooLong: string; badStatus: string; badUser: string; notPublishable: string };
}

export const submissionsText: Record<Language, SubmissionsText> = {
  vi: {
    title: 'Ý kiến, câu hỏi của người dân',
    waiting: 'Ý kiến, câu hỏi chờ xử lý',
    intro: 'Câu hỏi, góp ý và thư liên hệ do người dân, doanh nghiệp gửi qua cổng thông tin. Thông tin liên hệ chỉ dùng để xử lý, không công bố.',
    kind: 'Loại',
    allKinds: 'Tất cả các loại',
    status: 'Tình trạng',
    allStatuses: 'Mọi tình trạng',
    mine: 'Chỉ việc giao cho tôi',
    filter: 'Lọc',
    received: 'Ngày nhận',
    subject: 'Tiêu đề',
    sender: 'Người gửi',
    assignedTo: 'Người xử lý',
    nobody: 'Chưa giao',
    none: 'Không có mục nào.',
    caption: 'Danh sách ý kiến, câu hỏi',
    open: (n) => `${n} mục đang chờ xử lý`,
    contact: 'Thông tin liên hệ (không công bố)',
    name: 'Họ và tên',
    email: 'Thư điện tử',
    phone: 'Điện thoại',
    erased: (when) => `Dữ liệu cá nhân đã được xóa lúc ${when}.`,
    trackingCode: 'Mã tra cứu',
    about: 'Về nội dung',
    content: 'Nội dung gửi',
    files: 'Tệp đính kèm (không công bố)',
    noFiles: 'Người gửi không đính kèm tệp nào.',
    filesErased: 'Không còn tệp đính kèm: các tệp (nếu có) đã được xóa cùng dữ liệu cá nhân.',
    filesHint: 'Tệp do người gửi đính kèm, đã được kiểm tra loại tệp theo nội dung (không nhận tệp chương trình, tệp nén, trang HTML). Chỉ cán bộ xử lý tải về được; tệp có thể chứa dữ liệu cá nhân, không chuyển cho người khác.',
    assign: 'Giao xử lý',
    assignButton: 'Giao việc',
    changeStatus: 'Đổi tình trạng',
    statusButton: 'Lưu tình trạng',
    answer: 'Trả lời',
    answerText: 'Nội dung trả lời',
    answerHint: 'Văn bản thường; để một dòng trống giữa các đoạn. Người hỏi xem được câu trả lời bằng mã tra cứu.',
    answeredBy: 'Đơn vị trả lời',
    answeredByHint: 'Ví dụ: Phòng Quản lý Đầu tư. Hiện cùng câu trả lời.',
    answerButton: 'Lưu câu trả lời',
    publication: 'Công bố trên cổng',
    published: (when) => `Đang hiện công khai từ ${when}.`,
    notPublished: 'Chưa công bố.',
    publish: 'Công bố',
    unpublish: 'Thôi công bố',
    publishNeedsAnswer: 'Cần có câu trả lời trước khi công bố.',
    publicPage: 'Xem trên cổng',
    notes: 'Ghi chú nội bộ',
    notesHint: 'Chỉ cán bộ xem được, không gửi cho người hỏi.',
    noNotes: 'Chưa có ghi chú.',
    addNote: 'Thêm ghi chú',
    noteButton: 'Thêm ghi chú',
    erase: 'Xóa dữ liệu cá nhân',
    eraseHint: 'Theo yêu cầu của người gửi (Nghị định 13/2023/NĐ-CP): xóa họ tên, thư điện tử, số điện thoại và các tệp đính kèm; nội dung và câu trả lời được giữ lại. Việc xóa được ghi vào nhật ký.',
    eraseConfirm: 'Tôi hiểu việc xóa không thể hoàn tác',
    eraseButton: 'Xóa dữ liệu cá nhân',
    saved: 'Đã lưu.',
    problems: {
      noteEmpty: 'Hãy nhập nội dung ghi chú.',
      noteTooLong: 'Ghi chú tối đa 4.000 ký tự.',
      answerEmpty: 'Hãy nhập câu trả lời.',
      answerTooLong: 'Câu trả lời tối đa 20.000 ký tự.',
      answeredByTooLong: 'Tên đơn vị trả lời tối đa 200 ký tự.',
      badStatus: 'Tình trạng không hợp lệ.',
      badUser: 'Người được giao không tồn tại hoặc không có quyền xử lý.',
      notPublishable: 'Mục này không thể công bố.',
    },
  },
  en: {
    title: 'Messages from the public',
    waiting: 'Messages waiting to be handled',
    intro: 'Questions, comments and contact messages sent by citizens and enterprises through the portal. Contact details are used only to handle them and never published.',
    kind: 'Kind',
    allKinds: 'All kinds',
    status: 'Status',
    allStatuses: 'Any status',
    mine: 'Only those assigned to me',
    filter: 'Filter',
    received: 'Received',
    subject: 'Subject',
    sender: 'Sender',
    assignedTo: 'Handled by',
    nobody: 'Not assigned',
    none: 'Nothing here.',
    caption: 'Messages from the public',
    open: (n) => `${n} waiting to be handled`,
    contact: 'Contact details (never published)',
    name: 'Name',
    email: 'E-mail',
    phone: 'Phone',
    erased: (when) => `Personal data erased at ${when}.`,
    trackingCode: 'Tracking code',
    about: 'About',
    content: 'What was sent',
    files: 'Attached files (never published)',
    noFiles: 'The sender attached no file.',
    filesErased: 'No attached file: any files were deleted with the personal data.',
    filesHint: 'Files attached by the sender, checked by their content (no programs, archives or HTML pages). Only staff handling messages can download them; they may hold personal data, do not pass them on.',
    assign: 'Assign',
    assignButton: 'Assign',
    changeStatus: 'Change the status',
    statusButton: 'Save the status',
    answer: 'Answer',
    answerText: 'Text of the answer',
    answerHint: 'Plain text; leave an empty line between paragraphs. The asker can read the answer with the tracking code.',
    answeredBy: 'Answered by',
    answeredByHint: 'E.g. Investment Management Division. Shown with the answer.',
    answerButton: 'Save the answer',
    publication: 'Publication',
    published: (when) => `Public since ${when}.`,
    notPublished: 'Not published.',
    publish: 'Publish',
    unpublish: 'Unpublish',
    publishNeedsAnswer: 'An answer is needed before publishing.',
    publicPage: 'View on the site',
    notes: 'Internal notes',
    notesHint: 'Seen by staff only, never sent to the asker.',
    noNotes: 'No notes yet.',
    addNote: 'Add a note',
    noteButton: 'Add the note',
    erase: 'Erase personal data',
    eraseHint: 'At the sender’s request (Decree 13/2023): erases the name, e-mail, phone and attached files; the text and the answer stay. The erasure is recorded in the audit log.',
    eraseConfirm: 'I understand this cannot be undone',
    eraseButton: 'Erase personal data',
    saved: 'Saved.',
    problems: {
      noteEmpty: 'Type the note.',
      noteTooLong: 'A note is at most 4,000 characters.',
      answerEmpty: 'Type the answer.',
      answerTooLong: 'An answer is at most 20,000 characters.',
      answeredByTooLong: 'The name of the answering unit is at most 200 characters.',
      badStatus: 'Unknown status.',
      badUser: 'That person does not exist or may not handle messages.',
      notPublishable: 'This cannot be published.',
    },
  },
};
