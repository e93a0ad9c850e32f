// Procurement notices (issue #9, REQUIREMENTS A10) on SQLite and PostgreSQL: the declared type and
// its cross-field rules, the list with its filters (open notices first, soonest closing on top,
// closed ones marked and after, judged at a controlled "now"), pages, a notice's page with
// labelled particulars and files, English addresses, refusals that store nothing, the admin API,
// search, and demo data that loads once and is removed exactly. No assertion depends on the wall clock.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse, type HTMLElement } from 'node-html-parser';
import { publishItem } from '../src/core/content-types/publish-item.ts';
import { FieldsInvalid, validateFields } from '../src/core/content-types/validate.ts';
import { moduleOfType } from '../src/core/modules.ts';
import { biddingClock } from '../src/modules/bidding/clock.ts';
import { biddingDeclaration, methodOptions, noticeKindOptions, noticeNumberPattern, sectorOptions } from '../src/modules/bidding/declaration.ts';
import { demoFields, loadBiddingDemo, readDemoNotices } from '../src/modules/bidding/demo.ts';
import { biddingStrings } from '../src/modules/bidding/i18n.ts';
import { biddingModule } from '../src/modules/bidding/index.ts';
import { perPage } from '../src/modules/bidding/queries.ts';
import { createTestPortal, postgresSkipReason, testDatabases, type TestPortal } from './helpers/portal.ts';
import { makeStaff, type Staff } from './helpers/staff.ts';

const vietnameseMarks = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

/** The instant the lists are looked at: 29/11/2026 12:00 in Vietnam (not the machine's clock). */
const NOW = new Date('2026-11-29T05:00:00Z');
const hours = (n: number) => new Date(NOW.getTime() + n * 3_600_000).toISOString();

const demo = readDemoNotices();
const closingOf = (title: string) => demoFields(demo.find((n) => n.title === title)!).closesAt as string | undefined;
const closedAt = (now: Date) => demo.filter((n) => { const c = closingOf(n.title); return c !== undefined && c <= now.toISOString(); }).map((n) => n.title);

const valid = {
  noticeKind: 'moi-thau',
  packageName: 'Gói thầu thử nghiệm',
  procuringEntity: 'Ban Quản lý dự án đầu tư xây dựng khu kinh tế tỉnh Kiên Giang',
  investor: 'Ban Quản lý Khu kinh tế tỉnh Kiên Giang',
  sector: 'xay-lap',
  method: 'dau-thau-rong-rai',
  issuedOn: '2026-11-10',
  closesAt: '2026-12-08T02:00:00Z',
};

function problemsOf(error: unknown): Record<string, { vi: string; en: string }> {
  assert.ok(error instanceof FieldsInvalid, String(error));
  return Object.fromEntries(error.problems.map((p) => [p.field, p.message]));
}

