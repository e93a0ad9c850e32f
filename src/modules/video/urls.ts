// Public addresses of the videos: /video?trang=N and /video/<slug>, in English /en/videos?page=N
// and /en/videos/<slug> (English labels; the items stay in Vietnamese). And where a video's own
// address leads, said in words: "YouTube", else the site's host name.
import type { Language } from '../../core/db/schema.ts';
import { videoPaths } from './declaration.ts';

export const pageParam = { vi: 'trang', en: 'page' } as const satisfies Record<Language, string>;

export function videoListUrl(lang: Language, page = 1): string {
  return page > 1 ? `${videoPaths[lang]}?${pageParam[lang]}=${page}` : videoPaths[lang];
}

export function videoPath(slug: string, lang: Language = 'vi'): string {
  return `${videoPaths[lang]}/${slug}`;
}

/** Platforms readers know by name; any other site is named by its host. */
const platforms: [RegExp, string][] = [
  [/(^|\.)(youtube\.com|youtu\.be|youtube-nocookie\.com)$/, 'YouTube'],
  [/(^|\.)(facebook\.com|fb\.watch)$/, 'Facebook'],
  [/(^|\.)vimeo\.com$/, 'Vimeo'],
];

/** Where the address leads: its host without "www." / "m.", and the name to say ("YouTube", or that host). */
export function siteOf(url: string): { host: string; name: string } | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const shown = host.replace(/^(www|m)\./, '');
  const known = platforms.find(([pattern]) => pattern.test(host));
  return { host: shown, name: known ? known[1] : shown };
}
