// Public addresses of legal documents. One scheme: an item is /van-ban/<slug> whatever its
// category (a document moved between categories keeps its address); a category is
// /van-ban/<category-slug>, looked up first.
export const documentsBase = '/van-ban';
export const documentsBaseEn = '/en/documents';

export type ListParams = Partial<Record<'loai' | 'co-quan' | 'linh-vuc' | 'nam' | 'tinh-trang' | 'q', string>>;

export const listParamNames = ['loai', 'co-quan', 'linh-vuc', 'nam', 'tinh-trang', 'q', 'trang'] as const;

export function documentPath(slug: string): string {
  return `${documentsBase}/${slug}`;
}

export function documentPathEn(slug: string): string {
  return `${documentsBaseEn}/${slug}`;
}

export function documentCategoryPath(slug: string, language: 'vi' | 'en' = 'vi'): string {
  return `${language === 'en' ? documentsBaseEn : documentsBase}/${slug}`;
}

/** A shareable list address: only the filters that are set, then the page. */
export function listUrl(base: string, params: ListParams, page = 1): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  if (page > 1) query.set('trang', String(page));
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}