describe('bidding declaration', () => {
  it('declares the type, its api, paths and the fields of a procurement notice', () => {
    assert.equal(biddingModule.declaration, biddingDeclaration);
    assert.equal(biddingDeclaration.type, 'bidding');
    assert.equal(biddingDeclaration.api, 'bidding');
    assert.deepEqual(biddingDeclaration.paths, { vi: '/dau-thau', en: '/en/bidding' });
    assert.equal(biddingDeclaration.itemPath({ slug: 'goi-thau-so-05' }), '/dau-thau/goi-thau-so-05');
    const field = (name: string) => biddingDeclaration.fields.find((f) => f.name === name)!;
    assert.deepEqual(
      Object.fromEntries(biddingDeclaration.fields.map((f) => [f.name, f.kind])),
      { noticeKind: 'select', noticeNumber: 'text', packageName: 'text', procuringEntity: 'text', investor: 'text', project: 'text', sector: 'select', method: 'select', packageValue: 'money', issuedOn: 'date', closesAt: 'dateTime', winner: 'text', awardValue: 'money', files: 'files' },
    );
    assert.deepEqual(field('noticeKind').options!.map((o) => o.label.vi).slice(1, 6), ['Thông báo mời quan tâm', 'Thông báo mời sơ tuyển', 'Thông báo mời thầu', 'Thông báo sửa đổi, gia hạn', 'Kết quả lựa chọn nhà thầu']);
    assert.ok(methodOptions.some((o) => o.label.vi === 'Chỉ định thầu') && methodOptions.some((o) => o.label.vi === 'Chào hàng cạnh tranh'), 'direct contracting and competitive shopping are methods');
    assert.deepEqual(biddingDeclaration.fields.filter((f) => f.filter).map((f) => f.name), ['noticeKind', 'sector', 'method', 'issuedOn']);
    assert.equal(field('packageName').search, 'title');
    assert.equal(field('noticeNumber').search, 'number');
    assert.ok(!field('noticeNumber').required && !field('closesAt').required, 'notice number and closing time are optional in the declaration');
    assert.deepEqual(biddingDeclaration.permissions?.['article.create'], ['editor', 'approver', 'admin']);
  });

  it('accepts notice numbers of the national e-procurement system and refuses other shapes', () => {
    for (const good of ['IB2600412345', 'IB2600412345-00', 'PL2600054321', '20200612345', '20200612345-00']) assert.ok(noticeNumberPattern.test(good), good);
    for (const bad of ['IB26004123', 'ib2600412345', 'IB2600412345-0', 'IB 2600412345', 'TBMT-123', '2020061234', 'IB2600412345-00-01', 'IB26004123456']) assert.ok(!noticeNumberPattern.test(bad), bad);
  });

  it('refuses bid closing before the posting day, an invitation without closing and an award without its winner', async () => {
    const early = await validateFields(biddingDeclaration, { ...valid, closesAt: '2026-11-09T16:59:00Z' }, 'json').catch((e: unknown) => e);
    assert.deepEqual(Object.keys(problemsOf(early)), ['closesAt'], '23:59 on 09/11 in Vietnam is the day before');
    assert.equal(problemsOf(early).closesAt!.vi, 'Thời điểm đóng thầu không được trước ngày đăng tải thông báo.');
    assert.equal((await validateFields(biddingDeclaration, { ...valid, closesAt: '2026-11-09T17:00:00Z' }, 'json')).closesAt, '2026-11-09T17:00:00.000Z', '00:00 on the posting day');
    const noClosing = Object.fromEntries(Object.entries(valid).filter(([name]) => name !== 'closesAt'));
    const open = await validateFields(biddingDeclaration, noClosing, 'json').catch((e: unknown) => e);
    assert.match(problemsOf(open).closesAt!.vi, /phải có thời điểm đóng thầu/);
    assert.ok(await validateFields(biddingDeclaration, { ...noClosing, noticeKind: 'ke-hoach' }, 'json'), 'a plan has no closing');
    const award = await validateFields(biddingDeclaration, { ...noClosing, noticeKind: 'ket-qua' }, 'json').catch((e: unknown) => e);
    assert.deepEqual(Object.keys(problemsOf(award)), ['winner']);
    assert.match(problemsOf(award).winner!.en, /winning bidder/);
    const number = await validateFields(biddingDeclaration, { ...valid, noticeNumber: 'TBMT-05' }, 'json').catch((e: unknown) => e);
    assert.match(problemsOf(number).noticeNumber!.vi, /IB2600412345/);
    const money = await validateFields(biddingDeclaration, { ...valid, packageValue: 12.5 }, 'json').catch((e: unknown) => e);
    assert.ok(problemsOf(money).packageValue, 'whole đồng only');
    const typed = await validateFields(biddingDeclaration, { ...valid, packageValue: '48.560.000.000', closesAt: '2026-12-08T09:00' }, 'form');
    assert.deepEqual([typed.packageValue, typed.closesAt], [48_560_000_000, '2026-12-08T02:00:00.000Z'], 'a form types money the Vietnamese way and times in Vietnam time');
  });

  it('has every interface string in both languages, with diacritics in Vietnamese', () => {
    assert.deepEqual(Object.keys(biddingStrings.en).sort(), Object.keys(biddingStrings.vi).sort());
    for (const key of ['title', 'closed', 'orderNote', 'nationalSystem'] as const) assert.match(biddingStrings.vi[key], vietnameseMarks, key);
    assert.equal(biddingStrings.vi.money(48_560_000_000), '48.560.000.000 đồng');
    assert.equal(biddingStrings.en.money(48_560_000_000), 'VND 48,560,000,000');
    for (const o of [...noticeKindOptions, ...sectorOptions, ...methodOptions]) assert.ok(o.label.vi && o.label.en, o.value);
  });

  it('demo data: at least 8 valid, invented notices of several kinds, some open and some closed at a given instant', async () => {
    assert.ok(demo.length >= 8, 'at least 8 demo notices');
    assert.ok(new Set(demo.map((n) => n.fields.noticeKind)).size >= 4, 'of at least 4 kinds');
    assert.ok(new Set(demo.map((n) => n.fields.sector)).size >= 4, 'in at least 4 sectors');
    for (const n of demo) await validateFields(biddingDeclaration, demoFields(n), 'json');
    const closed = closedAt(NOW);
    assert.ok(closed.length >= 2, 'some have closed');
    assert.ok(demo.filter((n) => closingOf(n.title) && !closed.includes(n.title)).length >= 3, 'some are still open');
    assert.ok(demo.some((n) => n.fields.noticeKind === 'ket-qua' && n.fields.winner), 'a demo award names its winner');
    assert.equal(new Set(demo.map((n) => n.key)).size, demo.length, 'keys are unique');
  });
});

