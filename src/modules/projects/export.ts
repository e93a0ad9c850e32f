// The filtered list as a spreadsheet: CSV (UTF-8 with a BOM so Excel reads the diacritics, RFC
// 4180 quoting) and XLSX (exceljs, bold header, numbers as numbers). Headers are in the page's
// language; the projects' own text stays as typed. Cells that start like a formula (=, +, -, @,
// tab, carriage return, and their full-width forms) get a leading apostrophe in the CSV (OWASP
// "CSV injection", the rule of the back office's CSV); XLSX cells are written as values, never
// formulas, so "=1+1" in a title stays text there.
import ExcelJS from 'exceljs';
import type { Language } from '../../core/db/schema.ts';
import { fieldLabel, formOptions, optionText, sectorOptions, statusOptions } from './declaration.ts';
import { projectStrings } from './i18n.ts';
import type { ProjectRow, ZoneOption } from './queries.ts';
import { projectPath } from './urls.ts';

export const contentTypes = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** One CSV cell: formula-like starts neutralised, quoted when it holds a comma, quote or line break. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r＝＋－＠]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type Cell = string | number | null;

/** Header and rows shared by both formats; numbers stay numbers (đồng, USD, hectares). */
export function exportTable(rows: ProjectRow[], zones: ZoneOption[], lang: Language, baseUrl: string): { header: string[]; rows: Cell[][] } {
  const s = projectStrings[lang];
  const zoneName = new Map(zones.map((z) => [z.id, z.title]));
  const header = [s.name, fieldLabel('sector', lang), fieldLabel('zone', lang), fieldLabel('location', lang), fieldLabel('area', lang), fieldLabel('capitalVnd', lang), fieldLabel('capitalUsd', lang), fieldLabel('investmentForm', lang), fieldLabel('status', lang), s.address];
  const base = baseUrl.replace(/\/+$/, '');
  return {
    header,
    rows: rows.map((r) => [
      r.title,
      optionText(sectorOptions, r.sector, lang),
      r.zoneId === undefined ? '' : (zoneName.get(r.zoneId) ?? ''),
      r.location,
      r.area ?? null,
      r.capitalVnd ?? null,
      r.capitalUsd ?? null,
      optionText(formOptions, r.investmentForm, lang),
      optionText(statusOptions, r.status, lang),
      `${base}${projectPath(r.slug, lang)}`,
    ]),
  };
}

export function toCsv(table: { header: string[]; rows: Cell[][] }): string {
  return '\uFEFF' + [table.header, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export async function toXlsx(table: { header: string[]; rows: Cell[][] }, lang: Language): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'congtin';
  workbook.created = new Date();
  const ws = workbook.addWorksheet(projectStrings[lang].sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(table.header).font = { bold: true };
  [60, 26, 32, 40, 12, 22, 18, 28, 26, 50].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(5).numFmt = '#,##0.##';
  ws.getColumn(6).numFmt = '#,##0';
  ws.getColumn(7).numFmt = '#,##0';
  for (const row of table.rows) ws.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** "du-an-keu-goi-dau-tu-2025-01-31.csv": ASCII only, so the header needs no encoding. */
export function exportFilename(lang: Language, format: 'csv' | 'xlsx', now = new Date()): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
  return `${lang === 'en' ? 'projects' : 'du-an-keu-goi-dau-tu'}-${day}.${format}`;
}
