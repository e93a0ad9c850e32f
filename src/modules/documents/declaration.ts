// Legal documents (văn bản): the content type declared once. The back office's list and form, the
// admin and public JSON APIs, validation and revisions all derive from this object.
import type { ContentTypeDeclaration, FieldProblem, FieldValues, SelectOption } from '../../core/content-types/declaration.ts';
import { documentPath, documentsBase, documentsBaseEn } from './urls.ts';

export const documentType = 'document';

const option = (value: string, vi: string, en: string): SelectOption => ({ value, label: { vi, en } });

// loại văn bản
export const kindOptions: SelectOption[] = [
  option('luat', 'Luật', 'Law'),
  option('nghi-quyet', 'Nghị quyết', 'Resolution'),
  option('nghi-dinh', 'Nghị định', 'Decree'),
  option('quyet-dinh', 'Quyết định', 'Decision'),
  option('chi-thi', 'Chỉ thị', 'Directive'),
  option('thong-tu', 'Thông tư', 'Circular'),
  option('ke-hoach', 'Kế hoạch', 'Plan'),
  option('cong-van', 'Công văn', 'Official letter'),
  option('bao-cao', 'Báo cáo', 'Report'),
  option('thong-bao', 'Thông báo', 'Notice'),
  option('huong-dan', 'Hướng dẫn', 'Guidance'),
  option('van-ban-hop-nhat', 'Văn bản hợp nhất', 'Consolidated text'),
  option('khac', 'Văn bản khác', 'Other'),
];

// cơ quan ban hành: central bodies first, then the province, then the authority itself
export const issuerOptions: SelectOption[] = [
  option('quoc-hoi', 'Quốc hội', 'National Assembly'),
  option('chinh-phu', 'Chính phủ', 'Government'),
  option('thu-tuong', 'Thủ tướng Chính phủ', 'Prime Minister'),
  option('bo-ke-hoach-va-dau-tu', 'Bộ Kế hoạch và Đầu tư', 'Ministry of Planning and Investment'),
  option('bo-xay-dung', 'Bộ Xây dựng', 'Ministry of Construction'),
  option('bo-tai-nguyen-va-moi-truong', 'Bộ Tài nguyên và Môi trường', 'Ministry of Natural Resources and Environment'),
  option('bo-tai-chinh', 'Bộ Tài chính', 'Ministry of Finance'),
  option('bo-lao-dong', 'Bộ Lao động – Thương binh và Xã hội', 'Ministry of Labour, Invalids and Social Affairs'),
  option('hdnd-tinh', 'Hội đồng nhân dân tỉnh Kiên Giang', 'Kiên Giang Provincial People’s Council'),
  option('ubnd-tinh', 'Ủy ban nhân dân tỉnh Kiên Giang', 'Kiên Giang Provincial People’s Committee'),
  option('bql-kkt', 'Ban Quản lý Khu kinh tế tỉnh Kiên Giang', 'Kiên Giang Economic Zone Authority'),
  option('khac', 'Cơ quan khác', 'Other body'),
];

// lĩnh vực
export const fieldOptions: SelectOption[] = [
  option('dau-tu', 'Đầu tư', 'Investment'),
  option('xay-dung', 'Xây dựng', 'Construction'),
  option('dat-dai', 'Đất đai', 'Land'),
  option('moi-truong', 'Môi trường', 'Environment'),
  option('lao-dong', 'Lao động', 'Labour'),
  option('doanh-nghiep', 'Doanh nghiệp', 'Enterprises'),
  option('quy-hoach', 'Quy hoạch', 'Planning'),
  option('tai-chinh', 'Tài chính', 'Finance'),
  option('to-chuc-bo-may', 'Tổ chức bộ máy', 'Organisation'),
  option('khac', 'Lĩnh vực khác', 'Other'),
];

// tình trạng hiệu lực
export const statusOptions: SelectOption[] = [
  option('con-hieu-luc', 'Còn hiệu lực', 'In force'),
  option('het-hieu-luc', 'Hết hiệu lực', 'No longer in force'),
  option('bi-thay-the', 'Bị thay thế', 'Replaced'),
];

