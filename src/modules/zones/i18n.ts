// The zones module's own interface strings, in both languages. The type makes a key missing from
// either language a type error. Field labels come from the declaration.
import type { Language } from '../../core/db/schema.ts';

export interface ZoneStrings {
  title: string;
  intro: string;
  demoNotice: string;
  withdrawnNotice: string;
  contentInVietnamese: string;
  filterLabel: string;
  allKinds: string;
  apply: string;
  clear: string;
  count: (n: number) => string;
  none: string;
  compareLink: string;
  compareTitle: string;
  compareIntro: string;
  compareLegend: string;
  compareSubmit: string;
  compareCaption: (names: string[]) => string;
  compareFact: string;
  compareTooFew: string;
  compareTooMany: string;
  compareUnknown: (slugs: string[]) => string;
  compareRepeated: string;
  compareNoZones: string;
  compareAgain: string;
  overview: string;
  details: string;
  viewOnMap: string;
  mapNote: string;
  externalSite: string;
  phaseTableCaption: string;
  distanceTableCaption: string;
  landPrice: string;
  asOf: (date: string) => string;
  download: string;
  contact: string;
  occupancyText: (percent: string) => string;
  notGiven: string;
  north: string;
  south: string;
  east: string;
  west: string;
  onPage: string;
  backToList: string;
}

const vi: ZoneStrings = {
  title: 'Khu kinh tế, khu công nghiệp',
  intro: 'Các khu kinh tế, khu kinh tế cửa khẩu và khu công nghiệp do Ban Quản lý quản lý: diện tích, tỷ lệ lấp đầy, hạ tầng, ngành nghề thu hút và giá thuê đất.',
  demoNotice: 'Số liệu mẫu để minh hoạ, cần kiểm tra trước khi dùng',
  withdrawnNotice: 'Thông tin về khu này đã được rút, chỉ còn để tra cứu. Lý do:',
  contentInVietnamese: '',
  filterLabel: 'Loại khu',
  allKinds: 'Tất cả các loại',
  apply: 'Lọc',
  clear: 'Bỏ lọc',
  count: (n) => `${n} khu`,
  none: 'Không có khu nào thuộc loại này.',
  compareLink: 'So sánh các khu',
  compareTitle: 'So sánh các khu kinh tế, khu công nghiệp',
  compareIntro: 'Chọn từ 2 đến 4 khu để xem các thông tin chính cạnh nhau trong một bảng. Địa chỉ của trang kết quả có thể gửi cho người khác.',
  compareLegend: 'Chọn các khu cần so sánh (từ 2 đến 4)',
  compareSubmit: 'So sánh',
  compareCaption: (names) => `So sánh ${names.join(', ')}`,
  compareFact: 'Thông tin',
  compareTooFew: 'Hãy chọn ít nhất 2 khu để so sánh.',
  compareTooMany: 'Chỉ so sánh được tối đa 4 khu một lần. Hãy bỏ bớt.',
  compareUnknown: (slugs) => `Không tìm thấy khu: ${slugs.join(', ')}. Hãy chọn trong danh sách.`,
  compareRepeated: 'Một khu được chọn hai lần. Hãy chọn các khu khác nhau.',
  compareNoZones: 'Chưa có khu nào để so sánh.',
  compareAgain: 'Chọn lại các khu',
  overview: 'Thông tin chung',
  details: 'Chi tiết',
  viewOnMap: 'Xem trên bản đồ',
  mapNote: '(OpenStreetMap, trang bên ngoài)',
  externalSite: '(trang bên ngoài)',
  phaseTableCaption: 'Các giai đoạn đầu tư',
  distanceTableCaption: 'Khoảng cách đến các địa điểm chính',
  landPrice: 'Giá thuê đất',
  asOf: (date) => `áp dụng từ ngày ${date}`,
  download: 'Tải về',
  contact: 'Liên hệ',
  occupancyText: (p) => `Đã lấp đầy ${p}%`,
  notGiven: 'Chưa có thông tin',
  north: 'vĩ Bắc',
  south: 'vĩ Nam',
  east: 'kinh Đông',
  west: 'kinh Tây',
  onPage: 'Nội dung trang',
  backToList: 'Danh sách các khu',
};

const en: ZoneStrings = {
  title: 'Economic zones and industrial parks',
  intro: 'The economic zones, border-gate economic zone and industrial parks the Authority manages: area, occupancy, infrastructure, target industries and land-lease prices.',
  demoNotice: 'Sample figures for demonstration, to be verified',
  withdrawnNotice: 'The information on this zone has been withdrawn and is kept for reference only. Reason:',
  contentInVietnamese: 'Descriptions are published in Vietnamese; names and summaries are given in English where available.',
  filterLabel: 'Kind of zone',
  allKinds: 'All kinds',
  apply: 'Filter',
  clear: 'Clear',
  count: (n) => (n === 1 ? '1 zone' : `${n} zones`),
  none: 'There is no zone of this kind.',
  compareLink: 'Compare zones',
  compareTitle: 'Compare economic zones and industrial parks',
  compareIntro: 'Choose 2 to 4 zones to see their main facts side by side in one table. The address of the result can be shared.',
  compareLegend: 'Zones to compare (2 to 4)',
  compareSubmit: 'Compare',
  compareCaption: (names) => `Comparison of ${names.join(', ')}`,
  compareFact: 'Fact',
  compareTooFew: 'Choose at least 2 zones to compare.',
  compareTooMany: 'At most 4 zones can be compared at once. Remove some.',
  compareUnknown: (slugs) => `No such zone: ${slugs.join(', ')}. Choose from the list.`,
  compareRepeated: 'A zone was chosen twice. Choose different zones.',
  compareNoZones: 'There are no zones to compare yet.',
  compareAgain: 'Choose other zones',
  overview: 'Overview',
  details: 'Details',
  viewOnMap: 'View on a map',
  mapNote: '(OpenStreetMap, external site)',
  externalSite: '(external site)',
  phaseTableCaption: 'Development phases',
  distanceTableCaption: 'Distances to main destinations',
  landPrice: 'Land-lease price',
  asOf: (date) => `as of ${date}`,
  download: 'Download',
  contact: 'Contact',
  occupancyText: (p) => `${p}% occupied`,
  notGiven: 'Not available',
  north: 'N',
  south: 'S',
  east: 'E',
  west: 'W',
  onPage: 'On this page',
  backToList: 'All zones',
};

export const zoneStrings: Record<Language, ZoneStrings> = { vi, en };
