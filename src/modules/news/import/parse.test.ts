import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ImportError } from './article-input.ts';
import { parseHtmlArticle } from './parse-html.ts';
import { decodeText, parseTextArticle } from './parse-text.ts';

const seedPath = path.resolve('demo/000_a669bda985d7232c.txt');
const seed = fs.readFileSync(seedPath, 'utf8');

/** The seed's paragraphs, read independently of the importer: lines indented with no-break spaces that hold words. */
function seedParagraphs(): string[] {
  return seed
    .split('\n')
    .filter((line) => line.startsWith('\u00a0') && /\p{L}/u.test(line))
    .map((line) => line.replace(/^[\u00a0 ]+/, '').trimEnd());
}

const paragraphsOf = (html: string) => [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('text article import (the seed format)', () => {
  const article = parseTextArticle(seed);

  it('reads title, category and time stamp', () => {
    assert.equal(article.title, 'Hội nghị sơ kết 6 tháng đầu năm 2020 Đảng bộ Ban Quản lý Khu kinh tế tỉnh Kiên Giang');
    assert.equal(article.categoryName, 'Tin Ban Quản lý');
    assert.equal(article.publishedAt.toISOString(), '2020-07-07T06:42:00.000Z');
    assert.equal(article.siteName, 'Cổng thông tin điện tử Ban quản lý khu kinh tế tỉnh Kiên Giang');
  });

  it('keeps the seven paragraphs word for word, photo slots dropped', () => {
    const expected = seedParagraphs();
    assert.equal(expected.length, 7);
    assert.deepEqual(paragraphsOf(article.body), expected);
    assert.ok(article.body.includes('vàĐảng ủy Khối'), 'typos of the source stay');
    assert.ok(article.body.startsWith('<p>Ngày 03/7/2020, Đảng ủy Ban Quản lý'));
    assert.ok(article.body.endsWith('năm 2020 đã đề ra./.</p>'));
    assert.ok(!/<p>[\s\u00a0]*<\/p>/.test(article.body), 'no empty paragraphs');
  });

  it('normalises to NFC', () => {
    const decomposed = parseTextArticle(seed.normalize('NFD'));
    assert.equal(decomposed.title, article.title);
    assert.equal(decomposed.body, article.body);
    assert.equal(decomposed.sourceKey, article.sourceKey);
  });

  it('escapes markup in text instead of running it', () => {
    const evil = seed.replace('Tham dự và chỉ đạo', '<script>alert(1)</script> Tham dự');
    const parsed = parseTextArticle(evil);
    assert.ok(!parsed.body.includes('<script>'));
    assert.ok(parsed.body.includes('&lt;script&gt;'));
  });

  it('accepts Windows line endings and a byte-order mark', () => {
    const crlf = parseTextArticle(decodeText(Buffer.from('\uFEFF' + seed.replace(/\n/g, '\r\n'))));
    assert.equal(crlf.body, article.body);
  });

  const broken: [string, string, RegExp][] = [
    ['empty file', '', /empty/],
    ['only blank lines', '\n\u00a0\n  \n', /empty/],
    ['no time stamp', seed.replace('(13:42 | 07/07/2020)', ''), /no time stamp/],
    ['impossible date', seed.replace('07/07/2020', '31/02/2020'), /not a real date/],
    ['no paragraphs', seed.split('(13:42 | 07/07/2020)')[0] + '(13:42 | 07/07/2020)\n\n\u00a0\n', /no paragraphs/],
    ['no category', 'Hội nghị sơ kết 6 tháng đầu năm 2020\n(13:42 | 07/07/2020)\nĐoạn văn.', /no category/],
    ['no title', '(13:42 | 07/07/2020)\nĐoạn văn.', /no title/],
  ];
  for (const [name, text, reason] of broken) {
    it(`refuses a file with ${name}`, () => {
      assert.throws(() => parseTextArticle(text), (e: unknown) => e instanceof ImportError && reason.test(e.message));
    });
  }

  it('refuses binary and non-UTF-8 files', () => {
    assert.throws(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe])), /not UTF-8/);
    assert.throws(() => decodeText(Buffer.from('abc\u0000def')), /binary/);
    assert.throws(() => decodeText(Buffer.from('Hội nghị', 'latin1')), /not UTF-8/);
  });
});

describe('HTML article import', () => {
  const page = `<!doctype html><html><head><title>Hội nghị – Cổng TTĐT</title>
    <meta name="description" content="Tóm tắt bài viết."></head><body>
    <header class="site-header">Cổng thông tin</header>
    <nav class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/tin-tuc/tin-dau-tu">Tin đầu tư</a></nav>
    <h1>Kêu gọi đầu tư vào KCN Thạnh Lộc</h1><p class="article-time">(08:15 | 12/03/2024)</p>
    <div class="article-body"><p>Đoạn một <strong>đậm</strong>.</p><p>&nbsp;</p>
      <p onclick="steal()">Đoạn hai <a href="javascript:alert(1)">liên kết</a>.</p>
      <script>alert('x')</script><img src="x.png" onerror="alert(1)" alt="Ảnh"></div>
    <footer>Địa chỉ</footer></body></html>`;

  it('reads title, time, category, summary and a sanitised body', async () => {
    const a = await parseHtmlArticle(page);
    assert.equal(a.title, 'Kêu gọi đầu tư vào KCN Thạnh Lộc');
    assert.equal(a.publishedAt.toISOString(), '2024-03-12T01:15:00.000Z');
    assert.equal(a.categoryName, 'Tin đầu tư');
    assert.equal(a.summary, 'Tóm tắt bài viết.');
    assert.ok(a.body.includes('<p>Đoạn một <strong>đậm</strong>.</p>'));
    for (const bad of ['script', 'onclick', 'onerror', 'javascript:', '<p>&nbsp;</p>', 'Địa chỉ']) assert.ok(!a.body.includes(bad), bad);
  });

  it('gives the same identity as the text export of the same article', async () => {
    const text = parseTextArticle(seed);
    const html = await parseHtmlArticle(`<html><body><nav class="breadcrumb"><a href="/">Trang chủ</a><a href="/x">Tin Ban Quản lý</a></nav>
      <h1>${text.title}</h1><p class="article-time">(13:42 | 07/07/2020)</p><div class="article-body">${text.body}</div></body></html>`);
    assert.equal(html.sourceKey, text.sourceKey);
    assert.equal(html.body, text.body);
  });

  const broken: [string, string, RegExp][] = [
    ['not HTML', 'just some words', /not an HTML page/],
    ['no title', '<html><body><p>(08:15 | 12/03/2024)</p></body></html>', /no title/],
    ['no stamp', '<html><body><h1>Tiêu đề bài</h1><p>Đoạn</p></body></html>', /no time stamp/],
    ['no category', '<html><body><h1>Tiêu đề bài</h1><p>(08:15 | 12/03/2024)</p><p>Đoạn</p></body></html>', /no category/],
    ['an empty body', '<html><head><meta property="article:section" content="Tin"></head><body><h1>Tiêu đề bài</h1><time>(08:15 | 12/03/2024)</time><div class="article-body"><p><script>x</script></p></div></body></html>', /body/],
  ];
  for (const [name, html, reason] of broken) {
    it(`refuses a page with ${name}`, async () => {
      await assert.rejects(parseHtmlArticle(html), (e: unknown) => e instanceof ImportError && reason.test(e.message));
    });
  }
});
