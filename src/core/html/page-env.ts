// Everything a page component needs to know about the request it renders for.
import type { Language } from '../db/schema.ts';
import type { Dictionary } from '../i18n/index.ts';
import type { SiteSettings } from '../settings.ts';
import type { VisitorStats } from '../stats/visitors.ts';

export interface NavLink {
  label: string;
  href: string;
  children?: NavLink[];
}

export interface PageEnv {
  lang: Language;
  t: Dictionary;
  settings: SiteSettings;
  /** main menu with category entries resolved and missing ones dropped */
  menu: NavLink[];
  /** current path, for the font-size links' way back and the active menu entry */
  path: string;
  /** 0…4, 2 is the default size */
  fontLevel: number;
  baseUrl: string;
  /** links to other portals at the foot of the page */
  footerLinks: NavLink[];
  /** the footer's visitor counter; absent when it could not be read */
  visitors?: VisitorStats | undefined;
}

export const fontLevels = [0, 1, 2, 3, 4] as const;
export const defaultFontLevel = 2;
