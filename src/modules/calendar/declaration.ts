// The leaders' weekly work calendar (lịch công tác tuần, Decree 42/2022, REQUIREMENTS A9),
// declared once: one item is one week, entered in the back office as a table of entries (a `rows`
// field); the form, validation, the admin and public APIs, revisions and search derive from it.
import type { ContentTypeDeclaration, FieldDeclaration, FieldProblem, RowValue } from '../../core/content-types/declaration.ts';
import { rowsCellProblem } from '../../core/content-types/validate.ts';
import { calendarStrings } from './i18n.ts';
import { addDays, isoWeek, isMonday, mondayOf, shownDay, todayInVietnam, weekdayIndex, weekRange } from './weeks.ts';

export const calendarType = 'calendar-week';
export const calendarPaths = { vi: '/lich-cong-tac', en: '/en/work-calendar' } as const;
/** The query parameter naming a week by its Monday, per language: /lich-cong-tac?tuan=2026-11-23 */
export const weekParam = { vi: 'tuan', en: 'week' } as const;

export const entriesField: FieldDeclaration = {
  name: 'entries',
  kind: 'rows',
  label: { vi: 'Lịch trong tuần', en: 'Engagements of the week' },
  hint: { vi: 'Mỗi dòng một công việc, nhập theo thứ tự nào cũng được: trang lịch tự xếp theo ngày và giờ.', en: 'One engagement per row, in any order: the calendar page sorts them by day and time.' },
  required: true,
  maxRows: 150,
  blankRows: 6,
  search: 'body',
  columns: [
    { name: 'day', kind: 'date', label: { vi: 'Ngày', en: 'Day' }, required: true },
    { name: 'time', kind: 'time', label: { vi: 'Giờ', en: 'Time' }, hint: { vi: 'để trống nếu công việc kéo dài cả ngày', en: 'leave empty for an all-day engagement' } },
    { name: 'content', kind: 'longText', label: { vi: 'Nội dung', en: 'Engagement' }, required: true, maxLength: 1000 },
    { name: 'leader', kind: 'text', label: { vi: 'Chủ trì', en: 'Chaired by' }, maxLength: 300 },
    { name: 'participants', kind: 'longText', label: { vi: 'Thành phần', en: 'Participants' }, maxLength: 1000 },
    { name: 'place', kind: 'text', label: { vi: 'Địa điểm', en: 'Venue' }, maxLength: 300 },
  ],
};

/** "Lịch công tác tuần 48/2026 (23/11–29/11/2026)": the title offered for the week of `monday`. */
export function weekTitle(monday: string, lang: 'vi' | 'en' = 'vi'): string {
  const { week, year } = isoWeek(monday);
  return calendarStrings[lang].weekTitle(week, year, weekRange(monday));
}

/** Week-level rules: the week starts on a Monday, every entry falls inside it. */
function validateWeek(values: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const weekStart = values.weekStart;
  if (typeof weekStart !== 'string') return problems;
  if (!isMonday(weekStart)) {
    const day = weekdayIndex(weekStart);
    problems.push({
      field: 'weekStart',
      message: {
        vi: `Tuần phải bắt đầu từ thứ Hai: ${shownDay(weekStart)} là ${calendarStrings.vi.days[day]}.`,
        en: `A week must start on a Monday: ${shownDay(weekStart)} is a ${calendarStrings.en.days[day]}.`,
      },
    });
  }
  const monday = mondayOf(weekStart);
  const sunday = addDays(monday, 6);
  const entries = Array.isArray(values.entries) ? (values.entries as RowValue[]) : [];
  for (const [i, entry] of entries.entries()) {
    const day = entry.day;
    if (day === undefined || (day >= monday && day <= sunday)) continue;
    problems.push(
      rowsCellProblem(entriesField, i + 1, 'day', {
        vi: `${shownDay(day)} không thuộc tuần từ ${shownDay(monday)} đến ${shownDay(sunday)}.`,
        en: `${shownDay(day)} is not in the week from ${shownDay(monday)} to ${shownDay(sunday)}.`,
      }),
    );
  }
  return problems;
}

export const calendarDeclaration: ContentTypeDeclaration = {
  type: calendarType,
  label: { vi: 'Lịch công tác tuần', en: 'Weekly work calendar' },
  plural: { vi: 'Lịch công tác', en: 'Work calendars' },
  categories: false,
  api: 'work-calendar',
  paths: calendarPaths,
  // a week's address goes to the calendar page showing that week (routes.tsx)
  itemPath: (item) => `${calendarPaths.vi}/${item.slug}`,
  fields: [
    {
      name: 'weekStart',
      kind: 'date',
      label: { vi: 'Tuần bắt đầu từ (thứ Hai)', en: 'Week starting (Monday)' },
      hint: { vi: 'Ngày thứ Hai của tuần. Tiêu đề gợi ý theo tuần kế tiếp: nếu đổi tuần, hãy sửa cả tiêu đề.', en: 'The Monday of the week. The suggested title is for next week: if you change the week, change the title too.' },
      required: true,
      listColumn: true,
      filter: true,
    },
    entriesField,
  ],
  validate: validateWeek,
  // the form starts with next week, the one usually being prepared
  newItem(now) {
    const monday = addDays(mondayOf(todayInVietnam(now)), 7);
    return { title: weekTitle(monday), fields: { weekStart: monday } };
  },
};
