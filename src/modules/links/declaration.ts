// Links to other state portals (liên kết website, Decree 42/2022 A20), declared once: the back
// office, validation, the admin API, /lien-ket and the footer all read this object.
import type { ContentTypeDeclaration, SelectOption } from '../../core/content-types/declaration.ts';

export const linkType = 'link';
export const linkPaths = { vi: '/lien-ket', en: '/en/links' } as const;

/** Groups of the links page, in this order. */
export const groupOptions: SelectOption[] = [
  { value: 'trung-uong', label: { vi: 'Cơ quan Trung ương', en: 'Central government' } },
  { value: 'tinh', label: { vi: 'Cơ quan của tỉnh', en: 'Provincial agencies' } },
  { value: 'dich-vu-cong', label: { vi: 'Dịch vụ công, cơ sở dữ liệu', en: 'Public services and databases' } },
  { value: 'khu-kinh-te', label: { vi: 'Khu kinh tế, khu công nghiệp', en: 'Economic zones and industrial parks' } },
  { value: 'khac', label: { vi: 'Liên kết khác', en: 'Other links' } },
];

export const footerOptions: SelectOption[] = [
  { value: 'co', label: { vi: 'Có', en: 'Yes' } },
  { value: 'khong', label: { vi: 'Không', en: 'No' } },
];

/** An absolute web address (http or https), without spaces or quotes. */
export const webAddress = /^https?:\/\/[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d{1,5})?([/?#][^\s"'<>]*)?$/i;

export const linkDeclaration: ContentTypeDeclaration = {
  type: linkType,
  label: { vi: 'Liên kết website', en: 'Link' },
  plural: { vi: 'Liên kết website', en: 'Links' },
  categories: false,
  api: 'links',
  paths: linkPaths,
  itemPath: (item) => `${linkPaths.vi}#${item.slug}`,
  fields: [
    {
      name: 'url',
      kind: 'text',
      label: { vi: 'Địa chỉ website', en: 'Web address' },
      hint: { vi: 'Địa chỉ đầy đủ, ví dụ https://chinhphu.vn', en: 'The full address, e.g. https://chinhphu.vn' },
      required: true,
      maxLength: 500,
      pattern: { regex: webAddress, message: { vi: 'Phải là địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://.', en: 'Must be a full web address starting with https:// or http://.' } },
      listColumn: true,
    },
    { name: 'group', kind: 'select', label: { vi: 'Nhóm', en: 'Group' }, required: true, options: groupOptions, listColumn: true, filter: true },
    {
      name: 'inFooter',
      kind: 'select',
      label: { vi: 'Hiện ở chân trang', en: 'Shown in the footer' },
      hint: { vi: 'Các liên kết chọn “Có” hiện ở chân mọi trang.', en: 'Links marked “Yes” appear at the foot of every page.' },
      required: true,
      options: footerOptions,
      listColumn: true,
      filter: true,
    },
    {
      name: 'order',
      kind: 'number',
      label: { vi: 'Thứ tự', en: 'Order' },
      hint: { vi: 'Số nhỏ đứng trước trong nhóm.', en: 'Smaller numbers come first within a group.' },
      min: 0,
      max: 9999,
    },
  ],
};
