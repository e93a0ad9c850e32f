// The statistics, royalty and rate pages in Chromium: no console error (a CSP violation by an
// inline style in the SVG charts would be one), no serious axe violation, screenshots at phone
// and desktop widths.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { createUser, actorOf } from '../src/core/auth/users.ts';
import type { AppContext } from '../src/core/context.ts';
import { statsMigrations } from '../src/core/stats/migrations.ts';
import { scoreArticle } from '../src/core/stats/royalties.ts';
import { ViewCounter } from '../src/core/stats/views.ts';
import { registerStatsRoutes } from '../src/admin/stats/routes.tsx';
import { artifactsDir, browserSkipReason, serveAndLaunch, seriousViolations } from './browser/browser.ts';
import { createTestPortal, type TestPortal } from './helpers/portal.ts';
import { sql } from 'kysely';

const password = 'mat-khau-du-dai-1';

function registerOnce(app: FastifyInstance, context: AppContext): void {
  if (!app.hasRoute({ method: 'GET', url: '/admin/stats' })) registerStatsRoutes(app, context);
}

describe('statistics and royalties in Chromium', { skip: browserSkipReason }, () => {
  let portal: TestPortal;
  let browser: Browser;
  let base: string;
  let ctx: AppContext | undefined;
  const lazyCtx = {
    get config() { return ctx!.config; },
    get db() { return ctx!.db; },
    get settings() { return ctx!.settings; },
  } as AppContext;

  before(async () => {
    portal = await createTestPortal('sqlite', { demo: true, extraRoutes: (app) => registerOnce(app, lazyCtx) });
    ctx = portal.ctx;
    const db = portal.ctx.db.kysely;
    if ((await sql`select 1 from sqlite_master where name = 'content_views_daily'`.execute(db)).rows.length === 0) await statsMigrations['2026_11_27_0500_stats']!.up(db);
    const admin = await createUser(db, { email: 'admin@bqlkkt.test', name: 'Quản trị viên', role: 'admin', password });
    const published = await db.selectFrom('content').select(['id', 'published_at']).where('type', '=', 'news').where('status', '=', 'published').orderBy('published_at', 'desc').limit(6).execute();
    const counter = new ViewCounter(db, { flushIntervalMs: 0 });
    published.forEach((p, i) => {
      for (let n = 0; n <= i * 3; n++) counter.record(p.id, new Date(p.published_at!));
    });
    await counter.flush();
    for (const [i, p] of published.slice(0, 3).entries()) {
      await scoreArticle(db, actorOf(admin), { contentId: p.id, kind: i === 0 ? 'bai' : 'tin', pointsTenths: 15 + i * 10 });
    }
    ({ browser, base } = await serveAndLaunch(portal));
  });
  after(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('statistics, royalties and rates: accessible, no console error, screenshots', async () => {
    const problems: string[] = [];
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(base + '/admin/login');
      await page.getByLabel('Thư điện tử').fill('admin@bqlkkt.test');
      await page.getByLabel('Mật khẩu').fill(password);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL(base + '/admin');
      for (const [name, path] of [['stats', '/admin/stats?from=2025-12&to=2026-11'], ['royalties', '/admin/royalties?from=2024-01-01&to=2026-11-30'], ['royalty-rates', '/admin/royalties/rates']] as const) {
        const res = await page.goto(base + path);
        assert.equal(res?.status(), 200, path);
        problems.push(...(await seriousViolations(page)));
        await page.screenshot({ path: `${artifactsDir}/${name}-${width}.png`, fullPage: true });
      }
      await page.goto(base + '/admin/stats?from=2025-12&to=2026-11');
      assert.equal(await page.getByRole('img', { name: 'Số bài đã đăng theo tháng' }).count(), 1);
      assert.equal(await page.getByRole('img', { name: 'Số bài đã đăng theo chuyên mục' }).count(), 1);
      assert.deepEqual(errors, [], `no console error at ${width} px`);
      await context.close();
    }
    assert.deepEqual(problems, []);
  });
});
