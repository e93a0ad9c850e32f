// The photo gallery's own interface strings, in both languages; a key missing from either is a
// type error. Field labels come from the declaration. The viewer's strings reach gallery.js as
// data attributes of the photo list (no inline script under the CSP).
import type { Language } from '../../core/db/schema.ts';

export interface GalleryStrings {
  title: string;
  intro: string;
  contentInVietnamese: string;
  count: (n: number) => string;
  none: string;
  photoCount: (n: number) => string;
  noPhotos: string;
  eventDate: string;
  place: string;
  credit: string;
  openLarge: string;
  listHint: string;
  photosHeading: string;
  back: string;
  demoNotice: string;
  withdrawnNotice: string;
  /** the viewer (public/js/gallery.js) */
  viewerTitle: (album: string) => string;
  viewerPrevious: string;
  viewerNext: string;
  viewerClose: string;
  /** "{n}" and "{total}" are replaced by the viewer */
  viewerPosition: string;
  viewerKeys: string;
}

const vi: GalleryStrings = {
  title: 'Thư viện ảnh',
  intro: 'Hình ảnh hoạt động của Ban Quản lý Khu kinh tế tỉnh Kiên Giang: khánh thành dự án, hội nghị xúc tiến đầu tư, kiểm tra công trình trong các khu công nghiệp, khu kinh tế.',
  contentInVietnamese: '',
  count: (n) => `Có ${n} album ảnh`,
  none: 'Chưa có album ảnh nào.',
  photoCount: (n) => `${n} ảnh`,
  noPhotos: 'Album này chưa có ảnh.',
  eventDate: 'Ngày',
  place: 'Địa điểm',
  credit: 'Ảnh',
  openLarge: 'xem ảnh lớn',
  listHint: 'Chọn một ảnh để xem ảnh lớn.',
  photosHeading: 'Ảnh trong album',
  back: 'Về Thư viện ảnh',
  demoNotice: 'Album mẫu để minh hoạ, ảnh là hình vẽ tạo tự động',
  withdrawnNotice: 'Album này đã được rút, chỉ còn để tra cứu. Lý do:',
  viewerTitle: (album) => `Xem ảnh: ${album}`,
  viewerPrevious: 'Ảnh trước',
  viewerNext: 'Ảnh sau',
  viewerClose: 'Đóng',
  viewerPosition: 'Ảnh {n}/{total}',
  viewerKeys: 'Phím mũi tên trái, phải để chuyển ảnh; phím Esc để đóng.',
};

const en: GalleryStrings = {
  title: 'Photo gallery',
  intro: 'Photographs of the work of the Kiên Giang Economic Zone Authority: project inaugurations, investment promotion conferences, inspections of works in the industrial parks and economic zones.',
  contentInVietnamese: 'Album titles and captions are published in Vietnamese.',
  count: (n) => (n === 1 ? '1 album' : `${n} albums`),
  none: 'There are no albums yet.',
  photoCount: (n) => (n === 1 ? '1 photo' : `${n} photos`),
  noPhotos: 'This album has no photos yet.',
  eventDate: 'Date',
  place: 'Place',
  credit: 'Photo',
  openLarge: 'view large',
  listHint: 'Choose a photo to see it large.',
  photosHeading: 'Photos in this album',
  back: 'Back to the photo gallery',
  demoNotice: 'Sample album for demonstration; the pictures are generated drawings',
  withdrawnNotice: 'This album has been withdrawn and is kept for reference only. Reason:',
  viewerTitle: (album) => `Photo viewer: ${album}`,
  viewerPrevious: 'Previous photo',
  viewerNext: 'Next photo',
  viewerClose: 'Close',
  viewerPosition: 'Photo {n} of {total}',
  viewerKeys: 'Left and right arrow keys change the photo; Escape closes.',
};

export const galleryStrings: Record<Language, GalleryStrings> = { vi, en };
