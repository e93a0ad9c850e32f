// What citizens send, in Chromium, tried as a new user would (issue #9): a reader asks a question
// with a PDF attached (a mistake first: the summary takes focus and links to the field, and the
// form says to choose the file again), gets a tracking code and follows its status; a staff member
// downloads the file under its Vietnamese name, answers, and an approver publishes it; it appears on
// /hoi-dap. A reader comments on an open draft; the approver publishes the comment; it appears;
// after the closing date the form is gone and the report is shown. Axe checks the public pages.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createUser } from '../../src/core/auth/users.ts';
import { publishItem } from '../../src/core/content-types/publish-item.ts';
import { minFillMs } from '../../src/core/submissions/guard.ts';
import { consultationClock } from '../../src/modules/consultations/clock.ts';
import { draftDeclaration } from '../../src/modules/consultations/declaration.ts';
import { pdf } from '../fixtures/media/samples.ts';
import { createTestPortal, type TestPortal } from '../helpers/portal.ts';
import { artifactsDir, browserSkipReason, serveAndLaunch, seriousViolations } from './browser.ts';

const password = 'mat-khau-du-dai-1';
const day = 86_400_000;
const question = 'Thời hạn gia hạn giấy phép lao động cho chuyên gia';

describe('what citizens send, in Chromium', { skip: browserSkipReason }, () => {
  let portal: TestPortal;
  let browser: Browser;
  let base: string;
  const problems: string[] = [];
  const consoleErrors: string[] = [];

  before(async () => {
    portal = await createTestPortal('sqlite', { demo: true });
    const db = portal.ctx.db.kysely;
    await createUser(db, { email: 'bien-tap@bqlkkt.test', name: 'Biên tập viên', role: 'editor', password });
    await createUser(db, { email: 'lanh-dao@bqlkkt.test', name: 'Lãnh đạo Ban', role: 'approver', password });
    const now = Date.now();
    await publishItem(db, draftDeclaration, {
      title: 'Dự thảo Quy chế tiếp nhận hồ sơ qua dịch vụ bưu chính',
      summary: 'Quy định việc tiếp nhận hồ sơ và trả kết quả qua dịch vụ bưu chính công ích.',
      fields: { issuer: 'Văn phòng Ban Quản lý', opensAt: new Date(now - day).toISOString(), closesAt: new Date(now + 7 * day).toISOString(), articles: 'Điều 1. Phạm vi\nĐiều 2. Phí dịch vụ', report: '<p>Nhận được 1 ý kiến; đã tiếp thu.</p>' },
      publishedAt: new Date(now - 2 * day),
      sourceKey: 'browser:draft',
    });
    ({ browser, base } = await serveAndLaunch(portal));
  });
  after(async () => {
    consultationClock.now = () => new Date();
    await browser?.close();
    await portal?.close();
  });

  async function open(width = 390): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && !/status of 4\d\d/.test(m.text()) && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    return { context, page };
  }

  async function staff(email: string): Promise<{ context: BrowserContext; page: Page }> {
    const { context, page } = await open(1280);
    await page.goto(base + '/admin');
    await page.getByLabel('Thư điện tử', { exact: true }).fill(email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(base + '/admin');
    return { context, page };
  }

  /** People take more than the minimum fill time; the page was opened `since`. */
  const humanPause = async (page: Page, since: number) => {
    const left = minFillMs + 200 - (Date.now() - since);
    if (left > 0) await page.waitForTimeout(left);
  };

  it('asks a question, follows its code; staff answer and publish; it appears on /hoi-dap', async () => {
    const { context, page } = await open();
    await page.goto(base + '/hoi-dap');
    await page.getByRole('link', { name: 'Gửi câu hỏi' }).first().click();
    const opened = Date.now();
    problems.push(...(await seriousViolations(page)));
    await page.getByLabel('Lĩnh vực').selectOption({ label: 'Lao động, việc làm' });
    await page.getByLabel('Tiêu đề câu hỏi').fill(question);
    await page.getByLabel('Nội dung câu hỏi').fill('Giấy phép lao động của chuyên gia sắp hết hạn. Hồ sơ gia hạn nộp trước bao nhiêu ngày?');
    await page.getByLabel('Họ và tên').fill('Nguyễn Thị Lan');
    await page.getByLabel('Thư điện tử').fill('lan@@example'); // a mistake first
    const attached = { name: 'Giấy phép lao động.pdf', mimeType: 'application/pdf', buffer: pdf('giay-phep') };
    await page.getByLabel('Tệp đính kèm').setInputFiles(attached);
    await humanPause(page, opened);
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    await page.waitForLoadState('domcontentloaded');
    const summary = page.locator('.error-summary');
    assert.match(await summary.innerText(), /Thư điện tử không đúng dạng/);
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), true, 'the summary takes focus');
    assert.equal(await page.getByLabel('Tiêu đề câu hỏi').inputValue(), question, 'what was typed is kept');
    problems.push(...(await seriousViolations(page)));
    await summary.getByRole('link').first().click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'sf-email', 'the summary’s link leads to the field');
    await page.getByLabel('Thư điện tử').fill('lan@example.vn');
    assert.match(await page.locator('#sf-attachment-hint').innerText(), /Hãy chọn lại tệp/, 'the browser dropped the file: the form says so');
    await page.getByLabel('Tệp đính kèm').setInputFiles(attached);
    await page.waitForTimeout(minFillMs + 200); // the form that came back carries a new token
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    await page.getByRole('heading', { name: 'Đã tiếp nhận câu hỏi' }).waitFor();
    const code = await page.locator('.tracking-code').innerText();
    assert.match(code, /^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await page.screenshot({ path: `${artifactsDir}/question-sent-390.png`, fullPage: true });
    await page.getByRole('link', { name: 'Xem tình trạng câu hỏi' }).click();
    assert.equal(await page.locator('.qa-state').innerText(), 'Đã tiếp nhận');

    const editor = await staff('bien-tap@bqlkkt.test');
    await editor.page.getByRole('link', { name: /Ý kiến, câu hỏi của người dân/ }).click();
    await editor.page.getByRole('link', { name: question }).click();
    const [download] = await Promise.all([editor.page.waitForEvent('download'), editor.page.getByRole('link', { name: 'Giấy phép lao động.pdf' }).click()]);
    assert.equal(download.suggestedFilename(), 'Giấy phép lao động.pdf', 'saved under the sender’s Vietnamese name');
    assert.deepEqual(fs.readFileSync(await download.path()), attached.buffer, 'the bytes as sent');
    await editor.page.getByLabel('Người xử lý').selectOption({ label: 'Biên tập viên' });
    await editor.page.getByRole('button', { name: 'Giao việc' }).click();
    await editor.page.getByLabel('Nội dung trả lời').fill('Hồ sơ đề nghị gia hạn nộp trước ít nhất 5 ngày và không quá 45 ngày trước khi giấy phép hết hạn.');
    await editor.page.getByLabel('Đơn vị trả lời').fill('Phòng Quản lý Doanh nghiệp');
    await editor.page.getByRole('button', { name: 'Lưu câu trả lời' }).click();
    await editor.page.getByText('Đã lưu.').waitFor();
    await editor.context.close();

    await page.goto(`${base}/hoi-dap/tra-cuu?ma=${encodeURIComponent(code.toLowerCase())}`);
    assert.equal(await page.locator('.qa-state').innerText(), 'Đã trả lời');
    assert.match(await page.locator('.qa-answer').innerText(), /không quá 45 ngày/);

    const approver = await staff('lanh-dao@bqlkkt.test');
    await approver.page.goto(base + '/admin/submissions');
    await approver.page.getByRole('link', { name: question }).click();
    await approver.page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await approver.page.getByText(/Đang hiện công khai từ/).waitFor();
    await approver.context.close();

    await page.goto(base + '/hoi-dap');
    await page.getByRole('link', { name: question }).click();
    assert.match(await page.locator('.qa-answer').innerText(), /Phòng Quản lý Doanh nghiệp/);
    assert.ok(!(await page.content()).includes('lan@example.vn'), 'no contact details in public');
    problems.push(...(await seriousViolations(page)));
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, 'no sideways scroll at 390 px');
    await context.close();
  });

  it('comments on an open draft; the comment appears once approved; after closing the form is gone and the report shows', async () => {
    const { context, page } = await open();
    await page.goto(base + '/gop-y-du-thao');
    await page.getByRole('link', { name: 'Dự thảo Quy chế tiếp nhận hồ sơ qua dịch vụ bưu chính' }).click();
    const opened = Date.now();
    await page.getByLabel('Góp ý cho').selectOption({ label: 'Điều 2. Phí dịch vụ' });
    await page.getByLabel('Nội dung góp ý').fill('Đề nghị miễn phí chuyển phát cho hồ sơ của hộ kinh doanh.');
    await page.getByLabel('Họ và tên').fill('Võ Văn Hậu');
    await page.getByLabel('Số điện thoại').fill('0913 222 333');
    await humanPause(page, opened);
    await page.getByRole('button', { name: 'Gửi góp ý' }).click();
    await page.getByRole('heading', { name: 'Đã nhận góp ý' }).waitFor();
    await page.getByRole('link', { name: 'Trở lại dự thảo' }).click();
    assert.equal(await page.locator('.consultation-comments__list li').count(), 0, 'not shown before moderation');

    const approver = await staff('lanh-dao@bqlkkt.test');
    await approver.page.goto(base + '/admin/submissions?loai=comment');
    await approver.page.getByRole('link', { name: /miễn phí chuyển phát/ }).click();
    await approver.page.getByRole('button', { name: 'Công bố', exact: true }).click();
    await approver.page.getByText(/Đang hiện công khai từ/).waitFor();
    await approver.context.close();

    await page.reload();
    assert.match(await page.locator('.consultation-comments__list').innerText(), /Điều 2\. Phí dịch vụ[\s\S]*miễn phí chuyển phát/);
    assert.ok(!(await page.content()).includes('Võ Văn Hậu'), 'never who sent it');
    problems.push(...(await seriousViolations(page)));

    consultationClock.now = () => new Date(Date.now() + 8 * day);
    try {
      await page.reload();
      assert.equal(await page.locator('form.submission-form').count(), 0, 'the form is gone');
      assert.match(await page.locator('.consultation-report').innerText(), /đã tiếp thu/);
      await page.screenshot({ path: `${artifactsDir}/consultation-closed-390.png`, fullPage: true });
    } finally {
      consultationClock.now = () => new Date();
    }
    await context.close();
    assert.deepEqual(problems, []);
    assert.deepEqual(consoleErrors, []);
  });
});
