// Statistics and royalties (C3, C4) on both databases: the batching view counter, numbers per
// author and month and per category on a controlled dataset (time-zone edges included), royalty
// scoring and payment with the permission matrix, report totals, rates, XLSX exports, SVG
// charts, and bad input answered with 400 and no change.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';
import { actorOf, findUserById } from '../src/core/auth/users.ts';
import type { AppContext } from '../src/core/context.ts';
import { connectDatabase } from '../src/core/db/connect.ts';
import type { Database } from '../src/core/db/schema.ts';
import { statsMigrations } from '../src/core/stats/migrations.ts';
import { dayPeriod } from '../src/core/stats/periods.ts';
import { royaltyReport, statsReport } from '../src/core/stats/queries.ts';
import { statsDb } from '../src/core/stats/schema.ts';
import { isCountableView, ViewCounter } from '../src/core/stats/views.ts';
import { createDraft, transition } from '../src/core/workflow/content.ts';
import { registerStatsRoutes } from '../src/admin/stats/routes.tsx';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';
import { signedIn, type Browserish } from './helpers/session.ts';
import { makeStaff, type Staff } from './helpers/staff.ts';

/** Applies the stats migration unless the portal's own migrations already did. */
async function ensureStatsSchema(portal: TestPortal): Promise<void> {
  const db = portal.ctx.db.kysely;
  const exists =
    portal.kind === 'sqlite'
      ? (await sql`select 1 from sqlite_master where name = 'content_views_daily'`.execute(db)).rows.length > 0
      : (await sql<{ t: string | null }>`select to_regclass('content_views_daily')::text as t`.execute(db)).rows[0]?.t != null;
  if (!exists) await statsMigrations['2026_11_27_0500_stats']!.up(db);
}

/** Registers the routes unless the back office already does (once src/admin/index.ts registers them). */
function registerOnce(app: FastifyInstance, context: AppContext): void {
  if (!app.hasRoute({ method: 'GET', url: '/admin/stats' })) registerStatsRoutes(app, context);
}

const at = (iso: string) => new Date(iso);
const nbsp = '\u00a0';

