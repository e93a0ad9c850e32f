// Public addresses of the procedures pages. The query parameters are Vietnamese words on the
// Vietnamese list and English ones on the English list, like the site search.
import type { Language } from '../../core/db/schema.ts';
import { procedurePaths } from './declaration.ts';

export const procedureBase = procedurePaths.vi;

export interface ListParams {
  field?: string | undefined;
  level?: string | undefined;
  q?: string | undefined;
  page?: number | undefined;
}

export const paramNames = {
  vi: { field: 'linh-vuc', level: 'muc-do', q: 'q', page: 'trang' },
  en: { field: 'field', level: 'level', q: 'q', page: 'page' },
} as const satisfies Record<Language, Record<keyof ListParams, string>>;

export function procedureListUrl(lang: Language, params: ListParams = {}): string {
  const names = paramNames[lang];
  const query = new URLSearchParams();
  if (params.q) query.set(names.q, params.q);
  if (params.field) query.set(names.field, params.field);
  if (params.level) query.set(names.level, params.level);
  if (params.page && params.page > 1) query.set(names.page, String(params.page));
  const base = lang === 'en' ? (procedurePaths.en ?? procedureBase) : procedureBase;
  const qs = query.toString();
  return qs ? `${base}?${qs}` : base;
}

export function procedureUrl(slug: string): string {
  return `${procedureBase}/${slug}`;
}
