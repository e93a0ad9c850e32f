// Announcements (issue #9, REQUIREMENTS A8) on SQLite and PostgreSQL: the declared type and its
// cross-field rule, the list with its filters (open notices first, closed ones marked and after,
// judged at a controlled "now"), pages, the announcement's page with labelled particulars and
// files, English addresses, refusals that store nothing, the admin API, search, and demo data
// that loads once and is removed exactly. No assertion depends on the wall clock.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse, type HTMLElement } from 'node-html-parser';
import { publishItem } from '../src/core/content-types/publish-item.ts';
import { FieldsInvalid, validateFields } from '../src/core/content-types/validate.ts';
import { moduleOfType } from '../src/core/modules.ts';
import { parseLocalInput } from '../src/core/text/datetime.ts';
import { announcementClock } from '../src/modules/announcements/clock.ts';
import { announcementDeclaration, announcementNumberPattern, kindOptions } from '../src/modules/announcements/declaration.ts';
import { demoFields, loadAnnouncementsDemo, readDemoAnnouncements } from '../src/modules/announcements/demo.ts';
import { announcementStrings } from '../src/modules/announcements/i18n.ts';
import { announcementsModule } from '../src/modules/announcements/index.ts';
import { perPage } from '../src/modules/announcements/queries.ts';
import { createTestPortal, postgresSkipReason, testDatabases, type TestPortal } from './helpers/portal.ts';
import { makeStaff, type Staff } from './helpers/staff.ts';

const vietnameseMarks = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

/** The instant the lists are looked at: 29/11/2026 12:00 in Vietnam (not the machine's clock). */
const NOW = new Date('2026-11-29T05:00:00Z');
const local = (text: string) => parseLocalInput(text)!.toISOString();
const hours = (n: number) => new Date(NOW.getTime() + n * 3_600_000).toISOString();

const demo = readDemoAnnouncements();
/** Each demo item's closing instant, computed from the data file (UTC ISO), or undefined. */
const demoClosing = new Map(demo.map((a) => [a.title, demoFields(a).closesAt as string | undefined]));
const closedAt = (now: Date) => demo.filter((a) => { const c = demoClosing.get(a.title); return c !== undefined && c <= now.toISOString(); }).map((a) => a.title);

const valid = { kind: 'tuyen-dung', issuer: 'Văn phòng Ban Quản lý', issuedOn: '2026-11-16' };

function problemsOf(error: unknown): Record<string, { vi: string; en: string }> {
  assert.ok(error instanceof FieldsInvalid, String(error));
  return Object.fromEntries(error.problems.map((p) => [p.field, p.message]));
}

