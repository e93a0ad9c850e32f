// Strings of the generic back-office pages of declared content types (lists, forms).
import type { Language } from '../../core/db/schema.ts';

/** “a”, “b” or “c”: quoted, since role names may hold commas themselves. */
function listed(items: string[], or: string): string {
  const quoted = items.map((i) => `“${i}”`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} ${or} ${quoted.at(-1)!}` : (quoted[0] ?? '');
}

const vi = {
  newItem: (label: string) => `Tạo mới: ${label.toLocaleLowerCase('vi')}`,
  search: 'Tìm theo tiêu đề',
  any: 'Tất cả',
  year: 'năm',
  published: 'Ngày đăng',
  type: 'Loại nội dung',
  sort: 'Sắp xếp',
  sortUpdated: 'Mới cập nhật trước',
  sortPublished: 'Mới đăng trước',
  filter: 'Lọc',
  total: (n: number) => `${n.toLocaleString('vi-VN')} mục`,
  pageOf: (page: number, count: number) => `Trang ${page}/${count}`,
  previous: '‹ Trang trước',
  next: 'Trang sau ›',
  created: 'Đã tạo.',
  none: '(không chọn)',
  coordinatesHint: 'vĩ độ, kinh độ — ví dụ 10.22, 103.96',
  numberHint: 'có thể gõ kiểu Việt Nam: 1.200.000 hoặc 12,5',
  libraryHint: 'chọn trong thư viện tư liệu (giữ Ctrl để chọn nhiều)',
  /** a field guarded by an action the user lacks: who may change it (role names as the user list shows them) */
  lockedTo: (roles: string[]) => (roles.length === 0 ? 'Không ai được thay đổi mục này.' : `Chỉ người có vai trò ${listed(roles, 'hoặc')} được thay đổi mục này.`),
};

type ContentText = typeof vi;

const en: ContentText = {
  newItem: (label: string) => `New ${label.toLocaleLowerCase('en')}`,
  search: 'Search titles',
  any: 'All',
  year: 'year',
  published: 'Published',
  type: 'Content type',
  sort: 'Sort',
  sortUpdated: 'Recently updated first',
  sortPublished: 'Recently published first',
  filter: 'Filter',
  total: (n: number) => `${n.toLocaleString('en-GB')} item${n === 1 ? '' : 's'}`,
  pageOf: (page: number, count: number) => `Page ${page} of ${count}`,
  previous: '‹ Previous page',
  next: 'Next page ›',
  created: 'Created.',
  none: '(none)',
  coordinatesHint: 'latitude, longitude — e.g. 10.22, 103.96',
  numberHint: 'Vietnamese formats accepted: 1.200.000 or 12,5',
  libraryHint: 'chosen from the media library (hold Ctrl to choose several)',
  lockedTo: (roles: string[]) => (roles.length === 0 ? 'No one may change this.' : `Only people with the role ${listed(roles, 'or')} may change this.`),
};

export const contentText: Record<Language, ContentText> = { vi, en };
