// The back office's editor island: scripts/build-assets.mjs bundles it, then Chromium runs the
// bundle on a tiny page served under the portal's strict CSP (no inline script or style), with a
// form that autosaves to the same test server. Checks: mounting (textarea hidden, toolbar with
// roving tabindex), bold, paste from Word, figures with alt text and caption, links, tables,
// autosave (CSRF header, JSON, revisions, offline retry, 409 stops it, save on hide, leave
// warning), the plain textarea without JavaScript, and that no CSP violation happens.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifactsDir, browserSkipReason, launchBrowser } from './browser/browser.ts';
import { defaultLabels, format, readLabels } from '../src/admin/editor/labels.ts';
import { isAllowedLinkUrl, normalizeImageUrl, normalizeLinkUrl } from '../src/admin/editor/urls.ts';

const root = process.cwd();
const bundlePath = path.join(root, 'public/build/editor.js');
const csp = "default-src 'self'; script-src 'self'; style-src 'self'";

function runBuild(cwd = root): ReturnType<typeof spawnSync> {
  return spawnSync(process.execPath, [path.join(cwd, 'scripts/build-assets.mjs')], { cwd, encoding: 'utf8' });
}

describe('editor bundle build', () => {
  it('bundles src/admin/editor/editor.ts into public/build/editor.js quickly and prints its size', () => {
    const started = Date.now();
    const result = runBuild();
    assert.equal(result.status, 0, `build failed: ${result.stderr}`);
    assert.ok(Date.now() - started < 5000, 'the build should take well under a second (5 s with node start-up is the limit here)');
    assert.match(String(result.stdout), /public\/build\/editor\.js [\d.]+ KiB \([\d.]+ KiB gzip\)/);
    const code = fs.readFileSync(bundlePath, 'utf8');
    assert.ok(code.length > 50_000, 'the bundle contains TipTap');
    assert.ok(!/\bimport\s*\(|^import /m.test(code), 'one self-contained IIFE, no module imports');
    assert.match(code, /sourceMappingURL=editor\.js\.map/);
    assert.ok(fs.existsSync(bundlePath + '.map'));
  });

  it('exits non-zero with the error when the source does not compile', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-build-'));
    try {
      fs.mkdirSync(path.join(tmp, 'scripts'));
      fs.mkdirSync(path.join(tmp, 'src/admin/editor'), { recursive: true });
      fs.copyFileSync(path.join(root, 'scripts/build-assets.mjs'), path.join(tmp, 'scripts/build-assets.mjs'));
      fs.symlinkSync(path.join(root, 'node_modules'), path.join(tmp, 'node_modules'), 'dir');
      fs.writeFileSync(path.join(tmp, 'src/admin/editor/editor.ts'), 'const x: number = ;\n');
      const result = runBuild(tmp);
      assert.notEqual(result.status, 0);
      assert.match(String(result.stderr), /build failed/);
      assert.match(String(result.stderr), /editor\.ts/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('editor addresses and labels (no browser)', () => {
  it('accepts http(s), mailto, tel and relative links; refuses script and data addresses', () => {
    assert.equal(normalizeLinkUrl('https://kiengiang.gov.vn/tin-tuc'), 'https://kiengiang.gov.vn/tin-tuc');
    assert.equal(normalizeLinkUrl('www.kiengiang.gov.vn'), 'https://www.kiengiang.gov.vn');
    assert.equal(normalizeLinkUrl('mailto:bqlkkt@kiengiang.gov.vn'), 'mailto:bqlkkt@kiengiang.gov.vn');
    assert.equal(normalizeLinkUrl('bqlkkt@kiengiang.gov.vn'), 'mailto:bqlkkt@kiengiang.gov.vn');
    assert.equal(normalizeLinkUrl('tel:+842973862222'), 'tel:+842973862222');
    assert.equal(normalizeLinkUrl('/tin-tuc/abc?trang=2#x'), '/tin-tuc/abc?trang=2#x');
    assert.equal(normalizeLinkUrl('#muc-1'), '#muc-1');
    for (const bad of ['javascript:alert(1)', ' JaVa\tScRiPt:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///C:/a.doc', '//evil.example/x', 'http://', '', 'mailto:']) {
      assert.equal(normalizeLinkUrl(bad), null, bad);
    }
    assert.equal(isAllowedLinkUrl('java\nscript:alert(1)'), false);
    assert.equal(isAllowedLinkUrl('/x'), true);
  });

  it('accepts http(s) and relative image addresses only', () => {
    assert.equal(normalizeImageUrl('/media/2026/anh.webp'), '/media/2026/anh.webp');
    assert.equal(normalizeImageUrl('https://kiengiang.gov.vn/a.jpg'), 'https://kiengiang.gov.vn/a.jpg');
    for (const bad of ['data:image/png;base64,AAAA', 'file:///C:/Users/a.png', 'blob:https://x/1', 'mailto:a@b.c', '//cdn.example/a.png', 'a b.png']) {
      assert.equal(normalizeImageUrl(bad), null, bad);
    }
  });

  it('reads labels from data-labels and falls back to English for missing keys', () => {
    const labels = readLabels(JSON.stringify({ bold: 'Chữ đậm', saved: 'Đã lưu lúc {time}', italic: 5 }));
    assert.equal(labels.bold, 'Chữ đậm');
    assert.equal(labels.italic, defaultLabels.italic);
    assert.equal(format(labels.saved, { time: '10:04:05' }), 'Đã lưu lúc 10:04:05');
    assert.equal(readLabels('{not json').bold, 'Bold');
  });
});

// ---------------------------------------------------------------------------------------------
// Browser tests

const viLabels = {
  toolbar: 'Định dạng',
  bold: 'Chữ đậm',
  italic: 'Chữ nghiêng',
  link: 'Liên kết',
  linkPrompt: 'Địa chỉ liên kết',
  linkInvalid: 'Địa chỉ phải bắt đầu bằng https://, http://, mailto:, tel: hoặc /.',
  image: 'Hình ảnh',
  imageUrl: 'Địa chỉ ảnh',
  imageAlt: 'Văn bản thay thế',
  imageAltRequired: 'Văn bản thay thế là bắt buộc.',
  imageCaption: 'Chú thích',
  mediaPicker: 'Thư viện ảnh',
  insert: 'Chèn',
  cancel: 'Hủy',
  table: 'Chèn bảng',
  addRowAfter: 'Thêm hàng bên dưới',
  deleteTable: 'Xóa bảng',
  saving: 'Đang lưu…',
  saved: 'Đã lưu lúc {time}',
  offline: 'Mất kết nối, sẽ thử lại.',
  conflict: 'Xung đột phiên bản.',
  unsavedChanges: 'Có thay đổi chưa lưu.',
};

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function testPage(options: { autosave?: boolean; interval?: number; picker?: string }): string {
  const formAttrs = options.autosave ? ` data-autosave-url="/autosave" data-revision="7" data-autosave-interval="${options.interval ?? 400}"` : '';
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="tok-123">
<title>Soạn bài</title>
<link rel="stylesheet" href="/css/editor.css">
<script src="/build/editor.js" defer></script>
</head>
<body>
<main>
<h1>Soạn bài</h1>
<form method="post" action="/submit"${formAttrs}>
<p><label for="title">Tiêu đề</label><br><input id="title" name="title" value="Bài thử"></p>
<p><label for="summary">Sapo</label><br><textarea id="summary" name="summary">Tóm tắt</textarea></p>
<input type="hidden" name="baseRevision" value="7">
<div data-editor data-labels="${escapeAttr(JSON.stringify(viLabels))}" data-media-picker-url="${options.picker ?? '/media'}">
<label for="body">Nội dung</label>
<textarea id="body" name="body" rows="20" required>${escapeAttr('<p>Xin chào</p>')}</textarea>
</div>
<button type="submit">Lưu</button>
</form>
</main>
</body>
</html>`;
}

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30" viewBox="0 0 40 30"><rect width="40" height="30" fill="#0b3a6b"/></svg>';

interface Save {
  headers: http.IncomingHttpHeaders;
  json: { title: string; summary: string; body: string; baseRevision: number | null };
}

const server = {
  mode: 'ok' as 'ok' | 'conflict' | 'drop',
  revision: 7,
  saves: [] as Save[],
  submitted: [] as string[],
  uploads: [] as { headers: http.IncomingHttpHeaders; body: string }[],
  altSaves: [] as { url: string; headers: http.IncomingHttpHeaders; json: { alt: string; replace: boolean } }[],
};

// the second picker (/media2): file names, an item without alt text, uploads and alt text saved back
const picker2 = {
  uploadUrl: '/media2/upload',
  items: [
    { id: 11, name: 'cang-hon-chong.jpg', url: '/img/cang-bien.svg', alt: 'Cảng biển Hòn Chông', caption: '', thumbUrl: '/img/cang-bien-thumb.svg', altUrl: '/media2/11/alt' },
    { id: 12, name: 'So do khu kinh te.png', url: '/img/so-do.svg', alt: '', caption: '', thumbUrl: '/img/so-do-thumb.svg', altUrl: '/media2/12/alt' },
    { id: 13, name: 'anh-cua-nguoi-khac.png', url: '/img/khac.svg', alt: '', caption: '', thumbUrl: '/img/khac-thumb.svg', altUrl: null },
  ],
};

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

const httpServer = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const send = (status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, { 'content-type': type, 'content-security-policy': csp, 'cache-control': 'no-store' });
    res.end(body);
  };
  if (req.method === 'GET' && url.pathname === '/') {
    const interval = url.searchParams.get('interval');
    return send(200, 'text/html; charset=utf-8', testPage({ autosave: url.searchParams.has('autosave'), interval: interval ? Number(interval) : undefined, picker: url.searchParams.get('picker') ?? undefined }));
  }
  if (req.method === 'GET' && url.pathname === '/build/editor.js') return send(200, 'text/javascript; charset=utf-8', fs.readFileSync(bundlePath));
  if (req.method === 'GET' && url.pathname === '/build/editor.js.map') return send(200, 'application/json', fs.readFileSync(bundlePath + '.map'));
  if (req.method === 'GET' && url.pathname === '/css/editor.css') return send(200, 'text/css; charset=utf-8', fs.readFileSync(path.join(root, 'public/css/editor.css')));
  if (req.method === 'GET' && url.pathname.startsWith('/img/')) return send(200, 'image/svg+xml', svg);
  if (req.method === 'GET' && url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
  if (req.method === 'GET' && url.pathname === '/media') {
    return send(200, 'application/json', JSON.stringify({
      items: [
        { id: 1, url: '/img/cang-bien.svg', alt: 'Cảng biển Hòn Chông', caption: 'Cảng Hòn Chông, Kiên Lương', thumbUrl: '/img/cang-bien-thumb.svg' },
        { id: 2, url: 'javascript:alert(1)', alt: 'bad', caption: '', thumbUrl: '' },
      ],
    }));
  }
  if (req.method === 'GET' && url.pathname === '/media2') return send(200, 'application/json', JSON.stringify(picker2));
  if (req.method === 'POST' && url.pathname === '/media2/upload') {
    const text = await readBody(req);
    server.uploads.push({ headers: req.headers, body: text });
    if (text.includes('hong.png')) {
      return send(415, 'application/json', JSON.stringify({ items: [], errors: [{ code: 'SVG_REFUSED', message: 'The file is an SVG image.', messageVi: 'Tệp là ảnh SVG: không được nhận.' }] }));
    }
    return send(201, 'application/json', JSON.stringify({ items: [{ id: 14, kind: 'image', name: 'Ảnh mới tải lên.png', url: '/img/moi.svg', thumbUrl: '/img/moi-thumb.svg', alt: '', altUrl: '/media2/14/alt', duplicate: false }], errors: [] }));
  }
  if (req.method === 'POST' && /^\/media2\/\d+\/alt$/.test(url.pathname)) {
    server.altSaves.push({ url: url.pathname, headers: req.headers, json: JSON.parse(await readBody(req)) as { alt: string; replace: boolean } });
    return send(200, 'application/json', JSON.stringify({ saved: true }));
  }
  if (req.method === 'POST' && url.pathname === '/autosave') {
    const text = await readBody(req);
    server.saves.push({ headers: req.headers, json: JSON.parse(text) as Save['json'] });
    if (server.mode === 'drop') {
      req.socket.destroy();
      return;
    }
    if (server.mode === 'conflict') {
      return send(409, 'application/json', JSON.stringify({
        error: { code: 'conflict', message: 'Bài viết vừa được Nguyễn Văn A lưu lúc 10:05; tự động lưu đã dừng.' },
        current: { revision: server.revision + 1 },
      }));
    }
    server.revision++;
    return send(200, 'application/json', JSON.stringify({ revision: server.revision, savedAt: '2026-11-27T03:04:05.000Z' }));
  }
  if (req.method === 'POST' && url.pathname === '/submit') {
    server.submitted.push(await readBody(req));
    return send(200, 'text/html; charset=utf-8', '<!doctype html><title>ok</title><p>ok</p>');
  }
  send(404, 'text/plain', 'not found');
});

async function until(what: string, check: () => boolean | Promise<boolean>, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`timed out waiting for: ${what}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const wordHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-size:12.0pt;} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
</head>
<body lang=VI style='tab-interval:36.0pt'>
<!--StartFragment-->
<h1 style='mso-outline-level:1'><a name="_Toc1"></a><span lang=VI style='font-family:"Times New Roman",serif;mso-fareast-font-family:"Times New Roman"'>Tiêu đề từ Word<o:p></o:p></span></h1>
<p class=MsoNormal style='text-align:justify;mso-line-height-alt:12pt'><span style='font-size:13.0pt;mso-bidi-font-size:12pt'>Đoạn văn có <b>chữ đậm</b>, <i>chữ nghiêng</i> và <a href="https://kiengiang.gov.vn/">một liên kết</a>, <a href="javascript:alert(1)">không phải liên kết</a>.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Mục một<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Mục hai<o:p></o:p></p>
<p class=MsoNormal style='margin-left:36pt;text-indent:-18pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Bước một<o:p></o:p></p>
<p class=MsoNormal style='margin-left:36pt;text-indent:-18pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>2.<span>&nbsp;</span></span><![endif]>Bước hai<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
<tr style='mso-yfti-irow:0'><td width=200 valign=top style='width:150pt;border:solid windowtext 1.0pt'><p class=MsoNormal><b>Khu kinh tế</b><o:p></o:p></p></td><td width=200 valign=top style='width:150pt'><p class=MsoNormal><b>Diện tích</b></p></td></tr>
<tr><td style='width:150pt'><p class=MsoNormal>Phú Quốc<o:p></o:p></p></td><td><p class=MsoNormal>58.923 ha</p></td></tr>
</table>
<p class=MsoNormal><font face="Arial" color="red">Chữ font cũ</font> <span style='font-weight:bold'>đậm bằng style</span><img src="file:///C:/Users/a/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png" width=10></p>
<!--EndFragment-->
</body>
</html>`;

describe('editor in Chromium under a strict CSP', { skip: browserSkipReason }, () => {
  let browser: Browser;
  let base: string;
  const contexts: BrowserContext[] = [];

  before(async () => {
    const build = runBuild();
    assert.equal(build.status, 0, `build failed: ${build.stderr}`);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });
  after(async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    await new Promise((resolve) => httpServer.close(resolve));
  });

  /** Opens the test page and collects every CSP violation, console error and page error. */
  async function open(query = '', contextOptions: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1280, height: 900 }, ...contextOptions });
    contexts.push(context);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    if (contextOptions.javaScriptEnabled !== false) {
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} blocked=${e.blockedURI} sample=${e.sample}`);
        }, true);
      });
    }
    await page.goto(base + '/' + query);
    if (contextOptions.javaScriptEnabled !== false) await page.locator('.editor-content').waitFor();
    return { page, problems };
  }

  const body = (page: Page) => page.locator('textarea[name="body"]').inputValue();
  const button = (page: Page, name: string) => page.getByRole('toolbar').getByRole('button', { name, exact: true });

  it('mounts: hides the textarea, shows the content, a labelled toolbar with one tab stop', async () => {
    const { page, problems } = await open();
    const textarea = page.locator('textarea[name="body"]');
    assert.equal(await textarea.isHidden(), true);
    assert.equal(await textarea.getAttribute('required'), null, 'a hidden required field would block submit');
    const content = page.getByRole('textbox', { name: 'Nội dung' });
    assert.equal(await content.getAttribute('contenteditable'), 'true');
    assert.equal(await content.getAttribute('aria-required'), 'true');
    assert.equal(await content.innerText(), 'Xin chào');
    assert.equal(await body(page), '<p>Xin chào</p>');
    assert.ok(parseFloat(await content.evaluate((el) => getComputedStyle(el).minHeight)) >= 300, 'editor.css is applied (min-height ~24rem)');

    const toolbar = page.getByRole('toolbar', { name: 'Định dạng' });
    const buttons = toolbar.getByRole('button');
    const count = await buttons.count();
    assert.ok(count >= 20, `toolbar has every command (${count})`);
    const info = await buttons.evaluateAll((els) => els.map((b) => ({ type: b.getAttribute('type'), label: b.getAttribute('aria-label'), title: b.getAttribute('title'), tab: b.getAttribute('tabindex') })));
    assert.ok(info.every((b) => b.type === 'button' && b.label && b.title === b.label), 'real type=button elements with aria-label and title');
    assert.equal(info.filter((b) => b.tab === '0').length, 1, 'roving tabindex: one tab stop');
    assert.equal(await button(page, 'Chữ đậm').getAttribute('aria-pressed'), 'false');
    assert.equal(await button(page, 'Underline').getAttribute('aria-label'), 'Underline', 'a key missing from data-labels falls back to English');
    assert.equal(await button(page, 'Thêm hàng bên dưới').getAttribute('aria-disabled'), 'true', 'table commands are disabled outside a table');

    // keyboard: Tab from the summary reaches the toolbar's single stop; arrows, End, Home move
    await page.locator('#summary').focus();
    await page.keyboard.press('Tab');
    const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);
    assert.equal(await focusedLabel(), info[0]!.label);
    await page.keyboard.press('ArrowRight');
    assert.equal(await focusedLabel(), info[1]!.label);
    await page.keyboard.press('End');
    assert.equal(await focusedLabel(), info[count - 1]!.label);
    await page.keyboard.press('ArrowRight');
    assert.equal(await focusedLabel(), info[0]!.label, 'wraps around');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Tab');
    assert.equal(await focusedLabel(), 'DIV', 'Tab leaves the toolbar for the editing area');
    assert.equal(await buttons.evaluateAll((els) => els.filter((b) => b.getAttribute('tabindex') === '0').length), 1);
    // Alt+F10 from the text reaches the toolbar's current button; Escape goes back
    await page.keyboard.press('Alt+F10');
    assert.equal(await focusedLabel(), info[count - 1]!.label);
    await page.keyboard.press('Escape');
    await until('focus back in the text', () => page.evaluate(() => document.activeElement?.classList.contains('editor-content') === true));
    assert.deepEqual(problems, []);
  });

  it('typing, then the Bold button, puts <strong> in the textarea; the form submits the body', async () => {
    const { page, problems } = await open();
    await page.locator('.editor-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' và ');
    await button(page, 'Chữ đậm').click();
    assert.equal(await button(page, 'Chữ đậm').getAttribute('aria-pressed'), 'true');
    await page.keyboard.type('chữ đậm');
    assert.equal(await body(page), '<p>Xin chào và <strong>chữ đậm</strong></p>');
    // selecting text and pressing the button also works, and undo takes it back
    await page.keyboard.press('Control+a');
    await button(page, 'Chữ nghiêng').click();
    assert.match(await body(page), /<em>/);
    await button(page, 'Undo').click();
    assert.equal(await body(page), '<p>Xin chào và <strong>chữ đậm</strong></p>');

    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL('**/submit');
    const form = new URLSearchParams(server.submitted.at(-1));
    assert.equal(form.get('body'), '<p>Xin chào và <strong>chữ đậm</strong></p>');
    assert.equal(form.get('title'), 'Bài thử');
    assert.deepEqual(problems, []);
  });

  it('pasting from Word keeps the structure and drops the Office markup', async () => {
    const { page, problems } = await open();
    await page.locator('.editor-content').click();
    await page.keyboard.press('Control+a');
    await page.locator('.editor-content').evaluate((el, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'Tiêu đề từ Word');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, wordHtml);
    const html = await body(page);
    for (const junk of ['mso', 'Mso', 'style=', 'class=', '<o:p', 'o:p>', '<font', '<span', '<!--', 'lang=', 'width=', 'valign', 'file:', 'javascript:', '·', 'name=']) {
      assert.ok(!html.includes(junk), `pasted HTML contains ${junk}: ${html}`);
    }
    assert.match(html, /^<h2>Tiêu đề từ Word<\/h2>/);
    assert.match(html, /<p>Đoạn văn có <strong>chữ đậm<\/strong>, <em>chữ nghiêng<\/em> và <a href="https:\/\/kiengiang\.gov\.vn\/">một liên kết<\/a>, không phải liên kết\.<\/p>/);
    assert.match(html, /<ul><li><p>Mục một<\/p><\/li><li><p>Mục hai<\/p><\/li><\/ul>/);
    assert.match(html, /<ol><li><p>Bước một<\/p><\/li><li><p>Bước hai<\/p><\/li><\/ol>/);
    assert.match(html, /<table><tbody><tr><td><p><strong>Khu kinh tế<\/strong><\/p><\/td><td><p><strong>Diện tích<\/strong><\/p><\/td><\/tr><tr><td><p>Phú Quốc<\/p><\/td><td><p>58\.923 ha<\/p><\/td><\/tr><\/tbody><\/table>/);
    assert.match(html, /<p>Chữ font cũ <strong>đậm bằng style<\/strong><\/p>$/);
    assert.ok(!html.includes('<p></p>'), 'the empty Word paragraph is gone');

    // Google Docs: a <b style="font-weight:normal"> around everything, meaning only in styles
    await page.keyboard.press('Control+a');
    await page.locator('.editor-content').evaluate((el, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b"><p dir="ltr" style="line-height:1.38;margin-top:0pt;"><span style="font-size:11pt;font-family:Arial;color:#000000;font-weight:700;font-style:normal;">Đậm</span><span style="font-size:11pt;font-weight:400;font-style:italic;"> nghiêng</span></p></b>');
    assert.equal(await body(page), '<p><strong>Đậm</strong><em> nghiêng</em></p>');

    // a figure without a caption, a bare image, and one with a local file address
    await page.keyboard.press('Control+a');
    await page.locator('.editor-content').evaluate((el, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, '<p>Ảnh:</p><figure><img src="/img/a.svg" alt="Ảnh A"></figure><p><img src="/img/b.svg" alt="Ảnh B"></p><p><img src="file:///C:/x.png">Hết</p>');
    assert.equal(
      await body(page),
      '<p>Ảnh:</p><figure><img src="/img/a.svg" alt="Ảnh A"><figcaption></figcaption></figure><figure><img src="/img/b.svg" alt="Ảnh B"><figcaption></figcaption></figure><p>Hết</p>',
    );
    assert.deepEqual(problems, []);
  });

  it('inserts a figure with alt text (required) and caption, from the media picker', async () => {
    const { page, problems } = await open();
    await page.locator('.editor-content').click();
    await page.keyboard.press('Control+End');
    await button(page, 'Hình ảnh').click();
    const dialog = page.getByRole('dialog', { name: 'Hình ảnh' });
    await dialog.waitFor();
    // the picker lists the one acceptable item (the javascript: one is dropped)
    const items = dialog.getByRole('list').getByRole('button');
    await items.first().waitFor();
    assert.equal(await items.count(), 1);
    assert.ok(await items.first().locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0 && img.getAttribute('src') === '/img/cang-bien-thumb.svg'));
    await items.first().click();
    assert.equal(await items.first().getAttribute('aria-pressed'), 'true');
    assert.equal(await dialog.getByLabel('Địa chỉ ảnh').inputValue(), '/img/cang-bien.svg');
    assert.equal(await dialog.getByLabel('Văn bản thay thế').inputValue(), 'Cảng biển Hòn Chông');
    assert.equal(await dialog.getByLabel('Chú thích').inputValue(), 'Cảng Hòn Chông, Kiên Lương');

    // alt text is required
    await dialog.getByLabel('Văn bản thay thế').fill('  ');
    await dialog.getByRole('button', { name: 'Chèn' }).click();
    assert.equal(await dialog.isVisible(), true);
    assert.equal(await dialog.getByText('Văn bản thay thế là bắt buộc.').isVisible(), true);
    assert.equal(await dialog.getByLabel('Văn bản thay thế').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid')), 'true', 'focus goes to the field in error');

    await dialog.getByLabel('Văn bản thay thế').fill('Tàu cập cảng Hòn Chông');
    await dialog.getByLabel('Chú thích').fill('Cảng Hòn Chông');
    await dialog.getByRole('button', { name: 'Chèn' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.match(await body(page), /<p>Xin chào<\/p><figure><img src="\/img\/cang-bien\.svg" alt="Tàu cập cảng Hòn Chông"><figcaption>Cảng Hòn Chông<\/figcaption><\/figure>/);
    const img = page.locator('.editor-content figure img');
    assert.ok(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), 'the image shows in the editor');

    // the caption is edited in place
    await page.locator('.editor-content figcaption').click();
    await page.keyboard.press('End');
    await page.keyboard.type(', Kiên Lương');
    assert.match(await body(page), /<figcaption>Cảng Hòn Chông, Kiên Lương<\/figcaption>/);

    // with the caret in the figure, the Image button edits it; a manual address is accepted
    await button(page, 'Hình ảnh').click();
    await dialog.waitFor();
    assert.equal(await dialog.getByLabel('Văn bản thay thế').inputValue(), 'Tàu cập cảng Hòn Chông');
    await dialog.getByLabel('Địa chỉ ảnh').fill('data:image/png;base64,AAAA');
    await dialog.getByRole('button', { name: 'Update' }).click();
    assert.equal(await dialog.isVisible(), true, 'data: addresses are refused');
    await dialog.getByLabel('Địa chỉ ảnh').fill('/img/khac.svg');
    await dialog.getByRole('button', { name: 'Update' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.match(await body(page), /<figure><img src="\/img\/khac\.svg" alt="Tàu cập cảng Hòn Chông"><figcaption>Cảng Hòn Chông, Kiên Lương<\/figcaption><\/figure>/);

    // Escape cancels and returns focus to the editor
    await button(page, 'Hình ảnh').click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await until('focus back in the text', () => page.evaluate(() => document.activeElement?.classList.contains('editor-content') === true));
    assert.deepEqual(problems, []);
  });

  it('links: refuses javascript:, completes a bare host name, removes with the Unlink button', async () => {
    const { page, problems } = await open();
    await page.locator('.editor-content').click();
    await page.keyboard.press('Control+a');
    await button(page, 'Liên kết').click();
    const dialog = page.getByRole('dialog', { name: 'Liên kết' });
    const field = dialog.getByLabel('Địa chỉ liên kết');
    await field.fill('javascript:alert(1)');
    await dialog.getByRole('button', { name: 'Chèn' }).click();
    assert.equal(await dialog.getByText(viLabels.linkInvalid).isVisible(), true);
    await field.fill('www.kiengiang.gov.vn');
    await field.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await body(page), '<p><a href="https://www.kiengiang.gov.vn">Xin chào</a></p>');
    assert.equal(await button(page, 'Liên kết').getAttribute('aria-pressed'), 'true');
    await button(page, 'Remove link').click();
    assert.equal(await body(page), '<p>Xin chào</p>');
    assert.deepEqual(problems, []);
  });

  it('tables: 3×3 with a header row, add and delete rows and columns, no inline style', async () => {
    const { page, problems } = await open();
    await page.locator('.editor-content').click();
    await page.keyboard.press('Control+End');
    await button(page, 'Chèn bảng').click();
    let html = await body(page);
    assert.equal((html.match(/<tr>/g) ?? []).length, 3, html);
    assert.equal((html.match(/<th>/g) ?? []).length, 3);
    assert.equal((html.match(/<td>/g) ?? []).length, 6);
    assert.ok(!/style=|colgroup|colwidth/.test(html), html);
    assert.equal(await button(page, 'Thêm hàng bên dưới').getAttribute('aria-disabled'), null);
    await page.keyboard.type('Khu kinh tế');
    await button(page, 'Thêm hàng bên dưới').click();
    await button(page, 'Add column to the right').click();
    html = await body(page);
    assert.equal((html.match(/<tr>/g) ?? []).length, 4);
    assert.equal((html.match(/<th>/g) ?? []).length, 4);
    assert.match(html, /<th><p>Khu kinh tế<\/p><\/th>/);
    await button(page, 'Delete column').click();
    html = await body(page);
    assert.equal((html.match(/<th>/g) ?? []).length, 3, html);
    assert.ok(!html.includes('Khu kinh tế'), 'the column with the caret is gone');
    await button(page, 'Delete row').click();
    html = await body(page);
    assert.equal((html.match(/<tr>/g) ?? []).length, 3, html);
    assert.ok(!/style=/.test(await page.locator('.editor-content').innerHTML()), 'no style attribute in the live DOM either');
    await button(page, 'Xóa bảng').click();
    assert.ok(!(await body(page)).includes('<table'));
    assert.deepEqual(problems, []);
  });

  it('autosave: CSRF header and JSON, revisions, offline retry, then a 409 stops it for good', async () => {
    server.mode = 'ok';
    server.revision = 7;
    server.saves = [];
    const { page, problems } = await open('?autosave&interval=400');
    const status = page.locator('[data-autosave-status]');
    assert.equal(await status.getAttribute('aria-live'), 'polite', 'the status element is created');
    await sleep(900);
    assert.equal(server.saves.length, 0, 'nothing is saved before a change');

    await page.locator('#title').fill('Tiêu đề mới');
    await page.locator('.editor-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' một');
    await until('first autosave', () => server.saves.length >= 1);
    await until('saved status', async () => (await status.textContent()) === 'Đã lưu lúc 10:04:05');
    const first = server.saves[0]!;
    assert.equal(first.headers['x-csrf-token'], 'tok-123');
    assert.match(String(first.headers['content-type']), /^application\/json/);
    assert.equal(first.json.title, 'Tiêu đề mới');
    assert.equal(first.json.summary, 'Tóm tắt');
    assert.equal(first.json.baseRevision, 7);
    assert.match(first.json.body, /^<p>Xin chào/); // the title alone may have been saved first
    assert.deepEqual(Object.keys(first.json).sort(), ['baseRevision', 'body', 'summary', 'title']);
    await until('all typing saved', () => server.saves.at(-1)!.json.body === '<p>Xin chào một</p>');
    assert.equal(await status.getAttribute('class'), 'autosave-status autosave-status--saved');
    const revisionAfterFirst = server.revision;
    assert.equal(await page.locator('input[name="baseRevision"]').inputValue(), String(revisionAfterFirst));
    const settled = server.saves.length;
    await sleep(1000);
    assert.equal(server.saves.length, settled, 'no save without a change');

    // the summary counts as a change; each save is based on the previous one's revision
    await page.locator('#summary').fill('Sapo mới');
    await until('summary saved', () => server.saves.length > settled);
    assert.equal(server.saves.at(-1)!.json.summary, 'Sapo mới');
    assert.equal(server.saves.at(-1)!.json.baseRevision, revisionAfterFirst);
    await until('revision written back', async () => (await page.locator('input[name="baseRevision"]').inputValue()) === String(server.revision));

    // no answer: "offline, will retry", and the next tick retries
    server.mode = 'drop';
    const beforeDrop = server.saves.length;
    await page.locator('.editor-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' hai');
    await until('offline status', async () => (await status.textContent()) === viLabels.offline);
    assert.match(String(await status.getAttribute('class')), /autosave-status--error/);
    await until('retried', () => server.saves.length >= beforeDrop + 2);
    server.mode = 'ok';
    const revisionBeforeRetry = server.revision;
    await until('saved after the retry', () => server.revision > revisionBeforeRetry);
    const retried = server.saves.find((s, i) => i >= beforeDrop + 2 && s.json.baseRevision === revisionBeforeRetry);
    assert.ok(retried, 'the retry is based on the last revision the server confirmed');
    await until('everything saved', () => server.saves.at(-1)!.json.body === '<p>Xin chào một hai</p>');
    await until('saved status after retry', async () => (await status.textContent()) === 'Đã lưu lúc 10:04:05');

    // someone else saved: 409 shows the server's message and autosave stops
    server.mode = 'conflict';
    const beforeConflict = server.saves.length;
    await page.keyboard.type(' ba');
    await until('conflicting save', () => server.saves.length > beforeConflict);
    assert.equal(server.saves.at(-1)!.json.baseRevision, server.revision);
    await until('conflict status', async () => (await status.textContent()) === 'Bài viết vừa được Nguyễn Văn A lưu lúc 10:05; tự động lưu đã dừng.');
    assert.match(String(await status.getAttribute('class')), /autosave-status--warning/);
    const afterConflict = server.saves.length;
    server.mode = 'ok';
    await page.keyboard.type(' bốn');
    await page.locator('#title').fill('Tiêu đề khác');
    await sleep(1500);
    assert.equal(server.saves.length, afterConflict, 'no autosave after a conflict: it never overwrites the other save');

    // leaving with unsaved changes asks first
    const dialog = new Promise<string>((resolve) => page.once('dialog', (d) => {
      resolve(d.type());
      void d.dismiss();
    }));
    await page.close({ runBeforeUnload: true });
    assert.equal(await dialog, 'beforeunload');
    // the browser logs the dropped connection and the 409 it was told to expect; nothing else
    assert.deepEqual(problems.filter((p) => !/Failed to load resource: (net::ERR_EMPTY_RESPONSE|the server responded with a status of 409)/.test(p)), []);
  });

  it('autosave: saves at once when the page is hidden', async () => {
    server.mode = 'ok';
    server.saves = [];
    const { page, problems } = await open('?autosave&interval=60000');
    await page.locator('.editor-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' ẩn');
    await sleep(300);
    assert.equal(server.saves.length, 0);
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await until('save on hide', () => server.saves.length === 1, 3000);
    assert.equal(server.saves[0]!.json.body, '<p>Xin chào ẩn</p>');
    assert.equal(server.saves[0]!.headers['x-csrf-token'], 'tok-123');
    assert.deepEqual(problems, []);
  });

  it('autosave: Save pressed while an autosave is on its way waits for it and sends its revision (no 409 against oneself)', async () => {
    server.mode = 'ok';
    server.revision = 7;
    server.saves = [];
    server.submitted = [];
    const { page, problems } = await open('?autosave&interval=60000');
    // hold the autosave's request until Save has been pressed
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let held = false;
    await page.route('**/autosave', async (route) => {
      held = true;
      await gate;
      await route.continue();
    });
    await page.locator('.editor-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' lưu');
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await until('autosave on its way', () => held, 3000);
    await page.getByRole('button', { name: 'Lưu' }).click();
    assert.equal(server.submitted.length, 0, 'the form waits for the autosave');
    release();
    await page.waitForURL('**/submit');
    assert.equal(server.saves.length, 1);
    const form = new URLSearchParams(server.submitted.at(-1));
    assert.equal(form.get('baseRevision'), '8', 'the revision the autosave produced');
    assert.equal(form.get('body'), '<p>Xin chào lưu</p>');
    assert.deepEqual(problems, []);
  });

  it('media picker: shows each image’s file name and alt text (or that it has none)', async () => {
    const { page, problems } = await open('?picker=/media2');
    await page.locator('.editor-content').click();
    await button(page, 'Hình ảnh').click();
    const dialog = page.getByRole('dialog', { name: 'Hình ảnh' });
    const items = dialog.getByRole('list').getByRole('button');
    await items.first().waitFor();
    assert.equal(await items.count(), 3);
    assert.deepEqual(await dialog.locator('.media-picker__name').allTextContents(), ['cang-hon-chong.jpg', 'So do khu kinh te.png', 'anh-cua-nguoi-khac.png']);
    assert.deepEqual(await dialog.locator('.media-picker__alt').allTextContents(), ['Cảng biển Hòn Chông', 'No description yet', 'No description yet']);
    assert.equal(await items.nth(1).getAttribute('aria-pressed'), 'false');
    // the button's accessible name says which file and what it shows
    await dialog.getByRole('button', { name: /So do khu kinh te\.png/ }).click();
    assert.equal(await dialog.getByLabel('Địa chỉ ảnh').inputValue(), '/img/so-do.svg');
    assert.equal(await dialog.getByText('The library has no description for this image: the one you type will be saved there too.').isVisible(), true);
    assert.equal(await dialog.getByLabel('Also save this description in the media library').isVisible(), false);
    await dialog.getByRole('button', { name: /cang-hon-chong\.jpg/ }).click();
    assert.equal(await dialog.getByLabel('Also save this description in the media library').isVisible(), true, 'an item with a description offers to replace it');
    assert.equal(await dialog.getByLabel('Upload an image from your computer').isVisible(), true);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    assert.deepEqual(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), [], 'the dialog with names, upload and the checkbox passes axe');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.deepEqual(problems, []);
  });

  it('media picker: uploads from the dialog (CSRF header), selects the new image and saves the alt text to it', async () => {
    server.uploads = [];
    server.altSaves = [];
    const { page, problems } = await open('?picker=/media2');
    await page.locator('.editor-content').click();
    await page.keyboard.press('Control+End');
    await button(page, 'Hình ảnh').click();
    const dialog = page.getByRole('dialog', { name: 'Hình ảnh' });
    await dialog.getByRole('list').getByRole('button').first().waitFor();
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

    // a refusal shows the server's reason in the page's language, and nothing is selected
    await dialog.getByLabel('Upload an image from your computer').setInputFiles({ name: 'hong.png', mimeType: 'image/png', buffer: png });
    await until('refusal shown', async () => ((await dialog.getByRole('status').textContent()) ?? '').includes('Tệp là ảnh SVG: không được nhận.'));
    assert.equal(await dialog.getByLabel('Địa chỉ ảnh').inputValue(), '');

    await dialog.getByLabel('Upload an image from your computer').setInputFiles({ name: 'Ảnh mới tải lên.png', mimeType: 'image/png', buffer: png });
    await until('uploaded', async () => (await dialog.getByLabel('Địa chỉ ảnh').inputValue()) === '/img/moi.svg');
    assert.equal(server.uploads.length, 2);
    const sent = server.uploads[1]!;
    assert.equal(sent.headers['x-csrf-token'], 'tok-123');
    assert.match(String(sent.headers['content-type']), /^multipart\/form-data; boundary=/);
    assert.match(String(sent.headers.accept), /application\/json/);
    assert.match(sent.body, /name="files"; filename="/);
    assert.equal(await dialog.getByRole('status').textContent(), 'Uploaded and selected: Ảnh mới tải lên.png');
    const first = dialog.getByRole('list').getByRole('button').first();
    assert.equal(await first.getAttribute('aria-pressed'), 'true', 'the new image is first in the list and selected');
    assert.equal(await first.locator('.media-picker__name').textContent(), 'Ảnh mới tải lên.png');

    await dialog.getByLabel('Văn bản thay thế').fill('Lễ khởi công cảng mới');
    await dialog.getByRole('button', { name: 'Chèn' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.match(await body(page), /<figure><img src="\/img\/moi\.svg" alt="Lễ khởi công cảng mới"><figcaption><\/figcaption><\/figure>/);
    await until('alt text saved to the library', () => server.altSaves.length === 1);
    assert.deepEqual(server.altSaves[0]!.json, { alt: 'Lễ khởi công cảng mới', replace: false });
    assert.equal(server.altSaves[0]!.url, '/media2/14/alt');
    assert.equal(server.altSaves[0]!.headers['x-csrf-token'], 'tok-123');
    assert.match(String(server.altSaves[0]!.headers['content-type']), /^application\/json/);
    assert.deepEqual(problems.filter((p) => !/status of 415/.test(p) && !/upload failed/.test(p)), []);
  });

  it('media picker: an existing description is replaced only when asked; an item the user may not edit is left alone', async () => {
    server.altSaves = [];
    const { page, problems } = await open('?picker=/media2');
    const dialog = page.getByRole('dialog', { name: 'Hình ảnh' });
    const insertFrom = async (name: RegExp, alt: string, tick: boolean) => {
      await page.locator('.editor-content').click();
      await page.keyboard.press('Control+End');
      await button(page, 'Hình ảnh').click();
      await dialog.getByRole('button', { name }).click();
      const check = dialog.getByLabel('Also save this description in the media library');
      if (tick) await check.check();
      await dialog.getByLabel('Văn bản thay thế').fill(alt);
      await dialog.getByRole('button', { name: 'Chèn' }).click();
      await dialog.waitFor({ state: 'detached' });
    };
    await insertFrom(/cang-hon-chong\.jpg/, 'Cảng Hòn Chông nhìn từ trên cao', false);
    await insertFrom(/anh-cua-nguoi-khac\.png/, 'Ảnh của người khác', false);
    await sleep(300);
    assert.equal(server.altSaves.length, 0, 'the library keeps its description; no right to edit the other item');
    await insertFrom(/cang-hon-chong\.jpg/, 'Cảng Hòn Chông lúc bình minh', true);
    await until('replaced in the library', () => server.altSaves.length === 1);
    assert.deepEqual(server.altSaves[0]!.json, { alt: 'Cảng Hòn Chông lúc bình minh', replace: true });
    assert.equal(server.altSaves[0]!.url, '/media2/11/alt');
    assert.deepEqual(problems, []);
  });

  it('Enter in a figure caption leaves it and starts a new paragraph below the figure', async () => {
    const { page, problems } = await open();
    await page.locator('.editor-content').click();
    await page.keyboard.press('Control+End');
    await button(page, 'Hình ảnh').click();
    const dialog = page.getByRole('dialog', { name: 'Hình ảnh' });
    await dialog.getByLabel('Địa chỉ ảnh').fill('/img/cang-bien.svg');
    await dialog.getByLabel('Văn bản thay thế').fill('Cảng biển');
    await dialog.getByLabel('Chú thích').fill('Cảng Hòn Chông');
    await dialog.getByRole('button', { name: 'Chèn' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.editor-content figcaption').click();
    await page.keyboard.press('End');
    await sleep(100);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Đoạn văn mới');
    assert.match(await body(page), /<figure><img src="\/img\/cang-bien\.svg" alt="Cảng biển"><figcaption>Cảng Hòn Chông<\/figcaption><\/figure><p>Đoạn văn mới<\/p>/);
    // in the middle of the caption too: the caption stays whole
    await page.locator('.editor-content figcaption').click();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await sleep(100); // the editor reads the caret's move from the browser's selectionchange event
    await page.keyboard.press('Enter');
    await page.keyboard.type('Thêm');
    assert.match(await body(page), /<figcaption>Cảng Hòn Chông<\/figcaption><\/figure><p>Thêm<\/p><p>Đoạn văn mới<\/p>/);
    assert.deepEqual(problems, []);
  });

  it('passes axe with the toolbar and with the image dialog open (390 px and 1280 px screenshots)', async () => {
    fs.mkdirSync(artifactsDir, { recursive: true });
    for (const width of [390, 1280]) {
      const { page, problems } = await open('', { viewport: { width, height: 900 } });
      const serious = async () => {
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      };
      await page.locator('.editor-content').click();
      assert.deepEqual(await serious(), [], `editor at ${width} px`);
      await page.screenshot({ path: path.join(artifactsDir, `editor-${width}.png`), fullPage: true });
      await button(page, 'Hình ảnh').click();
      const dialog = page.getByRole('dialog', { name: 'Hình ảnh' });
      await dialog.getByRole('list').getByRole('button').first().waitFor();
      await dialog.getByRole('button', { name: 'Chèn' }).click(); // show the errors too
      assert.deepEqual(await serious(), [], `image dialog at ${width} px`);
      await page.screenshot({ path: path.join(artifactsDir, `editor-image-dialog-${width}.png`) });
      assert.deepEqual(problems, []);
    }
  });

  it('without JavaScript the textarea is a plain, visible field', async () => {
    const { page } = await open('', { javaScriptEnabled: false });
    const textarea = page.getByRole('textbox', { name: 'Nội dung' });
    assert.equal(await textarea.isVisible(), true);
    assert.equal(await textarea.inputValue(), '<p>Xin chào</p>');
    assert.equal(await page.getByRole('toolbar').count(), 0);
  });
});
