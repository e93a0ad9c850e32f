// The projects module's own interface strings, in both languages. The type makes a key missing
// from either language a type error. Field names come from the declaration's labels.
import type { Language } from '../../core/db/schema.ts';

export interface ProjectStrings {
  title: string;
  intro: string;
  contentInVietnamese: string;
  demoNotice: string;
  withdrawnNotice: string;
  filters: string;
  allSectors: string;
  allZones: string;
  capitalMin: string;
  capitalMax: string;
  capitalHint: string;
  apply: string;
  clear: string;
  count: (n: number) => string;
  none: string;
  name: string;
  tableCaption: string;
  exportLabel: string;
  exportCsv: string;
  exportXlsx: string;
  capital: string;
  /** VND amount written in billions: "1.250 tỷ đồng" */
  billions: (n: number) => string;
  usd: (n: number) => string;
  hectares: (n: number) => string;
  noFiles: string;
  download: string;
  inquiry: string;
  facts: string;
  /** spreadsheet column headers beyond the declared labels */
  sheetName: string;
  address: string;
  capitalBillions: string;
  /** refusals of the list's parameters */
  badNumber: (name: string, raw: string) => string;
  badRange: (min: string, max: string) => string;
  badChoice: (name: string, raw: string) => string;
}

const viNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const enNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

const vi: ProjectStrings = {
  title: 'Dự án kêu gọi đầu tư',
  intro: 'Danh mục dự án tỉnh Kiên Giang kêu gọi đầu tư trong các khu kinh tế, khu công nghiệp và trên địa bàn tỉnh: lĩnh vực, địa điểm, quy mô, vốn, hình thức đầu tư và tình trạng.',
  contentInVietnamese: '',
  demoNotice: 'Dự án mẫu để minh hoạ, không phải dự án thật',
  withdrawnNotice: 'Dự án này đã được rút khỏi danh mục kêu gọi, chỉ còn để tra cứu. Lý do:',
  filters: 'Lọc dự án',
  allSectors: 'Tất cả lĩnh vực',
  allZones: 'Tất cả các khu',
  capitalMin: 'Vốn từ (tỷ đồng)',
  capitalMax: 'Vốn đến (tỷ đồng)',
  capitalHint: 'Theo tổng vốn bằng đồng; ví dụ 500 hoặc 12,5.',
  apply: 'Lọc',
  clear: 'Xoá điều kiện',
  count: (n) => `Có ${n} dự án`,
  none: 'Không có dự án nào phù hợp với điều kiện lọc.',
  name: 'Tên dự án',
  tableCaption: 'Danh sách dự án kêu gọi đầu tư',
  exportLabel: 'Tải danh sách đang xem:',
  exportCsv: 'Tải CSV',
  exportXlsx: 'Tải Excel (XLSX)',
  capital: 'Tổng vốn đầu tư',
  billions: (n) => `${viNumber.format(n / 1e9)} tỷ đồng`,
  usd: (n) => `${viNumber.format(n)} USD`,
  hectares: (n) => `${viNumber.format(n)} ha`,
  noFiles: 'Chưa có tài liệu đính kèm.',
  download: 'Tải về',
  inquiry: 'Nhà đầu tư quan tâm xin liên hệ',
  facts: 'Thông tin dự án',
  sheetName: 'Dự án kêu gọi đầu tư',
  address: 'Địa chỉ trang',
  capitalBillions: 'Tổng vốn (tỷ đồng)',
  badNumber: (name, raw) => `Tham số ${name} phải là một số không âm (tỷ đồng), ví dụ 500 hoặc 12,5; nhận được “${raw}”.`,
  badRange: (min, max) => `Vốn từ (${min}) không được lớn hơn vốn đến (${max}).`,
  badChoice: (name, raw) => `Tham số ${name} không có giá trị “${raw}”.`,
};

const en: ProjectStrings = {
  title: 'Projects calling for investment',
  intro: 'Projects Kiên Giang province invites investors into, in its economic zones, industrial parks and elsewhere in the province: sector, location, scale, capital, form of investment and status.',
  contentInVietnamese: 'Project descriptions are published in Vietnamese.',
  demoNotice: 'Sample for demonstration, not a real project',
  withdrawnNotice: 'This project has been withdrawn from the list and is kept for reference only. Reason:',
  filters: 'Filter projects',
  allSectors: 'All sectors',
  allZones: 'All zones',
  capitalMin: 'Capital from (VND billion)',
  capitalMax: 'Capital up to (VND billion)',
  capitalHint: 'By the total in VND; e.g. 500 or 12.5.',
  apply: 'Filter',
  clear: 'Clear',
  count: (n) => (n === 1 ? '1 project' : `${n} projects`),
  none: 'No project matches these conditions.',
  name: 'Project',
  tableCaption: 'List of projects calling for investment',
  exportLabel: 'Download this list:',
  exportCsv: 'Download CSV',
  exportXlsx: 'Download Excel (XLSX)',
  capital: 'Total investment',
  billions: (n) => `VND ${enNumber.format(n / 1e9)} billion`,
  usd: (n) => `USD ${enNumber.format(n)}`,
  hectares: (n) => `${enNumber.format(n)} ha`,
  noFiles: 'No documents attached yet.',
  download: 'Download',
  inquiry: 'Interested investors please contact',
  facts: 'Project facts',
  sheetName: 'Projects',
  address: 'Page address',
  capitalBillions: 'Total investment (VND billion)',
  badNumber: (name, raw) => `The parameter ${name} must be a non-negative number (VND billion), e.g. 500 or 12.5; got “${raw}”.`,
  badRange: (min, max) => `Capital from (${min}) must not be greater than capital up to (${max}).`,
  badChoice: (name, raw) => `Unknown value “${raw}” for the parameter ${name}.`,
};

export const projectStrings: Record<Language, ProjectStrings> = { vi, en };
