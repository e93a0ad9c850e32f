// The leaders' weekly work calendar (issue 9, REQUIREMENTS A9) on SQLite and PostgreSQL: weeks
// entered as a table (the `rows` field kind) through the back-office form and the admin API, with
// spare rows dropped, bad cells refused by row and column with nothing stored, the week rules
// (a Monday, entries inside the week), readable revisions; the public page at a controlled "now"
// (current week, previous/next published weeks, an empty week, a bad week, English); demo weeks
// placed around "now" and removed exactly. No assertion depends on the wall clock.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse, type HTMLElement } from 'node-html-parser';
import { FieldsInvalid, validateFields } from '../src/core/content-types/validate.ts';
import { calendarClock } from '../src/modules/calendar/clock.ts';
import { calendarDeclaration, weekTitle } from '../src/modules/calendar/declaration.ts';
import { demoMonday, demoWeekFields, loadCalendarDemo, readDemoWeeks } from '../src/modules/calendar/demo.ts';
import { calendarModule } from '../src/modules/calendar/index.ts';
import { defaultWeek } from '../src/modules/calendar/queries.ts';
import { parseWeek } from '../src/modules/calendar/routes.tsx';
import { addDays, isoWeek, mondayOf, todayInVietnam, weekRange } from '../src/modules/calendar/weeks.ts';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';
import { signedIn } from './helpers/session.ts';
import { api, makeStaff, type Staff } from './helpers/staff.ts';

/** Wednesday 25/11/2026, 10:00 in Vietnam: the calendar is looked at in week 48/2026 (23/11–29/11). */
const NOW = new Date('2026-11-25T03:00:00Z');
const demo = readDemoWeeks();

async function refusal(fields: Record<string, unknown>, source: 'form' | 'json' = 'json') {
  try {
    await validateFields(calendarDeclaration, fields, source);
    return undefined;
  } catch (error) {
    assert.ok(error instanceof FieldsInvalid, String(error));
    return error.problems;
  }
}

describe('calendar weeks and rules', () => {
  it('numbers weeks as ISO 8601 does and takes today in Vietnam time', () => {
    assert.deepEqual(isoWeek('2026-11-23'), { week: 48, year: 2026 });
    assert.deepEqual(isoWeek('2026-12-28'), { week: 53, year: 2026 });
    assert.deepEqual(isoWeek('2024-12-30'), { week: 1, year: 2025 });
    assert.equal(weekRange('2026-11-23'), '23/11–29/11/2026');
    assert.equal(weekRange('2026-12-28'), '28/12/2026–03/01/2027');
    assert.equal(weekTitle('2026-11-23'), 'Lịch công tác tuần 48/2026 (23/11–29/11/2026)');
    assert.equal(weekTitle('2026-11-23', 'en'), 'Work calendar, week 48/2026 (23/11–29/11/2026)');
    // 23:30 on Sunday 29/11 in UTC is already Monday 30/11 in Vietnam
    assert.equal(todayInVietnam(new Date('2026-11-29T17:30:00Z')), '2026-11-30');
    assert.equal(mondayOf('2026-11-29'), '2026-11-23');
    assert.deepEqual(parseWeek('2026-11-23'), { monday: '2026-11-23', exact: true });
    assert.deepEqual(parseWeek('2026-11-26'), { monday: '2026-11-23', exact: false });
    for (const bad of ['2026-02-30', '23/11/2026', 'tuan-48', '1999-12-27', '']) assert.equal(parseWeek(bad), undefined, bad);
  });

  it('offers next week, with its title, on a fresh creation form', () => {
    assert.deepEqual(calendarDeclaration.newItem!(NOW), { title: 'Lịch công tác tuần 49/2026 (30/11–06/12/2026)', fields: { weekStart: '2026-11-30' } });
  });

  it('refuses a week that does not start on a Monday and an entry outside the week, in both languages', async () => {
    const entry = { day: '2026-11-24', time: '08:00', content: 'Họp giao ban' };
    assert.equal(await refusal({ weekStart: '2026-11-23', entries: [entry] }), undefined);
    const tuesday = await refusal({ weekStart: '2026-11-24', entries: [entry] });
    assert.deepEqual(
      tuesday?.map((p) => [p.field, p.message.vi, p.message.en]),
      [['weekStart', 'Tuần phải bắt đầu từ thứ Hai: 24/11/2026 là Thứ Ba.', 'A week must start on a Monday: 24/11/2026 is a Tuesday.']],
    );
    const outside = await refusal({ weekStart: '2026-11-23', entries: [entry, { day: '2026-11-30', content: 'Tiếp công dân' }] });
    assert.deepEqual(
      outside?.map((p) => [p.field, p.message.vi, p.message.en, p.cell]),
      [['entries', 'Dòng 2, Ngày: 30/11/2026 không thuộc tuần từ 23/11/2026 đến 29/11/2026.', 'Row 2, Day: 30/11/2026 is not in the week from 23/11/2026 to 29/11/2026.', { row: 2, column: 'day' }]],
    );
    const empty = await refusal({ weekStart: '2026-11-23', entries: [{}, { day: '', content: '  ' }] });
    assert.deepEqual(empty?.map((p) => [p.field, p.message.vi]), [['entries', 'Bắt buộc nhập.']], 'a week of blank rows has no entries');
  });

  it('has a demo file of at least 8 weeks around the current one, with a note saying it is invented', () => {
    assert.ok(demo.length >= 8);
    assert.deepEqual(
      demo.map((w) => w.offset).sort((a, b) => a - b),
      [-4, -3, -2, -1, 0, 1, 2, 3, 4],
    );
    const fields = demoWeekFields(demo.find((w) => w.offset === 0)!, '2026-11-23');
    assert.ok(fields.entries.every((e) => e.day! >= '2026-11-23' && e.day! <= '2026-11-29'));
    assert.ok(!JSON.stringify(fields).includes('{year}'), 'year placeholders are filled');
  });
});

