// Administrative procedures (thủ tục hành chính), declared once (DESIGN.md §4): the back office,
// validation, the admin API and the public pages all read this object. The wording of the
// headings follows the national public-service portal (dichvucong.gov.vn).
import { optionLabel, type ContentTypeDeclaration, type SelectOption } from '../../core/content-types/declaration.ts';

export const procedureType = 'procedure';

export const procedurePaths = { vi: '/thu-tuc-hanh-chinh', en: '/en/procedures' } as const;

/** Lĩnh vực: the sectors of an economic zone authority's procedures. */
export const fieldOptions: SelectOption[] = [
  { value: 'dau-tu', label: { vi: 'Đầu tư', en: 'Investment' } },
  { value: 'xay-dung', label: { vi: 'Xây dựng', en: 'Construction' } },
  { value: 'lao-dong-viec-lam', label: { vi: 'Lao động – việc làm', en: 'Labour and employment' } },
  { value: 'moi-truong', label: { vi: 'Môi trường', en: 'Environment' } },
  { value: 'dat-dai', label: { vi: 'Đất đai', en: 'Land' } },
  { value: 'doanh-nghiep', label: { vi: 'Doanh nghiệp', en: 'Enterprises' } },
  { value: 'thuong-mai', label: { vi: 'Thương mại', en: 'Trade' } },
  { value: 'quy-hoach', label: { vi: 'Quy hoạch', en: 'Planning' } },
];

/** Mức độ: how much of the procedure can be done online (Nghị định 42/2022/NĐ-CP). */
export const levelOptions: SelectOption[] = [
  { value: 'toan-trinh', label: { vi: 'Dịch vụ công trực tuyến toàn trình', en: 'Fully online public service' } },
  { value: 'mot-phan', label: { vi: 'Dịch vụ công trực tuyến một phần', en: 'Partly online public service' } },
  { value: 'muc-do-2', label: { vi: 'Mức độ 2 (thông tin và biểu mẫu trực tuyến)', en: 'Level 2 (information and forms online)' } },
];

/** Mã thủ tục on the national database of procedures: "1.009645", "2.002154". */
export const codePattern = /^\d+(\.\d+)+$/;
/** Only secure addresses of the provincial or national public-service portal. */
export const httpsPattern = /^https:\/\/[^\s/]+(\/\S*)?$/;

export const procedureDeclaration: ContentTypeDeclaration = {
  type: procedureType,
  label: { vi: 'Thủ tục hành chính', en: 'Administrative procedure' },
  plural: { vi: 'Thủ tục hành chính', en: 'Administrative procedures' },
  categories: false,
  api: 'procedures',
  paths: procedurePaths,
  itemPath: (item) => `${procedurePaths.vi}/${item.slug}`,
  fields: [
    {
      name: 'code',
      kind: 'text',
      label: { vi: 'Mã thủ tục', en: 'Procedure code' },
      hint: { vi: 'Mã trên Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ 1.009645.', en: 'Code in the national database of procedures, e.g. 1.009645.' },
      required: true,
      maxLength: 30,
      pattern: { regex: codePattern, message: { vi: 'Mã thủ tục gồm các chữ số ngăn cách bởi dấu chấm, ví dụ 1.009645.', en: 'The code is digits separated by dots, e.g. 1.009645.' } },
      listColumn: true,
      search: 'number',
    },
    { name: 'field', kind: 'select', label: { vi: 'Lĩnh vực', en: 'Field' }, required: true, options: fieldOptions, listColumn: true, filter: true, search: 'body' },
    { name: 'level', kind: 'select', label: { vi: 'Mức độ', en: 'Service level' }, required: true, options: levelOptions, listColumn: true, filter: true },
    { name: 'agency', kind: 'text', label: { vi: 'Cơ quan thực hiện', en: 'Implementing body' }, required: true, maxLength: 300, search: 'body' },
    { name: 'steps', kind: 'richText', label: { vi: 'Trình tự thực hiện', en: 'Steps' }, required: true, search: 'body' },
    { name: 'submission', kind: 'longText', label: { vi: 'Cách thức thực hiện', en: 'How to submit' }, search: 'body' },
    { name: 'dossier', kind: 'richText', label: { vi: 'Thành phần hồ sơ', en: 'Dossier components' }, search: 'body' },
    {
      name: 'processingTime',
      kind: 'text',
      label: { vi: 'Thời hạn giải quyết', en: 'Processing time' },
      hint: { vi: 'Ví dụ: 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.', en: 'E.g. 15 working days from receipt of a complete dossier.' },
      maxLength: 200,
      listColumn: true,
    },
    { name: 'fees', kind: 'longText', label: { vi: 'Phí, lệ phí', en: 'Fees and charges' }, maxLength: 2000 },
    { name: 'applicants', kind: 'longText', label: { vi: 'Đối tượng thực hiện', en: 'Who may apply' }, maxLength: 2000, search: 'body' },
    { name: 'result', kind: 'longText', label: { vi: 'Kết quả thực hiện', en: 'Result' }, maxLength: 2000, search: 'body' },
    {
      name: 'legalBasis',
      kind: 'reference',
      label: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
      hint: { vi: 'Các văn bản quy phạm pháp luật làm căn cứ.', en: 'The legal documents the procedure rests on.' },
      referenceType: 'document',
      multiple: true,
    },
    { name: 'forms', kind: 'files', label: { vi: 'Biểu mẫu', en: 'Forms' }, hint: { vi: 'Mẫu đơn, tờ khai để tải về.', en: 'Application forms to download.' } },
    {
      name: 'onlineUrl',
      kind: 'text',
      label: { vi: 'Địa chỉ nộp hồ sơ trực tuyến', en: 'Online submission address' },
      hint: { vi: 'Đường dẫn đến thủ tục trên Cổng dịch vụ công quốc gia hoặc của tỉnh (https://…).', en: 'Link to the procedure on the national or provincial public-service portal (https://…).' },
      maxLength: 1000,
      pattern: { regex: httpsPattern, message: { vi: 'Phải là địa chỉ web bắt đầu bằng https://.', en: 'Must be a web address starting with https://.' } },
    },
  ],
};

/** A select value's label, or the value itself when it is not in the list (older data). */
export const optionText = (options: SelectOption[], value: unknown, lang: 'vi' | 'en'): string => optionLabel(options, value, lang) ?? (typeof value === 'string' ? value : '');