describe('announcement declaration', () => {
  it('declares the type, its api, paths and fields', () => {
    assert.equal(announcementsModule.declaration, announcementDeclaration);
    assert.equal(announcementDeclaration.type, 'announcement');
    assert.equal(announcementDeclaration.api, 'announcements');
    assert.deepEqual(announcementDeclaration.paths, { vi: '/thong-bao', en: '/en/announcements' });
    assert.equal(announcementDeclaration.itemPath({ slug: 'thong-bao-nghi-le' }), '/thong-bao/thong-bao-nghi-le');
    const kinds = Object.fromEntries(announcementDeclaration.fields.map((f) => [f.name, f.kind]));
    assert.deepEqual(kinds, { number: 'text', kind: 'select', issuer: 'text', issuedOn: 'date', closesAt: 'dateTime', files: 'files' });
    const field = (name: string) => announcementDeclaration.fields.find((f) => f.name === name)!;
    assert.ok(!field('number').required && !field('closesAt').required && !field('files').required, 'number, closing date and files are optional');
    assert.ok(field('kind').required && field('issuer').required && field('issuedOn').required, 'type, issuing unit and issue date are required');
    assert.deepEqual(announcementDeclaration.fields.filter((f) => f.filter).map((f) => f.name), ['kind', 'issuedOn']);
    assert.equal(field('number').search, 'number');
    assert.equal(field('closesAt').label.vi, 'Hạn cuối');
  });

  it('accepts real notice numbers and refuses other shapes', () => {
    for (const good of ['215/TB-BQLKKT', '12/2026/TB-VP', '48/GM-BQLKKT', '198/TB-HĐXT', '5a/TB-BQLKKT']) assert.ok(announcementNumberPattern.test(good), good);
    for (const bad of ['TB-215', '215/tb-bqlkkt', '215 / TB-BQLKKT', '215/TB--BQLKKT', '215/', '/TB-BQLKKT', '215/TB-BQLKKT<b>']) assert.ok(!announcementNumberPattern.test(bad), bad);
  });

  it('refuses a closing date before the issue date, judged by the day in Vietnam, in both languages', async () => {
    const early = await validateFields(announcementDeclaration, { ...valid, closesAt: '2026-11-15T16:59:00Z' }, 'json').catch((e: unknown) => e);
    assert.deepEqual(Object.keys(problemsOf(early)), ['closesAt'], '23:59 on 15/11 in Vietnam is the day before');
    assert.equal(problemsOf(early).closesAt!.vi, 'Hạn cuối không được trước ngày ban hành.');
    assert.equal(problemsOf(early).closesAt!.en, 'The closing date cannot be before the issue date.');
    // 00:30 on the issue day in Vietnam is still the previous day in UTC, and is accepted
    const sameDay = await validateFields(announcementDeclaration, { ...valid, closesAt: '2026-11-15T17:30:00Z' }, 'json');
    assert.equal(sameDay.closesAt, '2026-11-15T17:30:00.000Z');
    // typed in a form, the time is Vietnam time
    const typed = await validateFields(announcementDeclaration, { ...valid, closesAt: '2026-12-15T17:00' }, 'form');
    assert.equal(typed.closesAt, '2026-12-15T10:00:00.000Z');
    const wrong = await validateFields(announcementDeclaration, { ...valid, number: 'số 5' }, 'json').catch((e: unknown) => e);
    assert.match(problemsOf(wrong).number!.vi, /215\/TB-BQLKKT/);
  });

  it('has every interface string in both languages, with diacritics in Vietnamese', () => {
    assert.deepEqual(Object.keys(announcementStrings.en).sort(), Object.keys(announcementStrings.vi).sort());
    for (const key of ['closed', 'noDeadline', 'orderNote'] as const) assert.match(announcementStrings.vi[key], vietnameseMarks, key);
    assert.equal(announcementStrings.vi.closed, 'Đã hết hạn');
    assert.equal(announcementStrings.en.closed, 'Closed');
    for (const o of kindOptions) assert.ok(o.label.vi && o.label.en, o.value);
  });

  it('demo data: at least 8 valid, invented announcements, some open and some closed at a given instant', async () => {
    assert.ok(demo.length >= 8, 'at least 8 demo announcements');
    assert.ok(new Set(demo.map((a) => a.fields.kind)).size >= 5, 'of at least 5 types');
    for (const a of demo) await validateFields(announcementDeclaration, demoFields(a), 'json');
    const closed = closedAt(NOW);
    assert.ok(closed.length >= 2, 'some have closed');
    assert.ok(demo.filter((a) => demoClosing.get(a.title) && !closed.includes(a.title)).length >= 2, 'some are still open');
    assert.ok(demo.some((a) => !a.fields.closesAt), 'some have no closing date');
    assert.equal(new Set(demo.map((a) => a.key)).size, demo.length, 'keys are unique');
  });
});

