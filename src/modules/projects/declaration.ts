// Projects calling for investment (dự án kêu gọi đầu tư, REQUIREMENTS A17), declared once: the
// back office, validation, the admin and public JSON APIs and the public pages all read this
// object. A project may sit in a zone (an item of type 'zone', owned by the zones module); the
// reference is by type name, so it works whichever module declares zones.
import { optionLabel, type ContentTypeDeclaration, type FieldValues, type SelectOption } from '../../core/content-types/declaration.ts';

export const projectType = 'project';

export const projectPaths = { vi: '/du-an-keu-goi-dau-tu', en: '/en/projects' } as const;

/** Lĩnh vực: the sectors the province calls investment into. */
export const sectorOptions: SelectOption[] = [
  { value: 'che-bien', label: { vi: 'Công nghiệp chế biến', en: 'Processing industry' } },
  { value: 'logistics-cang', label: { vi: 'Logistics – cảng', en: 'Logistics and ports' } },
  { value: 'du-lich-dich-vu', label: { vi: 'Du lịch – dịch vụ', en: 'Tourism and services' } },
  { value: 'nang-luong', label: { vi: 'Năng lượng', en: 'Energy' } },
  { value: 'ha-tang-kcn', label: { vi: 'Hạ tầng khu công nghiệp', en: 'Industrial park infrastructure' } },
  { value: 'nong-nghiep-cnc', label: { vi: 'Nông nghiệp công nghệ cao', en: 'High-tech agriculture' } },
  { value: 'thuy-san', label: { vi: 'Thủy sản', en: 'Fisheries and aquaculture' } },
  { value: 'do-thi', label: { vi: 'Đô thị', en: 'Urban development' } },
  { value: 'thuong-mai', label: { vi: 'Thương mại', en: 'Trade' } },
  { value: 'y-te-giao-duc', label: { vi: 'Y tế – giáo dục', en: 'Health and education' } },
];

/** Hình thức đầu tư. */
export const formOptions: SelectOption[] = [
  { value: '100-von-nha-dau-tu', label: { vi: '100% vốn nhà đầu tư', en: '100% investor capital' } },
  { value: 'ppp', label: { vi: 'Đối tác công tư (PPP)', en: 'Public–private partnership (PPP)' } },
  { value: 'lien-doanh', label: { vi: 'Liên doanh', en: 'Joint venture' } },
  { value: 'hop-dong-bcc', label: { vi: 'Hợp đồng hợp tác kinh doanh (BCC)', en: 'Business cooperation contract (BCC)' } },
  { value: 'dau-gia-dau-thau', label: { vi: 'Đấu giá quyền sử dụng đất / đấu thầu lựa chọn nhà đầu tư', en: 'Land-use rights auction / investor selection tender' } },
];

/** Tình trạng. */
export const statusOptions: SelectOption[] = [
  { value: 'dang-keu-goi', label: { vi: 'Đang kêu gọi', en: 'Open for investment' } },
  { value: 'co-nha-dau-tu-quan-tam', label: { vi: 'Đã có nhà đầu tư quan tâm', en: 'Investor interest received' } },
  { value: 'da-giao-nha-dau-tu', label: { vi: 'Đã giao nhà đầu tư', en: 'Assigned to an investor' } },
];

const capitalProblem = {
  missing: { vi: 'Cần nhập tổng vốn đầu tư bằng đồng, bằng USD, hoặc cả hai.', en: 'Give the total investment in VND, in USD, or both.' },
  notPositive: { vi: 'Tổng vốn đầu tư phải lớn hơn 0.', en: 'The total investment must be greater than 0.' },
};

/** Capital: at least one of VND and USD, each (when given) greater than zero; both together are fine. */
export function validateProject(values: FieldValues) {
  const given = (['capitalVnd', 'capitalUsd'] as const).filter((name) => typeof values[name] === 'number');
  if (given.length === 0) return [{ field: 'capitalVnd', message: capitalProblem.missing }];
  return given.filter((name) => (values[name] as number) <= 0).map((field) => ({ field, message: capitalProblem.notPositive }));
}

export const projectDeclaration: ContentTypeDeclaration = {
  type: projectType,
  label: { vi: 'Dự án kêu gọi đầu tư', en: 'Project calling for investment' },
  plural: { vi: 'Dự án kêu gọi đầu tư', en: 'Projects calling for investment' },
  categories: false,
  api: 'projects',
  paths: projectPaths,
  itemPath: (item) => `${projectPaths.vi}/${item.slug}`,
  fields: [
    { name: 'sector', kind: 'select', label: { vi: 'Lĩnh vực', en: 'Sector' }, required: true, options: sectorOptions, listColumn: true, filter: true, search: 'body' },
    {
      name: 'zone',
      kind: 'reference',
      label: { vi: 'Khu kinh tế, khu công nghiệp', en: 'Economic zone or industrial park' },
      hint: { vi: 'Để trống nếu dự án nằm ngoài các khu.', en: 'Leave empty for a project outside the zones.' },
      referenceType: 'zone',
      filter: true,
    },
    { name: 'location', kind: 'text', label: { vi: 'Địa điểm', en: 'Location' }, required: true, maxLength: 300, search: 'body' },
    { name: 'scale', kind: 'longText', label: { vi: 'Quy mô, công suất', en: 'Scale and capacity' }, maxLength: 3000, search: 'body' },
    { name: 'area', kind: 'area', label: { vi: 'Diện tích (ha)', en: 'Area (ha)' }, max: 100_000, listColumn: true },
    {
      name: 'capitalVnd',
      kind: 'money',
      label: { vi: 'Tổng vốn đầu tư (đồng)', en: 'Total investment (VND)' },
      hint: { vi: 'Số đồng, ví dụ 1.200.000.000.000 cho 1.200 tỷ đồng.', en: 'In đồng, e.g. 1,200,000,000,000 for VND 1,200 billion.' },
      max: 1e16,
      listColumn: true,
    },
    { name: 'capitalUsd', kind: 'number', label: { vi: 'Tổng vốn đầu tư (USD)', en: 'Total investment (USD)' }, hint: { vi: 'Số đô la Mỹ, ví dụ 50000000.', en: 'In US dollars, e.g. 50000000.' }, min: 0, max: 1e12 },
    { name: 'investmentForm', kind: 'select', label: { vi: 'Hình thức đầu tư', en: 'Form of investment' }, options: formOptions },
    { name: 'status', kind: 'select', label: { vi: 'Tình trạng', en: 'Status' }, required: true, options: statusOptions, listColumn: true, filter: true },
    { name: 'incentives', kind: 'longText', label: { vi: 'Ưu đãi đầu tư', en: 'Investment incentives' }, maxLength: 5000, search: 'body' },
    { name: 'contact', kind: 'text', label: { vi: 'Liên hệ', en: 'Contact' }, hint: { vi: 'Đơn vị, điện thoại, thư điện tử.', en: 'Office, telephone, e-mail.' }, maxLength: 500 },
    { name: 'files', kind: 'files', label: { vi: 'Tài liệu dự án', en: 'Project documents' }, hint: { vi: 'Thông tin dự án, bản đồ vị trí để tải về.', en: 'Project profile and location maps to download.' } },
  ],
  validate: validateProject,
};

/** A select value's label, or the value itself when it is not in the list (older data). */
export const optionText = (options: SelectOption[], value: unknown, lang: 'vi' | 'en'): string => optionLabel(options, value, lang) ?? (typeof value === 'string' ? value : '');

export const fieldLabel = (name: string, lang: 'vi' | 'en'): string => projectDeclaration.fields.find((f) => f.name === name)?.label[lang] ?? name;
