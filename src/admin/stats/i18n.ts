// Strings of the statistics and royalty pages, Vietnamese first; English must have every key.
import type { Language } from '../../core/db/schema.ts';
import type { RoyaltyProblem } from '../../core/stats/royalties.ts';

export type StatsProblem = RoyaltyProblem | 'bad-month' | 'bad-day' | 'from-after-to' | 'range-too-long' | 'bad-id';

const vi = {
  stats: 'Thống kê',
  royalties: 'Nhuận bút',
  rates: 'Đơn giá nhuận bút',
  fromMonth: 'Từ tháng',
  toMonth: 'Đến tháng',
  fromDay: 'Từ ngày',
  toDay: 'Đến ngày',
  monthHint: 'NNNN-TT, ví dụ 2026-03',
  dayHint: 'NNNN-TT-NN, ví dụ 2026-03-31',
  show: 'Xem',
  exportXlsx: 'Xuất tệp Excel (XLSX)',
  period: (from: string, to: string) => `Kỳ: ${from} – ${to}`,
  byAuthor: 'Theo tác giả và tháng',
  byCategory: 'Theo chuyên mục',
  author: 'Tác giả',
  month: 'Tháng',
  submitted: 'Bài gửi biên tập',
  published: 'Bài đã đăng',
  views: 'Lượt xem',
  category: 'Chuyên mục',
  total: 'Tổng cộng',
  unknownAuthor: 'Không rõ tác giả',
  noCategory: 'Không có chuyên mục',
  noData: 'Không có số liệu trong khoảng thời gian này.',
  chartByMonth: 'Số bài đã đăng theo tháng',
  chartByCategory: 'Số bài đã đăng theo chuyên mục',
  chartDesc: (total: number, max: string) => `Tổng ${total} bài; nhiều nhất: ${max}. Số liệu đầy đủ ở bảng ngay sau biểu đồ.`,
  chartData: 'Số liệu của biểu đồ',
  articlesUnit: 'bài',
  article: 'Bài viết',
  publishedAt: 'Ngày đăng',
  kind: 'Thể loại',
  points: 'Điểm',
  rate: 'Đơn giá (₫/điểm)',
  amount: 'Thành tiền',
  payment: 'Thanh toán',
  statuses: { paid: 'Đã trả', pending: 'Chưa trả', unscored: 'Chưa chấm điểm' } as Record<'paid' | 'pending' | 'unscored', string>,
  score: 'Chấm điểm',
  saveScore: 'Lưu điểm',
  scoreFor: (title: string) => `Chấm điểm bài “${title}”`,
  pointsHint: 'Từ 0 đến 100, tối đa một chữ số thập phân',
  select: 'Chọn để trả',
  selectItem: (title: string) => `Chọn bài “${title}” để đánh dấu đã trả`,
  paySelected: 'Đánh dấu đã trả nhuận bút cho các bài đã chọn',
  authorTotals: (author: string) => `Cộng của ${author}`,
  grandTotal: 'Tổng cộng trong kỳ',
  articlesCount: 'Số bài',
  scoredCount: 'Đã chấm',
  paidTotal: 'Đã trả',
  pendingTotal: 'Chưa trả',
  scoredOk: 'Đã lưu điểm nhuận bút.',
  paidOk: 'Đã đánh dấu đã trả nhuận bút.',
  ratesSaved: 'Đã lưu bảng đơn giá nhuận bút.',
  editRates: 'Sửa bảng đơn giá',
  backToRoyalties: 'Quay lại báo cáo nhuận bút',
  contentType: 'Loại nội dung',
  kindCode: 'Mã thể loại',
  kindCodeHint: 'chữ thường không dấu, số, dấu gạch ngang; ví dụ: phong-su',
  labelVi: 'Tên tiếng Việt',
  labelEn: 'Tên tiếng Anh',
  amountPerPoint: 'Đơn giá mỗi điểm (₫)',
  addKind: 'Thêm thể loại mới (để trống nếu không thêm)',
  save: 'Lưu',
  contentTypes: { news: 'Tin tức' } as Record<string, string>,
  contentStatuses: { published: 'đang đăng', withdrawn: 'đã lưu trữ', removed: 'đã gỡ' } as Record<string, string>,
  problems: {
    'bad-month': 'Tháng phải có dạng NNNN-TT, ví dụ 2026-03.',
    'bad-day': 'Ngày phải có dạng NNNN-TT-NN và là ngày có thật, ví dụ 2026-03-31.',
    'from-after-to': '“Từ” phải trước hoặc trùng với “Đến”.',
    'range-too-long': 'Khoảng thời gian dài nhất là 5 năm.',
    'bad-id': 'Mã bài viết phải là số nguyên dương.',
    'unknown-article': 'Không tìm thấy bài viết này.',
    'not-published': 'Chỉ chấm nhuận bút cho bài đã đăng.',
    'unknown-kind': 'Thể loại bài không có trong bảng đơn giá của loại nội dung này.',
    'bad-points': 'Điểm phải là số từ 0 đến 100, tối đa một chữ số thập phân (ví dụ 2,5).',
    'already-paid': 'Bài đã được trả nhuận bút: không sửa điểm hay trả thêm lần nữa.',
    'nothing-selected': 'Hãy chọn ít nhất một bài để đánh dấu đã trả.',
    'not-payable': 'Chỉ đánh dấu đã trả được các bài đã chấm điểm.',
    'bad-amount': 'Đơn giá phải là số nguyên không âm tính bằng đồng, ví dụ 1.250.000.',
    'bad-label': 'Tên thể loại (tiếng Việt và tiếng Anh) phải có từ 1 đến 100 ký tự.',
    'bad-kind-code': 'Mã thể loại chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, tối đa 20 ký tự.',
    'duplicate-kind': 'Thể loại này đã có trong bảng đơn giá.',
    'unknown-type': 'Loại nội dung không hợp lệ.',
    'forbidden-category': 'Bài viết thuộc chuyên mục bạn không được phân công.',
  } as Record<StatsProblem, string>,
};

