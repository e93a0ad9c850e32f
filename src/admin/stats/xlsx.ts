// Spreadsheet exports (XLSX, exceljs) of the statistics and royalty reports: a header row, one
// row per line, totals; numbers stay numbers (money formatted in đồng). Cells are written as
// values, never formulas, so text such as "=HYPERLINK(...)" in a title stays text.
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import type { Language } from '../../core/db/schema.ts';
import type { RoyaltyReport, RoyaltyTotals, StatsReport } from '../../core/stats/queries.ts';
import { formatDate } from '../../core/text/datetime.ts';
import { formatDay, formatMoney, formatMonth, type StatsDictionary } from './i18n.ts';

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const sheetNames = { byAuthor: 'Theo tác giả', byCategory: 'Theo chuyên mục', royalties: 'Nhuận bút' } as const;
const moneyFormat = '#,##0 "₫"';

function sheet(workbook: ExcelJS.Workbook, name: string, header: string[], widths: number[]): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(header).font = { bold: true };
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'congtin';
  workbook.created = new Date();
  return workbook;
}

export async function statsWorkbook(report: StatsReport, st: StatsDictionary, lang: Language): Promise<Buffer> {
  const workbook = newWorkbook();
  const authors = sheet(workbook, sheetNames.byAuthor, [st.author, st.month, st.submitted, st.published, st.views], [40, 10, 16, 14, 12]);
  for (const r of report.byAuthorMonth) authors.addRow([r.authorName ?? st.unknownAuthor, formatMonth(r.month), r.submitted, r.published, r.views]);
  authors.addRow([st.total, '', report.totals.submitted, report.totals.published, report.totals.views]).font = { bold: true };

  const categories = sheet(workbook, sheetNames.byCategory, [st.category, st.published, st.views], [40, 14, 12]);
  for (const c of report.byCategory) categories.addRow([c.name === null ? st.noCategory : lang === 'en' && c.nameEn ? c.nameEn : c.name, c.published, c.views]);
  categories.addRow([st.total, report.byCategory.reduce((s, c) => s + c.published, 0), report.byCategory.reduce((s, c) => s + c.views, 0)]).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function royaltyWorkbook(report: RoyaltyReport, st: StatsDictionary, lang: Language): Promise<Buffer> {
  const workbook = newWorkbook();
  const split = (t: RoyaltyTotals) => `${st.paidTotal}: ${formatMoney(t.paid)} · ${st.pendingTotal}: ${formatMoney(t.pending)}`;
  const ws = sheet(workbook, sheetNames.royalties, [st.author, 'ID', st.article, st.publishedAt, st.kind, st.points, st.rate, st.amount, st.payment], [32, 8, 60, 12, 16, 8, 16, 16, 44]);
  for (const col of [7, 8]) ws.getColumn(col).numFmt = moneyFormat;
  ws.getColumn(6).numFmt = '0.0';
  for (const author of report.authors) {
    const name = author.authorName ?? st.unknownAuthor;
    for (const l of author.lines) {
      const kind = l.kind ? ((lang === 'en' ? l.kindLabelEn : l.kindLabelVi) ?? l.kind) : '';
      ws.addRow([name, l.contentId, l.title, formatDate(l.publishedAt), kind, l.pointsTenths === null ? null : l.pointsTenths / 10, l.rate, l.amount, st.statuses[l.status]]);
    }
    ws.addRow([st.authorTotals(name), null, null, null, null, null, null, author.totals.amount, split(author.totals)]).font = { bold: true };
  }
  ws.addRow([st.grandTotal, null, null, null, null, null, null, report.totals.amount, split(report.totals)]).font = { bold: true };
  ws.addRow([]);
  ws.addRow([st.period(formatDay(report.period.fromDay), formatDay(report.period.toDay))]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function sendXlsx(reply: FastifyReply, body: Buffer, filename: string): FastifyReply {
  return reply.type(xlsxType).header('Content-Disposition', `attachment; filename="${filename}"`).header('Cache-Control', 'no-store').send(body);
}
