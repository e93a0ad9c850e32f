// Public addresses of the zones pages. Query parameters are Vietnamese words on the Vietnamese
// pages and English ones on the English pages, like the site search.
import type { Language } from '../../core/db/schema.ts';
import { zonePaths } from './declaration.ts';

export const zoneBase = zonePaths.vi;

export const paramNames = {
  vi: { kind: 'loai', zone: 'khu' },
  en: { kind: 'kind', zone: 'zone' },
} as const satisfies Record<Language, Record<'kind' | 'zone', string>>;

export const compareSegment = { vi: 'so-sanh', en: 'compare' } as const satisfies Record<Language, string>;

const base = (lang: Language) => (lang === 'en' ? zonePaths.en : zonePaths.vi);

export function zoneListUrl(lang: Language, kind?: string): string {
  return kind ? `${base(lang)}?${new URLSearchParams({ [paramNames[lang].kind]: kind }).toString()}` : base(lang);
}

export function zoneUrl(lang: Language, slug: string): string {
  return `${base(lang)}/${slug}`;
}

/** The comparison of these zones (none: the empty form); the address can be shared. */
export function compareUrl(lang: Language, slugs: readonly string[] = []): string {
  const query = new URLSearchParams();
  for (const slug of slugs) query.append(paramNames[lang].zone, slug);
  const qs = query.toString();
  return `${base(lang)}/${compareSegment[lang]}${qs ? `?${qs}` : ''}`;
}

/** A point on openstreetmap.org: a plain link, nothing is loaded from it on our pages. */
export function mapUrl(lat: number, lng: number): string {
  const la = lat.toFixed(5);
  const ln = lng.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${la}&mlon=${ln}#map=13/${la}/${ln}`;
}
