// The announcements module's own interface strings, in both languages. The type makes a key
// missing from either language a type error. Field labels come from the declaration.
import type { Language } from '../../core/db/schema.ts';

export interface AnnouncementStrings {
  title: string;
  intro: string;
  orderNote: string;
  contentInVietnamese: string;
  filters: string;
  all: string;
  year: string;
  status: string;
  statusOpen: string;
  statusClosed: string;
  apply: string;
  clear: string;
  count: (n: number) => string;
  none: string;
  closed: string;
  open: string;
  noDeadline: string;
  closedNotice: (stamp: string) => string;
  posted: string;
  attachmentsNone: string;
  demoNotice: string;
  withdrawnNotice: string;
}

const vi: AnnouncementStrings = {
  title: 'Thông báo',
  intro: 'Thông báo của Ban Quản lý Khu kinh tế tỉnh Kiên Giang: tuyển dụng, lịch tiếp công dân, mời họp, kết quả thi tuyển, lịch nghỉ lễ và các thông báo khác.',
  orderNote: 'Thông báo còn hạn xếp trước, mới nhất lên đầu; thông báo đã hết hạn xếp sau.',
  contentInVietnamese: '',
  filters: 'Lọc thông báo',
  all: 'Tất cả',
  year: 'Năm ban hành',
  status: 'Tình trạng',
  statusOpen: 'Còn hạn',
  statusClosed: 'Đã hết hạn',
  apply: 'Lọc',
  clear: 'Bỏ lọc',
  count: (n) => `Có ${n} thông báo`,
  none: 'Không có thông báo nào phù hợp với điều kiện lọc.',
  closed: 'Đã hết hạn',
  open: 'Còn hạn',
  noDeadline: 'Không có hạn cuối',
  closedNotice: (stamp) => `Thông báo này đã hết hạn lúc ${stamp}; nội dung được giữ lại để tra cứu.`,
  posted: 'Đăng lúc',
  attachmentsNone: 'Không có tệp đính kèm.',
  demoNotice: 'Thông báo mẫu để minh hoạ, không phải thông báo thật',
  withdrawnNotice: 'Thông báo này đã được rút, chỉ còn để tra cứu. Lý do:',
};

const en: AnnouncementStrings = {
  title: 'Announcements',
  intro: 'Announcements of the Kiên Giang Economic Zone Authority: recruitment, citizen reception schedules, meetings, examination results, public holidays and other notices.',
  orderNote: 'Open announcements come first, newest first; closed ones follow.',
  contentInVietnamese: 'Announcements are published in Vietnamese.',
  filters: 'Filter announcements',
  all: 'All',
  year: 'Year of issue',
  status: 'Status',
  statusOpen: 'Open',
  statusClosed: 'Closed',
  apply: 'Filter',
  clear: 'Clear filters',
  count: (n) => (n === 1 ? '1 announcement' : `${n} announcements`),
  none: 'No announcement matches these filters.',
  closed: 'Closed',
  open: 'Open',
  noDeadline: 'No closing date',
  closedNotice: (stamp) => `This announcement closed at ${stamp}; it is kept for reference.`,
  posted: 'Posted',
  attachmentsNone: 'No attachments.',
  demoNotice: 'Sample for demonstration, not a real announcement',
  withdrawnNotice: 'This announcement has been withdrawn and is kept for reference only. Reason:',
};

export const announcementStrings: Record<Language, AnnouncementStrings> = { vi, en };
