// The news module's own interface strings, in both languages. The type makes a key missing from
// either language a type error. Pagination, breadcrumb, search and error strings stay in core.
import type { Language } from '../../core/db/schema.ts';

export interface NewsStrings {
  news: string;
  categories: string;
  noArticles: string;
  featured: string;
  latestNews: string;
  viewAll: string;
  viewAllIn: (category: string) => string;
  relatedArticles: string;
  source: string;
  print: string;
  share: string;
  shareFacebook: string;
  shareZalo: string;
  shareEmail: string;
  demoNotice: string;
  withdrawnNotice: string;
}

const vi: NewsStrings = {
  news: 'Tin tức',
  categories: 'Chuyên mục',
  noArticles: 'Chưa có bài viết nào trong mục này.',
  featured: 'Tin nổi bật',
  latestNews: 'Tin mới nhất',
  viewAll: 'Xem tất cả',
  viewAllIn: (category) => `Xem tất cả tin trong chuyên mục ${category}`,
  relatedArticles: 'Tin cùng chuyên mục',
  source: 'Nguồn',
  print: 'In bài viết',
  share: 'Chia sẻ',
  shareFacebook: 'Chia sẻ lên Facebook',
  shareZalo: 'Chia sẻ qua Zalo',
  shareEmail: 'Gửi qua email',
  demoNotice: 'Bài viết minh hoạ',
  withdrawnNotice: 'Bài viết đã được lưu trữ, không còn hiệu lực:',
};

const en: NewsStrings = {
  news: 'News',
  categories: 'Categories',
  noArticles: 'There are no articles here yet.',
  featured: 'Featured',
  latestNews: 'Latest news',
  viewAll: 'View all',
  viewAllIn: (category) => `View all news in ${category}`,
  relatedArticles: 'More in this category',
  source: 'Source',
  print: 'Print this article',
  share: 'Share',
  shareFacebook: 'Share on Facebook',
  shareZalo: 'Share on Zalo',
  shareEmail: 'Send by email',
  demoNotice: 'Demo article',
  withdrawnNotice: 'This article has been withdrawn:',
};

export const newsStrings: Record<Language, NewsStrings> = { vi, en };
