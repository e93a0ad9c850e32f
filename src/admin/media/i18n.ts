// Strings of the media library pages, Vietnamese (reference) and English (same keys, forced by the type).
import type { Language } from '../../core/db/schema.ts';

const vi = {
  library: 'Thư viện tư liệu',
  backToLibrary: '‹ Thư viện tư liệu',
  uploadTitle: 'Tải tệp lên',
  chooseFiles: 'Chọn tệp (có thể chọn nhiều tệp một lúc)',
  uploadHint: (maxMb: number, maxFiles: number) =>
    `Ảnh JPEG, PNG, WebP, GIF, AVIF; tài liệu PDF, DOC, DOCX, XLS, XLSX, ODT, ODS. Tối đa ${maxMb} MB mỗi tệp, ${maxFiles} tệp mỗi lần. Ảnh được thu nhỏ theo nhiều cỡ và xóa thông tin máy ảnh, vị trí (GPS).`,
  dropZone: 'Hoặc kéo thả tệp vào khung này',
  chosen: 'Đã chọn:',
  uploading: 'Đang tải lên…',
  upload: 'Tải lên',
  search: 'Tìm theo tên, mô tả, chú thích',
  kind: 'Loại tệp',
  allKinds: 'Tất cả',
  images: 'Ảnh',
  attachments: 'Tài liệu',
  missingAltOnly: 'Chỉ ảnh thiếu mô tả',
  filter: 'Lọc',
  total: (n: number) => `${n} tệp`,
  empty: 'Không có tệp nào.',
  missingAlt: 'Thiếu mô tả ảnh',
  alt: 'Mô tả ảnh (alt)',
  altHint: 'Mô tả ngắn nội dung ảnh cho người khiếm thị. Bắt buộc: bài viết có ảnh thiếu mô tả không thể đăng.',
  caption: 'Chú thích',
  credit: 'Nguồn ảnh, tác giả',
  edit: 'Sửa',
  save: 'Lưu',
  saved: 'Đã lưu thông tin tệp.',
  uploaded: (n: number) => `Đã tải lên ${n} tệp.`,
  duplicates: (n: number) => `${n} tệp đã có sẵn trong thư viện nên được dùng lại, không lưu thêm bản mới.`,
  accepted: 'Đã nhận:',
  refused: 'Không nhận:',
  alreadyThere: 'đã có trong thư viện',
  details: 'Thông tin tệp',
  type: 'Loại',
  size: 'Dung lượng',
  dimensions: 'Kích thước',
  uploadedBy: 'Người tải lên',
  uploadedAt: 'Thời điểm tải lên',
  address: 'Địa chỉ',
  variants: 'Các phiên bản',
  download: 'Tải xuống',
  usedIn: 'Đang được dùng trong',
  otherArticle: 'Một bài viết bạn không có quyền xem',
  notUsed: 'Chưa có nội dung nào dùng tệp này.',
  deleteTitle: 'Xóa tệp',
  deleteHint: 'Xóa hẳn tệp cùng mọi phiên bản của nó. Không thể hoàn tác.',
  deleteButton: 'Xóa tệp này',
  deleteBlocked: 'Không thể xóa khi tệp còn được dùng.',
  deleted: 'Đã xóa tệp.',
  previousPage: '‹ Trang trước',
  nextPage: 'Trang sau ›',
  pageOf: (page: number, count: number) => `Trang ${page}/${count}`,
  pagination: 'Phân trang',
  unknownUser: 'Không rõ',
};

export type MediaDictionary = typeof vi;

const en: MediaDictionary = {
  library: 'Media library',
  backToLibrary: '‹ Media library',
  uploadTitle: 'Upload files',
  chooseFiles: 'Choose files (several at once if you like)',
  uploadHint: (maxMb: number, maxFiles: number) =>
    `JPEG, PNG, WebP, GIF and AVIF images; PDF, DOC, DOCX, XLS, XLSX, ODT and ODS documents. At most ${maxMb} MB per file and ${maxFiles} files at a time. Images are resized to several widths, and camera and location (GPS) data are removed.`,
  dropZone: 'Or drag and drop files onto this box',
  chosen: 'Chosen:',
  uploading: 'Uploading…',
  upload: 'Upload',
  search: 'Search names, alt text and captions',
  kind: 'Kind of file',
  allKinds: 'All',
  images: 'Images',
  attachments: 'Documents',
  missingAltOnly: 'Only images without alt text',
  filter: 'Filter',
  total: (n: number) => `${n} file${n === 1 ? '' : 's'}`,
  empty: 'No files.',
  missingAlt: 'No alt text',
  alt: 'Alt text',
  altHint: 'A short description of the image for people who cannot see it. Required: an article with an image lacking alt text cannot be published.',
  caption: 'Caption',
  credit: 'Credit (source, photographer)',
  edit: 'Edit',
  save: 'Save',
  saved: 'The file details were saved.',
  uploaded: (n: number) => `${n} file${n === 1 ? '' : 's'} uploaded.`,
  duplicates: (n: number) => `${n} file${n === 1 ? ' was' : 's were'} already in the library and reused; no new copy was stored.`,
  accepted: 'Accepted:',
  refused: 'Refused:',
  alreadyThere: 'already in the library',
  details: 'File details',
  type: 'Type',
  size: 'Size',
  dimensions: 'Dimensions',
  uploadedBy: 'Uploaded by',
  uploadedAt: 'Uploaded at',
  address: 'Address',
  variants: 'Versions',
  download: 'Download',
  usedIn: 'Used in',
  otherArticle: 'An article you may not see',
  notUsed: 'No content uses this file yet.',
  deleteTitle: 'Delete the file',
  deleteHint: 'Deletes the file and all its versions for good. This cannot be undone.',
  deleteButton: 'Delete this file',
  deleteBlocked: 'The file cannot be deleted while it is in use.',
  deleted: 'The file was deleted.',
  previousPage: '‹ Previous page',
  nextPage: 'Next page ›',
  pageOf: (page: number, count: number) => `Page ${page} of ${count}`,
  pagination: 'Pages',
  unknownUser: 'Unknown',
};

export const mediaText: Record<Language, MediaDictionary> = { vi, en };

/** "1,5 MB" in Vietnamese, "1.5 MB" in English. */
export function formatBytes(bytes: number, lang: Language): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}
