// The procurement module's own interface strings, in both languages. The type makes a key
// missing from either language a type error. Field labels come from the declaration.
import type { Language } from '../../core/db/schema.ts';

export interface BiddingStrings {
  title: string;
  intro: string;
  orderNote: string;
  contentInVietnamese: string;
  nationalSystem: string;
  /** the notice number's label in a list row (the declaration's is long) */
  noticeNumberShort: string;
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
  noClosing: string;
  closedNotice: (stamp: string) => string;
  money: (amount: number) => string;
  attachmentsNone: string;
  demoNotice: string;
  withdrawnNotice: string;
}

const vi: BiddingStrings = {
  title: 'Thông tin đấu thầu',
  intro: 'Kế hoạch lựa chọn nhà thầu, thông báo mời quan tâm, mời thầu và kết quả lựa chọn nhà thầu của các gói thầu do Ban Quản lý Khu kinh tế tỉnh Kiên Giang làm chủ đầu tư hoặc bên mời thầu.',
  orderNote: 'Gói thầu còn hạn xếp trước, gói sắp đóng thầu lên đầu; gói thầu đã đóng thầu xếp sau.',
  contentInVietnamese: '',
  nationalSystem: 'Hồ sơ mời thầu và việc nộp hồ sơ dự thầu thực hiện trên Hệ thống mạng đấu thầu quốc gia (muasamcong.mpi.gov.vn) theo số thông báo.',
  noticeNumberShort: 'Số thông báo',
  filters: 'Lọc thông tin đấu thầu',
  all: 'Tất cả',
  year: 'Năm đăng tải',
  status: 'Tình trạng',
  statusOpen: 'Còn hạn',
  statusClosed: 'Đã hết hạn',
  apply: 'Lọc',
  clear: 'Bỏ lọc',
  count: (n) => `Có ${n} thông báo`,
  none: 'Không có thông báo nào phù hợp với điều kiện lọc.',
  closed: 'Đã hết hạn',
  open: 'Còn hạn',
  noClosing: 'Không áp dụng',
  closedNotice: (stamp) => `Gói thầu này đã đóng thầu lúc ${stamp}; thông báo được giữ lại để tra cứu.`,
  money: (amount) => `${new Intl.NumberFormat('vi-VN').format(amount)} đồng`,
  attachmentsNone: 'Không có tệp đính kèm.',
  demoNotice: 'Thông báo mẫu để minh hoạ, không phải gói thầu thật',
  withdrawnNotice: 'Thông báo này đã được rút, chỉ còn để tra cứu. Lý do:',
};

const en: BiddingStrings = {
  title: 'Procurement notices',
  intro: 'Contractor selection plans, requests for expressions of interest, invitations for bids and contract awards of packages the Kiên Giang Economic Zone Authority procures or invests in.',
  orderNote: 'Open notices come first, the one closing soonest on top; closed ones follow.',
  contentInVietnamese: 'Notices are published in Vietnamese.',
  nationalSystem: 'Bidding documents are issued and bids submitted on the national e-procurement system (muasamcong.mpi.gov.vn) under the notice number.',
  noticeNumberShort: 'Notice number',
  filters: 'Filter procurement notices',
  all: 'All',
  year: 'Year posted',
  status: 'Status',
  statusOpen: 'Open',
  statusClosed: 'Closed',
  apply: 'Filter',
  clear: 'Clear filters',
  count: (n) => (n === 1 ? '1 notice' : `${n} notices`),
  none: 'No notice matches these filters.',
  closed: 'Closed',
  open: 'Open',
  noClosing: 'Not applicable',
  closedNotice: (stamp) => `Bidding for this package closed at ${stamp}; the notice is kept for reference.`,
  money: (amount) => `VND ${new Intl.NumberFormat('en-GB').format(amount)}`,
  attachmentsNone: 'No attachments.',
  demoNotice: 'Sample for demonstration, not a real package',
  withdrawnNotice: 'This notice has been withdrawn and is kept for reference only. Reason:',
};

export const biddingStrings: Record<Language, BiddingStrings> = { vi, en };
