// Back-office dictionaries by language.
import type { Language } from '../../core/db/schema.ts';
import { adminEn } from './en.ts';
import { adminVi, type AdminDictionary } from './vi.ts';

export type { AdminDictionary };
export const adminDictionaries: Record<Language, AdminDictionary> = { vi: adminVi, en: adminEn };
