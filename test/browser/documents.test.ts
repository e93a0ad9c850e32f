// Legal documents in Chromium, tried as a new team would (issue #8): an administrator adds an
// editor and an approver; the editor uploads a PDF, fills the generic form of a legal document
// (a wrong number and an effective date before the issue date are refused inline, in Vietnamese,
// and nothing is saved), submits it, then corrects its number, which the history shows by label;
// the approver publishes it; a reader finds it on /van-ban by its number (also typed without
// diacritics), reads its particulars and downloads the PDF. A procedure whose legal basis is the
// document is written and published through the same generic back office; the reader follows
// the legal-basis link from the procedure to the document, which lists the procedure in turn.
// Axe checks the public pages; screenshots at 390 px and 1280 px land in test-artifacts/.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createUser } from '../../src/core/auth/users.ts';
import * as sample from '../fixtures/media/samples.ts';
import { createTestPortal, type TestPortal } from '../helpers/portal.ts';
import { artifactsDir, browserSkipReason, serveAndLaunch, seriousViolations } from './browser.ts';

const password = 'mat-khau-du-dai-1';
const docTitle = 'Quyết định ban hành Quy chế tiếp nhận và giải quyết hồ sơ dự án đầu tư tại Ban Quản lý Khu kinh tế';
const docAbstract = 'Ban hành Quy chế tiếp nhận, giải quyết hồ sơ đề nghị cấp Giấy chứng nhận đăng ký đầu tư trong khu kinh tế, khu công nghiệp tỉnh Kiên Giang.';
const firstNumber = '27/2026/QĐ-BQLKKT';
const number = '28/2026/QĐ-BQLKKT';
const signer = 'Nguyễn Văn Thành';
const pdfName = 'Quyết định 27-2026 quy chế hồ sơ đầu tư.pdf';
const procTitle = 'Điều chỉnh Giấy chứng nhận đăng ký đầu tư theo Quy chế tiếp nhận hồ sơ năm 2026';
const procCode = '1.013579';

/** Console errors, without the browser's own line about the 400 page a refused form comes back on. */
const realErrors = (errors: string[]) => errors.filter((e) => !/status of 400/.test(e));

