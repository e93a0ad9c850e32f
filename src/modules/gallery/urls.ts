// Public addresses of the gallery: /thu-vien-anh?trang=N and /thu-vien-anh/<slug>, in English
// /en/photos?page=N and /en/photos/<slug> (English labels; the albums stay in Vietnamese).
import type { Language } from '../../core/db/schema.ts';
import { albumPaths } from './declaration.ts';

export const pageParam = { vi: 'trang', en: 'page' } as const satisfies Record<Language, string>;

export function albumListUrl(lang: Language, page = 1): string {
  return page > 1 ? `${albumPaths[lang]}?${pageParam[lang]}=${page}` : albumPaths[lang];
}

export function albumPath(slug: string, lang: Language = 'vi'): string {
  return `${albumPaths[lang]}/${slug}`;
}