for (const kind of testDatabases()) {
  describe(`procurement notices on ${kind}`, () => {
    let portal: TestPortal;
    let editor: Staff;
    const realClock = biddingClock.now;
    const at = (instant: Date) => {
      biddingClock.now = () => instant;
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
        closing: li.querySelector('.board-item__deadline time')?.getAttribute('datetime'),
        issued: li.querySelectorAll('time').find((t) => /^\d{4}-\d{2}-\d{2}$/.test(t.getAttribute('datetime')!))?.getAttribute('datetime'),
        kind: li.querySelector('.board-item__kind')?.text.trim(),
        sector: li.querySelector('.board-item__sector')?.text.trim(),
      }));
    const facts = (html: HTMLElement) => Object.fromEntries(html.querySelectorAll('.board-facts__row').map((r) => [r.querySelector('dt')!.text.trim(), r.querySelector('dd')!.text.trim()]));
    const count = async () => Number((await portal.ctx.db.kysely.selectFrom('content').select((eb) => eb.fn.countAll().as('n')).where('type', '=', 'bidding').executeTakeFirstOrThrow()).n);
    const publish = (title: string, fields: Record<string, unknown>, key: string) =>
      publishItem(portal.ctx.db.kysely, biddingDeclaration, { title, summary: '', fields: { ...valid, ...fields }, publishedAt: new Date('2026-11-01T01:00:00Z'), sourceKey: `test:bidding:${key}` });

    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
      editor = await makeStaff(portal, 'editor', 'to-chuyen-gia');
      at(NOW);
    });
    after(async () => {
      biddingClock.now = realClock;
      await portal.close();
    });

    it('is installed from the registry, with its demo loaded once and flagged', async () => {
      assert.equal(moduleOfType('bidding'), biddingModule);
      const db = portal.ctx.db.kysely;
      const stored = await db.selectFrom('content').select(['title', 'is_demo', 'status']).where('type', '=', 'bidding').execute();
      assert.deepEqual(stored.map((r) => r.title).sort(), demo.map((n) => n.title).sort());
      assert.ok(stored.every((r) => r.is_demo === 1 && r.status === 'published'), 'every demo item is flagged demo and published');
      assert.equal(await loadBiddingDemo(db), demo.length);
      assert.equal(await count(), demo.length, 'loading twice does not duplicate');
    });

    it('/dau-thau lists the demo notices with the filter form', async () => {
      const { res, html } = await get('/dau-thau');
      assert.equal(res.statusCode, 200);
      assert.equal(html.querySelector('h1')!.text, 'Thông tin đấu thầu');
      assert.deepEqual(items(html).map((i) => i.title).sort(), demo.map((n) => n.title).sort());
      const form = html.querySelector('form.board-filters')!;
      assert.equal(form.getAttribute('method'), 'get');
      for (const name of ['loai', 'linh-vuc', 'nam', 'tinh-trang']) {
        const input = form.querySelector(`select[name="${name}"]`);
        assert.ok(input, name);
        assert.ok(form.querySelector(`label[for="${input.getAttribute('id')}"]`), `${name} has a label`);
      }
      const works = items(html).find((i) => i.title.startsWith('Thông báo mời thầu gói thầu số 05'))!;
      assert.deepEqual([works.kind, works.sector, works.badge], ['Thông báo mời thầu', 'Xây lắp', 'Còn hạn']);
      const row = html.querySelectorAll('.board-item').find((li) => li.text.includes('IB2600412345'))!;
      const meta = Object.fromEntries(row.querySelectorAll('.board-item__meta > div').map((d) => [d.querySelector('dt')!.text, d.querySelector('dd')!.text]));
      assert.deepEqual(meta, {
        'Số thông báo': 'IB2600412345',
        'Bên mời thầu': 'Ban Quản lý dự án đầu tư xây dựng khu kinh tế tỉnh Kiên Giang',
        'Hình thức lựa chọn nhà thầu': 'Đấu thầu rộng rãi',
        'Giá gói thầu': '48.560.000.000 đồng',
        'Ngày đăng tải': '10/11/2026',
        'Thời điểm đóng thầu': '09:00 | 08/12/2026',
      });
    });

    it('open notices first, soonest closing on top; closed ones marked in words and after, judged at the controlled now', async () => {
      const list = items((await get('/dau-thau')).html);
      assert.deepEqual(list.filter((i) => i.badge === 'Đã hết hạn').map((i) => i.title).sort(), closedAt(NOW).sort());
      const firstClosed = list.findIndex((i) => i.badge === 'Đã hết hạn');
      assert.ok(firstClosed > 0 && list.slice(firstClosed).every((i) => i.badge === 'Đã hết hạn'), 'all closed ones after all open ones');
      const open = list.slice(0, firstClosed);
      const dated = open.filter((i) => i.closing);
      assert.deepEqual(open.slice(0, dated.length), dated, 'open notices with a closing time before those without');
      assert.deepEqual(dated.map((i) => i.closing), dated.map((i) => i.closing).sort(), 'soonest closing first');
      assert.ok(dated.every((i) => i.badge === 'Còn hạn'), 'open notices with a closing time say "Còn hạn"');
      const undated = open.slice(dated.length);
      assert.ok(undated.length >= 2 && undated.every((i) => i.badge === undefined), 'open notices without a closing time have no badge');
      assert.deepEqual(undated.map((i) => i.issued), undated.map((i) => i.issued).sort().reverse(), 'then the newest first');
      const closed = list.slice(firstClosed);
      assert.deepEqual(closed.map((i) => i.closing), closed.map((i) => i.closing).sort().reverse(), 'closed: most recently closed first');
      assert.equal(list[0]!.title, 'Thông báo mời quan tâm gói thầu tư vấn lập quy hoạch chi tiết tỷ lệ 1/500 Khu công nghiệp Thuận Yên', 'closing 02/12 10:00 comes first');

      // a week later, the first two have closed: they lead the closed ones, the third leads the list
      const later = new Date('2026-12-05T00:00:00Z');
      at(later);
      const week = items((await get('/dau-thau')).html);
      assert.deepEqual(week.filter((i) => i.badge === 'Đã hết hạn').map((i) => i.title).sort(), closedAt(later).sort());
      assert.equal(week[0]!.title, 'Thông báo mời thầu gói thầu số 05: Thi công xây dựng hạ tầng kỹ thuật giai đoạn 2 Khu công nghiệp Thạnh Lộc');
      const firstClosedLater = week.findIndex((i) => i.badge === 'Đã hết hạn');
      assert.equal(week[firstClosedLater]!.title, 'Thông báo mời thầu gói thầu dịch vụ bảo vệ, vệ sinh trụ sở Ban Quản lý Khu kinh tế năm 2027', 'closed 04/12: the most recently closed');
      const page = await get(week[firstClosedLater]!.href);
      assert.match(page.html.querySelector('.board-closed')!.text, /Đã hết hạn.*đã đóng thầu lúc 09:00 \| 04\/12\/2026/);
      assert.match(facts(page.html)['Thời điểm đóng thầu']!, /^09:00 \| 04\/12\/2026 Đã hết hạn$/);
      at(NOW);

      // a notice posted today that closed a minute ago comes after one closing next month
      await publish('Gói thầu thử đóng thầu một phút trước', { issuedOn: '2026-11-29', closesAt: hours(-1 / 60) }, 'closed-minute');
      await publish('Gói thầu thử đóng thầu tháng sau', { issuedOn: '2026-10-01', closesAt: hours(24 * 30) }, 'open-month');
      const mixed = items((await get('/dau-thau')).html);
      const justClosed = mixed.findIndex((i) => i.title === 'Gói thầu thử đóng thầu một phút trước');
      const nextMonth = mixed.findIndex((i) => i.title === 'Gói thầu thử đóng thầu tháng sau');
      assert.equal(mixed[justClosed]!.badge, 'Đã hết hạn');
      assert.equal(mixed[nextMonth]!.badge, 'Còn hạn');
      assert.ok(nextMonth < justClosed, 'the open notice comes before the closed one');
      assert.equal(mixed.findIndex((i) => i.badge === 'Đã hết hạn'), justClosed, 'the first of the closed ones');
      assert.equal(mixed[nextMonth + 1]!.closing, undefined, 'the latest closing time ends the dated open ones');
    });

    it('filters by type of notice, sector, year and status, alone and together', async () => {
      const awards = items((await get('/dau-thau?loai=ket-qua')).html);
      assert.deepEqual(awards.map((i) => i.title).sort(), demo.filter((n) => n.fields.noticeKind === 'ket-qua').map((n) => n.title).sort());
      assert.ok(awards.every((i) => i.kind === 'Kết quả lựa chọn nhà thầu'), 'the kind filter keeps only awards');
      const goods = items((await get('/dau-thau?linh-vuc=hang-hoa')).html);
      assert.deepEqual(goods.map((i) => i.title).sort(), demo.filter((n) => n.fields.sector === 'hang-hoa').map((n) => n.title).sort());
      const invitations = await get('/dau-thau?loai=moi-thau&tinh-trang=con-han');
      const openInvitations = items(invitations.html);
      assert.ok(openInvitations.length >= 3 && openInvitations.every((i) => i.kind === 'Thông báo mời thầu' && i.badge === 'Còn hạn'), 'open invitations for bids only');
      assert.equal(invitations.html.querySelector('select[name="loai"] option[selected]')?.getAttribute('value'), 'moi-thau');
      assert.equal(invitations.html.querySelector('select[name="tinh-trang"] option[selected]')?.getAttribute('value'), 'con-han');
      const closed = items((await get('/dau-thau?tinh-trang=het-han')).html);
      assert.ok(closed.length >= 3 && closed.every((i) => i.badge === 'Đã hết hạn'), 'the closed filter keeps only closed notices');
      assert.equal(items((await get('/dau-thau?tinh-trang=con-han')).html).length + closed.length, await count());
      const works2026 = items((await get('/dau-thau?linh-vuc=xay-lap&nam=2026&loai=moi-thau')).html);
      assert.ok(works2026.length >= 2 && works2026.every((i) => i.sector === 'Xây lắp' && i.issued!.startsWith('2026')), 'works posted in 2026 only');
      const none = await get('/dau-thau?nam=2020');
      assert.equal(none.res.statusCode, 200);
      assert.equal(items(none.html).length, 0);
      assert.match(none.html.querySelector('main')!.text, /Không có thông báo nào phù hợp/);
    });

    it('the notice page: labelled particulars in order, money in đồng, times in Vietnam time', async () => {
      const href = items((await get('/dau-thau?loai=moi-thau')).html).find((i) => i.title.startsWith('Thông báo mời thầu gói thầu số 05'))!.href;
      const { res, html } = await get(href);
      assert.equal(res.statusCode, 200);
      assert.deepEqual(facts(html), {
        'Loại thông báo': 'Thông báo mời thầu',
        'Số thông báo trên Hệ thống mạng đấu thầu quốc gia': 'IB2600412345',
        'Tên gói thầu': 'Gói thầu số 05: Thi công xây dựng hạ tầng kỹ thuật giai đoạn 2 (san nền, đường giao thông, thoát nước mưa) Khu công nghiệp Thạnh Lộc',
        'Dự án, dự toán mua sắm': 'Đầu tư xây dựng hạ tầng kỹ thuật Khu công nghiệp Thạnh Lộc, giai đoạn 2',
        'Chủ đầu tư': 'Ban Quản lý Khu kinh tế tỉnh Kiên Giang',
        'Bên mời thầu': 'Ban Quản lý dự án đầu tư xây dựng khu kinh tế tỉnh Kiên Giang',
        'Lĩnh vực': 'Xây lắp',
        'Hình thức lựa chọn nhà thầu': 'Đấu thầu rộng rãi',
        'Giá gói thầu': '48.560.000.000 đồng',
        'Ngày đăng tải': '10/11/2026',
        'Thời điểm đóng thầu': '09:00 | 08/12/2026 Còn hạn',
      });
      const stamp = html.querySelector('.article-time time')!;
      assert.equal(stamp.text, '(15:00 | 10/11/2026)');
      assert.equal(stamp.getAttribute('datetime'), '2026-11-10T15:00+07:00');
      assert.equal(html.querySelector('.board-facts time[datetime="2026-12-08T09:00+07:00"]')?.text, '09:00 | 08/12/2026');
      assert.deepEqual(html.querySelectorAll('.breadcrumb a').map((a) => a.getAttribute('href')), ['/', '/dau-thau']);
      assert.equal(html.querySelector('.board-closed'), null);
      const award = items((await get('/dau-thau?loai=ket-qua')).html).find((i) => i.title.includes('gói thầu số 02'))!;
      const awardFacts = facts((await get(award.href)).html);
      assert.equal(awardFacts['Nhà thầu trúng thầu'], 'Liên danh Công ty TNHH Xây dựng Phú Cường – Công ty Cổ phần Cầu đường Rạch Giá');
      assert.equal(awardFacts['Giá trúng thầu'], '61.980.500.000 đồng');
      assert.equal(awardFacts['Thời điểm đóng thầu'], undefined, 'an award without a closing time shows none');
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
      const decision = await media('Quyết định phê duyệt KHLCNT.pdf', 'bidpdf00000000000000000000.pdf', 'application/pdf', 1_572_864);
      const boq = await media('Bảng khối lượng mời thầu.xlsx', 'bidxlsx0000000000000000000.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 90_112);
      await publish('Gói thầu thử có tệp đính kèm', { noticeNumber: 'IB2600499999', files: [decision.id, boq.id] }, 'files');
      const { html } = await get('/dau-thau/goi-thau-thu-co-tep-dinh-kem');
      assert.deepEqual(html.querySelectorAll('.board-files a.board-file').map((a) => [a.text, a.getAttribute('href'), a.getAttribute('download')]), [
        ['Quyết định phê duyệt KHLCNT.pdf', '/media/bidpdf00000000000000000000.pdf', 'Quyết định phê duyệt KHLCNT.pdf'],
        ['Bảng khối lượng mời thầu.xlsx', '/media/bidxlsx0000000000000000000.xlsx', 'Bảng khối lượng mời thầu.xlsx'],
      ]);
      assert.deepEqual(html.querySelectorAll('.board-file__meta').map((m) => m.text), ['(PDF, 1,5 MB)', '(Excel (XLSX), 88 KB)']);
      const english = (await get('/en/bidding/goi-thau-thu-co-tep-dinh-kem')).html;
      assert.deepEqual(english.querySelectorAll('.board-file__meta').map((m) => m.text), ['(PDF, 1.5 MB)', '(Excel (XLSX), 88 KB)']);
    });

    it('/en/bidding: English labels, parameters, money and links; content stays Vietnamese', async () => {
      const { res, html } = await get('/en/bidding?kind=moi-thau&sector=xay-lap');
      assert.equal(res.statusCode, 200);
      assert.equal(html.querySelector('html')!.getAttribute('lang'), 'en');
      assert.equal(html.querySelector('h1')!.text, 'Procurement notices');
      const list = items(html);
      assert.ok(list.length >= 2 && list.every((i) => i.kind === 'Invitation for bids' && i.sector === 'Works' && i.href.startsWith('/en/bidding/')), 'English list: invitations for works linking to English pages');
      assert.ok(list.some((i) => i.badge === 'Open') && list.some((i) => i.badge === 'Closed'), 'both open and closed notices are listed');
      assert.deepEqual(html.querySelectorAll('form.board-filters label').map((l) => l.text), ['Type of notice', 'Sector', 'Year posted', 'Status']);
      const works = list.find((i) => i.title.includes('gói thầu số 05'))!;
      const page = await get(works.href);
      assert.equal(page.html.querySelector('html')!.getAttribute('lang'), 'en');
      const f = facts(page.html);
      assert.equal(f['Package price'], 'VND 48,560,000,000');
      assert.equal(f['Bid closing'], '09:00 | 08/12/2026 Open');
      assert.equal(f['Selection method'], 'Open bidding');
      assert.deepEqual(page.html.querySelectorAll('.breadcrumb a').map((a) => a.getAttribute('href')), ['/', '/en/bidding']);
    });

    it('pages hold at most one page of notices and keep the filters; closed ones end the last page', async () => {
      for (let n = await count(); n <= perPage; n += 1) await publish(`Gói thầu thử phân trang số ${n}`, { sector: 'phi-tu-van', closesAt: hours(24 * (n + 1)) }, `page-${n}`);
      const all = await count();
      const first = await get('/dau-thau');
      assert.equal(items(first.html).length, perPage);
      assert.match(first.html.querySelector('.board__count')!.text, new RegExp(`Có ${all} thông báo · Trang 1/2`));
      assert.equal(first.html.querySelector('.pagination a[rel="next"]')?.getAttribute('href'), '/dau-thau?trang=2');
      const rest = items((await get('/dau-thau?trang=2')).html);
      assert.equal(rest.length, all - perPage);
      assert.equal(rest.at(-1)!.badge, 'Đã hết hạn');
      assert.ok(items(first.html).every((i) => !rest.some((r) => r.href === i.href)), 'no notice on both pages');
      const filtered = await get('/dau-thau?linh-vuc=phi-tu-van&trang=2');
      assert.equal(filtered.res.statusCode, 404, 'the filtered list has one page only');
      assert.equal((await get('/dau-thau?trang=3')).res.statusCode, 404);
      assert.equal(parse((await get('/en/bidding')).res.body).querySelector('.pagination a[rel="next"]')?.getAttribute('href'), '/en/bidding?page=2');
    });

    it('bad list parameters are a 400 that names the parameter, never a 500; unknown slugs are 404', async () => {
      for (const [url, name] of [
        ['/dau-thau?loai=moi-dau-tu', 'loai'],
        ['/dau-thau?linh-vuc=bat-dong-san', 'linh-vuc'],
        ['/dau-thau?nam=26', 'nam'],
        ['/dau-thau?tinh-trang=closed', 'tinh-trang'],
        ['/en/bidding?kind=award', 'kind'],
        ['/en/bidding?sector=xay%20lap', 'sector'],
      ] as const) {
        const { res, html } = await get(url);
        assert.equal(res.statusCode, 400, url);
        assert.match(html.querySelector('main')!.text, url.startsWith('/en/') ? /Invalid parameter/ : /Tham số không hợp lệ/, url);
        assert.match(html.querySelector('main')!.text, url.startsWith('/en/') ? new RegExp(`the filter “${name}” has no value “`) : new RegExp(`bộ lọc “${name}” không có giá trị “`), `${url} names ${name} in words`);
      }
      for (const url of ['/dau-thau?trang=0', '/dau-thau?trang=1.5', '/en/bidding?page=x', '/dau-thau?loai=ket-qua&loai=moi-thau']) {
        assert.equal((await get(url)).res.statusCode, 400, url);
      }
      for (const url of ['/dau-thau/khong-co-goi-thau-nay', '/dau-thau/Goi-Thau', '/dau-thau/a/b', '/en/bidding/khong-co']) {
        assert.equal((await get(url)).res.statusCode, 404, url);
      }
    });

    it('bad fields are refused with every problem named, and nothing is stored', async () => {
      const db = portal.ctx.db.kysely;
      const before = await count();
      const attempt = (fields: Record<string, unknown>) =>
        publishItem(db, biddingDeclaration, { title: 'Gói thầu hỏng', fields, publishedAt: NOW, sourceKey: `test:bad:${JSON.stringify(fields)}` }).catch((e: unknown) => e);
      assert.ok(problemsOf(await attempt({ ...valid, closesAt: '2026-11-01T02:00:00Z' })).closesAt, 'closing before posting is refused');
      assert.match(problemsOf(await attempt({ ...valid, noticeNumber: 'IB-2600412345' })).noticeNumber!.en, /two capital letters and 10 digits/);
      assert.ok(problemsOf(await attempt({ ...valid, method: 'dau-gia' })).method, 'an unknown method is refused');
      assert.ok(problemsOf(await attempt({ ...valid, packageValue: -1 })).packageValue, 'a negative price is refused');
      assert.ok(problemsOf(await attempt({ ...valid, noticeKind: 'ket-qua' })).winner, 'an award without winner is refused');
      assert.deepEqual(Object.keys(problemsOf(await attempt({ noticeKind: 'moi-thau' }))).sort(), ['investor', 'issuedOn', 'method', 'packageName', 'procuringEntity', 'sector']);
      assert.equal(await count(), before);
    });

    it('the admin API creates a notice for editors, refuses bad shapes, and contributors may not create one', async () => {
      const url = '/api/v1/admin/content/bidding';
      const post = (who: Staff, payload: object) => portal.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${who.token}` }, payload });
      const before = await count();
      const bad = await post(editor, { title: 'Gói thầu hỏng', fields: { ...valid, noticeNumber: '2026-0412345' } });
      assert.equal(bad.statusCode, 400, bad.body);
      const error = JSON.parse(bad.body).error as { code: string; fields: { field: string; messageVi: string }[] };
      assert.equal(error.code, 'BAD_FIELDS');
      assert.deepEqual(error.fields.map((f) => f.field), ['noticeNumber']);
      const early = await post(editor, { title: 'Gói thầu hỏng', fields: { ...valid, closesAt: '2026-11-01T02:00:00Z' } });
      assert.equal(early.statusCode, 400);
      assert.deepEqual((JSON.parse(early.body).error.fields as { field: string }[]).map((f) => f.field), ['closesAt']);
      const contributor = await makeStaff(portal, 'contributor', 'cong-tac-vien-dau-thau');
      assert.equal((await post(contributor, { title: 'Gói thầu của cộng tác viên', fields: valid })).statusCode, 403);
      assert.equal(await count(), before, 'nothing stored');
      const ok = await post(editor, { title: 'Thông báo mời thầu gói thầu số 09: Trồng cây xanh cách ly KCN Thạnh Lộc', fields: { ...valid, noticeNumber: 'IB2600455555-00', packageValue: 2_450_000_000, sector: 'phi-tu-van' } });
      assert.equal(ok.statusCode, 201, ok.body);
      const created = JSON.parse(ok.body) as { id: number; status: string; fields: Record<string, unknown> };
      assert.equal(created.status, 'draft');
      assert.equal(created.fields.noticeNumber, 'IB2600455555-00');
      assert.equal(created.fields.packageValue, 2_450_000_000);
      assert.equal(created.fields.closesAt, '2026-12-08T02:00:00.000Z');
      assert.equal(await count(), before + 1);
      const row = await portal.ctx.db.kysely.selectFrom('content').select('slug').where('id', '=', created.id).executeTakeFirstOrThrow();
      assert.equal((await get(`/dau-thau/${row.slug}`)).res.statusCode, 404, 'a draft is not public');
      // its preview link shows the draft as the notice page, with its particulars
      const revisions = JSON.parse((await portal.app.inject({ method: 'GET', url: `${url}/${created.id}/revisions`, headers: { authorization: `Bearer ${editor.token}` } })).body).items as { previewUrl: string }[];
      const preview = await portal.app.inject(new URL(revisions[0]!.previewUrl).pathname);
      assert.equal(preview.statusCode, 200);
      const previewed = facts(parse(preview.body));
      assert.equal(previewed['Số thông báo trên Hệ thống mạng đấu thầu quốc gia'], 'IB2600455555-00');
      assert.equal(previewed['Giá gói thầu'], '2.450.000.000 đồng');
    });

    it('site search finds a notice by a word of its package name typed without diacritics, and by its notice number', async () => {
      await publishItem(portal.ctx.db.kysely, biddingDeclaration, {
        title: 'Thông báo mời thầu gói thầu số 11',
        fields: { ...valid, packageName: 'Nạo vét luồng tàu vào cảng cạn Thạnh Lộc', noticeNumber: 'IB2600466666' },
        publishedAt: new Date('2024-05-02T01:00:00Z'),
        sourceKey: 'test:bidding:search',
      });
      const hits = ((await portal.app.inject('/api/v1/search?q=nao%20vet%20luong')).json() as { items: { type: string; url: string }[] }).items;
      assert.ok(hits.some((h) => h.type === 'bidding' && h.url === 'http://portal.test/dau-thau/thong-bao-moi-thau-goi-thau-so-11'), JSON.stringify(hits));
      const byNumber = ((await portal.app.inject('/api/v1/search?q=IB2600466666')).json() as { items: { url: string }[] }).items;
      assert.ok(byNumber.some((h) => h.url.endsWith('/dau-thau/thong-bao-moi-thau-goi-thau-so-11')), 'search by notice number finds the notice');
      const page = await get('/tim-kiem?q=luong%20tau');
      assert.ok(page.html.querySelectorAll('.search-hit h2 a').some((a) => a.getAttribute('href') === '/dau-thau/thong-bao-moi-thau-goi-thau-so-11'), 'the search page links to the notice');
    });

    it('the public JSON API lists published notices with their fields', async () => {
      const res = await portal.app.inject('/api/v1/bidding');
      assert.equal(res.statusCode, 200);
      const body = res.json() as { items: { url: string; fields: Record<string, unknown> }[] };
      assert.ok(body.items.length > 0 && body.items.every((i) => i.url.startsWith('http://portal.test/dau-thau/') && typeof i.fields.noticeKind === 'string'), 'public API items link to /dau-thau and carry their fields');
    });

    it('demo removal removes exactly the demo notices, and only once', async () => {
      const db = portal.ctx.db.kysely;
      const all = await db.selectFrom('content').select(['id', 'type', 'is_demo']).orderBy('id').execute();
      const demoIds = all.filter((r) => r.type === 'bidding' && r.is_demo === 1).map((r) => r.id);
      assert.equal(demoIds.length, demo.length);
      assert.equal(await biddingModule.removeDemo!(portal.ctx), demo.length);
      const left = await db.selectFrom('content').select('id').orderBy('id').execute();
      assert.deepEqual(left.map((r) => r.id), all.filter((r) => !demoIds.includes(r.id)).map((r) => r.id), 'every other item stays, of every type');
      assert.equal((await db.selectFrom('content_field_values').select('content_id').where('content_id', 'in', demoIds).execute()).length, 0);
      assert.equal(await biddingModule.removeDemo!(portal.ctx), 0);
      assert.equal(items((await get('/dau-thau?loai=ket-qua')).html).length, 0, 'the demo awards are gone');
      assert.ok(items((await get('/dau-thau')).html).some((i) => i.title === 'Gói thầu thử đóng thầu tháng sau'), 'notices created here stay');
      const hits = ((await portal.app.inject('/api/v1/search?q=IB2600412345')).json() as { items: { type: string }[] }).items;
      assert.ok(!hits.some((h) => h.type === 'bidding'), 'the index forgot the demo');
    });
  });
}

describe('procurement notices on postgres', { skip: postgresSkipReason }, () => {
  it('runs above when TEST_DATABASE_URL is set', () => undefined);
});
