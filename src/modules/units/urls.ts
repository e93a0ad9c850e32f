// Public addresses of the About pages: the overview, the leadership page and one page per unit, in
// Vietnamese and with an English interface (the content stays Vietnamese). A leader has no page of
// its own: its address is its card on the leadership page (the leaders module's itemPath).
import type { Language } from '../../core/db/schema.ts';

export const unitPaths = { vi: '/gioi-thieu', en: '/en/about' } as const;
export const leadershipPaths = { vi: '/gioi-thieu/lanh-dao', en: '/en/about/leadership' } as const;
export const unitBases = { vi: '/gioi-thieu/don-vi', en: '/en/about/units' } as const;

export function aboutUrl(lang: Language): string {
  return unitPaths[lang];
}

export function leadershipUrl(lang: Language): string {
  return leadershipPaths[lang];
}

export function unitPath(slug: string, lang: Language = 'vi'): string {
  return `${unitBases[lang]}/${slug}`;
}

/** The id of a leader's card on a page: its slug, so /gioi-thieu/lanh-dao#<slug> reaches it. */
export function leaderAnchor(slug: string): string {
  return slug;
}
