// Economic zones and industrial parks (khu kinh tế, khu công nghiệp, REQUIREMENTS A16), declared
// once (DESIGN.md §4): the back office, validation, the admin and public JSON APIs and the public
// pages read this object. Item text is Vietnamese; two optional English fields (name, summary)
// let the English pages and the comparison name a zone the way foreign investors look it up.
import { optionLabel, type ContentTypeDeclaration, type FieldProblem, type FieldValues, type RowValue, type SelectOption } from '../../core/content-types/declaration.ts';

export const zoneType = 'zone';

export const zonePaths = { vi: '/khu-kinh-te', en: '/en/zones' } as const;

/** Loại khu: the three kinds the authority manages. */
export const kindOptions: SelectOption[] = [
  { value: 'khu-kinh-te', label: { vi: 'Khu kinh tế', en: 'Economic zone' } },
  { value: 'khu-kinh-te-cua-khau', label: { vi: 'Khu kinh tế cửa khẩu', en: 'Border-gate economic zone' } },
  { value: 'khu-cong-nghiep', label: { vi: 'Khu công nghiệp', en: 'Industrial park' } },
];

/** Tình trạng of a development phase. */
export const phaseStatusOptions: SelectOption[] = [
  { value: 'dang-hoat-dong', label: { vi: 'Đang hoạt động', en: 'In operation' } },
  { value: 'dang-xay-dung', label: { vi: 'Đang xây dựng hạ tầng', en: 'Infrastructure under construction' } },
  { value: 'quy-hoach', label: { vi: 'Đã quy hoạch, chưa triển khai', en: 'Planned, not started' } },
];

/** The parts of the infrastructure a zone page describes, in this order. */
export const infrastructureOptions: SelectOption[] = [
  { value: 'giao-thong', label: { vi: 'Giao thông', en: 'Roads' } },
  { value: 'dien', label: { vi: 'Cấp điện', en: 'Power supply' } },
  { value: 'nuoc', label: { vi: 'Cấp nước', en: 'Water supply' } },
  { value: 'nuoc-thai', label: { vi: 'Xử lý nước thải', en: 'Wastewater treatment' } },
  { value: 'vien-thong', label: { vi: 'Viễn thông', en: 'Telecommunications' } },
  { value: 'khac', label: { vi: 'Khác', en: 'Other' } },
];

export const emailPattern = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
export const phonePattern = /^\+?[0-9 .()-]{8,30}$/;
/** A decimal typed in a table cell: "150", "210,54" or "210.54". */
export const decimalPattern = /^\d{1,7}([.,]\d{1,3})?$/;

/** A decimal cell as a number ("210,54" → 210.54), undefined when it is none. */
export function cellNumber(text: string | undefined): number | undefined {
  if (text === undefined || !decimalPattern.test(text.trim())) return undefined;
  return Number(text.trim().replace(',', '.'));
}

const rowsOf = (value: unknown): RowValue[] => (Array.isArray(value) ? (value as RowValue[]) : []);

/** Rules across fields: numeric cells, phases within the total area, a price with its unit. */
export function validateZone(values: FieldValues): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const phases = rowsOf(values.phases);
  let phaseSum = 0;
  phases.forEach((row, i) => {
    if (row.area === undefined) return;
    const n = cellNumber(row.area);
    if (n === undefined) problems.push({ field: 'phases', cell: { row: i + 1, column: 'area' }, message: { vi: 'Diện tích là một số héc-ta, ví dụ 150 hoặc 210,54.', en: 'The area is a number of hectares, e.g. 150 or 210.54.' } });
    else phaseSum += n;
  });
  const total = typeof values.totalArea === 'number' ? values.totalArea : undefined;
  if (total !== undefined && problems.length === 0 && phaseSum > total + 0.01) {
    problems.push({ field: 'phases', message: { vi: `Tổng diện tích các giai đoạn (${phaseSum} ha) lớn hơn tổng diện tích của khu (${total} ha).`, en: `The phases add up to ${phaseSum} ha, more than the zone's total area (${total} ha).` } });
  }
  rowsOf(values.distances).forEach((row, i) => {
    if (row.km !== undefined && cellNumber(row.km) === undefined) problems.push({ field: 'distances', cell: { row: i + 1, column: 'km' }, message: { vi: 'Khoảng cách là một số ki-lô-mét, ví dụ 15 hoặc 2,5.', en: 'The distance is a number of kilometres, e.g. 15 or 2.5.' } });
  });
  if (values.landPrice !== undefined && values.landPriceUnit === undefined) {
    problems.push({ field: 'landPriceUnit', message: { vi: 'Hãy ghi đơn vị của giá thuê đất, ví dụ đồng/m²/năm.', en: 'Give the unit of the land-lease price, e.g. đồng/m²/năm.' } });
  }
  return problems;
}