export type StatsDictionary = typeof vi;

const en: StatsDictionary = {
  stats: 'Statistics',
  royalties: 'Royalties',
  rates: 'Royalty rates',
  fromMonth: 'From month',
  toMonth: 'To month',
  fromDay: 'From date',
  toDay: 'To date',
  monthHint: 'YYYY-MM, e.g. 2026-03',
  dayHint: 'YYYY-MM-DD, e.g. 2026-03-31',
  show: 'Show',
  exportXlsx: 'Export to Excel (XLSX)',
  period: (from, to) => `Period: ${from} – ${to}`,
  byAuthor: 'By author and month',
  byCategory: 'By category',
  author: 'Author',
  month: 'Month',
  submitted: 'Submitted',
  published: 'Published',
  views: 'Views',
  category: 'Category',
  total: 'Total',
  unknownAuthor: 'Unknown author',
  noCategory: 'No category',
  noData: 'No figures for this period.',
  chartByMonth: 'Articles published per month',
  chartByCategory: 'Articles published per category',
  chartDesc: (total, max) => `${total} articles in total; most: ${max}. The full figures are in the table right after the chart.`,
  chartData: 'Figures of the chart',
  articlesUnit: 'articles',
  article: 'Article',
  publishedAt: 'Published',
  kind: 'Kind',
  points: 'Points',
  rate: 'Rate (₫/point)',
  amount: 'Amount',
  payment: 'Payment',
  statuses: { paid: 'Paid', pending: 'Pending', unscored: 'Not scored' },
  score: 'Score',
  saveScore: 'Save score',
  scoreFor: (title) => `Score “${title}”`,
  pointsHint: 'From 0 to 100, at most one decimal',
  select: 'Select to pay',
  selectItem: (title) => `Select “${title}” to mark as paid`,
  paySelected: 'Mark the selected articles as paid',
  authorTotals: (author) => `Subtotal for ${author}`,
  grandTotal: 'Total for the period',
  articlesCount: 'Articles',
  scoredCount: 'Scored',
  paidTotal: 'Paid',
  pendingTotal: 'Pending',
  scoredOk: 'The royalty score was saved.',
  paidOk: 'Marked as paid.',
  ratesSaved: 'The royalty rates were saved.',
  editRates: 'Edit the rates',
  backToRoyalties: 'Back to the royalty report',
  contentType: 'Content type',
  kindCode: 'Kind code',
  kindCodeHint: 'lower-case ASCII letters, digits, hyphens; e.g. phong-su',
  labelVi: 'Vietnamese name',
  labelEn: 'English name',
  amountPerPoint: 'Rate per point (₫)',
  addKind: 'Add a new kind (leave empty to add none)',
  save: 'Save',
  contentTypes: { news: 'News' },
  contentStatuses: { published: 'live', withdrawn: 'archived', removed: 'taken down' },
  problems: {
    'bad-month': 'Months must look like YYYY-MM, e.g. 2026-03.',
    'bad-day': 'Dates must look like YYYY-MM-DD and exist, e.g. 2026-03-31.',
    'from-after-to': '“From” must be before or equal to “To”.',
    'range-too-long': 'The longest period is 5 years.',
    'bad-id': 'The article id must be a positive whole number.',
    'unknown-article': 'This article was not found.',
    'not-published': 'Only published articles get royalties.',
    'unknown-kind': 'This kind is not in the rate table of this content type.',
    'bad-points': 'Points must be a number from 0 to 100 with at most one decimal (e.g. 2.5).',
    'already-paid': 'This article has been paid: its score cannot change and it cannot be paid again.',
    'nothing-selected': 'Select at least one article to mark as paid.',
    'not-payable': 'Only scored articles can be marked as paid.',
    'bad-amount': 'A rate must be a whole, non-negative number of đồng, e.g. 1.250.000.',
    'bad-label': 'Kind names (Vietnamese and English) must have 1 to 100 characters.',
    'bad-kind-code': 'A kind code has only lower-case ASCII letters, digits and hyphens, at most 20.',
    'duplicate-kind': 'This kind is already in the rate table.',
    'unknown-type': 'Unknown content type.',
    'forbidden-category': 'This article is in a category you are not assigned to.',
  },
};

export const statsDictionaries: Record<Language, StatsDictionary> = { vi, en };

const money = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** Vietnamese money: 1.250.000 ₫ (a no-break space before the sign). */
export function formatMoney(amount: number): string {
  return `${money.format(amount)}\u00a0₫`;
}

export function formatCount(n: number, lang: Language): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(n);
}

/** Points from tenths: 25 → "2,5" in Vietnamese, "2.5" in English. */
export function formatPoints(tenths: number, lang: Language): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(tenths / 10);
}

/** "2026-03" → "03/2026" */
export function formatMonth(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

/** "2026-03-31" → "31/03/2026" */
export function formatDay(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}
