// The photo viewer in Chromium (public/js/gallery.js): from the keyboard, a thumbnail opens the
// photo large in a modal dialog, the arrow keys (and Home / End, and the buttons) move through
// the album, the position and caption are announced, Escape closes it and focus returns to the
// thumbnail of the photo last shown. Without JavaScript the same link opens the photo itself.
// Axe finds nothing serious with the viewer closed or open; no page of the gallery or the videos
// scrolls sideways at 390 or 1280 px. Screenshots land in test-artifacts/.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { readDemoAlbums } from '../../src/modules/gallery/demo.ts';
import { createTestPortal, type TestPortal } from '../helpers/portal.ts';
import { artifactsDir, browserSkipReason, serveAndLaunch, seriousViolations } from './browser.ts';

const album = readDemoAlbums()[0]!;

describe('photo viewer in Chromium', { skip: browserSkipReason }, () => {
  let portal: TestPortal;
  let browser: Browser;
  let base: string;
  let albumPath = '';
  let videoPath = '';
  const errors: string[] = [];

  before(async () => {
    portal = await createTestPortal('sqlite', { demo: true });
    const db = portal.ctx.db.kysely;
    albumPath = `/thu-vien-anh/${(await db.selectFrom('content').select('slug').where('source_key', '=', `demo:album:${album.key}`).executeTakeFirstOrThrow()).slug}`;
    videoPath = `/video/${(await db.selectFrom('content').select('slug').where('type', '=', 'video').orderBy('id').executeTakeFirstOrThrow()).slug}`;
    ({ browser, base } = await serveAndLaunch(portal));
  });
  after(async () => {
    await browser?.close();
    await portal?.close();
  });

  async function open(url: string, width = 1280, javaScriptEnabled = true): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
    const page = await context.newPage();
    // (without JavaScript the test follows a link to a bare image, which is not our page)
    if (javaScriptEnabled) {
      page.on('console', (m) => m.type() === 'error' && errors.push(`${url}: ${m.text()}`));
      page.on('pageerror', (e) => errors.push(`${url}: ${e.message}`));
    }
    await page.goto(base + url);
    return page;
  }

  const status = async (page: Page) => (await page.locator('.gallery-viewer__status').textContent()) ?? '';
  const shown = (page: Page) => page.locator('.gallery-viewer__image').getAttribute('src');
  const hrefOf = (page: Page, i: number) => page.locator('a[data-gallery-photo]').nth(i).getAttribute('href');
  /** Which thumbnail has focus (its index), or -1. */
  const focusedThumbnail = (page: Page) => page.evaluate(() => Array.from(document.querySelectorAll('a[data-gallery-photo]')).indexOf(document.activeElement as Element));
  const total = album.photos.length;

  it('opens a photo from the keyboard, moves with the arrow keys, closes with Escape and gives focus back to the thumbnail', async () => {
    const page = await open(albumPath);
    const dialog = page.locator('dialog.gallery-viewer');
    assert.equal(await dialog.evaluate((d: HTMLDialogElement) => d.open), false, 'the viewer waits closed');
    assert.deepEqual(await seriousViolations(page), [], 'axe, viewer closed');

    await page.locator('a[data-gallery-photo]').first().focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'visible' });
    assert.equal(await dialog.evaluate((d: HTMLDialogElement) => d.open && d.matches(':modal')), true, 'a modal dialog');
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('gallery-viewer__close')), true, 'focus moves into the viewer, on its close button');
    assert.equal(await dialog.getAttribute('aria-labelledby'), 'gallery-viewer-title');
    assert.equal(await page.locator('#gallery-viewer-title').innerText(), `Xem ảnh: ${album.title}`);
    assert.equal(await page.locator('.gallery-viewer__status').getAttribute('aria-live'), 'polite');
    const first = album.photos[0]!;
    assert.equal(await status(page), `Ảnh 1/${total}. ${first.alt} ${first.caption} Ảnh: Hình vẽ minh hoạ (dữ liệu mẫu)`, 'position, description and caption are said');
    assert.equal(await page.locator('.gallery-viewer__caption').innerText(), `${first.caption} Ảnh: Hình vẽ minh hoạ (dữ liệu mẫu)`, 'the caption is shown');
    assert.equal(await shown(page), await hrefOf(page, 0));
    assert.equal(await page.locator('.gallery-viewer__image').getAttribute('alt'), album.photos[0]!.alt);
    assert.deepEqual(await seriousViolations(page), [], 'axe, viewer open');

    await page.keyboard.press('ArrowRight');
    assert.ok((await status(page)).startsWith(`Ảnh 2/${total}. ${album.photos[1]!.alt} ${album.photos[1]!.caption}`), await status(page));
    assert.equal(await shown(page), await hrefOf(page, 1));
    await page.keyboard.press('End');
    assert.match(await status(page), new RegExp(`^Ảnh ${total}/${total}\\.`));
    await page.keyboard.press('ArrowRight');
    assert.match(await status(page), new RegExp(`^Ảnh 1/${total}\\.`), 'wraps round after the last');
    await page.keyboard.press('ArrowLeft');
    assert.match(await status(page), new RegExp(`^Ảnh ${total}/${total}\\.`), 'and before the first');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    assert.match(await status(page), new RegExp(`^Ảnh 2/${total}\\.`));

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await focusedThumbnail(page), 1, 'focus is back on the thumbnail of the photo last shown');

    // the buttons, by mouse
    await page.locator('a[data-gallery-photo]').nth(2).click();
    await dialog.waitFor({ state: 'visible' });
    assert.match(await status(page), new RegExp(`^Ảnh 3/${total}\\.`));
    await page.getByRole('button', { name: 'Ảnh sau' }).click();
    assert.match(await status(page), new RegExp(`^Ảnh 4/${total}\\.`));
    await page.getByRole('button', { name: 'Ảnh trước' }).click();
    await page.getByRole('button', { name: 'Ảnh trước' }).click();
    assert.match(await status(page), new RegExp(`^Ảnh 2/${total}\\.`));
    await page.screenshot({ path: `${artifactsDir}/gallery-viewer-1280.png` });
    await page.getByRole('button', { name: 'Đóng' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await focusedThumbnail(page), 1);
    assert.equal(page.url(), base + albumPath, 'never left the page');
    assert.deepEqual(errors, []);
    await page.context().close();
  });

  it('without JavaScript each photo’s link opens the photo itself', async () => {
    const page = await open(albumPath, 390, false);
    assert.equal(await page.locator('dialog').count(), 0);
    const href = await hrefOf(page, 0);
    const [response] = await Promise.all([page.waitForResponse((r) => r.url() === base + href), page.locator('a[data-gallery-photo]').first().click()]);
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['content-type'], 'image/jpeg');
    await page.context().close();
  });

  it('nothing scrolls sideways at 390 or 1280 px, and axe finds nothing serious on the lists and a video', async () => {
    const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    const pages: [string, string][] = [
      ['list', '/thu-vien-anh'],
      ['album', albumPath],
      ['videos', '/video'],
      ['video', videoPath],
      ['album-en', albumPath.replace('/thu-vien-anh/', '/en/photos/')],
    ];
    for (const width of [390, 1280]) {
      for (const [name, url] of pages) {
        const page = await open(url, width);
        assert.equal(await overflows(page), false, `${url} at ${width} px`);
        if (width === 390) assert.deepEqual(await seriousViolations(page), [], url);
        await page.screenshot({ path: `${artifactsDir}/gallery-${name}-${width}.png`, fullPage: true });
        if (name === 'album' && width === 390) {
          await page.locator('a[data-gallery-photo]').nth(1).click();
          await page.locator('dialog.gallery-viewer').waitFor({ state: 'visible' });
          assert.equal(await overflows(page), false, 'viewer at 390 px');
          await page.screenshot({ path: `${artifactsDir}/gallery-viewer-390.png` });
        }
        await page.context().close();
      }
    }
    assert.deepEqual(errors, []);
  });
});