/**
 * Số ký hiệu: a number, an optional year, then the kind and the issuer's abbreviations joined by
 * hyphens (18/2020/QĐ-UBND, 125/KH-BQLKKT, 05/2021/TT-BKHĐT, 61/2020/QH14, 01/CT-TTg).
 */
export const documentNumberPattern = /^\d{1,6}[a-z]?(?:\/(?:19|20)\d{2})?\/[A-ZĐ][A-Za-zĐđ0-9]*(?:[-.][A-ZĐ][A-Za-zĐđ0-9]*)*$/u;

const say = (vi: string, en: string) => ({ vi, en });

/** Ngày hiệu lực not before ngày ban hành; ngày hết hiệu lực after both. Dates are YYYY-MM-DD, so text order is date order. */
function datesInOrder(values: FieldValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const issued = values.issuedOn as string | undefined;
  const effective = values.effectiveOn as string | undefined;
  const expires = values.expiresOn as string | undefined;
  if (issued && effective && effective < issued) {
    problems.push({ field: 'effectiveOn', message: say('Ngày hiệu lực không được trước ngày ban hành.', 'The effective date cannot be before the issue date.') });
  }
  const start = effective ?? issued;
  if (start && expires && expires < start) {
    problems.push({ field: 'expiresOn', message: say('Ngày hết hiệu lực không được trước ngày có hiệu lực.', 'The expiry date cannot be before the document takes effect.') });
  }
  return problems;
}

export const documentDeclaration: ContentTypeDeclaration = {
  type: documentType,
  label: say('Văn bản', 'Document'),
  plural: say('Văn bản', 'Documents'),
  categories: true,
  categoryOptional: true,
  api: 'documents',
  paths: { vi: documentsBase, en: documentsBaseEn },
  itemPath: (item) => documentPath(item.slug),
  validate: datesInOrder,
  permissions: { 'article.create': ['editor', 'approver', 'admin'] },
  fields: [
    {
      name: 'number',
      kind: 'text',
      label: say('Số ký hiệu', 'Number and symbol'),
      hint: say('Ví dụ: 18/2020/QĐ-UBND, 125/KH-BQLKKT', 'For example 18/2020/QĐ-UBND, 125/KH-BQLKKT'),
      required: true,
      maxLength: 60,
      pattern: {
        regex: documentNumberPattern,
        message: say(
          'Số ký hiệu phải có dạng số/năm/KÝ HIỆU, ví dụ 18/2020/QĐ-UBND hoặc 125/KH-BQLKKT.',
          'The number must look like number/year/SYMBOL, e.g. 18/2020/QĐ-UBND or 125/KH-BQLKKT.',
        ),
      },
      listColumn: true,
      search: 'number',
    },
    { name: 'kind', kind: 'select', label: say('Loại văn bản', 'Type of document'), required: true, options: kindOptions, listColumn: true, filter: true, search: 'body' },
    { name: 'issuer', kind: 'select', label: say('Cơ quan ban hành', 'Issuing body'), required: true, options: issuerOptions, listColumn: true, filter: true, search: 'body' },
    { name: 'signer', kind: 'text', label: say('Người ký', 'Signed by'), maxLength: 120, search: 'body' },
    { name: 'field', kind: 'select', label: say('Lĩnh vực', 'Field'), options: fieldOptions, filter: true, search: 'body' },
    { name: 'issuedOn', kind: 'date', label: say('Ngày ban hành', 'Issue date'), required: true, listColumn: true, filter: true },
    { name: 'effectiveOn', kind: 'date', label: say('Ngày hiệu lực', 'Effective date') },
    { name: 'expiresOn', kind: 'date', label: say('Ngày hết hiệu lực', 'Expiry date') },
    { name: 'status', kind: 'select', label: say('Tình trạng', 'Status'), options: statusOptions, listColumn: true, filter: true, search: 'body' },
    {
      name: 'replacedBy',
      kind: 'reference',
      referenceType: documentType,
      label: say('Được thay thế bởi', 'Replaced by'),
      hint: say('Văn bản mới thay thế văn bản này', 'The document that replaces this one'),
    },
    { name: 'files', kind: 'files', label: say('Tệp đính kèm', 'Attachments'), multiple: true },
  ],
};

export { optionLabel } from '../../core/content-types/declaration.ts';
