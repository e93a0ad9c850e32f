// Polls (thăm dò ý kiến, Decree 42/2022, REQUIREMENTS A13), declared once: the title is the
// question, the options a `rows` field with one column (2–10 rows), an opening and an optional
// closing time, and when the public sees the results. The back office, validation, revisions and
// the JSON API derive from it; the votes are the module's own tables (migrations.ts).
//
// Why `rows` and not a longText with one option per line: each option is its own cell, so the
// form numbers them, a problem is shown on the very row (an empty or a repeated option), the
// 10-row ceiling is core's own check, and a revision's diff shows which option changed. A line
// break typed inside a long option cannot silently split it into two.
import type { ContentTypeDeclaration, FieldDeclaration, FieldProblem, RowValue, SelectOption } from '../../core/content-types/declaration.ts';
import { storedRows } from '../../core/content-types/rows.ts';
import { rowsCellProblem } from '../../core/content-types/validate.ts';
import { toNfc } from '../../core/text/fold.ts';

export const pollType = 'poll';
export const pollPaths = { vi: '/danh-gia', en: '/en/rating' } as const;
/** the results page of a poll, after its address: /danh-gia/<slug>/ket-qua, /en/rating/<slug>/results */
export const resultsSegment = { vi: 'ket-qua', en: 'results' } as const;

export const minOptions = 2;
export const maxOptions = 10;

export const optionsField: FieldDeclaration = {
  name: 'options',
  kind: 'rows',
  label: { vi: 'Các phương án trả lời', en: 'Answers to choose from' },
  hint: {
    vi: `Từ ${minOptions} đến ${maxOptions} phương án, mỗi dòng một phương án, theo thứ tự hiển thị. Phiếu được đếm theo vị trí của phương án: sau khi đã có người bình chọn, chỉ sửa chính tả, không thêm, xóa hay đổi thứ tự.`,
    en: `${minOptions} to ${maxOptions} answers, one per row, in the order shown. Votes are counted by the answer's position: once people have voted, only correct the wording; do not add, remove or reorder answers.`,
  },
  required: true,
  maxRows: maxOptions,
  blankRows: 4,
  search: 'body',
  columns: [{ name: 'label', kind: 'text', label: { vi: 'Phương án', en: 'Answer' }, required: true, maxLength: 300 }],
};

export type ShowResults = 'always' | 'afterVoting' | 'afterClosing';

export const showResultsOptions: SelectOption[] = [
  { value: 'always', label: { vi: 'Luôn hiển thị', en: 'Always' } },
  { value: 'afterVoting', label: { vi: 'Sau khi người xem đã bình chọn', en: 'Once the reader has voted' } },
  { value: 'afterClosing', label: { vi: 'Sau khi kết thúc thăm dò', en: 'After the poll closes' } },
];

function validatePoll(values: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const options = Array.isArray(values.options) ? (values.options as RowValue[]) : [];
  if (options.length < minOptions) {
    problems.push({ field: 'options', message: { vi: `Cần ít nhất ${minOptions} phương án.`, en: `At least ${minOptions} answers are needed.` } });
  }
  const seen = new Map<string, number>();
  for (const [i, row] of options.entries()) {
    const key = toNfc(row.label ?? '').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(rowsCellProblem(optionsField, i + 1, 'label', { vi: `Trùng với phương án ở dòng ${first}.`, en: `The same as the answer in row ${first}.` }));
    } else seen.set(key, i + 1);
  }
  const opens = typeof values.opensAt === 'string' ? Date.parse(values.opensAt) : NaN;
  const closes = typeof values.closesAt === 'string' ? Date.parse(values.closesAt) : NaN;
  if (!Number.isNaN(opens) && !Number.isNaN(closes) && closes <= opens) {
    problems.push({ field: 'closesAt', message: { vi: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.', en: 'The closing time must be after the opening time.' } });
  }
  if (values.showResults === 'afterClosing' && Number.isNaN(closes)) {
    problems.push({ field: 'closesAt', message: { vi: 'Kết quả công bố sau khi kết thúc: cần thời điểm kết thúc.', en: 'Results shown after closing need a closing time.' } });
  }
  return problems;
}

export const pollDeclaration: ContentTypeDeclaration = {
  type: pollType,
  label: { vi: 'Thăm dò ý kiến', en: 'Poll' },
  plural: { vi: 'Đánh giá, thăm dò ý kiến', en: 'Rating and polls' },
  categories: false,
  api: 'polls',
  paths: pollPaths,
  itemPath: (item) => `${pollPaths.vi}/${item.slug}`,
  fields: [
    optionsField,
    { name: 'opensAt', kind: 'dateTime', label: { vi: 'Bắt đầu nhận bình chọn', en: 'Open from' }, required: true, listColumn: true },
    {
      name: 'closesAt',
      kind: 'dateTime',
      label: { vi: 'Kết thúc', en: 'Closes at' },
      hint: { vi: 'Để trống nếu chưa định ngày kết thúc.', en: 'Leave empty when there is no closing date yet.' },
      listColumn: true,
    },
    { name: 'showResults', kind: 'select', label: { vi: 'Công bố kết quả', en: 'Show the results' }, required: true, options: showResultsOptions, listColumn: true },
  ],
  validate: validatePoll,
  // a new poll opens now and shows its results to those who voted
  newItem(now) {
    const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
    return { fields: { opensAt: minute.toISOString(), showResults: 'afterVoting' } };
  },
};

/** The answers of a poll, in order (their index is what a vote stores). */
export function optionsOf(values: { options?: unknown }): string[] {
  return storedRows(optionsField, values.options).map((r) => r.label ?? '');
}

export function showResultsOf(values: { showResults?: unknown }): ShowResults {
  const v = values.showResults;
  return v === 'always' || v === 'afterClosing' ? v : 'afterVoting';
}

export type PollState = 'upcoming' | 'open' | 'closed';

export function stateOf(values: { opensAt?: unknown; closesAt?: unknown }, now: Date): PollState {
  const opens = typeof values.opensAt === 'string' ? Date.parse(values.opensAt) : NaN;
  const closes = typeof values.closesAt === 'string' ? Date.parse(values.closesAt) : NaN;
  if (!Number.isNaN(opens) && now.getTime() < opens) return 'upcoming';
  if (!Number.isNaN(closes) && now.getTime() >= closes) return 'closed';
  return 'open';
}

/** Whether a reader sees the results now: by the poll's rule, whether this browser voted and the state. */
export function resultsVisible(rule: ShowResults, state: PollState, voted: boolean): boolean {
  if (state === 'upcoming') return false;
  if (rule === 'always' || state === 'closed') return true;
  return rule === 'afterVoting' && voted;
}
