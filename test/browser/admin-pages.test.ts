// The back-office pages drawn with the shared DataTable, FilterBar and ActionForm, in Chromium:
// axe finds no serious or critical problem on any of them, and the filter bar is used by keyboard
// alone (its values come back after filtering).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { createApiToken } from '../../src/core/auth/api-tokens.ts';
import { createUser } from '../../src/core/auth/users.ts';
import { createTestPortal, type TestPortal } from '../helpers/portal.ts';
import { testPassword } from '../helpers/session.ts';
import { browserSkipReason, seriousViolations, serveAndLaunch } from './browser.ts';

describe('back-office lists and forms in Chromium', { skip: browserSkipReason }, () => {
  let portal: TestPortal;
  let browser: Browser;
  let base: string;

  before(async () => {
    portal = await createTestPortal('sqlite', { demo: true });
    const admin = await createUser(portal.ctx.db.kysely, { email: 'admin@bqlkkt.test', name: 'Quản trị viên', role: 'admin', password: testPassword });
    await createApiToken(portal.ctx.db.kysely, admin.id, 'Đồng bộ cổng');
    ({ browser, base } = await serveAndLaunch(portal));
  });
  after(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('no serious accessibility problem; the audit filter works by keyboard and keeps its values', async () => {
    const db = portal.ctx.db.kysely;
    const category = (await db.selectFrom('categories').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    const item = (await db.selectFrom('content').select(['id', 'type']).orderBy('id').executeTakeFirstOrThrow());
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${base}/admin/login`);
    await page.getByLabel('Thư điện tử').fill('admin@bqlkkt.test');
    await page.getByLabel('Mật khẩu').fill(testPassword);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${base}/admin`);

    const problems: string[] = [];
    const urls = [
      '/admin/account',
      '/admin/users',
      '/admin/users/1',
      '/admin/audit',
      '/admin/audit?action=khong-co',
      '/admin/settings',
      '/admin/categories',
      `/admin/categories/${category}`,
      '/admin/media',
      '/admin/stats',
      '/admin/royalties',
      '/admin/royalties/rates',
      `/admin/content/${item.type}/${item.id}/history`,
    ];
    for (const url of urls) {
      await page.goto(base + url);
      problems.push(...(await seriousViolations(page)));
    }
    assert.deepEqual(problems, []);

    await page.goto(`${base}/admin/audit`);
    await page.getByLabel('Hành động').focus();
    await page.keyboard.type('auth.login');
    await page.keyboard.press('Enter');
    await page.waitForURL(/action=auth\.login/);
    assert.equal(await page.getByLabel('Hành động').inputValue(), 'auth.login', 'the filter shows what the list was filtered by');
    assert.ok((await page.getByRole('row').count()) > 1, 'the sign-in is listed');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