for (const kind of testDatabases()) {
  describe(`announcements on ${kind}`, () => {
    let portal: TestPortal;
    let editor: Staff;
    const realClock = announcementClock.now;
    const at = (instant: Date) => {
      announcementClock.now = () => instant;
    };
    const get = async (url: string) => {
      const res = await portal.app.inject({ method: 'GET', url });
      return { res, html: parse(res.body) };
    };
    const items = (html: HTMLElement) =>
      html.querySelectorAll('.board-list .board-item').map((li) => ({
        title: li.querySelector('.board-item__title a')!.text.trim(),
        href: li.querySelector('.board-item__title a')!.getAttribute('href')!,
        badge: li.querySelector('.board-badge')?.text.trim(),
        closedClass: li.classList.contains('board-item--closed'),
        issued: li.querySelectorAll('time').find((t) => /^\d{4}-\d{2}-\d{2}$/.test(t.getAttribute('datetime')!))?.getAttribute('datetime'),
        closing: li.querySelector('.board-item__deadline time')?.getAttribute('datetime'),
        kind: li.querySelector('.board-item__kind')?.text.trim(),
      }));
    const facts = (html: HTMLElement) => Object.fromEntries(html.querySelectorAll('.board-facts__row').map((r) => [r.querySelector('dt')!.text.trim(), r.querySelector('dd')!.text.trim()]));
    const count = async () => Number((await portal.ctx.db.kysely.selectFrom('content').select((eb) => eb.fn.countAll().as('n')).where('type', '=', 'announcement').executeTakeFirstOrThrow()).n);
    const publish = (title: string, fields: Record<string, unknown>, key: string) =>
      publishItem(portal.ctx.db.kysely, announcementDeclaration, { title, summary: '', fields: { ...valid, ...fields }, publishedAt: new Date('2026-11-01T01:00:00Z'), sourceKey: `test:announcement:${key}` });

    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
      editor = await makeStaff(portal, 'editor', 'van-phong');
      at(NOW);
    });
    after(async () => {
      announcementClock.now = realClock;
      await portal.close();
    });

    it('is installed from the registry, with its demo loaded once and flagged', async () => {
      assert.equal(moduleOfType('announcement'), announcementsModule);
      const db = portal.ctx.db.kysely;
      const stored = await db.selectFrom('content').select(['title', 'is_demo', 'status']).where('type', '=', 'announcement').execute();
      assert.deepEqual(stored.map((r) => r.title).sort(), demo.map((a) => a.title).sort());
      assert.ok(stored.every((r) => r.is_demo === 1 && r.status === 'published'), 'every demo item is flagged demo and published');
      assert.equal(await loadAnnouncementsDemo(db), demo.length);
      assert.equal(await count(), demo.length, 'loading twice does not duplicate');
    });

    it('/thong-bao lists the demo announcements with the filter form', async () => {
      const { res, html } = await get('/thong-bao');
      assert.equal(res.statusCode, 200);
      assert.equal(html.querySelector('h1')!.text, 'Thông báo');
      assert.deepEqual(items(html).map((i) => i.title).sort(), demo.map((a) => a.title).sort());
      assert.match(html.querySelector('.board__count')!.text, new RegExp(`Có ${demo.length} thông báo`));
      const form = html.querySelector('form.board-filters')!;
      assert.equal(form.getAttribute('method'), 'get');
      assert.equal(form.getAttribute('action'), '/thong-bao');
      for (const name of ['loai', 'nam', 'tinh-trang']) {
        const input = form.querySelector(`select[name="${name}"]`);
        assert.ok(input, name);
        assert.ok(form.querySelector(`label[for="${input.getAttribute('id')}"]`), `${name} has a label`);
      }
      assert.deepEqual(form.querySelectorAll('select[name="nam"] option').map((o) => o.getAttribute('value')), ['', '2026']);
      const holiday = items(html).find((i) => i.title === 'Thông báo nghỉ Tết Dương lịch năm 2027')!;
      assert.equal(holiday.kind, 'Nghỉ lễ, Tết');
      assert.equal(holiday.badge, undefined, 'no closing date: open, no badge');
      assert.match(holiday.href, /^\/thong-bao\/[a-z0-9-]+$/);
    });

    it('closed announcements are marked in words and listed after open ones, judged at the controlled now', async () => {
      const list = items((await get('/thong-bao')).html);
      const expectedClosed = closedAt(NOW);
      assert.deepEqual(list.filter((i) => i.badge === 'Đã hết hạn').map((i) => i.title).sort(), [...expectedClosed].sort());
      assert.ok(list.every((i) => i.closedClass === (i.badge === 'Đã hết hạn')), 'the closed style goes with the closed badge');
      const firstClosed = list.findIndex((i) => i.badge === 'Đã hết hạn');
      assert.ok(firstClosed > 0 && list.slice(firstClosed).every((i) => i.badge === 'Đã hết hạn'), 'all closed ones after all open ones');
      const open = list.slice(0, firstClosed);
      assert.deepEqual(open.map((i) => i.issued), open.map((i) => i.issued).sort().reverse(), 'open ones newest issue date first');
      const closed = list.slice(firstClosed);
      assert.deepEqual(closed.map((i) => i.closing), closed.map((i) => i.closing).sort().reverse(), 'closed ones most recently closed first');
      assert.ok(open.filter((i) => i.closing).every((i) => i.badge === 'Còn hạn'), 'open items with a closing date say "Còn hạn"');

      // later, the recruitment notice (closing 15/12/2026 17:00) has closed and moves down
      const recruitment = 'Thông báo tuyển dụng viên chức Trung tâm Dịch vụ hỗ trợ đầu tư khu kinh tế năm 2026';
      assert.ok(!expectedClosed.includes(recruitment), 'the recruitment notice is open at NOW');
      const later = new Date('2026-12-16T00:00:00Z');
      at(later);
      const after = items((await get('/thong-bao')).html);
      const moved = after.findIndex((i) => i.title === recruitment);
      assert.equal(after[moved]!.badge, 'Đã hết hạn');
      assert.ok(after.slice(0, moved).every((i) => i.badge !== 'Đã hết hạn'), 'after every open one');
      assert.deepEqual(after.filter((i) => i.badge === 'Đã hết hạn').map((i) => i.title).sort(), closedAt(later).sort());
      const page = await get(after[moved]!.href);
      assert.match(page.html.querySelector('.board-closed')!.text, /Đã hết hạn.*hết hạn lúc 17:00 \| 15\/12\/2026/);
      at(NOW);
      assert.equal((await get(after[moved]!.href)).html.querySelector('.board-closed'), null, 'not closed at the earlier instant');

      // the newest notice, closed a minute ago, still comes after one issued weeks earlier that is open
      await publish('Thông báo thử đã hết hạn một phút', { issuedOn: '2026-11-28', closesAt: hours(-1 / 60) }, 'closed-minute');
      await publish('Thông báo thử còn hạn một giờ', { issuedOn: '2026-10-01', closesAt: hours(1) }, 'open-hour');
      const mixed = items((await get('/thong-bao')).html);
      const justClosed = mixed.findIndex((i) => i.title === 'Thông báo thử đã hết hạn một phút');
      const stillOpen = mixed.findIndex((i) => i.title === 'Thông báo thử còn hạn một giờ');
      assert.equal(mixed[justClosed]!.badge, 'Đã hết hạn');
      assert.equal(mixed[stillOpen]!.badge, 'Còn hạn');
      assert.ok(stillOpen < justClosed, 'the open item comes before the closed one');
      assert.equal(mixed.findIndex((i) => i.badge === 'Đã hết hạn'), justClosed, 'the first of the closed ones: the most recently closed');
    });

    it('filters by type, year and status, alone and together, in shareable addresses', async () => {
      const recruitment = items((await get('/thong-bao?loai=tuyen-dung')).html);
      assert.deepEqual(recruitment.map((i) => i.title).sort(), [...demo.filter((a) => a.fields.kind === 'tuyen-dung').map((a) => a.title), 'Thông báo thử đã hết hạn một phút', 'Thông báo thử còn hạn một giờ'].sort());
      const closed = await get('/thong-bao?tinh-trang=het-han');
      assert.ok(items(closed.html).length >= 3 && items(closed.html).every((i) => i.badge === 'Đã hết hạn'), 'the closed filter keeps only closed items');
      assert.equal(closed.html.querySelector('select[name="tinh-trang"] option[selected]')?.getAttribute('value'), 'het-han');
      const open = items((await get('/thong-bao?tinh-trang=con-han')).html);
      assert.ok(open.length > 0 && open.every((i) => i.badge !== 'Đã hết hạn'), 'the open filter keeps only open items');
      assert.equal(open.length + items(closed.html).length, await count());
      const both = await get('/thong-bao?loai=tuyen-dung&tinh-trang=con-han&nam=2026');
      assert.deepEqual(items(both.html).map((i) => i.title).sort(), ['Thông báo thử còn hạn một giờ', 'Thông báo tuyển dụng viên chức Trung tâm Dịch vụ hỗ trợ đầu tư khu kinh tế năm 2026']);
      assert.equal(both.html.querySelector('select[name="loai"] option[selected]')?.getAttribute('value'), 'tuyen-dung');
      assert.ok(both.html.querySelector('a[href="/thong-bao"]'), 'a link clears the filters');
      const none = await get('/thong-bao?nam=2019');
      assert.equal(none.res.statusCode, 200);
      assert.equal(items(none.html).length, 0);
      assert.match(none.html.querySelector('main')!.text, /Không có thông báo nào phù hợp/);
      assert.equal(none.html.querySelector('select[name="nam"] option[selected]')?.getAttribute('value'), '2019', 'the chosen year stays chosen');
    });

    it('the announcement page: labelled particulars, the publication stamp in Vietnam time, breadcrumbs', async () => {
      const href = items((await get('/thong-bao?loai=tuyen-dung&tinh-trang=con-han')).html).find((i) => i.title.startsWith('Thông báo tuyển dụng viên chức'))!.href;
      const { res, html } = await get(href);
      assert.equal(res.statusCode, 200);
      assert.equal(html.querySelector('h1')!.text, 'Thông báo tuyển dụng viên chức Trung tâm Dịch vụ hỗ trợ đầu tư khu kinh tế năm 2026');
      assert.deepEqual(facts(html), {
        'Số thông báo': '215/TB-BQLKKT',
        'Loại thông báo': 'Tuyển dụng',
        'Đơn vị ban hành': 'Ban Quản lý Khu kinh tế tỉnh Kiên Giang',
        'Ngày ban hành': '16/11/2026',
        'Hạn cuối': '17:00 | 15/12/2026 Còn hạn',
      });
      const stamp = html.querySelector('.article-time time')!;
      assert.equal(stamp.text, '(09:30 | 16/11/2026)');
      assert.equal(stamp.getAttribute('datetime'), '2026-11-16T09:30+07:00');
      assert.equal(html.querySelector('.board-facts time[datetime="2026-12-15T17:00+07:00"]')?.text, '17:00 | 15/12/2026');
      assert.match(html.querySelector('.article-time .badge')!.text, /mẫu/, 'demo items say they are samples');
      assert.deepEqual(html.querySelectorAll('.breadcrumb a').map((a) => a.getAttribute('href')), ['/', '/thong-bao']);
      assert.match(html.querySelector('.article-body')!.text, /Nghị định số 115\/2020\/NĐ-CP/);
      assert.equal(html.querySelector('.board-files p')!.text, 'Không có tệp đính kèm.');
      const undated = items((await get('/thong-bao?loai=nghi-le')).html)[0]!;
      assert.equal(facts((await get(undated.href)).html)['Hạn cuối'], 'Không có hạn cuối');
    });

    it('attached files are download links with their type and size', async () => {
      const db = portal.ctx.db.kysely;
      const now = NOW.toISOString();
      const media = (name: string, key: string, mime: string, size: number) =>
        db
          .insertInto('media')
          .values({ kind: 'attachment', original_name: name, key, mime, size, width: null, height: null, search_text: name, sha256: key.padEnd(64, '0'), created_by: null, created_at: now, updated_at: now })
          .returning('id')
          .executeTakeFirstOrThrow();
      const pdf = await media('Thông báo 230-TB-BQLKKT.pdf', 'annpdf0000000000000000000.pdf', 'application/pdf', 245_760);
      const docx = await media('Mẫu phiếu đăng ký dự tuyển.docx', 'anndocx000000000000000000.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 49_152);
      await publish('Thông báo thử có tệp đính kèm', { number: '230/TB-BQLKKT', files: [pdf.id, docx.id] }, 'files');
      const { html } = await get('/thong-bao/thong-bao-thu-co-tep-dinh-kem');
      const links = html.querySelectorAll('.board-files a.board-file');
      assert.deepEqual(links.map((a) => [a.text, a.getAttribute('href'), a.getAttribute('download')]), [
        ['Thông báo 230-TB-BQLKKT.pdf', '/media/annpdf0000000000000000000.pdf', 'Thông báo 230-TB-BQLKKT.pdf'],
        ['Mẫu phiếu đăng ký dự tuyển.docx', '/media/anndocx000000000000000000.docx', 'Mẫu phiếu đăng ký dự tuyển.docx'],
      ]);
      assert.deepEqual(html.querySelectorAll('.board-file__meta').map((m) => m.text), ['(PDF, 240 KB)', '(Word (DOCX), 48 KB)']);
      assert.equal(html.querySelector('.board-files h2')!.text, 'Tệp đính kèm');
      const english = (await get('/en/announcements/thong-bao-thu-co-tep-dinh-kem')).html;
      assert.equal(english.querySelector('.board-files h2')!.text, 'Attachments');
      assert.deepEqual(english.querySelectorAll('.board-file__meta').map((m) => m.text), ['(PDF, 240 KB)', '(Word (DOCX), 48 KB)']);
    });

    it('/en/announcements: English labels, parameters and links; content stays Vietnamese', async () => {
      const { res, html } = await get('/en/announcements?status=closed');
      assert.equal(res.statusCode, 200);
      assert.equal(html.querySelector('html')!.getAttribute('lang'), 'en');
      assert.equal(html.querySelector('h1')!.text, 'Announcements');
      const list = items(html);
      assert.ok(list.length >= 3 && list.every((i) => i.badge === 'Closed' && i.href.startsWith('/en/announcements/')), 'English list: closed items say "Closed" and link to English pages');
      assert.ok(list.some((i) => i.title === 'Thông báo tuyển dụng lao động hợp đồng làm công tác bảo vệ và lái xe'), 'a closed demo item is listed');
      assert.deepEqual(html.querySelectorAll('form.board-filters label').map((l) => l.text), ['Type of announcement', 'Year of issue', 'Status']);
      assert.equal(html.querySelector('select[name="status"] option[selected]')?.text, 'Closed');
      const typed = items((await get('/en/announcements?type=nghi-le')).html);
      assert.ok(typed.length >= 2 && typed.every((i) => i.kind === 'Public holidays'), 'the type filter in English');
      const page = await get(list.find((i) => i.title.startsWith('Thông báo tuyển dụng lao động'))!.href);
      assert.equal(page.res.statusCode, 200);
      assert.equal(page.html.querySelector('html')!.getAttribute('lang'), 'en');
      assert.deepEqual(Object.keys(facts(page.html)), ['Number', 'Type of announcement', 'Issued by', 'Issue date', 'Closing date']);
      assert.match(page.html.querySelector('.board-closed')!.text, /Closed.*closed at 17:00 \| 25\/08\/2026/);
      assert.deepEqual(page.html.querySelectorAll('.breadcrumb a').map((a) => a.getAttribute('href')), ['/', '/en/announcements']);
    });

    it('pages hold at most one page of announcements and keep the filters; closed ones end the last page', async () => {
      const total = await count();
      for (let n = total; n <= perPage; n += 1) await publish(`Thông báo thử phân trang số ${n}`, { kind: 'khac', closesAt: hours(24 * (n + 1)) }, `page-${n}`);
      const all = await count();
      assert.ok(all > perPage, 'more items than one page holds');
      const first = await get('/thong-bao');
      assert.equal(items(first.html).length, perPage);
      assert.match(first.html.querySelector('.board__count')!.text, new RegExp(`Có ${all} thông báo · Trang 1/2`));
      assert.equal(first.html.querySelector('.pagination a[rel="next"]')?.getAttribute('href'), '/thong-bao?trang=2');
      const second = await get('/thong-bao?trang=2');
      assert.equal(second.res.statusCode, 200);
      const rest = items(second.html);
      assert.equal(rest.length, all - perPage);
      assert.ok(rest.at(-1)!.badge === 'Đã hết hạn', 'the last item is closed');
      assert.ok(items(first.html).every((i) => !rest.some((r) => r.href === i.href)), 'no item on both pages');
      const filtered = await get('/thong-bao?loai=khac');
      assert.equal(filtered.html.querySelector('.pagination'), null, 'a filtered list that fits one page has no pagination');
      assert.equal((await get('/thong-bao?trang=3')).res.statusCode, 404);
      assert.equal((await get('/en/announcements?page=2')).res.statusCode, 200);
      assert.equal(parse((await get('/en/announcements')).res.body).querySelector('.pagination a[rel="next"]')?.getAttribute('href'), '/en/announcements?page=2');
    });

    it('bad list parameters are a 400 that names the parameter, never a 500; unknown slugs are 404', async () => {
      for (const [url, name] of [
        ['/thong-bao?loai=khong-co', 'loai'],
        ['/thong-bao?nam=20x6', 'nam'],
        ['/thong-bao?nam=1850', 'nam'],
        ['/thong-bao?tinh-trang=open', 'tinh-trang'],
        ["/thong-bao?loai='%20or%201=1--", 'loai'],
        ['/en/announcements?type=tuyen-dung-x', 'type'],
        ['/en/announcements?status=het-han', 'status'],
      ] as const) {
        const { res, html } = await get(url);
        assert.equal(res.statusCode, 400, url);
        assert.match(html.querySelector('main')!.text, url.startsWith('/en/') ? /Invalid parameter/ : /Tham số không hợp lệ/, url);
        assert.match(html.querySelector('main')!.text, url.startsWith('/en/') ? new RegExp(`the filter “${name}” has no value “`) : new RegExp(`bộ lọc “${name}” không có giá trị “`), `${url} names ${name} in words`);
      }
      for (const url of ['/thong-bao?trang=0', '/thong-bao?trang=abc', '/en/announcements?page=-1', '/thong-bao?loai=a&loai=b']) {
        assert.equal((await get(url)).res.statusCode, 400, url);
      }
      assert.match((await get('/thong-bao?trang=0')).html.querySelector('main')!.text, /Số trang phải là số nguyên dương/);
      for (const url of ['/thong-bao/khong-co-thong-bao-nay', '/thong-bao/KHONG%20CO', '/thong-bao/a/b', '/en/announcements/khong-co']) {
        assert.equal((await get(url)).res.statusCode, 404, url);
      }
    });

    it('bad fields are refused with every problem named, and nothing is stored', async () => {
      const db = portal.ctx.db.kysely;
      const before = await count();
      const revisions = Number((await db.selectFrom('revisions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      const attempt = (fields: Record<string, unknown>) =>
        publishItem(db, announcementDeclaration, { title: 'Thông báo hỏng', fields, publishedAt: NOW, sourceKey: `test:bad:${JSON.stringify(fields)}` }).catch((e: unknown) => e);
      assert.match(problemsOf(await attempt({ ...valid, closesAt: local('2026-11-10 17:00') })).closesAt!.vi, /Hạn cuối không được trước ngày ban hành/);
      assert.match(problemsOf(await attempt({ ...valid, number: 'TB 215' })).number!.en, /number\/SYMBOL/);
      assert.ok(problemsOf(await attempt({ ...valid, kind: 'quang-cao' })).kind, 'an unknown type is refused');
      assert.ok(problemsOf(await attempt({ ...valid, closesAt: '15/12/2026 17:00' })).closesAt, 'a day in a wrong shape is refused');
      assert.ok(problemsOf(await attempt({ ...valid, files: [9_999_999] })).files, 'a file that is not in the library');
      assert.ok(problemsOf(await attempt({ kind: 'khac' })).issuedOn, 'the issue date is required');
      assert.equal(await count(), before);
      assert.equal(Number((await db.selectFrom('revisions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n), revisions);
    });

    it('the admin API creates an announcement, and refuses a closing date before the issue date', async () => {
      const url = '/api/v1/admin/content/announcement';
      const post = (payload: object) => portal.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${editor.token}` }, payload });
      const before = await count();
      const early = await post({ title: 'Thông báo hỏng', fields: { ...valid, closesAt: '2026-11-01T10:00:00Z' } });
      assert.equal(early.statusCode, 400, early.body);
      const error = JSON.parse(early.body).error as { code: string; fields: { field: string; messageVi: string }[] };
      assert.equal(error.code, 'BAD_FIELDS');
      assert.deepEqual(error.fields.map((f) => f.field), ['closesAt']);
      assert.match(error.fields[0]!.messageVi, /Hạn cuối không được trước ngày ban hành/);
      const badNumber = await post({ title: 'Thông báo hỏng', fields: { ...valid, number: '215-TB' } });
      assert.equal(badNumber.statusCode, 400);
      assert.deepEqual((JSON.parse(badNumber.body).error.fields as { field: string }[]).map((f) => f.field), ['number']);
      assert.equal(await count(), before, 'nothing stored');
      const ok = await post({ title: 'Thông báo mời họp giao ban doanh nghiệp tháng 12', summary: 'Mời đại diện doanh nghiệp dự họp.', body: '<p>Thời gian: 08 giờ ngày 18/12/2026.</p>', fields: { ...valid, kind: 'moi-hop', number: '231/TB-BQLKKT', closesAt: '2026-12-15T10:00:00Z' } });
      assert.equal(ok.statusCode, 201, ok.body);
      const created = JSON.parse(ok.body) as { id: number; status: string; fields: Record<string, unknown> };
      assert.equal(created.status, 'draft');
      assert.deepEqual(created.fields, { closesAt: '2026-12-15T10:00:00.000Z', issuedOn: '2026-11-16', issuer: 'Văn phòng Ban Quản lý', kind: 'moi-hop', number: '231/TB-BQLKKT' });
      assert.equal(await count(), before + 1);
      const row = await portal.ctx.db.kysely.selectFrom('content').select('slug').where('id', '=', created.id).executeTakeFirstOrThrow();
      assert.equal((await get(`/thong-bao/${row.slug}`)).res.statusCode, 404, 'a draft is not public');
      // its preview link shows the draft as the announcement page, with its particulars
      const revisions = JSON.parse((await portal.app.inject({ method: 'GET', url: `${url}/${created.id}/revisions`, headers: { authorization: `Bearer ${editor.token}` } })).body).items as { previewUrl: string }[];
      const preview = await portal.app.inject(new URL(revisions[0]!.previewUrl).pathname);
      assert.equal(preview.statusCode, 200);
      assert.equal(preview.headers['x-robots-tag'], 'noindex, nofollow');
      const previewed = parse(preview.body);
      assert.equal(facts(previewed)['Số thông báo'], '231/TB-BQLKKT');
      assert.equal(facts(previewed)['Hạn cuối'], '17:00 | 15/12/2026 Còn hạn');
      assert.ok(!items((await get('/thong-bao?loai=moi-hop')).html).some((i) => i.title.includes('giao ban')), 'a draft is not listed');
    });

    it('site search finds an announcement by a word of its title typed without diacritics', async () => {
      await publishItem(portal.ctx.db.kysely, announcementDeclaration, {
        title: 'Thông báo đấu giá thanh lý xuồng cao tốc tuần tra',
        summary: 'Bán đấu giá tài sản thanh lý.',
        fields: { ...valid, kind: 'khac', number: '232/TB-BQLKKT' },
        publishedAt: new Date('2024-05-02T01:00:00Z'),
        sourceKey: 'test:announcement:search',
      });
      const res = await portal.app.inject('/api/v1/search?q=xuong');
      assert.equal(res.statusCode, 200);
      const hits = (res.json() as { items: { type: string; url: string }[] }).items;
      assert.ok(hits.some((h) => h.type === 'announcement' && h.url === 'http://portal.test/thong-bao/thong-bao-dau-gia-thanh-ly-xuong-cao-toc-tuan-tra'), JSON.stringify(hits));
      const page = await get('/tim-kiem?q=xuong%20cao%20toc');
      assert.ok(page.html.querySelectorAll('.search-hit h2 a').some((a) => a.getAttribute('href') === '/thong-bao/thong-bao-dau-gia-thanh-ly-xuong-cao-toc-tuan-tra'), 'the search page links to the announcement');
      const byNumber = (await portal.app.inject('/api/v1/search?q=232/tb-bqlkkt')).json() as { items: { url: string }[] };
      assert.ok(byNumber.items.some((h) => h.url.endsWith('/thong-bao/thong-bao-dau-gia-thanh-ly-xuong-cao-toc-tuan-tra')), 'and by its number, folded');
    });

    it('the public JSON API lists published announcements with their fields', async () => {
      const res = await portal.app.inject('/api/v1/announcements');
      assert.equal(res.statusCode, 200);
      const body = res.json() as { total: number; items: { url: string; fields: Record<string, unknown> }[] };
      assert.equal(body.total, Number((await portal.ctx.db.kysely.selectFrom('content').select((eb) => eb.fn.countAll().as('n')).where('type', '=', 'announcement').where('status', '=', 'published').executeTakeFirstOrThrow()).n));
      assert.ok(body.items.every((i) => i.url.startsWith('http://portal.test/thong-bao/') && typeof i.fields.issuedOn === 'string'), 'public API items link to /thong-bao and carry their fields');
    });

    it('demo removal removes exactly the demo announcements, and only once', async () => {
      const db = portal.ctx.db.kysely;
      const all = await db.selectFrom('content').select(['id', 'type', 'is_demo']).orderBy('id').execute();
      const demoIds = all.filter((r) => r.type === 'announcement' && r.is_demo === 1).map((r) => r.id);
      assert.equal(demoIds.length, demo.length);
      assert.equal(await announcementsModule.removeDemo!(portal.ctx), demo.length);
      const left = await db.selectFrom('content').select('id').orderBy('id').execute();
      assert.deepEqual(left.map((r) => r.id), all.filter((r) => !demoIds.includes(r.id)).map((r) => r.id), 'every other item stays, of every type');
      assert.equal((await db.selectFrom('content_field_values').select('content_id').where('content_id', 'in', demoIds).execute()).length, 0);
      assert.equal(await announcementsModule.removeDemo!(portal.ctx), 0);
      const titles = items((await get('/thong-bao?loai=nghi-le')).html);
      assert.equal(titles.length, 0, 'the demo holidays are gone');
      assert.ok(items((await get('/thong-bao')).html).some((i) => i.title === 'Thông báo thử còn hạn một giờ'), 'items created here stay');
      assert.ok(!((await portal.app.inject('/api/v1/search?q=tet%20duong%20lich')).json() as { items: { type: string }[] }).items.some((h) => h.type === 'announcement'), 'the index forgot the demo');
    });
  });
}

describe('announcements on postgres', { skip: postgresSkipReason }, () => {
  it('runs above when TEST_DATABASE_URL is set', () => undefined);
});
