// Texts of the shared list components (DataTable's pages), for pages whose own dictionary has none.
import type { Language } from '../../core/db/schema.ts';

export interface PaginationLabels {
  /** names the navigation landmark */
  nav: string;
  previous: string;
  next: string;
  /** "page 2 of 5", shown when the number of pages is known */
  pageOf: (page: number, count: number) => string;
}

export const paginationText: Record<Language, PaginationLabels> = {
  vi: { nav: 'Phân trang', previous: '‹ Trang trước', next: 'Trang sau ›', pageOf: (page, count) => `Trang ${page}/${count}` },
  en: { nav: 'Pages', previous: '‹ Previous page', next: 'Next page ›', pageOf: (page, count) => `Page ${page} of ${count}` },
};
