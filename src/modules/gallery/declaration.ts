// Photo albums (thư viện ảnh, Decree 42/2022 A19), declared once: the back office, validation,
// the admin API, the JSON API and search read this object. An album's photos are media-library
// images: the description (alt text), caption and credit of each photo are the library's, written
// once where the photo is uploaded, so the same photo reads the same wherever it is used.
import type { ContentTypeDeclaration, FieldProblem } from '../../core/content-types/declaration.ts';

export const albumType = 'album';
export const albumPaths = { vi: '/thu-vien-anh', en: '/en/photos' } as const;

/** Most photos one album may hold: an album page stays a page, not an archive. */
export const maxPhotos = 120;

export const albumDeclaration: ContentTypeDeclaration = {
  type: albumType,
  label: { vi: 'Album ảnh', en: 'Photo album' },
  plural: { vi: 'Thư viện ảnh', en: 'Photo gallery' },
  categories: false,
  api: 'albums',
  paths: albumPaths,
  itemPath: (item) => `${albumPaths.vi}/${item.slug}`,
  fields: [
    {
      name: 'eventDate',
      kind: 'date',
      label: { vi: 'Ngày diễn ra sự kiện', en: 'Date of the event' },
      hint: { vi: 'Các album được xếp theo ngày này, mới nhất trước.', en: 'Albums are listed by this date, newest first.' },
      required: true,
      listColumn: true,
      filter: true,
    },
    {
      name: 'location',
      kind: 'text',
      label: { vi: 'Địa điểm', en: 'Place' },
      hint: { vi: 'Ví dụ: Khu công nghiệp Thạnh Lộc, huyện Châu Thành.', en: 'E.g. Thạnh Lộc Industrial Park, Châu Thành district.' },
      maxLength: 200,
      search: 'body',
    },
    {
      name: 'photos',
      kind: 'images',
      label: { vi: 'Ảnh trong album', en: 'Photos' },
      hint: {
        vi: `Từ 1 đến ${maxPhotos} ảnh của thư viện tư liệu, hiện theo thứ tự đã chọn. Mô tả ảnh (văn bản thay thế), chú thích và tác giả của từng ảnh lấy từ thư viện: hãy điền ở đó trước khi đăng.`,
        en: `1 to ${maxPhotos} images from the media library, shown in the order chosen. Each photo's description (alt text), caption and credit come from the library: fill them in there before publishing.`,
      },
      required: true,
    },
    {
      name: 'cover',
      kind: 'images',
      label: { vi: 'Ảnh bìa', en: 'Cover' },
      hint: { vi: 'Một ảnh hiện ở danh sách album. Để trống thì dùng ảnh đầu tiên của album.', en: 'One image shown in the list of albums. None: the album’s first photo is used.' },
    },
  ],
  validate(values) {
    const photos = Array.isArray(values.photos) ? values.photos : [];
    const cover = Array.isArray(values.cover) ? values.cover : [];
    const problems: FieldProblem[] = [];
    if (photos.length > maxPhotos) problems.push({ field: 'photos', message: { vi: `Một album có tối đa ${maxPhotos} ảnh; hãy chia thành nhiều album.`, en: `An album holds at most ${maxPhotos} photos; split it into several albums.` } });
    if (cover.length > 1) problems.push({ field: 'cover', message: { vi: 'Chỉ chọn một ảnh bìa.', en: 'Choose one cover only.' } });
    return problems;
  },
};
