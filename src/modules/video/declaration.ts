// Videos (Decree 42/2022 A19), declared once. A video is not stored here: the media library takes
// images and documents only (core/media/detect.ts refuses MP4 and WebVTT), so an item is a link to
// the video where it is published (YouTube, the provincial television's site), with a poster from
// the library and a text account of the video. The page loads nothing from the other site: the
// reader follows a plain link that says it leaves the portal.
import type { ContentTypeDeclaration, FieldProblem } from '../../core/content-types/declaration.ts';

export const videoType = 'video';
export const videoPaths = { vi: '/video', en: '/en/videos' } as const;

/**
 * A plain https address: a host name of dotted labels (no user name or password, no IP
 * literal), an optional port, then a path, query or fragment without spaces, quotes or angle
 * brackets. Anything else, http:// included, is refused.
 */
export const httpsAddress = /^https:\/\/(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?::\d{1,5})?(?:[/?#][^\s"'<>\\]*)?$/i;

/** "3:25" or "1:02:45". */
export const durationPattern = /^(?:\d{1,2}:)?[0-5]?\d:[0-5]\d$/;

export const videoDeclaration: ContentTypeDeclaration = {
  type: videoType,
  label: { vi: 'Video', en: 'Video' },
  plural: { vi: 'Video', en: 'Videos' },
  categories: false,
  api: 'videos',
  paths: videoPaths,
  itemPath: (item) => `${videoPaths.vi}/${item.slug}`,
  fields: [
    {
      name: 'url',
      kind: 'text',
      label: { vi: 'Địa chỉ video', en: 'Video address' },
      hint: {
        vi: 'Địa chỉ trang xem video, bắt đầu bằng https://, ví dụ https://www.youtube.com/watch?v=… Cổng không nhúng video: người đọc bấm nút để mở trang đó.',
        en: 'The address of the page that plays the video, starting with https://, e.g. https://www.youtube.com/watch?v=… The portal does not embed the video: readers follow a button to that page.',
      },
      required: true,
      maxLength: 500,
      pattern: { regex: httpsAddress, message: { vi: 'Phải là địa chỉ web đầy đủ, bắt đầu bằng https://, không có khoảng trắng.', en: 'Must be a full web address starting with https://, without spaces.' } },
      listColumn: true,
    },
    {
      name: 'poster',
      kind: 'images',
      label: { vi: 'Ảnh đại diện', en: 'Poster' },
      hint: {
        vi: 'Một ảnh từ thư viện tư liệu (một khung hình của video). Mô tả ảnh lấy từ thư viện. Không dùng ảnh lấy trực tiếp từ YouTube.',
        en: 'One image from the media library (a frame of the video). Its description comes from the library. Do not link images from YouTube.',
      },
    },
    { name: 'recordedOn', kind: 'date', label: { vi: 'Ngày ghi hình', en: 'Date recorded' }, listColumn: true, filter: true },
    {
      name: 'duration',
      kind: 'text',
      label: { vi: 'Thời lượng', en: 'Length' },
      hint: { vi: 'Phút:giây, ví dụ 3:25 hoặc 1:02:45.', en: 'Minutes:seconds, e.g. 3:25 or 1:02:45.' },
      maxLength: 8,
      pattern: { regex: durationPattern, message: { vi: 'Thời lượng viết dạng phút:giây, ví dụ 3:25 hoặc 1:02:45.', en: 'Write the length as minutes:seconds, e.g. 3:25 or 1:02:45.' } },
    },
    {
      name: 'source',
      kind: 'text',
      label: { vi: 'Nguồn', en: 'Source' },
      hint: { vi: 'Đơn vị thực hiện, ví dụ Đài Phát thanh và Truyền hình Kiên Giang.', en: 'Who made it, e.g. Kiên Giang Radio and Television.' },
      maxLength: 200,
      search: 'body',
    },
    {
      name: 'transcript',
      kind: 'longText',
      label: { vi: 'Nội dung video (lời thoại)', en: 'Transcript' },
      hint: {
        vi: 'Lời thoại và diễn biến chính của video, để người không xem hoặc không nghe được video vẫn nắm được nội dung. Mỗi đoạn một dòng.',
        en: 'What is said and shown in the video, so that people who cannot watch or hear it still get its content. One paragraph per line.',
      },
      maxLength: 20000,
      search: 'body',
    },
  ],
  validate(values) {
    const posters = Array.isArray(values.poster) ? values.poster : [];
    const problems: FieldProblem[] = [];
    if (posters.length > 1) problems.push({ field: 'poster', message: { vi: 'Chỉ chọn một ảnh đại diện.', en: 'Choose one poster only.' } });
    return problems;
  },
};
