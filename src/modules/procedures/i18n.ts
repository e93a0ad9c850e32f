// The procedures module's own interface strings, in both languages. The type makes a key missing
// from either language a type error. Section headings come from the declaration's labels.
import type { Language } from '../../core/db/schema.ts';

export interface ProcedureStrings {
  title: string;
  demoNotice: string;
  withdrawnNotice: string;
  intro: string;
  filters: string;
  searchLabel: string;
  searchHint: string;
  allFields: string;
  allLevels: string;
  apply: string;
  clear: string;
  count: (n: number) => string;
  none: string;
  name: string;
  tableCaption: string;
  submitOnline: string;
  submitOnlineNote: string;
  externalSite: string;
  download: string;
  onPage: string;
  legalBasisUnavailable: string;
  contentInVietnamese: string;
}

const vi: ProcedureStrings = {
  title: 'Thủ tục hành chính',
  demoNotice: 'Thủ tục mẫu để minh hoạ, không phải thủ tục thật',
  withdrawnNotice: 'Thủ tục này đã được rút khỏi danh sách, chỉ còn để tra cứu. Lý do:',
  intro: 'Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ban Quản lý, với trình tự, hồ sơ, thời hạn, phí và căn cứ pháp lý.',
  filters: 'Tra cứu thủ tục',
  searchLabel: 'Mã hoặc tên thủ tục',
  searchHint: 'Ví dụ: 1.009645 hoặc giấy phép lao động',
  allFields: 'Tất cả lĩnh vực',
  allLevels: 'Tất cả mức độ',
  apply: 'Tra cứu',
  clear: 'Xoá điều kiện',
  count: (n) => `Tìm thấy ${n} thủ tục`,
  none: 'Không có thủ tục nào phù hợp với điều kiện tra cứu.',
  name: 'Tên thủ tục',
  tableCaption: 'Danh sách thủ tục hành chính',
  submitOnline: 'Nộp hồ sơ trực tuyến',
  submitOnlineNote: 'Mở thủ tục này trên Cổng dịch vụ công',
  externalSite: '(trang bên ngoài)',
  download: 'Tải về',
  onPage: 'Nội dung thủ tục',
  legalBasisUnavailable: 'văn bản chưa được đăng tải',
  contentInVietnamese: '',
};

const en: ProcedureStrings = {
  title: 'Administrative procedures',
  demoNotice: 'Sample for demonstration, not a real procedure',
  withdrawnNotice: 'This procedure has been withdrawn from the list and is kept for reference only. Reason:',
  intro: 'The administrative procedures the Authority handles, with their steps, dossiers, processing times, fees and legal basis.',
  filters: 'Find a procedure',
  searchLabel: 'Code or name of the procedure',
  searchHint: 'E.g. 1.009645 or giấy phép lao động',
  allFields: 'All fields',
  allLevels: 'All levels',
  apply: 'Search',
  clear: 'Clear',
  count: (n) => (n === 1 ? '1 procedure found' : `${n} procedures found`),
  none: 'No procedure matches these conditions.',
  name: 'Name',
  tableCaption: 'List of administrative procedures',
  submitOnline: 'Apply online',
  submitOnlineNote: 'Open this procedure on the public-service portal',
  externalSite: '(external site)',
  download: 'Download',
  onPage: 'On this page',
  legalBasisUnavailable: 'document not yet published',
  contentInVietnamese: 'Procedures are published in Vietnamese.',
};

export const procedureStrings: Record<Language, ProcedureStrings> = { vi, en };