for (const kind of testDatabases()) {
  describe(`statistics and royalties on ${kind}`, () => {
    let portal: TestPortal;
    let db: Kysely<Database>;
    let ctx: AppContext | undefined;
    // extraRoutes runs before createTestPortal returns the context: the routes read it lazily.
    const lazyCtx = {
      get config() { return ctx!.config; },
      get db() { return ctx!.db; },
      get settings() { return ctx!.settings; },
    } as AppContext;
    let writerA: Staff, writerB: Staff, editor: Staff, approver: Staff, admin: Staff;
    const ids: Record<'a1' | 'a2' | 'a3' | 'a4' | 'a5', number> = { a1: 0, a2: 0, a3: 0, a4: 0, a5: 0 };
    let categories: Record<string, number>;

    const actor = async (who: Staff) => actorOf((await findUserById(db, who.id))!);

    async function article(who: Staff, title: string, category: string, created: string) {
      const draft = await createDraft(db, await actor(who), 'news', { title, body: '<p>Nội dung.</p>', categoryId: categories[category]! }, { now: at(created) });
      return draft.id;
    }
    const move = async (who: Staff, id: number, step: 'submit' | 'approve' | 'publish' | 'return', when: string) =>
      transition(db, await actor(who), id, step, step === 'return' ? { reason: 'Bổ sung ảnh' } : {}, { now: at(when) });

    before(async () => {
      portal = await createTestPortal(kind, { demo: true, extraRoutes: (app) => registerOnce(app, lazyCtx) });
      ctx = portal.ctx;
      db = portal.ctx.db.kysely;
      await ensureStatsSchema(portal);
      categories = Object.fromEntries((await db.selectFrom('categories').select(['id', 'slug']).execute()).map((c) => [c.slug, c.id]));
      writerA = await makeStaff(portal, 'contributor', 'phongviena');
      writerB = await makeStaff(portal, 'contributor', 'phongvienb');
      editor = await makeStaff(portal, 'editor', 'bientap');
      approver = await makeStaff(portal, 'approver', 'lanhdao');
      admin = await makeStaff(portal, 'admin', 'quantri');
      await db.updateTable('users').set({ name: 'Đặng Thu Hà' }).where('id', '=', writerA.id).execute();
      await db.updateTable('users').set({ name: 'Lê Văn Bình' }).where('id', '=', writerB.id).execute();

      // a1: submitted and published in January.
      ids.a1 = await article(writerA, 'Khánh thành cảng cá Tắc Cậu', 'tin-ban-quan-ly', '2027-01-05T02:00:00Z');
      await move(writerA, ids.a1, 'submit', '2027-01-06T02:00:00Z');
      await move(editor, ids.a1, 'approve', '2027-01-07T02:00:00Z');
      await move(approver, ids.a1, 'publish', '2027-01-10T02:00:00Z');
      // a2: submitted at 01:00 on 1 February in Viet Nam (still 31 January in UTC), published in February.
      ids.a2 = await article(writerA, 'Thông báo lịch tiếp công dân tháng 2', 'thong-bao', '2027-01-20T02:00:00Z');
      await move(writerA, ids.a2, 'submit', '2027-01-31T18:00:00Z');
      await move(editor, ids.a2, 'approve', '2027-02-02T02:00:00Z');
      await move(approver, ids.a2, 'publish', '2027-02-03T02:00:00Z');
      // a3: first submitted in February, returned, resubmitted and published in March.
      ids.a3 = await article(writerB, 'Khu công nghiệp Thạnh Lộc đón nhà đầu tư mới', 'tin-ban-quan-ly', '2027-02-10T02:00:00Z');
      await move(writerB, ids.a3, 'submit', '2027-02-11T02:00:00Z');
      await move(editor, ids.a3, 'return', '2027-02-12T02:00:00Z');
      await move(writerB, ids.a3, 'submit', '2027-03-02T02:00:00Z');
      await move(editor, ids.a3, 'approve', '2027-03-03T02:00:00Z');
      await move(approver, ids.a3, 'publish', '2027-03-05T02:00:00Z');
      // a4: a draft only; a5: submitted in March, not published.
      ids.a4 = await article(writerB, 'Bản nháp chưa gửi', 'tin-dau-tu', '2027-03-01T02:00:00Z');
      ids.a5 = await article(writerA, 'Bài chờ biên tập', 'tin-dau-tu', '2027-03-09T02:00:00Z');
      await move(writerA, ids.a5, 'submit', '2027-03-10T02:00:00Z');
    });
    after(() => portal.close());

    const views = (id: number) => statsDb(db).selectFrom('content_views_daily').select(['day', 'views']).where('content_id', '=', id).orderBy('day').execute();
    const viewCount = async (id: number) => (await db.selectFrom('content').select('view_count').where('id', '=', id).executeTakeFirstOrThrow()).view_count;

    it('the view counter adds up in memory and writes both tables in one flush', async () => {
      const counter = new ViewCounter(db, { flushIntervalMs: 0 });
      for (let i = 0; i < 3; i++) counter.record(ids.a1, at('2027-01-15T03:00:00Z'));
      // 00:30 on 1 February in Viet Nam: February's day, though still January in UTC.
      for (let i = 0; i < 2; i++) counter.record(ids.a1, at('2027-01-31T17:30:00Z'));
      for (let i = 0; i < 4; i++) counter.record(ids.a3, at('2027-03-06T03:00:00Z'));
      counter.record(987654, at('2027-03-06T03:00:00Z')); // an item that does not exist
      counter.record(-1);
      assert.equal(counter.pendingViews, 10);
      assert.deepEqual(await views(ids.a1), [], 'nothing written before the flush');
      assert.equal(Number(await viewCount(ids.a1)), 0);
      assert.equal(await counter.flush(), 9, 'the unknown item is dropped, the rest written');
      assert.equal(counter.pendingViews, 0);
      assert.deepEqual((await views(ids.a1)).map((r) => [r.day, Number(r.views)]), [['2027-01-15', 3], ['2027-02-01', 2]]);
      assert.deepEqual((await views(ids.a3)).map((r) => [r.day, Number(r.views)]), [['2027-03-06', 4]]);
      assert.equal(Number(await viewCount(ids.a1)), 5);
      assert.equal(Number(await viewCount(ids.a3)), 4);
      assert.equal(await counter.flush(), 0, 'an empty flush writes nothing');
      await counter.close();
      counter.record(ids.a1);
      assert.equal(counter.pendingViews, 0, 'a closed counter ignores views');
    });

    it('the counter flushes on its timer and on close, adding to earlier days', async () => {
      const counter = new ViewCounter(db, { flushIntervalMs: 20 });
      counter.record(ids.a2, at('2027-02-05T03:00:00Z'));
      await new Promise((resolve) => setTimeout(resolve, 120));
      assert.deepEqual((await views(ids.a2)).map((r) => Number(r.views)), [1], 'written by the timer');
      counter.record(ids.a2, at('2027-02-05T04:00:00Z'));
      await counter.close();
      assert.deepEqual((await views(ids.a2)).map((r) => Number(r.views)), [2], 'the close flush adds to the same day');
      assert.equal(Number(await viewCount(ids.a2)), 2);
      // undo, so the numbers below stay simple
      await statsDb(db).deleteFrom('content_views_daily').where('content_id', '=', ids.a2).execute();
      await db.updateTable('content').set({ view_count: 0 }).where('id', '=', ids.a2).execute();
    });

    it('a failed flush keeps its views for the next one and is reported, never thrown at readers', async () => {
      const empty = connectDatabase({ sqliteFile: ':memory:' }); // no tables: every write fails
      const reported: unknown[] = [];
      const counter = new ViewCounter(empty.kysely, { flushIntervalMs: 10, onError: (e) => reported.push(e) });
      counter.record(1);
      counter.record(1);
      await new Promise((resolve) => setTimeout(resolve, 60));
      assert.ok(reported.length >= 1, 'the timer reported the failure');
      assert.equal(counter.pendingViews, 2, 'the views wait for the next flush');
      await assert.rejects(counter.flush());
      await counter.close();
      await empty.close();
    });

    it('only a person reading counts as a view', () => {
      const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
      assert.equal(isCountableView({ method: 'GET', headers: { 'user-agent': firefox } }), true);
      assert.equal(isCountableView({ method: 'HEAD', headers: { 'user-agent': firefox } }), false);
      assert.equal(isCountableView({ method: 'GET', headers: { 'user-agent': firefox, 'sec-purpose': 'prefetch' } }), false);
      assert.equal(isCountableView({ method: 'GET', headers: { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' } }), false);
      assert.equal(isCountableView({ method: 'GET', headers: {} }), false);
    });

    it('the article page counts readers, not robots (once ctx.views is wired in)', async (t) => {
      const counter = (portal.ctx as AppContext & { views?: ViewCounter }).views;
      if (!counter) return t.skip('ctx.views is not wired into the app yet');
      const first = (await portal.app.inject('/api/v1/articles')).json().items[0] as { id: number; url: string };
      const path = new URL(first.url, 'http://portal.test').pathname;
      const before = counter.pendingViews;
      const reader = await portal.app.inject({ url: path, headers: { 'user-agent': 'Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile' } });
      assert.equal(reader.statusCode, 200);
      assert.equal(counter.pendingViews, before + 1);
      await portal.app.inject({ url: path, headers: { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' } });
      assert.equal(counter.pendingViews, before + 1, 'a robot is not counted');
      await counter.flush();
      assert.ok((await views(first.id)).length > 0);
      // undo, so the numbers below stay those of the controlled dataset
      await statsDb(db).deleteFrom('content_views_daily').where('content_id', '=', first.id).execute();
    });

    it('counts per author and month, and per category, in the portal time zone', async () => {
      const report = await statsReport(db, '2027-01', '2027-03');
      const rows = report.byAuthorMonth.map((r) => [r.authorName, r.month, r.submitted, r.published, r.views]);
      assert.deepEqual(rows, [
        ['Đặng Thu Hà', '2027-01', 1, 1, 3],
        ['Đặng Thu Hà', '2027-02', 1, 1, 2],
        ['Đặng Thu Hà', '2027-03', 1, 0, 0],
        ['Lê Văn Bình', '2027-02', 1, 0, 0],
        ['Lê Văn Bình', '2027-03', 0, 1, 4],
      ]);
      assert.deepEqual(report.totals, { submitted: 4, published: 3, views: 9 });
      assert.deepEqual(report.publishedByMonth, [{ month: '2027-01', published: 1 }, { month: '2027-02', published: 1 }, { month: '2027-03', published: 1 }]);
      const category = (slug: string) => report.byCategory.find((c) => c.categoryId === categories[slug]);
      assert.deepEqual([category('tin-ban-quan-ly')?.published, category('tin-ban-quan-ly')?.views], [2, 9]);
      assert.deepEqual([category('thong-bao')?.published, category('thong-bao')?.views], [1, 0]);
      assert.deepEqual([category('tin-dau-tu')?.published, category('tin-dau-tu')?.views], [0, 0], 'categories without articles are listed with zeros');
      const february = await statsReport(db, '2027-02', '2027-02');
      assert.deepEqual(february.totals, { submitted: 2, published: 1, views: 2 });
    });

    it('the statistics page: tables, SVG charts with role=img, no inline style or script', async () => {
      const b = await signedIn(portal, approver.email);
      const page = await b.get('/admin/stats?from=2027-01&to=2027-03');
      assert.equal(page.status, 200);
      assert.equal((page.body.match(/<svg[^>]*role="img"/g) ?? []).length, 2, 'two charts');
      assert.match(page.body, /<svg[^>]*aria-labelledby="chart-month-title chart-month-desc"/);
      assert.match(page.body, /<title id="chart-month-title">Số bài đã đăng theo tháng<\/title>/);
      assert.match(page.body, /<title id="chart-category-title">Số bài đã đăng theo chuyên mục<\/title>/);
      assert.doesNotMatch(page.body, /\sstyle=/, 'no inline style attribute (CSP)');
      assert.doesNotMatch(page.body, /<script/);
      assert.match(page.body, /<th scope="row">Đặng Thu Hà<\/th><td>02\/2027<\/td><td>1<\/td><td>1<\/td><td>2<\/td>/);
      assert.match(page.body, /<th scope="row">Lê Văn Bình<\/th><td>03\/2027<\/td><td>0<\/td><td>1<\/td><td>4<\/td>/);
      assert.match(page.body, /<th scope="row">Tin Ban Quản lý<\/th><td>2<\/td><td>9<\/td>/);
      assert.match(page.body, /href="\/admin\/stats.xlsx\?from=2027-01&amp;to=2027-03"/);
      const english = await b.get('/admin/ngon-ngu/en?ve=/admin/stats');
      assert.ok(english.status === 302 || english.status === 303);
      const en = await b.get('/admin/stats?from=2027-01&to=2027-03');
      assert.match(en.body, /Articles published per month/);
      assert.match(en.body, /By author and month/);
      await b.get('/admin/ngon-ngu/vi?ve=/admin/stats');
    });

    it('statistics export to XLSX: two sheets with the rows', async () => {
      const res = await portal.app.inject({ url: '/admin/stats.xlsx?from=2027-01&to=2027-03', headers: { authorization: `Bearer ${approver.token}` } });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      assert.equal(res.headers['content-disposition'], 'attachment; filename="thong-ke-2027-01-2027-03.xlsx"');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer); // exceljs types its Buffer as an ArrayBuffer
      assert.deepEqual(book.worksheets.map((w) => w.name), ['Theo tác giả', 'Theo chuyên mục']);
      const authors = book.getWorksheet('Theo tác giả')!;
      const values = (ws: ExcelJS.Worksheet) => ws.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
      assert.deepEqual(values(authors)[0], ['Tác giả', 'Tháng', 'Bài gửi biên tập', 'Bài đã đăng', 'Lượt xem']);
      assert.deepEqual(values(authors).slice(1), [
        ['Đặng Thu Hà', '01/2027', 1, 1, 3],
        ['Đặng Thu Hà', '02/2027', 1, 1, 2],
        ['Đặng Thu Hà', '03/2027', 1, 0, 0],
        ['Lê Văn Bình', '02/2027', 1, 0, 0],
        ['Lê Văn Bình', '03/2027', 0, 1, 4],
        ['Tổng cộng', '', 4, 3, 9],
      ]);
      const byCategory = values(book.getWorksheet('Theo chuyên mục')!);
      assert.ok(byCategory.some((r) => r[0] === 'Tin Ban Quản lý' && r[1] === 2 && r[2] === 9));
    });

    it('who may see statistics and score: contributors and editors get 403, approvers score', async () => {
      for (const who of [writerA, editor]) {
        const b = await signedIn(portal, who.email);
        assert.equal((await b.get('/admin/stats')).status, 403);
        assert.equal((await b.get('/admin/royalties')).status, 403);
        assert.equal((await b.post('/admin/royalties/score', { content: ids.a1, kind: 'bai', points: '2,5' })).status, 403);
      }
      assert.equal(await statsDb(db).selectFrom('royalty_scores').select('content_id').executeTakeFirst(), undefined, 'nothing scored');
      const b = await signedIn(portal, approver.email);
      const page = await b.get('/admin/royalties?from=2027-01-01&to=2027-03-31');
      assert.equal(page.status, 200);
      assert.match(page.body, /name="_csrf"/);
      assert.doesNotMatch(page.body, /id="pay-form"/, 'an approver has no payment form');
      const scored = await b.post('/admin/royalties/score', { content: ids.a1, kind: 'bai', points: '2,5', from: '2027-01-01', to: '2027-03-31' });
      assert.equal(scored.status, 303);
      assert.equal(scored.location, '/admin/royalties?from=2027-01-01&to=2027-03-31&ok=scored');
      assert.equal((await b.post('/admin/royalties/score', { content: ids.a2, kind: 'tin', points: '4' })).status, 303);
      assert.equal((await b.post('/admin/royalties/score', { content: ids.a3, kind: 'tin', points: '10' })).status, 303);
      const scores = await statsDb(db).selectFrom('royalty_scores').select(['content_id', 'article_kind', 'points_tenths', 'scored_by']).orderBy('content_id').execute();
      assert.deepEqual(scores.map((s) => [s.content_id, s.article_kind, Number(s.points_tenths), s.scored_by]), [[ids.a1, 'bai', 25, approver.id], [ids.a2, 'tin', 40, approver.id], [ids.a3, 'tin', 100, approver.id]]);
      const audit = await db.selectFrom('audit_log').select(['action', 'target_id', 'details']).where('action', '=', 'royalty.score').orderBy('id').execute();
      assert.equal(audit.length, 3);
      assert.deepEqual(JSON.parse(audit[0]!.details!), { kind: 'bai', points: 2.5 });
    });

    it('the report per author with amounts, pending totals and Vietnamese money', async () => {
      const report = await royaltyReport(db, dayPeriod('2027-01-01', '2027-03-31'));
      assert.deepEqual(report.authors.map((a) => [a.authorName, a.lines.map((l) => [l.contentId, l.kind, l.pointsTenths, l.rate, l.amount, l.status])]), [
        ['Đặng Thu Hà', [[ids.a1, 'bai', 25, 100_000, 250_000, 'pending'], [ids.a2, 'tin', 40, 50_000, 200_000, 'pending']]],
        ['Lê Văn Bình', [[ids.a3, 'tin', 100, 50_000, 500_000, 'pending']]],
      ]);
      assert.deepEqual(report.totals, { articles: 3, scored: 3, amount: 950_000, paid: 0, pending: 950_000 });
      const b = await signedIn(portal, approver.email);
      const page = await b.get('/admin/royalties?from=2027-01-01&to=2027-03-31');
      assert.ok(page.body.includes(`250.000${nbsp}₫`));
      assert.ok(page.body.includes(`950.000${nbsp}₫`));
      assert.match(page.body, /Chưa trả/);
    });

    it('an administrator pays; an approver cannot; paid lines keep their amount when rates change', async () => {
      const asApprover = await signedIn(portal, approver.email);
      assert.equal((await asApprover.post('/admin/royalties/pay', { ids: [String(ids.a1)] })).status, 403);
      const asAdmin = await signedIn(portal, admin.email);
      const page = await asAdmin.get('/admin/royalties?from=2027-01-01&to=2027-03-31');
      assert.match(page.body, /<form id="pay-form" method="post" action="\/admin\/royalties\/pay">/);
      assert.match(page.body, new RegExp(`<input type="checkbox" name="ids" value="${ids.a1}" form="pay-form"`));
      const paid = await asAdmin.post('/admin/royalties/pay', { ids: [String(ids.a1), String(ids.a3)], from: '2027-01-01', to: '2027-03-31' });
      assert.equal(paid.status, 303, paid.body.slice(0, 300));
      const rows = await statsDb(db).selectFrom('royalty_scores').select(['content_id', 'paid_at', 'paid_by', 'paid_amount']).orderBy('content_id').execute();
      assert.deepEqual(rows.map((r) => [r.content_id, !!r.paid_at, r.paid_by, r.paid_amount === null ? null : Number(r.paid_amount)]), [[ids.a1, true, admin.id, 250_000], [ids.a2, false, null, null], [ids.a3, true, admin.id, 500_000]]);
      assert.equal((await db.selectFrom('audit_log').select('id').where('action', '=', 'royalty.pay').execute()).length, 1);

      const rates = await statsDb(db).selectFrom('royalty_rates').selectAll().orderBy('id').execute();
      const tin = rates.find((r) => r.article_kind === 'tin')!;
      const form: Record<string, string | string[]> = { ids: rates.map((r) => String(r.id)) };
      for (const r of rates) Object.assign(form, { [`vi_${r.id}`]: r.label_vi, [`en_${r.id}`]: r.label_en, [`amount_${r.id}`]: String(r.amount_per_point) });
      form[`amount_${tin.id}`] = '60.000';
      Object.assign(form, { new_type: 'news', new_kind: 'phong-su', new_vi: 'Phóng sự', new_en: 'Report', new_amount: '1.250.000' });
      assert.equal((await asApprover.get('/admin/royalties/rates')).status, 403);
      assert.equal((await asApprover.post('/admin/royalties/rates', form)).status, 403);
      const saved = await asAdmin.post('/admin/royalties/rates', form);
      assert.equal(saved.status, 303, saved.body.slice(0, 300));
      const ratesPage = await asAdmin.get('/admin/royalties/rates');
      assert.match(ratesPage.body, /value="1\.250\.000"/);
      assert.match(ratesPage.body, /Phóng sự/);
      assert.equal((await db.selectFrom('audit_log').select('id').where('action', '=', 'royalty.rates').execute()).length, 1);

      const report = await royaltyReport(db, dayPeriod('2027-01-01', '2027-03-31'));
      const line = (id: number) => report.authors.flatMap((a) => a.lines).find((l) => l.contentId === id)!;
      assert.deepEqual([line(ids.a3).amount, line(ids.a3).rate, line(ids.a3).status], [500_000, 50_000, 'paid'], 'paid at the old rate');
      assert.deepEqual([line(ids.a2).amount, line(ids.a2).status], [240_000, 'pending'], 'pending follows the new rate');
      assert.deepEqual(report.totals, { articles: 3, scored: 3, amount: 990_000, paid: 750_000, pending: 240_000 });
      const author = report.authors.find((a) => a.authorId === writerA.id)!;
      assert.deepEqual(author.totals, { articles: 2, scored: 2, amount: 490_000, paid: 250_000, pending: 240_000 });
      const after = await asAdmin.get('/admin/royalties?from=2027-01-01&to=2027-03-31');
      assert.match(after.body, /Đã trả/);
      assert.ok(after.body.includes(`750.000${nbsp}₫`));
    });

    it('royalty export to XLSX lists every article with amount and status', async () => {
      const res = await portal.app.inject({ url: '/admin/royalties.xlsx?from=2027-01-01&to=2027-03-31', headers: { authorization: `Bearer ${admin.token}` } });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-disposition'], 'attachment; filename="nhuan-but-2027-01-01-2027-03-31.xlsx"');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer); // exceljs types its Buffer as an ArrayBuffer
      const ws = book.getWorksheet('Nhuận bút')!;
      const rows = ws.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
      const a1 = rows.find((r) => r[1] === ids.a1)!;
      assert.deepEqual([a1[0], a1[2], a1[3], a1[4], a1[5], a1[6], a1[7], a1[8]], ['Đặng Thu Hà', 'Khánh thành cảng cá Tắc Cậu', '10/01/2027', 'Bài viết', 2.5, 100_000, 250_000, 'Đã trả']);
      const total = rows.find((r) => r[0] === 'Tổng cộng trong kỳ')!;
      assert.equal(total[7], 990_000);
    });

    it('bad input gets 400 with a clear message and changes nothing', async () => {
      const snapshot = async () =>
        JSON.stringify([
          await statsDb(db).selectFrom('royalty_scores').selectAll().orderBy('content_id').execute(),
          await statsDb(db).selectFrom('royalty_rates').selectAll().orderBy('id').execute(),
          (await db.selectFrom('audit_log').select('id').where('action', 'like', 'royalty.%').execute()).length,
        ]);
      const before = await snapshot();
      const asApprover: Browserish = await signedIn(portal, approver.email);
      const asAdmin: Browserish = await signedIn(portal, admin.email);
      const pages: [string, RegExp][] = [
        ['/admin/stats?from=2027-13', /Tháng phải có dạng NNNN-TT/],
        ['/admin/stats?from=abc&to=2027-01', /Tháng phải có dạng NNNN-TT/],
        ['/admin/stats?from=2027-03&to=2027-01', /“Từ” phải trước hoặc trùng với “Đến”/],
        ['/admin/stats?from=2000-01&to=2027-01', /dài nhất là 5 năm/],
        ['/admin/stats.xlsx?from=2027-1', /Tháng phải có dạng NNNN-TT/],
        ['/admin/royalties?from=2027-02-30', /Ngày phải có dạng NNNN-TT-NN/],
        ['/admin/royalties?from=2027-03-01&to=2027-01-01', /“Từ” phải trước/],
        ['/admin/royalties.xlsx?to=31/03/2027', /Ngày phải có dạng NNNN-TT-NN/],
      ];
      for (const [url, message] of pages) {
        const res = await asApprover.get(url);
        assert.equal(res.status, 400, url);
        assert.match(res.body, message, url);
        assert.match(res.body, /role="alert"/, url);
      }
      const scores: [Record<string, string>, RegExp][] = [
        [{ content: '987654', kind: 'tin', points: '3' }, /Không tìm thấy bài viết này/],
        [{ content: 'abc', kind: 'tin', points: '3' }, /Mã bài viết phải là số nguyên dương/],
        [{ content: String(ids.a2), kind: 'tin', points: '101' }, /Điểm phải là số từ 0 đến 100/],
        [{ content: String(ids.a2), kind: 'tin', points: '-1' }, /Điểm phải là số từ 0 đến 100/],
        [{ content: String(ids.a2), kind: 'tin', points: 'năm' }, /Điểm phải là số từ 0 đến 100/],
        [{ content: String(ids.a2), kind: 'tin', points: '2,55' }, /Điểm phải là số từ 0 đến 100/],
        [{ content: String(ids.a2), kind: 'xyz', points: '3' }, /không có trong bảng đơn giá/],
        [{ content: String(ids.a5), kind: 'tin', points: '3' }, /Chỉ chấm nhuận bút cho bài đã đăng/],
        [{ content: String(ids.a1), kind: 'tin', points: '3' }, /đã được trả nhuận bút/],
      ];
      for (const [form, message] of scores) {
        const res = await asApprover.post('/admin/royalties/score', { ...form, from: '2027-01-01', to: '2027-03-31' });
        assert.equal(res.status, 400, JSON.stringify(form));
        assert.match(res.body, message, JSON.stringify(form));
      }
      const payments: [Record<string, string | string[]>, RegExp][] = [
        [{}, /Hãy chọn ít nhất một bài/],
        [{ ids: [String(ids.a2), String(ids.a5)] }, /Chỉ đánh dấu đã trả được các bài đã chấm điểm/],
        [{ ids: [String(ids.a2), String(ids.a1)] }, /đã được trả nhuận bút/],
        [{ ids: ['x'] }, /Mã bài viết phải là số nguyên dương/],
      ];
      for (const [form, message] of payments) {
        const res = await asAdmin.post('/admin/royalties/pay', form);
        assert.equal(res.status, 400, JSON.stringify(form));
        assert.match(res.body, message);
      }
      const rates = await statsDb(db).selectFrom('royalty_rates').selectAll().orderBy('id').execute();
      const good: Record<string, string | string[]> = { ids: rates.map((r) => String(r.id)) };
      for (const r of rates) Object.assign(good, { [`vi_${r.id}`]: r.label_vi, [`en_${r.id}`]: r.label_en, [`amount_${r.id}`]: String(r.amount_per_point) });
      const first = rates[0]!.id;
      const rateForms: [Record<string, string | string[]>, RegExp][] = [
        [{ [`amount_${first}`]: '-5' }, /Đơn giá phải là số nguyên không âm/],
        [{ [`amount_${first}`]: 'nhiều' }, /Đơn giá phải là số nguyên không âm/],
        [{ [`amount_${first}`]: '1.25.000' }, /Đơn giá phải là số nguyên không âm/],
        [{ [`vi_${first}`]: '   ' }, /Tên thể loại/],
        [{ new_type: 'news', new_kind: 'tin', new_vi: 'Tin', new_en: 'News', new_amount: '1' }, /đã có trong bảng đơn giá/],
        [{ new_type: 'news', new_kind: 'Phóng sự', new_vi: 'Phóng sự', new_en: 'Report', new_amount: '1' }, /Mã thể loại chỉ gồm/],
        [{ new_type: 'evil', new_kind: 'x', new_vi: 'X', new_en: 'X', new_amount: '1' }, /Loại nội dung không hợp lệ/],
      ];
      for (const [change, message] of rateForms) {
        const res = await asAdmin.post('/admin/royalties/rates', { ...good, ...change });
        assert.equal(res.status, 400, JSON.stringify(change));
        assert.match(res.body, message);
      }
      assert.equal(await snapshot(), before, 'nothing changed');
    });

    it('an approver limited to some categories scores only in them', async () => {
      const limited = await makeStaff(portal, 'approver', 'lanhdaothongbao', [categories['thong-bao']!]);
      const b = await signedIn(portal, limited.email);
      const refused = await b.post('/admin/royalties/score', { content: String(ids.a3), kind: 'tin', points: '1' });
      assert.equal(refused.status, 403);
      assert.match(refused.body, /chuyên mục bạn không được phân công/);
      assert.equal(Number((await statsDb(db).selectFrom('royalty_scores').select('points_tenths').where('content_id', '=', ids.a3).executeTakeFirstOrThrow()).points_tenths), 100);
      assert.equal((await b.post('/admin/royalties/score', { content: String(ids.a2), kind: 'tin', points: '4,5' })).status, 303);
    });

    it('CSRF: a scoring form without its token is refused', async () => {
      const b = await signedIn(portal, approver.email);
      const res = await b.post('/admin/royalties/score', { content: String(ids.a2), kind: 'tin', points: '1' }, { csrf: false });
      assert.equal(res.status, 403);
    });
  });
}
