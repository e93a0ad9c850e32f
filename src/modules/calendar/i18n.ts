// The work calendar's own interface strings, in both languages; a key missing from either is a
// type error. Field and column labels come from the declaration; entries stay as typed.
import type { Language } from '../../core/db/schema.ts';

export interface CalendarStrings {
  title: string;
  intro: string;
  /** the page's title for one week: "Lịch công tác tuần 48/2026 (23/11–29/11/2026)" */
  weekTitle: (week: number, year: number, range: string) => string;
  /** the line under the heading: "Tuần 48/2026, từ Thứ Hai 23/11/2026 đến Chủ Nhật 29/11/2026" */
  weekLine: (week: number, year: number, from: string, to: string) => string;
  days: readonly [string, string, string, string, string, string, string];
  today: string;
  allDay: string;
  noEntries: string;
  noCalendar: string;
  noCalendarAround: string;
  nothingYet: string;
  otherWeeks: string;
  previous: string;
  next: string;
  thisWeek: string;
  /** a link to another week, its number and dates */
  weekLink: (week: number, year: number, range: string) => string;
  updated: (stamp: string) => string;
  notes: string;
  demoNotice: string;
  contentInVietnamese: string;
  badWeekTitle: string;
  badWeek: (raw: string, param: string) => string;
  tableCaption: (week: number, year: number, range: string) => string;
}

const days = {
  vi: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const;

export const calendarStrings: Record<Language, CalendarStrings> = {
  vi: {
    title: 'Lịch công tác',
    intro: 'Lịch công tác hằng tuần của Lãnh đạo Ban Quản lý: thời gian, nội dung, người chủ trì, thành phần và địa điểm.',
    weekTitle: (week, year, range) => `Lịch công tác tuần ${week}/${year} (${range})`,
    weekLine: (week, year, from, to) => `Tuần ${week}/${year}, từ ${from} đến ${to}`,
    days: days.vi,
    today: 'Hôm nay',
    allDay: 'Cả ngày',
    noEntries: 'Không có lịch.',
    noCalendar: 'Chưa có lịch công tác được đăng cho tuần này.',
    noCalendarAround: 'Xem lịch của các tuần khác bằng các liên kết ở trên.',
    nothingYet: 'Chưa có lịch công tác nào được đăng.',
    otherWeeks: 'Chuyển sang tuần khác',
    previous: 'Tuần trước',
    next: 'Tuần sau',
    thisWeek: 'Về tuần hiện tại',
    weekLink: (week, year, range) => `tuần ${week}/${year} (${range})`,
    updated: (stamp) => `Cập nhật lúc ${stamp}. Lịch có thể thay đổi, đề nghị theo dõi thường xuyên.`,
    notes: 'Ghi chú',
    demoNotice: 'Lịch mẫu để minh hoạ, không phải lịch thật',
    contentInVietnamese: '',
    badWeekTitle: 'Tuần không hợp lệ',
    badWeek: (raw, param) => `“${raw}” không phải là một tuần. Hãy ghi ngày thứ Hai của tuần theo dạng năm-tháng-ngày, ví dụ ${param}=2026-11-23.`,
    tableCaption: (week, year, range) => `Lịch công tác tuần ${week}/${year} (${range}), theo từng ngày`,
  },
  en: {
    title: 'Work calendar',
    intro: 'The weekly work calendar of the Authority’s leaders: time, engagement, who chairs it, participants and venue.',
    weekTitle: (week, year, range) => `Work calendar, week ${week}/${year} (${range})`,
    weekLine: (week, year, from, to) => `Week ${week}/${year}, from ${from} to ${to}`,
    days: days.en,
    today: 'Today',
    allDay: 'All day',
    noEntries: 'No engagements.',
    noCalendar: 'No work calendar has been published for this week.',
    noCalendarAround: 'See the calendars of other weeks with the links above.',
    nothingYet: 'No work calendar has been published yet.',
    otherWeeks: 'Go to another week',
    previous: 'Previous week',
    next: 'Next week',
    thisWeek: 'Back to the current week',
    weekLink: (week, year, range) => `week ${week}/${year} (${range})`,
    updated: (stamp) => `Updated at ${stamp}. The calendar may change; please check it regularly.`,
    notes: 'Notes',
    demoNotice: 'Sample calendar for demonstration, not a real one',
    contentInVietnamese: 'Entries are published in Vietnamese, as the Authority issues them.',
    badWeekTitle: 'Invalid week',
    badWeek: (raw, param) => `“${raw}” is not a week. Give the week’s Monday as year-month-day, e.g. ${param}=2026-11-23.`,
    tableCaption: (week, year, range) => `Work calendar, week ${week}/${year} (${range}), day by day`,
  },
};