for (const kind of testDatabases()) {
  describe(`work calendar on ${kind}`, () => {
    let portal: TestPortal;
    let editor: Staff;
    let approver: Staff;
    const realClock = calendarClock.now;
    const at = (instant: Date) => {
      calendarClock.now = () => instant;
    };
    const db = () => portal.ctx.db.kysely;
    const get = async (url: string) => {
      const res = await portal.app.inject({ method: 'GET', url });
      return { res, html: parse(res.body) };
    };
    const count = async () => Number((await db().selectFrom('content').select((eb) => eb.fn.countAll().as('n')).where('type', '=', 'calendar-week').executeTakeFirstOrThrow()).n);
    const storedFields = async (id: number) => JSON.parse((await db().selectFrom('content').select('fields').where('id', '=', id).executeTakeFirstOrThrow()).fields) as { weekStart: string; entries: Record<string, string>[] };
    /** The week as the page shows it: day headers, and each entry's cells by column. */
    const shownWeek = (html: HTMLElement) =>
      html.querySelectorAll('.calendar-table tbody').map((day) => ({
        day: day.querySelector('.calendar-day__head th time')!.text.trim(),
        today: day.querySelector('[aria-current="date"]') !== null,
        entries: day.querySelectorAll('tr.calendar-entry:not(.calendar-entry--none)').map((tr) => [tr.querySelector('th')!.text.trim(), ...tr.querySelectorAll('td').map((td) => td.text.trim())]),
      }));
    const nav = (html: HTMLElement) => ({
      previous: html.querySelector('.calendar-nav a[rel="prev"]')?.getAttribute('href'),
      next: html.querySelector('.calendar-nav a[rel="next"]')?.getAttribute('href'),
      current: html.querySelector('.calendar-nav__current a')?.getAttribute('href'),
    });

    before(async () => {
      // the demo is placed around "now" when it loads: around 25/11/2026 here
      at(NOW);
      portal = await createTestPortal(kind, { demo: true });
      editor = await makeStaff(portal, 'editor', `lich-bien-tap-${kind}`);
      approver = await makeStaff(portal, 'approver', `lich-duyet-${kind}`);
    });
    after(async () => {
      calendarClock.now = realClock;
      await portal.close();
    });

    it('shows the week containing today, day by day, with links to the published weeks around it', async () => {
      const { res, html } = await get('/lich-cong-tac');
      assert.equal(res.statusCode, 200);
      assert.equal(html.querySelector('h1')!.text, 'Lịch công tác tuần 48/2026 (23/11–29/11/2026)');
      const week = shownWeek(html);
      assert.deepEqual(
        week.map((d) => d.day),
        ['Thứ Hai, 23/11/2026', 'Thứ Ba, 24/11/2026', 'Thứ Tư, 25/11/2026', 'Thứ Năm, 26/11/2026', 'Thứ Sáu, 27/11/2026', 'Thứ Bảy, 28/11/2026', 'Chủ Nhật, 29/11/2026'],
      );
      assert.deepEqual(week.map((d) => d.today), [false, false, true, false, false, false, false], 'today is marked');
      const current = demoWeekFields(demo.find((w) => w.offset === 0)!, '2026-11-23');
      assert.equal(week.flatMap((d) => d.entries).length, current.entries.length, 'every entry of the week');
      const monday = week[0]!.entries;
      assert.deepEqual(monday[0], ['07:30', current.entries[0]!.content, current.entries[0]!.leader, current.entries[0]!.participants, current.entries[0]!.place]);
      assert.deepEqual(
        monday.map((e) => e[0]),
        [...monday.map((e) => e[0])].sort(),
        'in time order',
      );
      assert.equal(html.querySelectorAll('.calendar-table thead th').map((th) => th.text).join('|'), 'Giờ|Nội dung|Chủ trì|Thành phần|Địa điểm');
      assert.ok(html.querySelector('.calendar-table caption'), 'the table has a caption');
      assert.deepEqual(nav(html), { previous: '/lich-cong-tac?tuan=2026-11-16', next: '/lich-cong-tac?tuan=2026-11-30', current: undefined });
      assert.match(html.querySelector('.calendar__week')!.text, /Lịch mẫu để minh hoạ/, 'a demo week says so');

      const first = await get(`/lich-cong-tac?tuan=${demoMonday(-4, NOW)}`);
      assert.equal(first.res.statusCode, 200);
      assert.equal(first.html.querySelector('h1')!.text, 'Lịch công tác tuần 44/2026 (26/10–01/11/2026)');
      assert.deepEqual(nav(first.html), { previous: undefined, next: '/lich-cong-tac?tuan=2026-11-02', current: '/lich-cong-tac' });
      assert.equal(first.html.querySelector('link[rel="canonical"]')!.getAttribute('href'), 'http://portal.test/lich-cong-tac?tuan=2026-10-26');
    });

    it('says when a week has no calendar (200), links to the weeks around it, and refuses what is no week (400)', async () => {
      const empty = await get('/lich-cong-tac?tuan=2027-03-01');
      assert.equal(empty.res.statusCode, 200);
      assert.equal(empty.html.querySelector('h1')!.text, 'Lịch công tác tuần 9/2027 (01/03–07/03/2027)');
      assert.equal(empty.html.querySelector('.calendar-table'), null);
      assert.match(empty.html.querySelector('.calendar__empty')!.text, /Chưa có lịch công tác được đăng cho tuần này\./);
      assert.deepEqual(nav(empty.html), { previous: '/lich-cong-tac?tuan=2026-12-21', next: undefined, current: '/lich-cong-tac' });

      const bad = await get('/lich-cong-tac?tuan=tuan-nay');
      assert.equal(bad.res.statusCode, 400);
      assert.match(bad.html.querySelector('.notice')!.text, /“tuan-nay” không phải là một tuần\. Hãy ghi ngày thứ Hai của tuần theo dạng năm-tháng-ngày, ví dụ tuan=2026-11-23\./);
      assert.equal(bad.html.querySelector('a.button')!.getAttribute('href'), '/lich-cong-tac');
      assert.equal((await get('/lich-cong-tac?tuan=2026-02-30')).res.statusCode, 400, 'no such day');
      assert.equal((await get('/lich-cong-tac?tuan=2026-11-23&tuan=2026-11-30')).res.statusCode, 400, 'given twice');
      const midweek = await portal.app.inject('/lich-cong-tac?tuan=2026-11-26');
      assert.equal(midweek.statusCode, 301, 'a day stands for its week');
      assert.equal(midweek.headers.location, '/lich-cong-tac?tuan=2026-11-23');
    });

    it('opens on the nearest published week before today when this week has none, and shows only what is published at "now"', async () => {
      at(new Date('2027-01-20T03:00:00Z'));
      try {
        const later = await get('/lich-cong-tac');
        assert.equal(later.html.querySelector('h1')!.text, 'Lịch công tác tuần 52/2026 (21/12–27/12/2026)');
        assert.deepEqual(nav(later.html), { previous: '/lich-cong-tac?tuan=2026-12-14', next: undefined, current: '/lich-cong-tac' });
      } finally {
        at(NOW);
      }
      // before any demo week was published, there is nothing to show yet
      const early = new Date('2026-10-01T03:00:00Z');
      assert.equal(await defaultWeek(db(), early), '2026-09-28');
      at(early);
      try {
        const none = await get('/lich-cong-tac');
        assert.equal(none.res.statusCode, 200);
        assert.match(none.html.querySelector('.calendar__empty')!.text, /Chưa có lịch công tác nào được đăng\./);
        assert.equal(none.html.querySelector('.calendar-nav'), null);
      } finally {
        at(NOW);
      }
    });

    it('has an English page: the interface in English, the entries as typed', async () => {
      const { res, html } = await get('/en/work-calendar');
      assert.equal(res.statusCode, 200);
      assert.equal(html.querySelector('html')!.getAttribute('lang'), 'en');
      assert.equal(html.querySelector('h1')!.text, 'Work calendar, week 48/2026 (23/11–29/11/2026)');
      assert.equal(html.querySelectorAll('.calendar-table thead th').map((th) => th.text).join('|'), 'Time|Engagement|Chaired by|Participants|Venue');
      const week = shownWeek(html);
      assert.equal(week[0]!.day, 'Monday, 23/11/2026');
      assert.equal(week[6]!.day, 'Sunday, 29/11/2026');
      assert.match(week[0]!.entries[0]![1]!, /^Họp giao ban Lãnh đạo Ban/, 'entries stay in Vietnamese');
      assert.deepEqual(nav(html), { previous: '/en/work-calendar?week=2026-11-16', next: '/en/work-calendar?week=2026-11-30', current: undefined });
      const bad = await get('/en/work-calendar?week=last');
      assert.equal(bad.res.statusCode, 400);
      assert.match(bad.html.querySelector('.notice')!.text, /“last” is not a week\. Give the week’s Monday as year-month-day, e\.g\. week=2026-11-23\./);
      const empty = await get('/en/work-calendar?week=2027-03-01');
      assert.match(empty.html.querySelector('.calendar__empty')!.text, /No work calendar has been published for this week\./);
    });

    it('enters a week through the form: a table of rows, spare rows dropped, bad cells refused by row and column with nothing stored', async () => {
      const b = await signedIn(portal, editor.email);
      const form = await b.get('/admin/content/calendar-week/new');
      assert.equal(form.status, 200);
      const page = parse(form.body);
      const weekStart = page.querySelector('input[name="f.weekStart"]')!.getAttribute('value')!;
      assert.equal(page.querySelector('input[name="title"]')!.getAttribute('value'), weekTitle(weekStart), 'a default title for the offered week');
      const table = page.querySelector('fieldset[id="f-f.entries"] table')!;
      assert.deepEqual(
        table.querySelectorAll('thead th').map((th) => th.text.replace(/\u00a0/g, ' ').trim()),
        ['Dòng#', 'Ngày *\nngày/tháng/năm', 'Giờ\ngiờ:phút', 'Nội dung *', 'Chủ trì', 'Thành phần', 'Địa điểm'],
        'labels, and the shape of a day and a time',
      );
      assert.equal(table.querySelectorAll('tbody tr').length, 6, 'six empty rows to fill');
      const time = table.querySelector('input[name="f.entries.0.time"]')!;
      assert.equal(time.getAttribute('type'), 'text', 'typed as written in Vietnam, never in the browser’s locale');
      assert.equal(time.getAttribute('aria-labelledby'), 'f-f.entries-col-time f-f.entries-row-0', 'each input is named by its column and row');
      assert.equal(table.querySelector('textarea[name="f.entries.0.content"]')!.tagName, 'TEXTAREA');

      const envelope = { title: 'Lịch công tác tuần 10/2027 (08/03–14/03/2027)', summary: '', body: '' };
      const row = (i: number, cells: Record<string, string>) => Object.fromEntries(Object.entries(cells).map(([k, v]) => [`f.entries.${i}.${k}`, v]));
      const before = await count();
      const bad = await b.post('/admin/content/calendar-week', {
        ...envelope,
        'f.weekStart': '2027-03-08',
        ...row(0, { day: '2027-03-08', time: '07:30', content: 'Họp giao ban' }),
        ...row(1, { day: '', time: '', content: '' }),
        ...row(2, { day: '2027-03-09', time: '25:10', content: 'Kiểm tra KCN Thạnh Lộc', leader: 'Phó Trưởng ban' }),
        ...row(3, { day: '2027-03-10', time: '08:00', content: '', place: 'Trụ sở UBND tỉnh' }),
      });
      assert.equal(bad.status, 400);
      const refused = parse(bad.body);
      assert.equal(refused.querySelector('[id="f-f.entries-error"]')!.text, 'Dòng 2, Giờ: Phải có dạng giờ:phút theo 24 giờ, ví dụ 08:00 hoặc 14:30. Dòng 3, Nội dung: Bắt buộc nhập.', 'the blank row is dropped, so rows are numbered as shown again');
      const badTime = refused.querySelector('input[name="f.entries.1.time"]')!;
      assert.equal(badTime.getAttribute('aria-invalid'), 'true');
      assert.equal(badTime.getAttribute('value'), '25:10', 'what was typed is kept');
      assert.equal(refused.querySelector(`[id="${badTime.getAttribute('aria-describedby')!}"]`)!.text, 'Phải có dạng giờ:phút theo 24 giờ, ví dụ 08:00 hoặc 14:30.');
      assert.equal(refused.querySelector('textarea[name="f.entries.2.content"]')!.getAttribute('aria-invalid'), 'true');
      assert.equal(refused.querySelector('input[name="f.entries.0.time"]')!.getAttribute('aria-invalid'), undefined);
      assert.equal(await count(), before, 'nothing stored');

      const notMonday = await b.post('/admin/content/calendar-week', { ...envelope, 'f.weekStart': '2027-03-10', ...row(0, { day: '2027-03-10', content: 'Họp' }) });
      assert.equal(notMonday.status, 400);
      assert.equal(parse(notMonday.body).querySelector('[id="f-f.weekStart-error"]')!.text, 'Tuần phải bắt đầu từ thứ Hai: 10/03/2027 là Thứ Tư.');
      const outside = await b.post('/admin/content/calendar-week', { ...envelope, 'f.weekStart': '2027-03-08', ...row(0, { day: '2027-03-08', content: 'Họp' }), ...row(1, { day: '2027-03-15', content: 'Tiếp công dân' }) });
      assert.equal(outside.status, 400);
      const outsidePage = parse(outside.body);
      assert.equal(outsidePage.querySelector('[id="f-f.entries-error"]')!.text, 'Dòng 2, Ngày: 15/03/2027 không thuộc tuần từ 08/03/2027 đến 14/03/2027.');
      assert.equal(outsidePage.querySelector('input[name="f.entries.1.day"]')!.getAttribute('aria-invalid'), 'true');
      assert.equal(await count(), before, 'nothing stored');

      const ok = await b.post('/admin/content/calendar-week', {
        ...envelope,
        'f.weekStart': '2027-03-08',
        ...row(0, { day: '2027-03-08', time: '7:30', content: 'Họp giao ban Lãnh đạo Ban', leader: 'Trưởng ban', place: 'Phòng họp số 1' }),
        ...row(1, { day: '', time: '', content: '', leader: '', participants: '', place: '' }),
        ...row(4, { day: '2027-03-09', time: '14h', content: 'Kiểm tra   công trình\r\nKCN Thạnh Lộc', participants: 'Phòng Quản lý Quy hoạch và Xây dựng' }),
        ...row(5, { day: '2027-03-12', content: 'Làm việc tại cơ quan' }),
      });
      assert.equal(ok.status, 303, ok.body.slice(0, 500));
      const id = Number(/\/admin\/content\/calendar-week\/(\d+)\?ok=created$/.exec(ok.location ?? '')![1]);
      assert.deepEqual(await storedFields(id), {
        weekStart: '2027-03-08',
        entries: [
          { day: '2027-03-08', time: '07:30', content: 'Họp giao ban Lãnh đạo Ban', leader: 'Trưởng ban', place: 'Phòng họp số 1' },
          { day: '2027-03-09', time: '14:00', content: 'Kiểm tra   công trình\nKCN Thạnh Lộc', participants: 'Phòng Quản lý Quy hoạch và Xây dựng' },
          { day: '2027-03-12', content: 'Làm việc tại cơ quan' },
        ],
      });
      const rows = await db().selectFrom('content_field_values').select('field').where('content_id', '=', id).execute();
      assert.deepEqual(rows.map((r) => r.field), ['weekStart'], 'rows are not indexed, the week is');

      const edit = parse((await b.get(`/admin/content/calendar-week/${id}`)).body);
      assert.equal(edit.querySelectorAll('fieldset[id="f-f.entries"] tbody tr').length, 3 + 6, 'the rows, then six more empty ones: saving with them filled adds rows without JavaScript');
      assert.equal(edit.querySelector('input[name="f.entries.1.time"]')!.getAttribute('value'), '14:00');
      assert.equal(edit.querySelector('input[name="f.entries.1.day"]')!.getAttribute('value'), '09/03/2027', 'a day as written in Vietnam');
      assert.equal(edit.querySelector('input[name="title"]')!.getAttribute('value'), envelope.title, 'a stored title is never replaced');
      const revision = edit.querySelector('input[name="baseRevision"]')!.getAttribute('value')!;
      const saved = await b.post(`/admin/content/calendar-week/${id}`, {
        ...envelope,
        baseRevision: revision,
        'f.weekStart': '2027-03-08',
        ...row(0, { day: '2027-03-08', time: '07:30', content: 'Họp giao ban Lãnh đạo Ban', leader: 'Trưởng ban', place: 'Phòng họp số 1' }),
        ...row(1, { day: '2027-03-09', time: '14:00', content: 'Kiểm tra công trình KCN Thuận Yên', participants: 'Phòng Quản lý Quy hoạch và Xây dựng' }),
        ...row(2, { day: '2027-03-12', content: 'Làm việc tại cơ quan' }),
        ...row(3, { day: '13/3/2027', time: '07:30', content: 'Trực cơ quan' }),
      });
      assert.equal(saved.status, 303, saved.body.slice(0, 500));
      assert.deepEqual((await storedFields(id)).entries.map((e) => e.day), ['2027-03-08', '2027-03-09', '2027-03-12', '2027-03-13'], 'days typed either way, stored as YYYY-MM-DD');

      // autosave sends the inputs by name, as the form would post them
      const autosaved = await b.post(
        `/admin/content/calendar-week/${id}/autosave`,
        { title: envelope.title, summary: '', body: '', baseRevision: Number(revision) + 1, fields: { weekStart: '2027-03-08', 'entries.0.day': '2027-03-08', 'entries.0.time': '08:00', 'entries.0.content': 'Họp giao ban', 'entries.1.day': '', 'entries.1.content': '' } } as unknown as Record<string, string>,
        { json: true },
      );
      assert.equal(autosaved.status, 200, autosaved.body);
      assert.deepEqual((await storedFields(id)).entries, [{ day: '2027-03-08', time: '08:00', content: 'Họp giao ban' }]);
      const badAutosave = await b.post(`/admin/content/calendar-week/${id}/autosave`, { title: envelope.title, baseRevision: Number(revision) + 2, fields: { weekStart: '2027-03-08', 'entries.0.day': '2027-03-08', 'entries.0.time': '8 giờ kém', 'entries.0.content': 'Họp' } } as unknown as Record<string, string>, { json: true });
      assert.equal(badAutosave.status, 400);
      assert.equal(JSON.parse(badAutosave.body).error.messageVi, 'Lịch trong tuần: Dòng 1, Giờ: Phải có dạng giờ:phút theo 24 giờ, ví dụ 08:00 hoặc 14:30.');

      // the history names the field and shows the changed rows, one per line
      const history = parse((await b.get(`/admin/content/calendar-week/${id}/history?a=1&b=2`)).body);
      const heading = history.querySelectorAll('h3').find((h) => h.text === 'Lịch trong tuần');
      assert.ok(heading, 'the rows field is named by its label');
      const diff = heading.nextElementSibling!;
      assert.ok(diff.querySelectorAll('del').some((d) => d.text.includes('Thạnh Lộc')), diff.toString());
      assert.ok(diff.querySelectorAll('ins').some((i) => i.text.includes('Thuận Yên')), diff.toString());
      assert.ok(diff.querySelectorAll('ins').some((i) => i.text.includes('Ngày: 13/03/2027 · Giờ: 07:30 · Nội dung: Trực cơ quan')), 'an added row, whole, with its cells by label');
      assert.ok(diff.text.includes('Ngày: 08/03/2027 · Giờ: 07:30 · Nội dung: Họp giao ban Lãnh đạo Ban · Chủ trì: Trưởng ban · Địa điểm: Phòng họp số 1'), 'an unchanged row as it is');

      // a draft is not shown to the public
      const publicPage = await get('/lich-cong-tac?tuan=2027-03-08');
      assert.equal(publicPage.html.querySelector('.calendar-table'), null);
    });

    it('has the admin API: rows as JSON, the same refusals by row and column, revisions; published weeks on the public JSON, page and search', async () => {
      const asEditor = api(portal, editor);
      const before = await count();
      const entries = [
        { day: '2027-04-05', time: '07:30', content: 'Họp giao ban Lãnh đạo Ban', leader: 'Trưởng ban', place: 'Phòng họp số 1' },
        {},
        { day: '2027-04-07', time: '09:00', content: 'Tiếp nhà đầu tư dự án nhà máy điện gió ngoài khơi (thử nghiệm API)', leader: 'Phó Trưởng ban', participants: 'Phòng Quản lý Đầu tư' },
      ];
      const bad = await asEditor('POST', '/api/v1/admin/content/calendar-week', { title: weekTitle('2027-04-05'), fields: { weekStart: '2027-04-05', entries: [entries[0], { day: '2027-04-06', time: '8:00', content: 'Họp', room: '2' }, { day: '2027-04-07' }] } });
      assert.equal(bad.status, 400);
      const error = bad.body.error as unknown as { code: string; fields: { field: string; message: string; messageVi: string }[] };
      assert.equal(error.code, 'BAD_FIELDS');
      assert.deepEqual(
        error.fields.map((f) => [f.field, f.messageVi]),
        [
          ['entries', 'Dòng 2: Không có cột “room”.'],
          ['entries', 'Dòng 2, Giờ: Phải có dạng giờ:phút theo 24 giờ, ví dụ 08:00 hoặc 14:30.'],
          ['entries', 'Dòng 3, Nội dung: Bắt buộc nhập.'],
        ],
      );
      assert.equal(error.fields[1]!.message, 'Row 2, Time: Must be hours:minutes on the 24-hour clock, e.g. 08:00 or 14:30.');
      assert.equal(await count(), before, 'nothing stored');

      const created = await asEditor('POST', '/api/v1/admin/content/calendar-week', { title: weekTitle('2027-04-05'), fields: { weekStart: '2027-04-05', entries } });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const id = created.body.id as number;
      assert.deepEqual((created.body.fields as { entries: unknown[] }).entries, [entries[0], entries[2]], 'the blank row is dropped');
      const patched = await asEditor('PATCH', `/api/v1/admin/content/calendar-week/${id}`, { fields: { entries: [entries[0], { ...entries[2], place: 'Phòng họp số 2' }] } });
      assert.equal(patched.status, 200, JSON.stringify(patched.body));
      const outside = await asEditor('PATCH', `/api/v1/admin/content/calendar-week/${id}`, { fields: { weekStart: '2027-04-06' } });
      assert.equal(outside.status, 400);
      assert.deepEqual((outside.body.error as unknown as { fields: { field: string }[] }).fields.map((f) => f.field), ['weekStart']);
      const revisions = await asEditor('GET', `/api/v1/admin/content/calendar-week/${id}/revisions`);
      const items = revisions.body.items as { note: string; fields: { entries: Record<string, string>[] } }[];
      assert.deepEqual(items.map((r) => r.note), ['save', 'create']);
      assert.equal(items[0]!.fields.entries[1]!.place, 'Phòng họp số 2');
      assert.equal(items[1]!.fields.entries[1]!.place, undefined);

      const published = await api(portal, approver)('POST', `/api/v1/admin/content/calendar-week/${id}/publishNow`, {});
      assert.equal(published.status, 200, JSON.stringify(published.body));
      // published now (the workflow's clock): the pages are looked at just after that
      at(new Date(Date.parse(published.body.publishedAt as string) + 1000));
      try {
      const week = await get('/lich-cong-tac?tuan=2027-04-05');
      assert.deepEqual(
        shownWeek(week.html).flatMap((d) => d.entries),
        [
          ['07:30', 'Họp giao ban Lãnh đạo Ban', 'Trưởng ban', '', 'Phòng họp số 1'],
          ['09:00', 'Tiếp nhà đầu tư dự án nhà máy điện gió ngoài khơi (thử nghiệm API)', 'Phó Trưởng ban', 'Phòng Quản lý Đầu tư', 'Phòng họp số 2'],
        ],
      );
      assert.deepEqual(nav(week.html).previous, '/lich-cong-tac?tuan=2026-12-21', 'the nearest published week before, over the gap');
      const gap = await get('/lich-cong-tac?tuan=2027-01-04');
      assert.deepEqual(nav(gap.html).previous, '/lich-cong-tac?tuan=2026-12-21');
      assert.deepEqual(nav(gap.html).next, '/lich-cong-tac?tuan=2027-04-05');

      const json = await portal.app.inject(`/api/v1/work-calendar/${id}`);
      assert.equal(json.statusCode, 200);
      const item = json.json() as { url: string; fields: { weekStart: string; entries: Record<string, string>[] } };
      assert.equal(item.fields.weekStart, '2027-04-05');
      assert.equal(item.fields.entries[1]!.time, '09:00');
      const address = new URL(item.url).pathname;
      const moved = await portal.app.inject(address);
      assert.equal(moved.statusCode, 302, 'a week’s address leads to its week');
      assert.equal(moved.headers.location, '/lich-cong-tac?tuan=2027-04-05');

      const hits = (await portal.app.inject('/api/v1/search?q=%C4%91i%E1%BB%87n%20gi%C3%B3%20ngo%C3%A0i%20kh%C6%A1i')).json() as { items: { type: string; url: string }[] };
      assert.ok(hits.items.some((h) => h.type === 'calendar-week' && h.url.endsWith(address)), JSON.stringify(hits.items.map((h) => [h.type, h.url])));

      const doc = (await portal.app.inject('/api/v1/openapi.json')).json() as { components: { schemas: Record<string, { properties: Record<string, { anyOf: Record<string, unknown>[] }> }> } };
      const schema = doc.components.schemas['Fields_calendar-week']!.properties.entries!.anyOf[0] as { type: string; items: { required: string[]; properties: Record<string, { pattern?: string }> } };
      assert.equal(schema.type, 'array');
      assert.deepEqual(schema.items.required, ['day', 'content']);
      assert.deepEqual(Object.keys(schema.items.properties), ['day', 'time', 'content', 'leader', 'participants', 'place']);
      assert.ok(schema.items.properties.time!.pattern);

      const preview = (await asEditor('GET', `/api/v1/admin/content/calendar-week/${id}/revisions`)).body.items as { note: string; previewUrl: string }[];
      const shown = await portal.app.inject(new URL(preview.find((r) => r.note === 'create')!.previewUrl).pathname);
      assert.equal(shown.statusCode, 200);
      const previewed = parse(shown.body);
      assert.equal(previewed.querySelector('h1')!.text, 'Lịch công tác tuần 14/2027 (05/04–11/04/2027)');
      assert.equal(shownWeek(previewed).flatMap((d) => d.entries)[1]![4], '', 'the previewed revision, before the place was added');
      } finally {
        at(NOW);
      }
    });

    it('loads the demo weeks around "now" and removes exactly them', async () => {
      const demoCount = async () => Number((await db().selectFrom('content').select((eb) => eb.fn.countAll().as('n')).where('type', '=', 'calendar-week').where('is_demo', '=', 1).executeTakeFirstOrThrow()).n);
      const others = (await count()) - (await demoCount());
      assert.ok(others >= 2, 'the weeks made by the tests above');
      const mondays = (await db().selectFrom('content_field_values').innerJoin('content', 'content.id', 'content_field_values.content_id').select('text_value').where('content.is_demo', '=', 1).where('content.type', '=', 'calendar-week').where('field', '=', 'weekStart').orderBy('text_value').execute()).map((r) => r.text_value);
      assert.deepEqual(mondays, demo.map((w) => w.offset).sort((a, b) => a - b).map((o) => addDays('2026-11-23', 7 * o)));

      assert.equal(await calendarModule.removeDemo!(portal.ctx), demo.length);
      assert.equal(await demoCount(), 0);
      assert.equal(await count(), others, 'weeks entered by people stay');
      const gone = await get('/lich-cong-tac?tuan=2026-11-23');
      assert.equal(gone.html.querySelector('.calendar-table'), null);

      assert.equal(await loadCalendarDemo(db(), NOW), demo.length);
      assert.equal(await loadCalendarDemo(db(), NOW), demo.length, 'loading again updates in place');
      assert.equal(await demoCount(), demo.length);
      assert.equal((await get('/lich-cong-tac')).html.querySelector('h1')!.text, 'Lịch công tác tuần 48/2026 (23/11–29/11/2026)');
    });
  });
}
