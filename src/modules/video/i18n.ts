// The video section's own interface strings, in both languages; a key missing from either is a
// type error. Field labels come from the declaration.
import type { Language } from '../../core/db/schema.ts';

export interface VideoStrings {
  title: string;
  intro: string;
  contentInVietnamese: string;
  count: (n: number) => string;
  none: string;
  recordedOn: string;
  length: string;
  source: string;
  on: (site: string) => string;
  /** the button: "Xem video trên YouTube" */
  watchOn: (site: string) => string;
  /** what the button does, said before it is followed */
  leaves: (host: string, site: string) => string;
  external: string;
  transcript: string;
  back: string;
  demoNotice: string;
  withdrawnNotice: string;
}

const vi: VideoStrings = {
  title: 'Video',
  intro: 'Video về hoạt động của Ban Quản lý Khu kinh tế tỉnh Kiên Giang và các khu công nghiệp, khu kinh tế trong tỉnh. Video được phát trên trang nơi đăng tải (YouTube, Đài Phát thanh và Truyền hình tỉnh); cổng không nhúng trang đó.',
  contentInVietnamese: '',
  count: (n) => `Có ${n} video`,
  none: 'Chưa có video nào.',
  recordedOn: 'Ngày ghi hình',
  length: 'Thời lượng',
  source: 'Nguồn',
  on: (site) => `Trên ${site}`,
  watchOn: (site) => `Xem video trên ${site}`,
  leaves: (host, site) =>
    `Nút này mở trang ${host}, bên ngoài Cổng thông tin điện tử. Cổng không nhúng video và không tải trước bất cứ nội dung nào của ${site}; khi mở, ${site} có thể ghi nhận lượt truy cập theo chính sách riêng của họ.`,
  external: '(mở trang ngoài cổng)',
  transcript: 'Nội dung video',
  back: 'Về danh sách video',
  demoNotice: 'Video mẫu để minh hoạ; địa chỉ video là giả định',
  withdrawnNotice: 'Video này đã được rút, chỉ còn để tra cứu. Lý do:',
};

const en: VideoStrings = {
  title: 'Videos',
  intro: 'Videos of the work of the Kiên Giang Economic Zone Authority and of the province’s industrial parks and economic zones. Videos play on the site that publishes them (YouTube, the provincial television); the portal does not embed that site.',
  contentInVietnamese: 'Titles and descriptions are published in Vietnamese.',
  count: (n) => (n === 1 ? '1 video' : `${n} videos`),
  none: 'There are no videos yet.',
  recordedOn: 'Recorded',
  length: 'Length',
  source: 'Source',
  on: (site) => `On ${site}`,
  watchOn: (site) => `Watch the video on ${site}`,
  leaves: (host, site) =>
    `This button opens ${host}, outside this portal. The portal does not embed the video and loads nothing from ${site} beforehand; once opened, ${site} may record your visit under its own policy.`,
  external: '(leaves the portal)',
  transcript: 'Transcript',
  back: 'Back to the videos',
  demoNotice: 'Sample video for demonstration; the video address is invented',
  withdrawnNotice: 'This video has been withdrawn and is kept for reference only. Reason:',
};

export const videoStrings: Record<Language, VideoStrings> = { vi, en };