describe('legal documents in Chromium', { skip: browserSkipReason }, () => {
  let portal: TestPortal;
  let browser: Browser;
  let base: string;
  let tmp: string;
  let pdfPath: string;
  let editUrl = '';
  let procEditUrl = '';
  const problems: string[] = [];
  const consoleErrors: string[] = [];

  before(async () => {
    portal = await createTestPortal('sqlite', { demo: true });
    await createUser(portal.ctx.db.kysely, { email: 'admin@bqlkkt.test', name: 'Quản trị viên', role: 'admin', password });
    ({ browser, base } = await serveAndLaunch(portal));
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-doc-'));
    pdfPath = path.join(tmp, pdfName);
    fs.writeFileSync(pdfPath, sample.pdf('quyết định 27/2026'));
  });
  after(async () => {
    await browser?.close();
    await portal?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function as(email: string, width = 1280): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`${email}: ${m.text()}`));
    page.on('pageerror', (e) => consoleErrors.push(`${email}: ${e.message}`));
    await page.goto(base + '/admin');
    await page.getByLabel('Thư điện tử', { exact: true }).fill(email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(base + '/admin');
    return { context, page };
  }

  async function reader(width: number): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`reader: ${m.text()}`));
    page.on('pageerror', (e) => consoleErrors.push(`reader: ${e.message}`));
    return { context, page };
  }

  /** Clicks "Tạo" on a form the server sends back (not a redirect): the status of the answer. */
  const refused = async (page: Page) => {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/admin/content/document'),
      page.getByRole('button', { name: 'Tạo', exact: true }).click(),
    ]);
    await page.waitForLoadState('domcontentloaded');
    return response.status();
  };

  /** Whether the page is wider than the window (a sideways scroll on a phone). */
  const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

  /** A link of the back office's main navigation. */
  const nav = (page: Page, name: string) => page.locator('nav.admin-nav').getByRole('link', { name, exact: true });

  /** Whether the form's refusal stored anything: no item of that title exists. */
  const storedDocuments = async () => (await portal.ctx.db.kysely.selectFrom('content').select('id').where('type', '=', 'document').where('title', '=', docTitle).execute()).length;

  it('the administrator adds an editor and an approver', async () => {
    const admin = await as('admin@bqlkkt.test');
    for (const [name, email, role] of [['Phạm Thị Biên Tập', 'bt@bqlkkt.test', 'editor'], ['Lê Văn Lãnh Đạo', 'ld@bqlkkt.test', 'approver']] as const) {
      await nav(admin.page, 'Người dùng').click();
      await admin.page.getByRole('link', { name: 'Thêm người dùng' }).click();
      await admin.page.getByLabel('Họ và tên', { exact: true }).fill(name);
      await admin.page.getByLabel('Thư điện tử', { exact: true }).fill(email);
      await admin.page.getByLabel('Mật khẩu', { exact: true }).fill(password);
      await admin.page.getByLabel('Vai trò', { exact: true }).selectOption(role);
      await admin.page.getByRole('button', { name: 'Lưu' }).click();
      await admin.page.waitForURL('**/admin/users?ok=1');
      assert.ok(await admin.page.getByRole('cell', { name: email }).isVisible());
    }
    await admin.context.close();
  });

  it('the editor uploads a PDF, is told inline what is wrong, then writes and submits the document', async () => {
    const { context, page } = await as('bt@bqlkkt.test');
    await nav(page, 'Thư viện tư liệu').click();
    await page.getByLabel(/Chọn tệp/).setInputFiles(pdfPath);
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await page.waitForURL(/uploaded=1/);
    assert.ok(await page.getByText('Đã tải lên 1 tệp.').isVisible());

    await nav(page, 'Văn bản').click();
    await page.waitForURL(base + '/admin/content/document');
    await page.getByRole('link', { name: 'Tạo mới: văn bản' }).click();
    await page.waitForURL(base + '/admin/content/document/new');

    // First attempt: a number typed the way it is spoken, and the effective date before the issue
    // date (the date rule runs once every field is valid, so the number is reported first).
    await page.getByLabel('Tiêu đề', { exact: true }).fill(docTitle);
    await page.getByLabel('Tóm tắt (sapo)', { exact: true }).fill(docAbstract);
    await page.getByLabel('Chuyên mục', { exact: true }).selectOption({ label: 'Công khai' });
    await page.getByLabel('Số ký hiệu', { exact: true }).fill('số 27 năm 2026');
    await page.getByLabel('Loại văn bản', { exact: true }).selectOption({ label: 'Quyết định' });
    await page.getByLabel('Cơ quan ban hành', { exact: true }).selectOption({ label: 'Ban Quản lý Khu kinh tế tỉnh Kiên Giang' });
    await page.getByLabel('Người ký', { exact: true }).fill(signer);
    await page.getByLabel('Lĩnh vực', { exact: true }).selectOption({ label: 'Đầu tư' });
    await page.getByLabel('Ngày ban hành', { exact: true }).fill('2026-03-02');
    await page.getByLabel('Ngày hiệu lực', { exact: true }).fill('2026-02-15');
    await page.getByLabel('Tình trạng', { exact: true }).selectOption({ label: 'Còn hiệu lực' });
    const files = page.getByLabel('Tệp đính kèm', { exact: true });
    const pdfOption = await files.locator('option', { hasText: pdfName }).getAttribute('value');
    assert.ok(pdfOption, 'the uploaded PDF is offered in the files field');
    await files.selectOption([pdfOption]);
    assert.equal(await refused(page), 400);
    const numberError = page.locator('#f-f\\.number-error');
    await numberError.waitFor();
    assert.match((await numberError.textContent()) ?? '', /Số ký hiệu phải có dạng số\/năm\/KÝ HIỆU/);
    assert.equal(await page.getByLabel('Số ký hiệu', { exact: true }).getAttribute('aria-invalid'), 'true');
    assert.ok(await page.getByText('Có trường chưa hợp lệ: xem thông báo bên cạnh từng trường.').isVisible());
    // what was typed is kept, the file too
    assert.equal(await page.getByLabel('Tiêu đề', { exact: true }).inputValue(), docTitle);
    assert.deepEqual(await page.getByLabel('Tệp đính kèm', { exact: true }).evaluate((s: HTMLSelectElement) => Array.from(s.selectedOptions, (o) => o.value)), [pdfOption]);
    assert.equal(await storedDocuments(), 0, 'nothing saved');

    // Second attempt: the number right, the dates still not.
    await page.getByLabel('Số ký hiệu', { exact: true }).fill(firstNumber);
    assert.equal(await refused(page), 400);
    const dateError = page.locator('#f-f\\.effectiveOn-error');
    await dateError.waitFor();
    assert.equal((await dateError.textContent())?.trim(), 'Ngày hiệu lực không được trước ngày ban hành.');
    assert.equal(await page.locator('#f-f\\.number-error').count(), 0);
    assert.equal(await storedDocuments(), 0, 'nothing saved');
    await page.screenshot({ path: `${artifactsDir}/journey-document-form-error-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 900 });
    await page.screenshot({ path: `${artifactsDir}/journey-document-form-error-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // Corrected: created, then submitted for review.
    await page.getByLabel('Ngày hiệu lực', { exact: true }).fill('2026-03-17');
    await page.getByRole('button', { name: 'Tạo', exact: true }).click();
    await page.waitForURL(/\/admin\/content\/document\/\d+\?ok=created$/);
    editUrl = page.url().split('?')[0]!;
    assert.equal(await page.getByLabel('Số ký hiệu', { exact: true }).inputValue(), firstNumber);
    assert.equal(await page.getByLabel('Ngày hiệu lực', { exact: true }).inputValue(), '2026-03-17');
    await page.getByRole('button', { name: 'Gửi biên tập' }).click();
    await page.waitForURL(/ok=moved/);
    assert.ok(await page.locator('.meta-line').getByText('Chờ biên tập', { exact: true }).isVisible());
    await context.close();
  });

  it('the editor corrects the number; the history shows the change under "Số ký hiệu"', async () => {
    const { context, page } = await as('bt@bqlkkt.test');
    await nav(page, 'Văn bản').click();
    await page.getByRole('link', { name: docTitle }).click();
    await page.waitForURL(editUrl);
    await page.getByLabel('Số ký hiệu', { exact: true }).fill(number);
    // Autosave keeps the draft (fields too) every few seconds; saving while one is in flight would
    // post an outdated base revision and be refused as a conflict, so let it land first.
    await page.locator('[data-autosave-status]').filter({ hasText: 'Đã tự động lưu' }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.waitForURL(/ok=saved/);
    assert.equal(await page.getByLabel('Số ký hiệu', { exact: true }).inputValue(), number);
    problems.push(...(await seriousViolations(page)));
    await page.screenshot({ path: `${artifactsDir}/journey-document-edit-1280.png`, fullPage: true });

    await page.getByRole('link', { name: 'Lịch sử sửa đổi' }).click();
    await page.waitForURL(`${editUrl}/history`);
    // compare the first revision (as created) with the latest
    await page.getByLabel('So sánh A: 1', { exact: true }).check();
    await page.getByRole('button', { name: 'So sánh hai phiên bản đã chọn' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/history') && url.searchParams.get('a') === '1');
    const diff = page.locator('section[aria-labelledby="diff-title"]');
    const heading = diff.getByRole('heading', { name: 'Số ký hiệu', exact: true });
    await heading.waitFor();
    const numberDiff = heading.locator('xpath=following-sibling::div[1]');
    // a word diff: read without its insertions it is the old number, without its deletions the new one
    const side = (drop: 'ins' | 'del') => numberDiff.evaluate((el, tag) => Array.from(el.childNodes).filter((n) => n.nodeName.toLowerCase() !== tag).map((n) => n.textContent).join(''), drop);
    assert.equal(await side('ins'), firstNumber);
    assert.equal(await side('del'), number);
    assert.deepEqual([await numberDiff.locator('del').allTextContents(), await numberDiff.locator('ins').allTextContents()], [['27'], ['28']]);
    assert.equal(await diff.getByRole('heading', { name: 'Ngày ban hành' }).count(), 0, 'only changed fields are listed');
    problems.push(...(await seriousViolations(page)));
    await page.screenshot({ path: `${artifactsDir}/journey-document-history-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 900 });
    await page.screenshot({ path: `${artifactsDir}/journey-document-history-390.png`, fullPage: true });
    await context.close();
  });

  it('the approver finds it in the queue and publishes it', async () => {
    const { context, page } = await as('ld@bqlkkt.test');
    const queue = page.locator('section').filter({ has: page.getByRole('heading', { name: /Chờ biên tập/ }) });
    await queue.getByRole('link', { name: docTitle }).click();
    await page.waitForURL(editUrl);
    await page.getByRole('button', { name: 'Chuyển duyệt đăng' }).click();
    await page.waitForURL(/ok=moved/);
    await page.getByRole('button', { name: 'Đăng ngay' }).click();
    await page.waitForURL(/ok=moved/);
    assert.ok(await page.locator('.meta-line').getByText('Đã đăng', { exact: true }).isVisible());
    await context.close();
  });

  let documentUrl = '';

  it('a reader finds it by its number on /van-ban, reads it and downloads the PDF', async () => {
    for (const width of [1280, 390]) {
      const { context, page } = await reader(width);
      await page.goto(base + '/van-ban');
      // typed exactly, then as people type it on a phone: lower case, without diacritics
      for (const query of [number, '28/2026/qd-bqlkkt']) {
        const box = page.getByLabel('Số ký hiệu hoặc trích yếu', { exact: true });
        await box.fill(query);
        await page.getByRole('button', { name: 'Lọc', exact: true }).click();
        await page.waitForURL((url) => url.pathname === '/van-ban' && url.searchParams.get('q') === query);
        const rows = page.locator('table.doc-table tbody tr');
        assert.equal(await rows.count(), 1, `one document found for ${query}`);
        assert.equal((await rows.first().locator('th').textContent())?.trim(), number);
      }
      await page.screenshot({ path: `${artifactsDir}/journey-documents-search-${width}.png`, fullPage: true });
      assert.equal(await overflows(page), false, `no sideways scroll on the list at ${width} px`);
      if (width === 1280) problems.push(...(await seriousViolations(page)));
      await page.getByRole('link', { name: docAbstract }).click();
      await page.waitForURL(/\/van-ban\/[a-z0-9-]+$/);
      documentUrl = page.url();
      assert.equal((await page.locator('h1').textContent())?.trim(), docTitle);
      const facts = Object.fromEntries(
        await page.locator('.doc-facts__row').evaluateAll((rows) => rows.map((r) => [r.querySelector('dt')?.textContent?.trim() ?? '', r.querySelector('dd')?.textContent?.trim() ?? ''])),
      ) as Record<string, string>;
      assert.equal(facts['Số ký hiệu'], number);
      assert.equal(facts['Ngày ban hành'], '02/03/2026');
      assert.equal(facts['Ngày hiệu lực'], '17/03/2026');
      assert.equal(facts['Trích yếu'], docAbstract);
      assert.equal(facts['Cơ quan ban hành'], 'Ban Quản lý Khu kinh tế tỉnh Kiên Giang');
      assert.equal(facts['Người ký'], signer);
      assert.equal(facts['Loại văn bản'], 'Quyết định');
      assert.match(facts['Tệp đính kèm'] ?? '', new RegExp(`^${pdfName.replace(/[.()]/g, '\\$&')} \\(PDF`));
      await page.screenshot({ path: `${artifactsDir}/journey-document-page-${width}.png`, fullPage: true });
      assert.equal(await overflows(page), false, `no sideways scroll on the document at ${width} px`);
      if (width === 1280) {
        problems.push(...(await seriousViolations(page)));
        const link = page.getByRole('link', { name: pdfName });
        const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
        assert.equal(download.suggestedFilename(), pdfName);
        const saved = await download.path();
        assert.ok(fs.readFileSync(saved).subarray(0, 5).equals(Buffer.from('%PDF-')), 'the downloaded file is the PDF');
        // and the headers a download manager would read
        const href = await link.getAttribute('href');
        const response = await page.request.get(base + href);
        assert.equal(response.status(), 200);
        assert.equal(response.headers()['content-type'], 'application/pdf');
        const disposition = response.headers()['content-disposition'] ?? '';
        assert.match(disposition, /^attachment; filename="Quyet dinh 27-2026 quy che ho so dau tu\.pdf"; filename\*=UTF-8''/);
        assert.equal(decodeURIComponent(disposition.split("UTF-8''")[1] ?? ''), pdfName);
      }
      await context.close();
    }
  });

  it('a procedure cites the document as its legal basis; the reader goes from one to the other', async () => {
    // The editor writes the procedure in the same generic back office and submits it.
    const bt = await as('bt@bqlkkt.test');
    await nav(bt.page, 'Thủ tục hành chính').click();
    await bt.page.getByRole('link', { name: 'Tạo mới: thủ tục hành chính' }).click();
    await bt.page.waitForURL(base + '/admin/content/procedure/new');
    await bt.page.getByLabel('Tiêu đề', { exact: true }).fill(procTitle);
    await bt.page.getByLabel('Tóm tắt (sapo)', { exact: true }).fill('Nhà đầu tư đề nghị điều chỉnh Giấy chứng nhận đăng ký đầu tư của dự án trong khu kinh tế.');
    await bt.page.getByLabel('Mã thủ tục', { exact: true }).fill(procCode);
    await bt.page.getByLabel('Lĩnh vực', { exact: true }).selectOption({ label: 'Đầu tư' });
    await bt.page.getByLabel('Mức độ', { exact: true }).selectOption({ label: 'Dịch vụ công trực tuyến một phần' });
    await bt.page.getByLabel('Cơ quan thực hiện', { exact: true }).fill('Ban Quản lý Khu kinh tế tỉnh Kiên Giang');
    await bt.page.getByRole('textbox', { name: 'Trình tự thực hiện' }).click();
    await bt.page.keyboard.type('Bước 1: Nhà đầu tư nộp hồ sơ tại Bộ phận Một cửa của Ban Quản lý.');
    await bt.page.keyboard.press('Enter');
    await bt.page.keyboard.type('Bước 2: Ban Quản lý điều chỉnh Giấy chứng nhận trong 10 ngày làm việc.');
    await bt.page.getByLabel('Thời hạn giải quyết', { exact: true }).fill('10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.');
    await bt.page.getByLabel('Căn cứ pháp lý', { exact: true }).selectOption({ label: docTitle });
    await bt.page.getByRole('button', { name: 'Tạo', exact: true }).click();
    await bt.page.waitForURL(/\/admin\/content\/procedure\/\d+\?ok=created$/);
    procEditUrl = bt.page.url().split('?')[0]!;
    await bt.page.getByRole('button', { name: 'Gửi biên tập' }).click();
    await bt.page.waitForURL(/ok=moved/);
    await bt.context.close();

    // The approver approves and publishes it.
    const ld = await as('ld@bqlkkt.test');
    const queue = ld.page.locator('section').filter({ has: ld.page.getByRole('heading', { name: /Chờ biên tập/ }) });
    await queue.getByRole('link', { name: procTitle }).click();
    await ld.page.waitForURL(procEditUrl);
    await ld.page.getByRole('button', { name: 'Chuyển duyệt đăng' }).click();
    await ld.page.waitForURL(/ok=moved/);
    await ld.page.getByRole('button', { name: 'Đăng ngay' }).click();
    await ld.page.waitForURL(/ok=moved/);
    assert.ok(await ld.page.locator('.meta-line').getByText('Đã đăng', { exact: true }).isVisible());
    await ld.context.close();

    // The reader finds the procedure by its code, follows its legal basis, and comes back.
    for (const width of [1280, 390]) {
      const { context, page } = await reader(width);
      await page.goto(base + '/thu-tuc-hanh-chinh');
      await page.locator('#pq').fill(procCode);
      await page.locator('#pq').press('Enter');
      await page.waitForURL((url) => url.searchParams.get('q') === procCode);
      await page.getByRole('link', { name: procTitle }).click();
      await page.waitForURL(/\/thu-tuc-hanh-chinh\/[a-z0-9-]+$/);
      const procedureUrl = page.url();
      assert.equal((await page.locator('h1').textContent())?.trim(), procTitle);
      const legal = page.locator('#can-cu-phap-ly');
      assert.equal((await legal.getByRole('heading').textContent())?.trim(), 'Căn cứ pháp lý');
      await page.screenshot({ path: `${artifactsDir}/journey-procedure-page-${width}.png`, fullPage: true });
      assert.equal(await overflows(page), false, `no sideways scroll on the procedure at ${width} px`);
      if (width === 1280) problems.push(...(await seriousViolations(page)));
      await legal.getByRole('link', { name: `${number} – ${docTitle}` }).click();
      await page.waitForURL(documentUrl);
      assert.equal((await page.locator('h1').textContent())?.trim(), docTitle);
      const referring = page.locator('section.doc-referring');
      assert.equal((await referring.getByRole('heading').textContent())?.trim(), 'Thủ tục hành chính liên quan');
      await page.screenshot({ path: `${artifactsDir}/journey-document-page-referring-${width}.png`, fullPage: true });
      await referring.getByRole('link', { name: procTitle }).click();
      await page.waitForURL(procedureUrl);
      await context.close();
    }
    assert.deepEqual(realErrors(consoleErrors), []);
    assert.deepEqual(problems, []);
  });
});
