// Public addresses of the projects pages. The list's query parameters are Vietnamese words on the
// Vietnamese list and English ones on the English list (like the procedures list); a project is
// /du-an-keu-goi-dau-tu/<slug>, or /en/projects/<slug> with English labels (content as typed).
import type { Language } from '../../core/db/schema.ts';
import { projectPaths } from './declaration.ts';

export interface ListParams {
  sector?: string | undefined;
  /** the zone's slug */
  zone?: string | undefined;
  /** capital range in billions of đồng, as typed (kept for the form and the addresses) */
  min?: string | undefined;
  max?: string | undefined;
  page?: number | undefined;
}

export type ExportFormat = 'csv' | 'xlsx';

export const paramNames = {
  vi: { sector: 'linh-vuc', zone: 'khu', min: 'von-tu', max: 'von-den', page: 'trang', export: 'xuat' },
  en: { sector: 'sector', zone: 'zone', min: 'capital-min', max: 'capital-max', page: 'page', export: 'export' },
} as const satisfies Record<Language, Record<keyof ListParams | 'export', string>>;

export function projectListUrl(lang: Language, params: ListParams = {}, format?: ExportFormat): string {
  const names = paramNames[lang];
  const query = new URLSearchParams();
  if (params.sector) query.set(names.sector, params.sector);
  if (params.zone) query.set(names.zone, params.zone);
  if (params.min) query.set(names.min, params.min);
  if (params.max) query.set(names.max, params.max);
  if (format) query.set(names.export, format);
  else if (params.page && params.page > 1) query.set(names.page, String(params.page));
  const qs = query.toString();
  return qs ? `${projectPaths[lang]}?${qs}` : projectPaths[lang];
}

export function projectPath(slug: string, lang: Language = 'vi'): string {
  return `${projectPaths[lang]}/${slug}`;
}
