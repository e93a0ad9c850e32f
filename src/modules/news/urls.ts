// Public addresses of news pages: folded ASCII, Vietnamese words, room for an /en/ twin later.
export const newsBase = '/tin-tuc';

export function newsListUrl(page = 1): string {
  return page > 1 ? `${newsBase}?trang=${page}` : newsBase;
}

export function categoryUrl(categorySlug: string, page = 1): string {
  return `${newsBase}/${categorySlug}${page > 1 ? `?trang=${page}` : ''}`;
}

export function articleUrl(categorySlug: string, slug: string): string {
  return `${newsBase}/${categorySlug}/${slug}`;
}
