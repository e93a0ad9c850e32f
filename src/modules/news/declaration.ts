// News as a declared content type: categories, public paths, the API segment, and its own fields
// (byline, source, display date, thumbnail with alt text, home-page placement), stored in
// content.fields so that revisions, diffs, restore and the 409 check cover them. The older
// news_articles table keeps one row per article (legacy byline/source copies, see migrations.ts).
// The back office edits news in its generic pages (/admin/content/news), like every declared type.
import type { ContentTypeDeclaration, FieldProblem, FieldValues } from '../../core/content-types/declaration.ts';
import { newsType } from './save.ts';
import { articleUrl, newsBase } from './urls.ts';

/** Names of the news fields in content.fields. */
export const newsFields = {
  byline: 'byline',
  source: 'source',
  displayedAt: 'displayedAt',
  cover: 'cover',
  coverAlt: 'coverAlt',
  placement: 'placement',
} as const;

export type Placement = 'featured' | 'pinned';

export const newsDeclaration: ContentTypeDeclaration = {
  type: newsType,
  label: { vi: 'Tin bài', en: 'Article' },
  plural: { vi: 'Tin tức', en: 'News' },
  fields: [
    { name: newsFields.byline, kind: 'text', label: { vi: 'Tác giả', en: 'Byline' }, hint: { vi: 'Tên hiển thị dưới bài, ví dụ "Minh Trung".', en: 'Shown under the article, e.g. "Minh Trung".' }, maxLength: 200, search: 'body' },
    { name: newsFields.source, kind: 'text', label: { vi: 'Nguồn', en: 'Source' }, hint: { vi: 'Nơi đăng đầu tiên, ví dụ "Báo Kiên Giang".', en: 'Where it first appeared, e.g. "Báo Kiên Giang".' }, maxLength: 300, search: 'body' },
    {
      name: newsFields.displayedAt,
      kind: 'dateTime',
      label: { vi: 'Ngày hiển thị', en: 'Displayed date' },
      hint: { vi: 'Thời điểm hiện trên trang (giờ Việt Nam). Để trống thì hiện thời điểm đăng; thứ tự bài không đổi.', en: 'The time shown on the site (Vietnam time). Empty: the publication time is shown; the order of articles does not change.' },
    },
    { name: newsFields.cover, kind: 'images', label: { vi: 'Ảnh đại diện', en: 'Thumbnail' }, hint: { vi: 'Một ảnh trong thư viện, hiện ở danh sách và trang chủ. Không chọn thì dùng ảnh đầu tiên của bài.', en: 'One image from the library, shown in lists and on the home page. None: the first image of the body is used.' } },
    { name: newsFields.coverAlt, kind: 'text', label: { vi: 'Mô tả ảnh đại diện (alt)', en: 'Thumbnail alt text' }, hint: { vi: 'Bắt buộc khi có ảnh đại diện: mô tả nội dung ảnh cho người không xem được ảnh.', en: 'Required with a thumbnail: what the image shows, for people who cannot see it.' }, maxLength: 300 },
    {
      name: newsFields.placement,
      kind: 'select',
      multiple: true,
      label: { vi: 'Trang chủ', en: 'Home page' },
      hint: { vi: 'Bài ghim là tin nổi bật dẫn đầu trang chủ cho đến khi bỏ ghim; không có bài ghim thì dùng tin nổi bật mới nhất.', en: 'A pinned article leads the home page until unpinned; without one, the newest featured article does.' },
      options: [
        { value: 'featured', label: { vi: 'Tin nổi bật', en: 'Featured story' } },
        { value: 'pinned', label: { vi: 'Ghim lên đầu trang chủ', en: 'Pin to the top of the home page' } },
      ],
      action: 'article.publish',
      listColumn: true,
      filter: true,
    },
  ],
  categories: true,
  api: 'articles',
  paths: { vi: newsBase, en: '/en/news' },
  itemPath: (item) => articleUrl(item.categorySlug ?? '', item.slug),
  validate(values: FieldValues) {
    const problems: FieldProblem[] = [];
    const cover = values[newsFields.cover];
    const hasCover = Array.isArray(cover) && cover.length > 0;
    if (hasCover && (cover as unknown[]).length > 1) problems.push({ field: newsFields.cover, message: { vi: 'Chỉ chọn một ảnh đại diện.', en: 'Choose one thumbnail only.' } });
    if (hasCover && !values[newsFields.coverAlt]) problems.push({ field: newsFields.coverAlt, message: { vi: 'Cần mô tả ảnh đại diện (alt) khi đã chọn ảnh.', en: 'A thumbnail needs alt text.' } });
    return problems;
  },
};
