// The consultations module's own interface strings, in both languages.
import type { Language } from '../../core/db/schema.ts';
import type { DraftState } from './declaration.ts';

export interface ConsultationStrings {
  title: string;
  intro: string;
  state: Record<DraftState, string>;
  none: string;
  period: string;
  status: string;
  issuer: string;
  files: string;
  comment: string;
  commentIntro: string;
  wholeDraft: string;
  send: string;
  sentTitle: string;
  sentText: string;
  back: string;
  closedNotice: string;
  upcomingNotice: (when: string) => string;
  comments: (n: number) => string;
  noComments: string;
  on: string;
  report: string;
  noReport: string;
  closedRefused: string;
  unknownArticle: string;
  demo: string;
}

export const consultationStrings: Record<Language, ConsultationStrings> = {
  vi: {
    title: 'Góp ý dự thảo',
    intro: 'Dự thảo văn bản do Ban Quản lý Khu kinh tế tỉnh Kiên Giang chủ trì soạn thảo, lấy ý kiến của người dân, doanh nghiệp.',
    state: { upcoming: 'Sắp lấy ý kiến', open: 'Đang lấy ý kiến', closed: 'Đã hết hạn góp ý' },
    none: 'Chưa có dự thảo nào.',
    period: 'Thời gian lấy ý kiến',
    status: 'Tình trạng',
    issuer: 'Cơ quan chủ trì soạn thảo',
    files: 'Toàn văn dự thảo',
    comment: 'Gửi góp ý',
    commentIntro: 'Góp ý cho một điều, mục hoặc cho cả dự thảo. Góp ý được đăng công khai sau khi cơ quan kiểm duyệt.',
    wholeDraft: 'Toàn bộ dự thảo',
    send: 'Gửi góp ý',
    sentTitle: 'Đã nhận góp ý',
    sentText: 'Cảm ơn bạn đã góp ý. Góp ý đã được lưu và sẽ hiện trên trang này sau khi được kiểm duyệt.',
    back: 'Trở lại dự thảo',
    closedNotice: 'Dự thảo đã hết thời gian lấy ý kiến.',
    upcomingNotice: (when) => `Dự thảo bắt đầu nhận góp ý từ ${when}.`,
    comments: (n) => `Góp ý đã được duyệt (${n})`,
    noComments: 'Chưa có góp ý nào được đăng.',
    on: 'Góp ý cho',
    report: 'Báo cáo tổng hợp, tiếp thu, giải trình ý kiến',
    noReport: 'Báo cáo tổng hợp ý kiến sẽ được đăng tại đây.',
    closedRefused: 'Dự thảo đã hết thời gian lấy ý kiến nên không nhận thêm góp ý.',
    unknownArticle: 'Hãy chọn một điều, mục trong danh sách hoặc “Toàn bộ dự thảo”.',
    demo: 'Dự thảo mẫu (dữ liệu minh họa), không phải văn bản thật.',
  },
  en: {
    title: 'Public consultations',
    intro: 'Drafts prepared by the Kien Giang Economic Zone Authority, open for comment by citizens and enterprises.',
    state: { upcoming: 'Opening soon', open: 'Open for comment', closed: 'Closed' },
    none: 'There are no drafts yet.',
    period: 'Consultation period',
    status: 'Status',
    issuer: 'Drafting body',
    files: 'Full draft',
    comment: 'Send a comment',
    commentIntro: 'Comment on an article or section, or on the whole draft. Comments appear here after moderation.',
    wholeDraft: 'The whole draft',
    send: 'Send the comment',
    sentTitle: 'Comment received',
    sentText: 'Thank you. Your comment has been saved and will appear on this page once it has been moderated.',
    back: 'Back to the draft',
    closedNotice: 'This consultation is closed.',
    upcomingNotice: (when) => `The draft opens for comment on ${when}.`,
    comments: (n) => `Approved comments (${n})`,
    noComments: 'No comment has been published yet.',
    on: 'On',
    report: 'Report on the comments received and how they were addressed',
    noReport: 'The report on the comments will be published here.',
    closedRefused: 'This consultation is closed and takes no more comments.',
    unknownArticle: 'Choose an article from the list, or “The whole draft”.',
    demo: 'A sample draft (demo data), not a real document.',
  },
};
