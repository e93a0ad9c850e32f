// CSV for spreadsheets: RFC 4180 quoting, a BOM so Excel reads UTF-8 Vietnamese correctly, and
// cells that start like a formula (=, +, -, @, tab, carriage return, and their full-width forms)
// get a leading apostrophe against formula injection (OWASP "CSV injection").
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r＝＋－＠]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
