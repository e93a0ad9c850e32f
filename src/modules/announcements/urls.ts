// Public addresses of announcements. The list's query parameters are Vietnamese words on the
// Vietnamese list and English ones on the English list (like the procedures list); an item is
// /thong-bao/<slug>, or /en/announcements/<slug> with English labels (the content stays Vietnamese).
import type { Language } from '../../core/db/schema.ts';

export const announcementPaths = { vi: '/thong-bao', en: '/en/announcements' } as const;

export interface ListParams {
  kind?: string | undefined;
  year?: number | undefined;
  status?: 'open' | 'closed' | undefined;
  page?: number | undefined;
}

export const paramNames = {
  vi: { kind: 'loai', year: 'nam', status: 'tinh-trang', page: 'trang' },
  en: { kind: 'type', year: 'year', status: 'status', page: 'page' },
} as const satisfies Record<Language, Record<keyof ListParams, string>>;

/** The status filter's values in the address, per language. */
export const statusValues = {
  vi: { open: 'con-han', closed: 'het-han' },
  en: { open: 'open', closed: 'closed' },
} as const satisfies Record<Language, Record<'open' | 'closed', string>>;

export function announcementListUrl(lang: Language, params: ListParams = {}): string {
  const names = paramNames[lang];
  const query = new URLSearchParams();
  if (params.kind) query.set(names.kind, params.kind);
  if (params.year) query.set(names.year, String(params.year));
  if (params.status) query.set(names.status, statusValues[lang][params.status]);
  if (params.page && params.page > 1) query.set(names.page, String(params.page));
  const qs = query.toString();
  return qs ? `${announcementPaths[lang]}?${qs}` : announcementPaths[lang];
}

export function announcementPath(slug: string, lang: Language = 'vi'): string {
  return `${announcementPaths[lang]}/${slug}`;
}
