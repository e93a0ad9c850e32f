// Procurement notices (thông tin đấu thầu, REQUIREMENTS A10; Nghị định 42/2022/NĐ-CP; Luật Đấu
// thầu số 22/2023/QH15 and Nghị định 24/2024/NĐ-CP for the kinds of notice and the selection
// methods): the content type declared once. The back office, validation, the admin and public
// JSON APIs, search and revisions derive from this object.
import type { ContentTypeDeclaration, FieldProblem, FieldValues, SelectOption } from '../../core/content-types/declaration.ts';
import { formatDatetimeAttr } from '../../core/text/datetime.ts';
import { biddingPath, biddingPaths } from './urls.ts';

export const biddingType = 'bidding';

const option = (value: string, vi: string, en: string): SelectOption => ({ value, label: { vi, en } });
const say = (vi: string, en: string) => ({ vi, en });

/** Loại thông báo, in the order of a procurement: plan, invitations, amendments, result, cancellation. */
export const noticeKindOptions: SelectOption[] = [
  option('ke-hoach', 'Kế hoạch lựa chọn nhà thầu', 'Contractor selection plan'),
  option('moi-quan-tam', 'Thông báo mời quan tâm', 'Request for expressions of interest'),
  option('moi-so-tuyen', 'Thông báo mời sơ tuyển', 'Invitation for prequalification'),
  option('moi-thau', 'Thông báo mời thầu', 'Invitation for bids'),
  option('sua-doi', 'Thông báo sửa đổi, gia hạn', 'Amendment or extension'),
  option('ket-qua', 'Kết quả lựa chọn nhà thầu', 'Contract award'),
  option('huy-thau', 'Thông báo hủy thầu', 'Cancellation'),
];

/** The kinds that invite bids, interest or applications: they must say when they close. */
export const invitationKinds = ['moi-quan-tam', 'moi-so-tuyen', 'moi-thau'];

/** Lĩnh vực của gói thầu (Luật Đấu thầu art. 4). */
export const sectorOptions: SelectOption[] = [
  option('xay-lap', 'Xây lắp', 'Works'),
  option('tu-van', 'Tư vấn', 'Consulting services'),
  option('phi-tu-van', 'Phi tư vấn', 'Non-consulting services'),
  option('hang-hoa', 'Hàng hóa', 'Goods'),
  option('hon-hop', 'Hỗn hợp', 'Mixed'),
];

/** Hình thức lựa chọn nhà thầu (Luật Đấu thầu 2023, art. 21–29). */
export const methodOptions: SelectOption[] = [
  option('dau-thau-rong-rai', 'Đấu thầu rộng rãi', 'Open bidding'),
  option('dau-thau-han-che', 'Đấu thầu hạn chế', 'Restricted bidding'),
  option('chi-dinh-thau', 'Chỉ định thầu', 'Direct contracting'),
  option('chao-hang-canh-tranh', 'Chào hàng cạnh tranh', 'Competitive shopping'),
  option('mua-sam-truc-tiep', 'Mua sắm trực tiếp', 'Direct procurement'),
  option('tu-thuc-hien', 'Tự thực hiện', 'Self-performance'),
  option('dam-phan-gia', 'Đàm phán giá', 'Price negotiation'),
  option('truong-hop-dac-biet', 'Lựa chọn nhà thầu trong trường hợp đặc biệt', 'Selection in special cases'),
  option('cong-dong', 'Tham gia thực hiện của cộng đồng', 'Community participation'),
];

/**
 * Số thông báo on the national e-procurement system (muasamcong.mpi.gov.vn): two capital letters
 * and ten digits (IB2600412345 for an invitation, PL2600012345 for a plan), or the former
 * system's eleven digits (20200612345); either with an optional version ("-00").
 */
export const noticeNumberPattern = /^(?:[A-Z]{2}\d{10}|\d{11})(?:-\d{2})?$/;

/** The calendar day (Vietnam time) of an instant stored as UTC ISO 8601: "2026-12-08". */
export function localDay(instant: string): string {
  return formatDatetimeAttr(instant).slice(0, 10);
}

/** Rules across fields: bids close on or after the day the notice is posted; invitations say when they close; an award names its winner. */
function rules(values: FieldValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const posted = values.issuedOn;
  const closes = values.closesAt;
  const kind = values.noticeKind;
  if (typeof posted === 'string' && typeof closes === 'string' && localDay(closes) < posted) {
    problems.push({ field: 'closesAt', message: say('Thời điểm đóng thầu không được trước ngày đăng tải thông báo.', 'Bid closing cannot be before the date the notice is posted.') });
  }
  if (typeof kind === 'string' && invitationKinds.includes(kind) && closes === undefined) {
    problems.push({ field: 'closesAt', message: say('Thông báo mời quan tâm, mời sơ tuyển, mời thầu phải có thời điểm đóng thầu.', 'An invitation (for interest, prequalification or bids) must give its closing time.') });
  }
  if (kind === 'ket-qua' && values.winner === undefined) {
    problems.push({ field: 'winner', message: say('Thông báo kết quả lựa chọn nhà thầu phải ghi tên nhà thầu trúng thầu.', 'A contract award must name the winning bidder.') });
  }
  return problems;
}

