// The back office in Chromium, as a new team would use it: an administrator creates a
// contributor and an approver; the contributor writes an article in the editor and submits it;
// the approver returns it with a reason, then approves and publishes it; it appears on the
// public site. Axe checks the back office at desktop and tablet widths.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { createUser } from '../../src/core/auth/users.ts';
import { artifactsDir, browserSkipReason, serveAndLaunch, seriousViolations } from './browser.ts';
import { createTestPortal, type TestPortal } from '../helpers/portal.ts';

const password = 'mat-khau-du-dai-1';
const title = 'Khánh thành trạm xử lý nước thải tập trung Khu công nghiệp Thạnh Lộc';

describe('back office in Chromium', { skip: browserSkipReason }, () => {
  let portal: TestPortal;
  let browser: Browser;
  let base: string;
  const problems: string[] = [];

  before(async () => {
    portal = await createTestPortal('sqlite', { demo: true });
    await createUser(portal.ctx.db.kysely, { email: 'admin@bqlkkt.test', name: 'Quản trị viên', role: 'admin', password });
    ({ browser, base } = await serveAndLaunch(portal));
  });
  after(async () => {
    await browser?.close();
    await portal?.close();
  });

  async function as(email: string, width = 1280): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(base + '/admin');
    await page.getByLabel('Thư điện tử').fill(email);
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(base + '/admin');
    return { context, page, errors };
  }

  it('admin → contributor → approver → public site', async (t) => {
    // 1. The administrator adds two people.
    const admin = await as('admin@bqlkkt.test');
    for (const [name, email, role] of [['Trần Thị Phóng Viên', 'pv@bqlkkt.test', 'contributor'], ['Lê Văn Lãnh Đạo', 'ld@bqlkkt.test', 'approver']] as const) {
      await admin.page.getByRole('navigation').getByRole('link', { name: 'Người dùng', exact: true }).click();
      await admin.page.getByRole('link', { name: 'Thêm người dùng' }).click();
      await admin.page.getByLabel('Họ và tên').fill(name);
      await admin.page.getByLabel('Thư điện tử').fill(email);
      await admin.page.getByLabel('Mật khẩu').fill(password);
      await admin.page.getByLabel('Vai trò').selectOption(role);
      await admin.page.getByRole('button', { name: 'Lưu' }).click();
      await admin.page.waitForURL('**/admin/users?ok=1');
      assert.ok(await admin.page.getByRole('cell', { name: email }).isVisible());
    }
    problems.push(...(await seriousViolations(admin.page)));
    await admin.page.screenshot({ path: `${artifactsDir}/admin-users-1280.png`, fullPage: true });
    await admin.context.close();

    // 2. The contributor uploads a photo, writes in the editor, inserts the photo and submits.
    const pv = await as('pv@bqlkkt.test');
    const photoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-photo-'));
    t.after(() => fs.rmSync(photoDir, { recursive: true, force: true }));
    const photo = path.join(photoDir, 'tram-xu-ly.jpg');
    await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 40, g: 110, b: 160 } } }).jpeg().toFile(photo);
    await pv.page.getByRole('navigation').getByRole('link', { name: 'Thư viện tư liệu' }).click();
    await pv.page.getByLabel(/Chọn tệp/).setInputFiles(photo);
    await pv.page.getByRole('button', { name: 'Tải lên' }).click();
    await pv.page.waitForURL(/uploaded=1/);
    problems.push(...(await seriousViolations(pv.page)));
    await pv.page.screenshot({ path: `${artifactsDir}/admin-media-1280.png`, fullPage: true });
    await pv.page.getByRole('navigation').getByRole('link', { name: 'Bảng điều khiển' }).click();
    await pv.page.getByRole('link', { name: 'Tạo mới: tin bài' }).click();
    await pv.page.getByLabel('Tiêu đề', { exact: true }).fill(title);
    await pv.page.getByLabel('Chuyên mục').selectOption({ label: 'Tin khu kinh tế, khu công nghiệp' });
    await pv.page.getByRole('button', { name: 'Tạo', exact: true }).click();
    await pv.page.waitForURL(/\/admin\/content\/news\/\d+\?ok=created/);
    const articleUrl = pv.page.url().split('?')[0]!;
    // the news fields are on the same form, and autosave carries them with the text
    await pv.page.getByLabel('Tác giả').fill('Phóng viên Thu Hà');
    await pv.page.getByLabel('Tóm tắt (sapo)').fill('Trạm có công suất 2.000 m³ mỗi ngày, phục vụ các doanh nghiệp trong khu công nghiệp.');
    const editor = pv.page.locator('.ProseMirror');
    await editor.click();
    await pv.page.keyboard.type('Sáng nay, trạm xử lý nước thải tập trung đã chính thức đi vào hoạt động. ');
    await pv.page.getByRole('button', { name: 'Đậm' }).click();
    await pv.page.keyboard.type('Công suất 2.000 m³ mỗi ngày.');
    await pv.page.getByRole('button', { name: 'Đậm' }).click();
    await pv.page.keyboard.press('Enter');
    await pv.page.getByRole('button', { name: 'Chèn ảnh' }).click();
    const dialog = pv.page.getByRole('dialog');
    await dialog.locator('.media-picker__item').first().click();
    await dialog.getByLabel(/Mô tả ảnh/).fill('Bể lắng của trạm xử lý nước thải tập trung');
    await dialog.getByLabel('Chú thích ảnh').fill('Trạm xử lý nước thải tập trung. Ảnh: Phóng viên');
    await dialog.getByRole('button', { name: 'Chèn' }).click();
    await pv.page.locator('[data-autosave-status]').filter({ hasText: 'Đã tự động lưu' }).waitFor({ timeout: 15_000 });
    const autosaved = await portal.ctx.db.kysely.selectFrom('content').select('fields').where('id', '=', Number(/\/(\d+)$/.exec(articleUrl)![1])).executeTakeFirstOrThrow();
    assert.equal(JSON.parse(autosaved.fields).byline, 'Phóng viên Thu Hà', 'the autosave carried the byline');
    problems.push(...(await seriousViolations(pv.page)));
    await pv.page.screenshot({ path: `${artifactsDir}/admin-editor-1280.png`, fullPage: true });
    await pv.page.getByRole('button', { name: 'Gửi biên tập' }).click();
    await pv.page.waitForURL(/ok=moved/);
    assert.ok(await pv.page.getByText('Chờ biên tập', { exact: true }).first().isVisible());
    await pv.context.close();

    // 3. The approver returns it with a reason.
    const ld = await as('ld@bqlkkt.test');
    const queue = ld.page.locator('section').filter({ has: ld.page.getByRole('heading', { name: /Chờ biên tập/ }) });
    await queue.getByRole('link', { name: title }).click();
    await ld.page.getByLabel('Lý do trả lại').fill('Bổ sung thời gian khánh thành và tên doanh nghiệp đầu tư hạ tầng.');
    await ld.page.getByRole('button', { name: 'Trả lại' }).click();
    await ld.page.waitForURL(/ok=moved/);
    await ld.context.close();

    // 4. The contributor sees why, edits and submits again.
    const pv2 = await as('pv@bqlkkt.test');
    const returned = pv2.page.locator('section').filter({ has: pv2.page.getByRole('heading', { name: /Bị trả lại cho tôi/ }) });
    await returned.getByRole('link', { name: title }).click();
    assert.ok(await pv2.page.getByText('Bổ sung thời gian khánh thành').isVisible());
    await pv2.page.locator('.ProseMirror p').first().click();
    await pv2.page.keyboard.press('Control+End');
    await pv2.page.keyboard.type(' Chủ đầu tư hạ tầng là Công ty Cổ phần Khu công nghiệp Thạnh Lộc.');
    await pv2.page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await pv2.page.waitForURL(/ok=saved/);
    await pv2.page.getByRole('button', { name: 'Gửi biên tập' }).click();
    await pv2.page.waitForURL(/ok=moved/);
    await pv2.context.close();

    // 5. The approver forwards and publishes.
    const ld2 = await as('ld@bqlkkt.test', 768);
    await ld2.page.goto(articleUrl);
    await ld2.page.getByRole('button', { name: 'Chuyển duyệt đăng' }).click();
    await ld2.page.waitForURL(/ok=moved/);
    await ld2.page.getByRole('button', { name: 'Đăng ngay' }).click();
    await ld2.page.waitForURL(/ok=moved/);
    problems.push(...(await seriousViolations(ld2.page)));
    await ld2.page.screenshot({ path: `${artifactsDir}/admin-article-768.png`, fullPage: true });
    await ld2.page.goto(`${articleUrl}/history`);
    problems.push(...(await seriousViolations(ld2.page)));
    await ld2.page.goto(base + '/admin/account');
    problems.push(...(await seriousViolations(ld2.page)));
    await ld2.page.screenshot({ path: `${artifactsDir}/admin-account-768.png`, fullPage: true });
    assert.deepEqual([...pv.errors, ...ld2.errors], []);
    await ld2.context.close();

    // 6. It is on the public site, in its category, with the edits.
    const reader = await browser.newPage();
    await reader.goto(base + '/tin-tuc/tin-khu-kinh-te-khu-cong-nghiep');
    await reader.getByRole('link', { name: title }).click();
    assert.equal(await reader.locator('h1').textContent(), title);
    assert.equal(await reader.locator('.author').first().textContent(), 'Phóng viên Thu Hà');
    assert.match((await reader.locator('.article-body').innerHTML()), /<strong>Công suất 2\.000 m³ mỗi ngày\./);
    assert.match((await reader.locator('.article-body').textContent()) ?? '', /Công ty Cổ phần Khu công nghiệp Thạnh Lộc/);
    const figure = reader.locator('.article-body figure');
    assert.equal(await figure.locator('img').getAttribute('alt'), 'Bể lắng của trạm xử lý nước thải tập trung');
    assert.equal(await figure.locator('figcaption').textContent(), 'Trạm xử lý nước thải tập trung. Ảnh: Phóng viên');
    assert.ok(await figure.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 'the photo loads');
    await reader.screenshot({ path: `${artifactsDir}/article-with-uploaded-photo-1280.png`, fullPage: true });
    await reader.close();
    assert.deepEqual(problems, []);
  });
});
