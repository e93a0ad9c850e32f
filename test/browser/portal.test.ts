// The public site in a real browser: a reader's path from the home page through a category to
// the seed article, the text-size control with and without JavaScript, accessibility (axe) of
// every kind of page, and screenshots at phone and desktop widths (kept in test-artifacts/).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { artifactsDir, browserSkipReason, serveAndLaunch, seriousViolations } from './browser.ts';
import { createTestPortal, type TestPortal } from '../helpers/portal.ts';

const seedTitle = 'Hội nghị sơ kết 6 tháng đầu năm 2020 Đảng bộ Ban Quản lý Khu kinh tế tỉnh Kiên Giang';

async function bodyFontSize(page: Page): Promise<number> {
  return page.locator('.article-body p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

describe('public site in Chromium', { skip: browserSkipReason }, () => {
  let portal: TestPortal;
  let browser: Browser;
  let base: string;

  before(async () => {
    portal = await createTestPortal('sqlite', { demo: true });
    ({ browser, base } = await serveAndLaunch(portal));
  });
  after(async () => {
    await browser?.close();
    await portal?.close();
  });

  it('home → category → seed article; A+ makes the text grow and the size persists', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && failed.push(m.text()));
    await page.goto(base + '/');
    // the news categories are a sub-menu of "Tin tức", opened by pointing at it (or focusing it)
    const mainNav = page.getByRole('navigation', { name: 'Danh mục chính' });
    await mainNav.getByRole('link', { name: 'Tin tức', exact: true }).hover();
    await mainNav.getByRole('link', { name: 'Tin Ban Quản lý' }).click();
    await page.waitForURL('**/tin-tuc/tin-ban-quan-ly');
    assert.equal(await page.locator('h1').textContent(), 'Tin Ban Quản lý');
    // the seed is from 2020: walk the category's pages until its link shows up
    for (let i = 0; i < 5 && (await page.getByRole('link', { name: seedTitle }).count()) === 0; i++) {
      await page.getByRole('link', { name: /Trang sau/ }).click();
    }
    await page.getByRole('link', { name: seedTitle }).first().click();
    await page.waitForURL('**/tin-tuc/tin-ban-quan-ly/hoi-nghi-so-ket-*');
    assert.equal(await page.locator('h1').textContent(), seedTitle);
    assert.equal(await page.locator('.article-time time').textContent(), '(13:42 | 07/07/2020)');

    const before = await bodyFontSize(page);
    await page.getByRole('link', { name: 'Tăng cỡ chữ' }).click();
    await page.waitForFunction(() => document.documentElement.classList.contains('fs-3'));
    const after = await bodyFontSize(page);
    assert.ok(after > before, `body text grew from ${before}px to ${after}px`);
    assert.equal(page.url().includes('/co-chu/'), false, 'JavaScript changed the size in place');
    await page.screenshot({ path: `${artifactsDir}/article-1280-larger-text.png`, fullPage: true });

    await page.getByRole('link', { name: 'Tin tức', exact: true }).first().click();
    await page.waitForURL(base + '/tin-tuc');
    assert.equal(await page.evaluate(() => document.documentElement.className), 'fs-3', 'the size persists across pages');
    await page.getByRole('link', { name: 'Cỡ chữ mặc định' }).click();
    await page.waitForFunction(() => document.documentElement.classList.contains('fs-2'));
    assert.deepEqual(failed, [], 'no failed request and no console error');
    await context.close();
  });

  it('the text-size control works without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const response = await page.goto(base + '/tin-tuc/tin-ban-quan-ly/hoi-nghi-so-ket-6-thang-dau-nam-2020-dang-bo-ban-quan-ly-khu-kinh-te-tinh-kien-giang');
    assert.equal(response?.status(), 200);
    const before = await bodyFontSize(page);
    await page.getByRole('link', { name: 'Tăng cỡ chữ' }).click();
    await page.waitForLoadState('load');
    assert.match(page.url(), /\/tin-tuc\/tin-ban-quan-ly\/hoi-nghi-so-ket-/);
    assert.ok((await bodyFontSize(page)) > before);
    assert.equal(await page.locator('[data-print]').isHidden(), true, 'no dead print button without JavaScript');
    await context.close();
  });

  it('on a phone the main menu opens from a "Danh mục" button (with its sub-entries) and closes with Escape; without JavaScript it wraps', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(base + '/');
    const nav = page.getByRole('navigation', { name: 'Danh mục chính' });
    const button = nav.getByRole('button', { name: 'Danh mục' });
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await nav.getByRole('link', { name: 'Hỏi đáp' }).isVisible(), false, 'closed at first');
    await button.click();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.equal(await nav.getByRole('link', { name: 'Tin Ban Quản lý' }).isVisible(), true, 'sub-entries under their entry');
    await page.keyboard.press('Escape');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('site-nav__toggle')), true, 'focus back on the button');
    await context.close();

    const plain = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const noJs = await plain.newPage();
    await noJs.goto(base + '/');
    assert.equal(await noJs.locator('.site-nav__toggle').isVisible(), false, 'no dead button without JavaScript');
    assert.equal(await noJs.getByRole('link', { name: 'Hỏi đáp' }).isVisible(), true, 'every entry visible');
    assert.equal(await noJs.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, 'no sideways scroll');
    await plain.close();
  });

  const pages: [string, string][] = [
    ['home', '/'],
    ['news', '/tin-tuc'],
    ['category', '/tin-tuc/thong-bao'],
    ['article', '/tin-tuc/tin-ban-quan-ly/hoi-nghi-so-ket-6-thang-dau-nam-2020-dang-bo-ban-quan-ly-khu-kinh-te-tinh-kien-giang'],
    ['search', '/tim-kiem?q=hoi+nghi'],
    ['search-empty', '/tim-kiem?q=zzqx'],
    ['not-found', '/khong-co-trang-nay'],
    ['bad-request', '/tin-tuc?trang=abc'],
  ];
  for (const width of [390, 1280]) {
    it(`axe finds no serious or critical violation at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const [name, path] of pages) {
        await page.goto(base + path);
        await page.screenshot({ path: `${artifactsDir}/${name}-${width}.png`, fullPage: true });
        for (const v of await seriousViolations(page)) problems.push(`${path}: ${v}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) problems.push(`${path}: page is ${overflow}px wider than the screen`);
      }
      // an article with a figure too
      await page.goto(base + '/tin-tuc');
      const withFigure = await portal.ctx.db.kysely.selectFrom('content').innerJoin('categories', 'categories.id', 'content.category_id').select(['content.slug', 'categories.slug as c']).where('content.body', 'like', '%<figure>%').executeTakeFirstOrThrow();
      await page.goto(`${base}/tin-tuc/${withFigure.c}/${withFigure.slug}`);
      await page.screenshot({ path: `${artifactsDir}/article-figure-${width}.png`, fullPage: true });
      for (const v of await seriousViolations(page)) problems.push(`figure article: ${v}`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  it('prints the article without menus and tools', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(base + pages.find(([name]) => name === 'article')![1]);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-nav').isVisible(), false);
    assert.equal(await page.locator('.article-tools').isVisible(), false);
    assert.equal(await page.locator('.article-body').isVisible(), true);
    await context.close();
  });
});
