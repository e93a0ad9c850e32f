// Units (đơn vị) of the agency, declared once (DESIGN.md §4): the Authority itself, its leadership
// board, its departments and its affiliated units, each pointing at the unit it belongs to. The
// organisation chart, the unit pages and the overview (/gioi-thieu) are built from these items,
// so the structure is edited in the back office, never in code (REQUIREMENTS A1, Nghị định
// 42/2022/NĐ-CP Điều 4: chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức, lịch sử hình thành).
import type { ContentTypeDeclaration, FieldProblem, SelectOption } from '../../core/content-types/declaration.ts';
import { unitPaths, unitPath } from './urls.ts';

export const unitType = 'unit';

/** Loại đơn vị. `co-quan` is the agency itself: the top of the chart, whose page is /gioi-thieu. */
export const kindOptions: SelectOption[] = [
  { value: 'co-quan', label: { vi: 'Cơ quan', en: 'The agency' } },
  { value: 'lanh-dao', label: { vi: 'Lãnh đạo', en: 'Leadership board' } },
  { value: 'phong-chuyen-mon', label: { vi: 'Phòng chuyên môn, nghiệp vụ', en: 'Department' } },
  { value: 'don-vi-truc-thuoc', label: { vi: 'Đơn vị trực thuộc', en: 'Affiliated unit' } },
];

export const topKind = 'co-quan';

/** An address people can write to: name@domain.tld, no spaces, no display name. */
export const emailPattern = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
/** A telephone number as it is printed: digits with spaces, dots, dashes, brackets, a leading +. */
export const phonePattern = /^\+?[0-9 .()-]{8,30}$/;

export const unitDeclaration: ContentTypeDeclaration = {
  type: unitType,
  label: { vi: 'Đơn vị', en: 'Unit' },
  plural: { vi: 'Cơ cấu tổ chức (đơn vị)', en: 'Organisation units' },
  categories: false,
  api: 'units',
  paths: unitPaths,
  itemPath: (item) => unitPath(item.slug),
  fields: [
    {
      name: 'kind',
      kind: 'select',
      label: { vi: 'Loại đơn vị', en: 'Kind of unit' },
      hint: {
        vi: '“Cơ quan” là chính Ban Quản lý (cấp cao nhất, không có đơn vị cấp trên); nội dung của nó là trang Giới thiệu.',
        en: '“The agency” is the Authority itself (the top, with no parent unit); its content is the About page.',
      },
      required: true,
      options: kindOptions,
      listColumn: true,
      filter: true,
    },
    {
      name: 'parent',
      kind: 'reference',
      referenceType: unitType,
      label: { vi: 'Đơn vị cấp trên', en: 'Parent unit' },
      hint: { vi: 'Đơn vị mà đơn vị này trực thuộc, ví dụ Ban Quản lý. Một đơn vị không thể trực thuộc chính nó hay đơn vị cấp dưới của nó.', en: 'The unit this one belongs to, e.g. the Authority. A unit cannot belong to itself or to a unit under it.' },
      listColumn: true,
      filter: true,
    },
    {
      name: 'order',
      kind: 'number',
      label: { vi: 'Thứ tự hiển thị', en: 'Display order' },
      hint: { vi: 'Số nhỏ đứng trước trong sơ đồ tổ chức; cùng số thì xếp theo tên.', en: 'Smaller numbers come first in the chart; equal numbers are sorted by name.' },
      min: 0,
      max: 9999,
      listColumn: true,
    },
    { name: 'duties', kind: 'richText', label: { vi: 'Chức năng, nhiệm vụ, quyền hạn', en: 'Functions, duties and powers' }, search: 'body' },
    {
      name: 'history',
      kind: 'richText',
      label: { vi: 'Lịch sử hình thành', en: 'History' },
      hint: { vi: 'Quá trình thành lập, hợp nhất, đổi tên; của cơ quan thì hiện trên trang Giới thiệu.', en: 'How the unit was founded, merged, renamed; the agency’s is shown on the About page.' },
      search: 'body',
    },
    { name: 'head', kind: 'text', label: { vi: 'Người đứng đầu', en: 'Head' }, hint: { vi: 'Chức vụ và họ tên, ví dụ: Trưởng phòng Nguyễn Văn A.', en: 'Position and name, e.g. Trưởng phòng Nguyễn Văn A.' }, maxLength: 200, search: 'body' },
    { name: 'address', kind: 'text', label: { vi: 'Địa chỉ', en: 'Address' }, maxLength: 300 },
    {
      name: 'phone',
      kind: 'text',
      label: { vi: 'Điện thoại', en: 'Telephone' },
      hint: { vi: 'Ví dụ: (0297) 3 862 779.', en: 'E.g. (0297) 3 862 779.' },
      maxLength: 30,
      pattern: { regex: phonePattern, message: { vi: 'Số điện thoại chỉ gồm chữ số, khoảng trắng, dấu chấm, gạch ngang, ngoặc đơn (ví dụ (0297) 3 862 779).', en: 'A telephone number has only digits, spaces, dots, dashes and brackets, e.g. (0297) 3 862 779.' } },
    },
    {
      name: 'email',
      kind: 'text',
      label: { vi: 'Thư điện tử công vụ', en: 'Official e-mail' },
      hint: { vi: 'Địa chỉ thư công vụ của đơn vị, ví dụ vanphong.bqlkkt@kiengiang.gov.vn.', en: 'The unit’s official address, e.g. vanphong.bqlkkt@kiengiang.gov.vn.' },
      maxLength: 200,
      pattern: { regex: emailPattern, message: { vi: 'Địa chỉ thư điện tử không hợp lệ (ví dụ vanphong.bqlkkt@kiengiang.gov.vn).', en: 'Not a valid e-mail address (e.g. vanphong.bqlkkt@kiengiang.gov.vn).' } },
    },
  ],
  validate(values) {
    const problems: FieldProblem[] = [];
    const hasParent = values.parent !== undefined;
    if (values.kind === topKind && hasParent) {
      problems.push({ field: 'parent', message: { vi: 'Cơ quan là cấp cao nhất, không có đơn vị cấp trên.', en: 'The agency is the top of the structure and has no parent unit.' } });
    }
    if (values.kind !== topKind && !hasParent) {
      problems.push({ field: 'parent', message: { vi: 'Hãy chọn đơn vị cấp trên mà đơn vị này trực thuộc.', en: 'Choose the unit this one belongs to.' } });
    }
    return problems;
  },
};
