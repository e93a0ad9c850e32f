// The footer's visitor counter (Decree 42/2022 B7): visits counted on the server without cookies,
// written in batches, one visit per person across several app nodes, shown as online now / today /
// total; robots, the back office, files and refusals are not counted.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { statsDb } from '../src/core/stats/schema.ts';
import { readVisitorStats, VisitorCounter } from '../src/core/stats/visitors.ts';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';

const browser = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';
const phone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1';
const minutes = (base: string, n: number) => new Date(Date.parse(base) + n * 60_000);

for (const kind of testDatabases()) {
  describe(`visitor counter on ${kind}`, () => {
    let portal: TestPortal;
    before(async () => {
      portal = await createTestPortal(kind);
    });
    after(() => portal.close());

    const db = () => portal.ctx.db.kysely;
    const clear = async () => {
      await statsDb(db()).deleteFrom('site_visitors').execute();
      await statsDb(db()).deleteFrom('site_visits_daily').execute();
    };

    it('a visit is a visitor’s page views without a 30-minute gap; nothing is written before the flush', async () => {
      await clear();
      const start = '2027-03-10T02:00:00Z'; // 09:00 in Viet Nam
      let now = minutes(start, 0);
      const counter = new VisitorCounter(db(), { flushIntervalMs: 0, statsTtlMs: 0, now: () => now });
      counter.record('203.0.113.7', browser, minutes(start, 0));
      counter.record('203.0.113.7', browser, minutes(start, 10));
      counter.record('203.0.113.7', phone, minutes(start, 11)); // another browser behind the same address
      counter.record('198.51.100.4', browser, minutes(start, 12));
      assert.deepEqual(await readVisitorStats(db(), now), { online: 0, today: 0, total: 0 }, 'nothing written yet');
      now = minutes(start, 12);
      assert.equal(await counter.flush(), 3);
      assert.deepEqual(await counter.stats(), { online: 3, today: 3, total: 3 });

      // 25 minutes after the last view: the same visit; 31 minutes after: a new one.
      counter.record('203.0.113.7', browser, minutes(start, 35));
      counter.record('198.51.100.4', browser, minutes(start, 44));
      now = minutes(start, 44);
      assert.equal(await counter.flush(), 1);
      assert.deepEqual(await counter.stats(), { online: 1, today: 4, total: 4 }, 'online now: only the one seen within the last 5 minutes');

      // The next local day (00:10 on 11 March in Viet Nam is 17:10 UTC on the 10th).
      now = new Date('2027-03-10T17:10:00Z');
      counter.record('203.0.113.7', browser, now);
      assert.equal(await counter.flush(), 1);
      assert.deepEqual(await counter.stats(), { online: 1, today: 1, total: 5 });
      await counter.close();
      counter.record('203.0.113.9', browser, now);
      assert.equal(await counter.flush(), 0, 'a closed counter ignores page views');
    });

    it('stores no address or browser, only a keyed hash that changes every day', async () => {
      await clear();
      const counter = new VisitorCounter(db(), { flushIntervalMs: 0 });
      counter.record('203.0.113.7', browser, new Date('2027-03-10T02:00:00Z'));
      counter.record('203.0.113.7', browser, new Date('2027-03-11T02:00:00Z'));
      await counter.flush();
      const rows = await statsDb(db()).selectFrom('site_visitors').selectAll().execute();
      assert.equal(rows.length, 2, 'a different visitor each day');
      for (const row of rows) {
        assert.match(row.visitor, /^[0-9a-f]{32}$/);
        assert.ok(!JSON.stringify(row).includes('203.0.113'), 'no address stored');
      }
      await counter.close();
    });

    it('two app nodes that see the same person count one visit, even when they write at once', async () => {
      await clear();
      const at = new Date('2027-03-10T03:00:00Z');
      const nodes = [0, 1, 2].map(() => new VisitorCounter(db(), { flushIntervalMs: 0, statsTtlMs: 0, now: () => at }));
      for (const node of nodes) {
        node.record('203.0.113.7', browser, at);
        node.record('198.51.100.4', phone, at);
      }
      const written = await Promise.all(nodes.map((n) => n.flush()));
      assert.equal(
        written.reduce((a, b) => a + b, 0),
        2,
        `visits written by the nodes: ${written.join(', ')}`,
      );
      assert.deepEqual(await readVisitorStats(db(), at), { online: 2, today: 2, total: 2 });
      await Promise.all(nodes.map((n) => n.close()));
    });

    it('page views that could not be written are kept for the next write', async () => {
      await clear();
      const at = new Date('2027-03-10T03:00:00Z');
      const counter = new VisitorCounter(db(), { flushIntervalMs: 0, statsTtlMs: 0, now: () => at });
      counter.record('203.0.113.7', browser, at);
      await statsDb(db()).schema.alterTable('site_visits_daily').renameTo('site_visits_daily_away').execute();
      await assert.rejects(counter.flush());
      await statsDb(db()).schema.alterTable('site_visits_daily_away').renameTo('site_visits_daily').execute();
      assert.equal(await counter.flush(), 1, 'counted once the table is back');
      assert.deepEqual(await readVisitorStats(db(), at), { online: 1, today: 1, total: 1 });
      await counter.close();
    });

    it('counts people reading public pages, not robots, the back office, files or refusals, and shows the figures in the footer', async () => {
      await clear();
      const get = (url: string, agent = browser, ip = '203.0.113.50') => portal.app.inject({ method: 'GET', url, remoteAddress: ip, headers: { 'user-agent': agent } });
      assert.equal((await get('/')).statusCode, 200);
      await get('/tim-kiem?q=dau+tu');
      await get('/', phone, '203.0.113.51');
      await get('/', 'Googlebot/2.1 (+http://www.google.com/bot.html)', '203.0.113.52');
      await get('/khong-co-trang-nay', browser, '203.0.113.53');
      await get('/admin/login', browser, '203.0.113.54');
      await get('/static/css/site.css', browser, '203.0.113.55');
      await portal.app.inject({ method: 'HEAD', url: '/', remoteAddress: '203.0.113.56', headers: { 'user-agent': browser } });
      await portal.ctx.visitors.flush();
      assert.deepEqual(await readVisitorStats(db()), { online: 2, today: 2, total: 2 });

      const page = parse((await get('/')).body);
      const figures = page.querySelectorAll('.site-footer__visitors dt').map((dt) => [dt.text.trim(), dt.nextElementSibling?.text.trim()]);
      assert.deepEqual(figures, [
        ['Đang trực tuyến', '2'],
        ['Hôm nay', '2'],
        ['Tổng lượt truy cập', '2'],
      ]);
      assert.equal(page.querySelector('.site-footer__visitors h2')?.text, 'Thống kê truy cập');
    });
  });
}
