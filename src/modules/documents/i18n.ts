// The documents module's interface strings, in both languages. The Vietnamese dictionary is the
// reference: the English one must have the same keys (a missing key fails the typecheck).
const vi = {
  documents: 'Văn bản',
  documentsTitle: 'Văn bản chỉ đạo, điều hành',
  latestDocuments: 'Văn bản mới',
  viewAllDocuments: 'Xem tất cả văn bản',
  filters: 'Tìm kiếm văn bản',
  searchBox: 'Số ký hiệu hoặc trích yếu',
  searchHint: 'Ví dụ: 18/2020/QĐ-UBND, có thể gõ không dấu',
  all: 'Tất cả',
  year: 'Năm ban hành',
  filter: 'Lọc',
  clearFilters: 'Bỏ lọc',
  number: 'Số ký hiệu',
  kind: 'Loại văn bản',
  issuer: 'Cơ quan ban hành',
  signer: 'Người ký',
  field: 'Lĩnh vực',
  issuedOn: 'Ngày ban hành',
  effectiveOn: 'Ngày hiệu lực',
  expiresOn: 'Ngày hết hiệu lực',
  status: 'Tình trạng',
  abstract: 'Trích yếu',
  attachments: 'Tệp đính kèm',
  noAttachments: 'Không có tệp đính kèm.',
  download: 'Tải về',
  replacedBy: 'Được thay thế bởi',
  replaces: 'Thay thế cho',
  related: (plural: string) => `${plural} liên quan`,
  found: (n: number) => `Tìm thấy ${n} văn bản`,
  noDocuments: 'Không có văn bản nào phù hợp.',
  categories: 'Danh mục văn bản',
  withdrawnNotice: 'Văn bản này đã được rút khỏi danh sách, chỉ còn để tra cứu. Lý do:',
  demoNotice: 'Văn bản mẫu để minh hoạ, không phải văn bản thật',
  notSet: '—',
  categoryName: (c: { name: string; name_en: string | null }) => c.name,
};

type Widen<T> = T extends (...args: infer A) => infer R ? (...args: A) => R : T extends string ? string : T;
export type DocumentsText = { [K in keyof typeof vi]: Widen<(typeof vi)[K]> };

const en: DocumentsText = {
  documents: 'Documents',
  documentsTitle: 'Legal documents',
  latestDocuments: 'New documents',
  viewAllDocuments: 'All documents',
  filters: 'Find a document',
  searchBox: 'Number or abstract',
  searchHint: 'For example 18/2020/QĐ-UBND; diacritics are optional',
  all: 'All',
  year: 'Year of issue',
  filter: 'Filter',
  clearFilters: 'Clear filters',
  number: 'Number and symbol',
  kind: 'Type of document',
  issuer: 'Issuing body',
  signer: 'Signed by',
  field: 'Field',
  issuedOn: 'Issue date',
  effectiveOn: 'Effective date',
  expiresOn: 'Expiry date',
  status: 'Status',
  abstract: 'Abstract',
  attachments: 'Attachments',
  noAttachments: 'No attachments.',
  download: 'Download',
  replacedBy: 'Replaced by',
  replaces: 'Replaces',
  related: (plural: string) => `Related ${plural.toLowerCase()}`,
  found: (n: number) => `${n} document${n === 1 ? '' : 's'} found`,
  noDocuments: 'No document matches.',
  categories: 'Document categories',
  withdrawnNotice: 'This document has been withdrawn from the list and is kept for reference only. Reason:',
  demoNotice: 'Sample for demonstration, not a real document',
  notSet: '—',
  categoryName: (c) => c.name_en || c.name,
};

export const documentsText = { vi, en } satisfies Record<'vi' | 'en', DocumentsText>;

export function textFor(language: 'vi' | 'en'): DocumentsText {
  return documentsText[language];
}
