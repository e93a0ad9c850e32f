// Announcements (thông báo, REQUIREMENTS A8; Nghị định 42/2022/NĐ-CP art. 6 on what a state
// agency's portal publishes): the content type declared once. The back office, validation, the
// admin and public JSON APIs, search and revisions derive from this object.
import type { ContentTypeDeclaration, FieldProblem, FieldValues, SelectOption } from '../../core/content-types/declaration.ts';
import { formatDatetimeAttr } from '../../core/text/datetime.ts';
import { announcementPath, announcementPaths } from './urls.ts';

export const announcementType = 'announcement';

const option = (value: string, vi: string, en: string): SelectOption => ({ value, label: { vi, en } });
const say = (vi: string, en: string) => ({ vi, en });

/** Loại thông báo: what an economic zone authority announces. */
export const kindOptions: SelectOption[] = [
  option('tuyen-dung', 'Tuyển dụng', 'Recruitment'),
  option('ket-qua-tuyen-dung', 'Kết quả thi tuyển, xét tuyển', 'Recruitment results'),
  option('tiep-cong-dan', 'Lịch tiếp công dân', 'Citizen reception schedule'),
  option('moi-hop', 'Mời họp, hội nghị', 'Meetings and conferences'),
  option('nghi-le', 'Nghỉ lễ, Tết', 'Public holidays'),
  option('lay-y-kien', 'Lấy ý kiến góp ý', 'Public consultation'),
  option('hanh-chinh', 'Hoạt động hành chính', 'Office arrangements'),
  option('khac', 'Thông báo khác', 'Other'),
];

/**
 * Số thông báo: a number, an optional year, then the kind and the issuer's abbreviations joined
 * by hyphens (215/TB-BQLKKT, 12/2026/TB-VP, 48/GM-BQLKKT for an invitation).
 */
export const announcementNumberPattern = /^\d{1,6}[a-z]?(?:\/(?:19|20)\d{2})?\/[A-ZĐ][A-Za-zĐđ0-9]*(?:[-.][A-ZĐ][A-Za-zĐđ0-9]*)*$/u;

/** The calendar day (Vietnam time) of an instant stored as UTC ISO 8601: "2026-12-15". */
export function localDay(instant: string): string {
  return formatDatetimeAttr(instant).slice(0, 10);
}

/** Hạn cuối cannot fall on a day before ngày ban hành (dates are YYYY-MM-DD: text order is date order). */
function closingAfterIssue(values: FieldValues): FieldProblem[] {
  const issued = values.issuedOn;
  const closes = values.closesAt;
  if (typeof issued !== 'string' || typeof closes !== 'string') return [];
  if (localDay(closes) >= issued) return [];
  return [{ field: 'closesAt', message: say('Hạn cuối không được trước ngày ban hành.', 'The closing date cannot be before the issue date.') }];
}

export const announcementDeclaration: ContentTypeDeclaration = {
  type: announcementType,
  label: say('Thông báo', 'Announcement'),
  plural: say('Thông báo', 'Announcements'),
  categories: false,
  api: 'announcements',
  paths: announcementPaths,
  itemPath: (item) => announcementPath(item.slug),
  validate: closingAfterIssue,
  fields: [
    {
      name: 'number',
      kind: 'text',
      label: say('Số thông báo', 'Number'),
      hint: say('Số, ký hiệu của văn bản thông báo nếu có, ví dụ 215/TB-BQLKKT.', 'Number and symbol of the notice, if it has one, e.g. 215/TB-BQLKKT.'),
      maxLength: 60,
      pattern: {
        regex: announcementNumberPattern,
        message: say('Số thông báo phải có dạng số/KÝ HIỆU, ví dụ 215/TB-BQLKKT hoặc 12/2026/TB-VP.', 'The number must look like number/SYMBOL, e.g. 215/TB-BQLKKT or 12/2026/TB-VP.'),
      },
      listColumn: true,
      search: 'number',
    },
    { name: 'kind', kind: 'select', label: say('Loại thông báo', 'Type of announcement'), required: true, options: kindOptions, listColumn: true, filter: true, search: 'body' },
    {
      name: 'issuer',
      kind: 'text',
      label: say('Đơn vị ban hành', 'Issued by'),
      hint: say('Ví dụ: Văn phòng Ban Quản lý, Phòng Quản lý Đầu tư.', 'E.g. the Authority’s Office, the Investment Management Division.'),
      required: true,
      maxLength: 200,
      search: 'body',
    },
    { name: 'issuedOn', kind: 'date', label: say('Ngày ban hành', 'Issue date'), required: true, listColumn: true, filter: true },
    {
      name: 'closesAt',
      kind: 'dateTime',
      label: say('Hạn cuối', 'Closing date'),
      hint: say('Thời điểm hết hạn (nộp hồ sơ, đăng ký, góp ý), giờ Việt Nam. Để trống nếu thông báo không có hạn.', 'When the notice closes (applications, registration, comments), Vietnam time. Leave empty when it has no deadline.'),
      listColumn: true,
    },
    { name: 'files', kind: 'files', label: say('Tệp đính kèm', 'Attachments'), hint: say('Văn bản thông báo, biểu mẫu, danh sách kèm theo.', 'The signed notice, forms and lists that go with it.') },
  ],
};