export const biddingDeclaration: ContentTypeDeclaration = {
  type: biddingType,
  label: say('Thông tin đấu thầu', 'Procurement notice'),
  plural: say('Thông tin đấu thầu', 'Procurement notices'),
  categories: false,
  api: 'bidding',
  paths: biddingPaths,
  itemPath: (item) => biddingPath(item.slug),
  validate: rules,
  // a notice has legal effect under the Law on Bidding: editors and above draft it, like legal documents
  permissions: { 'article.create': ['editor', 'approver', 'admin'] },
  fields: [
    { name: 'noticeKind', kind: 'select', label: say('Loại thông báo', 'Type of notice'), required: true, options: noticeKindOptions, listColumn: true, filter: true, search: 'body' },
    {
      name: 'noticeNumber',
      kind: 'text',
      label: say('Số thông báo trên Hệ thống mạng đấu thầu quốc gia', 'Notice number on the national e-procurement system'),
      hint: say('Ví dụ IB2600412345 hoặc IB2600412345-00 (hệ thống cũ: 20200612345-00).', 'E.g. IB2600412345 or IB2600412345-00 (former system: 20200612345-00).'),
      maxLength: 20,
      pattern: {
        regex: noticeNumberPattern,
        message: say(
          'Số thông báo gồm hai chữ in hoa và 10 chữ số (ví dụ IB2600412345) hoặc 11 chữ số của hệ thống cũ, có thể thêm phiên bản "-00".',
          'The notice number is two capital letters and 10 digits (e.g. IB2600412345) or the former system’s 11 digits, optionally followed by a version "-00".',
        ),
      },
      listColumn: true,
      search: 'number',
    },
    { name: 'packageName', kind: 'text', label: say('Tên gói thầu', 'Package name'), required: true, maxLength: 500, search: 'title' },
    { name: 'procuringEntity', kind: 'text', label: say('Bên mời thầu', 'Procuring entity'), required: true, maxLength: 300, search: 'body' },
    { name: 'investor', kind: 'text', label: say('Chủ đầu tư', 'Investor'), required: true, maxLength: 300, search: 'body' },
    { name: 'project', kind: 'text', label: say('Dự án, dự toán mua sắm', 'Project or procurement estimate'), maxLength: 500, search: 'body' },
    { name: 'sector', kind: 'select', label: say('Lĩnh vực', 'Sector'), required: true, options: sectorOptions, listColumn: true, filter: true, search: 'body' },
    { name: 'method', kind: 'select', label: say('Hình thức lựa chọn nhà thầu', 'Selection method'), required: true, options: methodOptions, filter: true, search: 'body' },
    { name: 'packageValue', kind: 'money', label: say('Giá gói thầu', 'Package price'), hint: say('Bằng đồng Việt Nam, ví dụ 48.560.000.000.', 'In Vietnamese đồng (VND), e.g. 48.560.000.000.'), listColumn: true },
    { name: 'issuedOn', kind: 'date', label: say('Ngày đăng tải', 'Date posted'), required: true, listColumn: true, filter: true },
    {
      name: 'closesAt',
      kind: 'dateTime',
      label: say('Thời điểm đóng thầu', 'Bid closing'),
      hint: say('Giờ Việt Nam. Bắt buộc với thông báo mời quan tâm, mời sơ tuyển, mời thầu.', 'Vietnam time. Required for invitations (interest, prequalification, bids).'),
      listColumn: true,
    },
    { name: 'winner', kind: 'text', label: say('Nhà thầu trúng thầu', 'Winning bidder'), hint: say('Chỉ với thông báo kết quả lựa chọn nhà thầu.', 'Contract awards only.'), maxLength: 500, search: 'body' },
    { name: 'awardValue', kind: 'money', label: say('Giá trúng thầu', 'Contract price'), hint: say('Bằng đồng Việt Nam; chỉ với thông báo kết quả lựa chọn nhà thầu.', 'In Vietnamese đồng (VND); contract awards only.') },
    { name: 'files', kind: 'files', label: say('Tệp đính kèm', 'Attachments'), hint: say('Thông báo, quyết định phê duyệt, hồ sơ mời thầu (nếu đăng tải).', 'The notice, approval decision, bidding documents (where published).') },
  ],
};
