// The About pages' own interface strings, in both languages. The type makes a key missing from
// either language a type error. Field names (address, telephone…) come from the declarations.
import type { Language } from '../../core/db/schema.ts';

export interface AboutStrings {
  about: string;
  aboutDescription: (agency: string) => string;
  onPage: string;
  duties: string;
  structure: string;
  structureIntro: string;
  structureLabel: string;
  leadership: string;
  leadershipDescription: string;
  leadershipIntro: string;
  boardLeaders: string;
  allLeaders: string;
  history: string;
  contact: string;
  partOf: string;
  subUnits: string;
  unitLeaders: string;
  otherLeaders: string;
  noUnits: string;
  noLeaders: string;
  contentInVietnamese: string;
  demoNotice: string;
  demoBadge: string;
  termStart: string;
  assignedDuties: string;
  photoOf: (name: string) => string;
  withdrawnNotice: string;
  unitDescription: (unit: string, agency: string) => string;
}

const vi: AboutStrings = {
  about: 'Giới thiệu',
  aboutDescription: (agency) => `Chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức, lãnh đạo và lịch sử hình thành của ${agency}.`,
  onPage: 'Nội dung trang',
  duties: 'Chức năng, nhiệm vụ, quyền hạn',
  structure: 'Cơ cấu tổ chức',
  structureIntro: 'Các đơn vị được liệt kê theo quan hệ cấp trên – cấp dưới. Chọn tên đơn vị để xem chức năng, nhiệm vụ, lãnh đạo và thông tin liên hệ.',
  structureLabel: 'Sơ đồ cơ cấu tổ chức',
  leadership: 'Lãnh đạo',
  leadershipDescription: 'Họ tên, chức vụ, nhiệm vụ được phân công và thông tin liên hệ công vụ của lãnh đạo cơ quan và các đơn vị.',
  leadershipIntro: 'Họ tên, chức vụ, nhiệm vụ được phân công và thông tin liên hệ công vụ của lãnh đạo cơ quan và lãnh đạo các đơn vị, theo cơ cấu tổ chức.',
  boardLeaders: 'Lãnh đạo cơ quan',
  allLeaders: 'Thông tin lãnh đạo cơ quan và các đơn vị',
  history: 'Lịch sử hình thành',
  contact: 'Liên hệ',
  partOf: 'Trực thuộc',
  subUnits: 'Các đơn vị trực thuộc',
  unitLeaders: 'Lãnh đạo đơn vị',
  otherLeaders: 'Lãnh đạo khác',
  noUnits: 'Thông tin giới thiệu đang được cập nhật.',
  noLeaders: 'Thông tin lãnh đạo đang được cập nhật.',
  contentInVietnamese: '',
  demoNotice: 'Dữ liệu minh hoạ: họ tên và số điện thoại trên trang này là giả định, không phải thông tin thật.',
  demoBadge: 'Minh hoạ',
  termStart: 'Giữ chức vụ từ',
  assignedDuties: 'Nhiệm vụ được phân công',
  photoOf: (name) => `Ảnh ${name}`,
  withdrawnNotice: 'Đơn vị này không còn hoạt động:',
  unitDescription: (unit, agency) => `${unit} – chức năng, nhiệm vụ, lãnh đạo và thông tin liên hệ (${agency}).`,
};

const en: AboutStrings = {
  about: 'About us',
  aboutDescription: (agency) => `Functions, duties and powers, organisation, leadership and history of the ${agency}.`,
  onPage: 'On this page',
  duties: 'Functions, duties and powers',
  structure: 'Organisation structure',
  structureIntro: 'The units are listed under the unit they belong to. Choose a unit for its functions, leaders and contact details.',
  structureLabel: 'Organisation chart',
  leadership: 'Leadership',
  leadershipDescription: 'Names, positions, assigned duties and official contact details of the leaders of the agency and its units.',
  leadershipIntro: 'Names, positions, assigned duties and official contact details of the agency’s leaders and of the heads of its units, following the organisation structure.',
  boardLeaders: 'Leaders of the agency',
  allLeaders: 'Leaders of the agency and its units',
  history: 'History',
  contact: 'Contact',
  partOf: 'Part of',
  subUnits: 'Units within it',
  unitLeaders: 'Leaders of the unit',
  otherLeaders: 'Other leaders',
  noUnits: 'Information about the agency is being prepared.',
  noLeaders: 'Information about the leaders is being prepared.',
  contentInVietnamese: 'This information is published in Vietnamese.',
  demoNotice: 'Sample data: the names and telephone numbers on this page are invented, not real.',
  demoBadge: 'Sample',
  termStart: 'In office since',
  assignedDuties: 'Assigned duties',
  photoOf: (name) => `Photo of ${name}`,
  withdrawnNotice: 'This unit no longer exists:',
  unitDescription: (unit, agency) => `${unit}: functions, duties, leaders and contact details (${agency}).`,
};

export const aboutStrings: Record<Language, AboutStrings> = { vi, en };
