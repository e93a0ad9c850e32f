// Interface dictionaries by language. Components receive `t` and never hard-code visible text.
import { en } from './en.ts';
import { vi, type Dictionary } from './vi.ts';
import type { Language } from '../db/schema.ts';

export type { Dictionary };
export const dictionaries: Record<Language, Dictionary> = { vi, en };

export function dictionary(language: Language): Dictionary {
  return dictionaries[language];
}

/** Bilingual text stored in settings. */
export interface Localized {
  vi: string;
  en: string;
}

export function pick(text: Localized, language: Language): string {
  return text[language] || text.vi;
}