export const zoneDeclaration: ContentTypeDeclaration = {
  type: zoneType,
  label: { vi: 'Khu kinh tế, khu công nghiệp', en: 'Economic zone or industrial park' },
  plural: { vi: 'Khu kinh tế, khu công nghiệp', en: 'Economic zones and industrial parks' },
  categories: false,
  api: 'zones',
  paths: zonePaths,
  itemPath: (item) => `${zonePaths.vi}/${item.slug}`,
  validate: validateZone,
  fields: [
    { name: 'kind', kind: 'select', label: { vi: 'Loại khu', en: 'Kind' }, required: true, options: kindOptions, listColumn: true, filter: true, search: 'body' },
    {
      name: 'nameEn',
      kind: 'text',
      label: { vi: 'Tên tiếng Anh', en: 'English name' },
      hint: { vi: 'Hiển thị trên trang tiếng Anh, ví dụ Thanh Loc Industrial Park.', en: 'Shown on the English pages, e.g. Thanh Loc Industrial Park.' },
      maxLength: 200,
      search: 'title',
    },
    {
      name: 'summaryEn',
      kind: 'longText',
      label: { vi: 'Giới thiệu ngắn bằng tiếng Anh', en: 'Short English summary' },
      hint: { vi: 'Vài câu cho nhà đầu tư nước ngoài; để trống thì trang tiếng Anh ghi rõ nội dung bằng tiếng Việt.', en: 'A few sentences for foreign investors; when empty the English page says the content is in Vietnamese.' },
      maxLength: 2000,
      search: 'body',
    },
    {
      name: 'location',
      kind: 'text',
      label: { vi: 'Địa điểm', en: 'Location' },
      hint: { vi: 'Xã, phường, huyện, thành phố, ví dụ xã Thạnh Lộc, huyện Châu Thành.', en: 'Commune, ward, district or city, e.g. xã Thạnh Lộc, huyện Châu Thành.' },
      required: true,
      maxLength: 300,
      listColumn: true,
      search: 'body',
    },
    { name: 'coordinates', kind: 'coordinates', label: { vi: 'Toạ độ', en: 'Coordinates' }, hint: { vi: 'Vĩ độ, kinh độ của trung tâm khu, ví dụ 9.9731, 105.1554.', en: 'Latitude, longitude of the centre of the zone, e.g. 9.9731, 105.1554.' } },
    { name: 'totalArea', kind: 'area', label: { vi: 'Tổng diện tích (ha)', en: 'Total area (ha)' }, required: true, min: 0, max: 1_000_000, listColumn: true },
    {
      name: 'phases',
      kind: 'rows',
      label: { vi: 'Các giai đoạn', en: 'Phases' },
      hint: { vi: 'Mỗi giai đoạn đầu tư một dòng: tên, diện tích (ha), tình trạng.', en: 'One line per development phase: name, area (ha), status.' },
      maxRows: 20,
      blankRows: 2,
      columns: [
        { name: 'name', kind: 'text', label: { vi: 'Giai đoạn', en: 'Phase' }, required: true, maxLength: 200 },
        { name: 'area', kind: 'text', label: { vi: 'Diện tích (ha)', en: 'Area (ha)' }, required: true, maxLength: 12 },
        { name: 'status', kind: 'select', label: { vi: 'Tình trạng', en: 'Status' }, options: phaseStatusOptions },
      ],
    },
    {
      name: 'occupancy',
      kind: 'number',
      label: { vi: 'Tỷ lệ lấp đầy (%)', en: 'Occupancy (%)' },
      hint: { vi: 'Phần trăm diện tích đất công nghiệp đã có hạ tầng được cho thuê, từ 0 đến 100.', en: 'Share of the serviced industrial land already leased, 0 to 100.' },
      min: 0,
      max: 100,
      listColumn: true,
    },
    {
      name: 'infrastructure',
      kind: 'rows',
      label: { vi: 'Hạ tầng kỹ thuật', en: 'Infrastructure' },
      hint: { vi: 'Giao thông, cấp điện, cấp nước, xử lý nước thải…: mỗi hạng mục một dòng.', en: 'Roads, power, water, wastewater…: one line each.' },
      maxRows: 12,
      blankRows: 4,
      columns: [
        { name: 'item', kind: 'select', label: { vi: 'Hạng mục', en: 'Item' }, required: true, options: infrastructureOptions },
        { name: 'description', kind: 'longText', label: { vi: 'Mô tả', en: 'Description' }, required: true, maxLength: 1000 },
      ],
    },
    { name: 'targetIndustries', kind: 'longText', label: { vi: 'Ngành nghề thu hút đầu tư', en: 'Target industries' }, maxLength: 3000, search: 'body' },
    { name: 'developer', kind: 'text', label: { vi: 'Chủ đầu tư hạ tầng', en: 'Infrastructure developer' }, maxLength: 300, listColumn: true, search: 'body' },
    {
      name: 'distances',
      kind: 'rows',
      label: { vi: 'Khoảng cách', en: 'Distances' },
      hint: { vi: 'Đến sân bay, cảng biển, trung tâm tỉnh…: nơi đến và số ki-lô-mét.', en: 'To the airport, seaport, provincial centre…: destination and kilometres.' },
      maxRows: 20,
      blankRows: 3,
      columns: [
        { name: 'to', kind: 'text', label: { vi: 'Đến', en: 'To' }, required: true, maxLength: 200 },
        { name: 'km', kind: 'text', label: { vi: 'Khoảng cách (km)', en: 'Distance (km)' }, required: true, maxLength: 12 },
      ],
    },
    { name: 'landPrice', kind: 'money', label: { vi: 'Giá thuê đất (đồng)', en: 'Land-lease price (VND)' }, min: 0 },
    {
      name: 'landPriceUnit',
      kind: 'text',
      label: { vi: 'Đơn vị giá thuê đất', en: 'Unit of the land-lease price' },
      hint: { vi: 'Ví dụ: đồng/m²/năm hoặc đồng/m²/thời hạn thuê.', en: 'E.g. đồng/m²/năm (per m² per year) or đồng/m²/thời hạn thuê (per m² for the whole term).' },
      maxLength: 60,
    },
    { name: 'landPriceDate', kind: 'date', label: { vi: 'Giá áp dụng từ ngày', en: 'Price as of' } },
    { name: 'masterPlan', kind: 'files', label: { vi: 'Hồ sơ quy hoạch', en: 'Master-plan files' }, hint: { vi: 'Bản đồ, quyết định phê duyệt quy hoạch để tải về.', en: 'Maps and planning decisions to download.' } },
    { name: 'contactName', kind: 'text', label: { vi: 'Đơn vị liên hệ', en: 'Contact' }, maxLength: 300 },
    {
      name: 'contactPhone',
      kind: 'text',
      label: { vi: 'Điện thoại liên hệ', en: 'Contact telephone' },
      maxLength: 30,
      pattern: { regex: phonePattern, message: { vi: 'Số điện thoại chỉ gồm chữ số, khoảng trắng, dấu chấm, gạch ngang, ngoặc đơn (ví dụ (0297) 3 862 779).', en: 'A telephone number has only digits, spaces, dots, dashes and brackets, e.g. (0297) 3 862 779.' } },
    },
    {
      name: 'contactEmail',
      kind: 'text',
      label: { vi: 'Thư điện tử liên hệ', en: 'Contact e-mail' },
      maxLength: 200,
      pattern: { regex: emailPattern, message: { vi: 'Địa chỉ thư điện tử không hợp lệ (ví dụ bqlkkt@kiengiang.gov.vn).', en: 'Not a valid e-mail address (e.g. bqlkkt@kiengiang.gov.vn).' } },
    },
  ],
};

/** A select value's label, or the value itself when it is not in the list (older data). */
export const optionText = (options: SelectOption[], value: unknown, lang: 'vi' | 'en'): string => optionLabel(options, value, lang) ?? (typeof value === 'string' ? value : '');

/** A field's label in a language. */
export const fieldLabel = (name: string, lang: 'vi' | 'en'): string => zoneDeclaration.fields.find((f) => f.name === name)!.label[lang];
