// Contact (liên hệ, Decree 42/2022/NĐ-CP, REQUIREMENTS A2), declared once:
// - the type 'contact-person': the named officials the public may call or write to — the one-stop
//   desk's staff, the spokesperson, the portal's editors — each with position, unit, official
//   telephone and e-mail, what to contact them about and when they can be reached. Most of them
//   are not leaders, so they are a type of their own rather than the leaders' cards; the back
//   office, validation and the admin API derive from this object;
// - the submission kind 'contact': a message sent from /lien-he, with a tracking code, moderated
//   in the back office like every other kind; never published.
// The agency's own address, telephone, fax and e-mail come from the site settings.
import type { ContentTypeDeclaration, FieldValues } from '../../core/content-types/declaration.ts';
import type { SubmissionKind } from '../../core/submissions/declaration.ts';

export const contactPersonType = 'contact-person';

export const contactPaths = {
  vi: { page: '/lien-he', track: '/lien-he/tra-cuu' },
  en: { page: '/en/contact', track: '/en/contact/track' },
} as const;

/** An address people can write to: name@domain.tld, no spaces, no display name. */
export const officialEmailPattern = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
/** A telephone number as it is printed: digits with spaces, dots, dashes, brackets, a leading +. */
export const phonePattern = /^\+?[0-9 .()-]{8,30}$/;

export const contactPersonDeclaration: ContentTypeDeclaration = {
  type: contactPersonType,
  label: { vi: 'Đầu mối liên hệ', en: 'Contact point' },
  plural: { vi: 'Đầu mối liên hệ', en: 'Contact points' },
  categories: false,
  api: 'contact-persons',
  paths: { vi: contactPaths.vi.page, en: contactPaths.en.page },
  itemPath: (item) => `${contactPaths.vi.page}#${item.slug}`,
  fields: [
    {
      name: 'position',
      kind: 'text',
      label: { vi: 'Chức vụ, nhiệm vụ', en: 'Position' },
      hint: { vi: 'Ví dụ: Chuyên viên Bộ phận Một cửa; Chánh Văn phòng, người phát ngôn.', en: 'E.g. Chuyên viên Bộ phận Một cửa; Chánh Văn phòng, người phát ngôn.' },
      required: true,
      maxLength: 200,
      listColumn: true,
      search: 'title',
    },
    {
      name: 'unit',
      kind: 'text',
      label: { vi: 'Đơn vị', en: 'Unit' },
      hint: { vi: 'Tên đơn vị công tác, ví dụ Văn phòng, Phòng Quản lý Đầu tư.', en: 'The unit the person works in, e.g. Văn phòng, Phòng Quản lý Đầu tư.' },
      maxLength: 200,
      listColumn: true,
      search: 'body',
    },
    {
      name: 'topics',
      kind: 'text',
      label: { vi: 'Liên hệ về', en: 'Contact about' },
      hint: { vi: 'Những việc người dân, doanh nghiệp liên hệ người này, ví dụ: tiếp nhận hồ sơ thủ tục hành chính.', en: 'What the public contacts this person about, e.g. receiving applications.' },
      maxLength: 300,
      search: 'body',
    },
    {
      name: 'phone',
      kind: 'text',
      label: { vi: 'Điện thoại', en: 'Telephone' },
      hint: { vi: 'Số điện thoại công vụ, ví dụ (0297) 3 862 779.', en: 'Official telephone, e.g. (0297) 3 862 779.' },
      maxLength: 30,
      pattern: { regex: phonePattern, message: { vi: 'Số điện thoại chỉ gồm chữ số, khoảng trắng, dấu chấm, gạch ngang, ngoặc đơn (ví dụ (0297) 3 862 779).', en: 'A telephone number has only digits, spaces, dots, dashes and brackets, e.g. (0297) 3 862 779.' } },
    },
    {
      name: 'email',
      kind: 'text',
      label: { vi: 'Thư điện tử công vụ', en: 'Official e-mail' },
      hint: { vi: 'Địa chỉ thư công vụ (…@kiengiang.gov.vn), không dùng thư cá nhân.', en: 'The official address (…@kiengiang.gov.vn), not a personal one.' },
      maxLength: 200,
      pattern: { regex: officialEmailPattern, message: { vi: 'Địa chỉ thư điện tử không hợp lệ (ví dụ ten.bqlkkt@kiengiang.gov.vn).', en: 'Not a valid e-mail address (e.g. ten.bqlkkt@kiengiang.gov.vn).' } },
    },
    {
      name: 'hours',
      kind: 'text',
      label: { vi: 'Thời gian tiếp nhận', en: 'Office hours' },
      hint: { vi: 'Khi nào có thể liên hệ, ví dụ: Sáng 7 giờ – 11 giờ, chiều 13 giờ – 17 giờ, thứ Hai đến thứ Sáu.', en: 'When the person can be reached, e.g. 7:00–11:00 and 13:00–17:00, Monday to Friday.' },
      maxLength: 200,
    },
    {
      name: 'order',
      kind: 'number',
      label: { vi: 'Thứ tự hiển thị', en: 'Display order' },
      hint: { vi: 'Số nhỏ đứng trước; cùng số thì xếp theo tên.', en: 'Smaller numbers first; equal numbers are sorted by name.' },
      min: 0,
      max: 9999,
      listColumn: true,
    },
  ],
  validate(values: FieldValues) {
    // a contact point nobody can reach is no contact point
    if (values.phone === undefined && values.email === undefined) {
      return [{ field: 'phone', message: { vi: 'Cần ít nhất số điện thoại hoặc thư điện tử.', en: 'A telephone number or an e-mail address is needed.' } }];
    }
    return [];
  },
};

export const contactKind: SubmissionKind = {
  kind: 'contact',
  label: { vi: 'Thư liên hệ', en: 'Contact message' },
  plural: { vi: 'Thư liên hệ', en: 'Contact messages' },
  titleField: 'subject',
  fields: [
    { name: 'subject', kind: 'text', label: { vi: 'Tiêu đề', en: 'Subject' }, required: true, maxLength: 200, hint: { vi: 'Một câu ngắn nêu việc bạn cần liên hệ.', en: 'One short sentence saying what you are writing about.' } },
    { name: 'message', kind: 'longText', label: { vi: 'Nội dung', en: 'Message' }, required: true, maxLength: 5000, hint: { vi: 'Tối đa 5.000 ký tự. Không ghi thông tin cá nhân của người khác.', en: 'At most 5,000 characters. Do not include other people’s personal details.' } },
  ],
  contact: { name: 'required', email: 'optional', phone: 'optional', emailOrPhone: true },
  // a document the message is about: private, for the staff only
  attachments: { max: 1, maxMb: 10 },
  tracking: true,
  answer: false,
  publishable: false,
  statusLabels: { answered: { vi: 'Đã xử lý', en: 'Handled' } },
};
