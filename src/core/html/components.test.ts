import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageWindow } from './Pagination.tsx';
import { sanitizeBody } from './sanitize.ts';
import { escapeHtml } from './escape.ts';

describe('pageWindow', () => {
  it('shows all pages when there are few', () => {
    assert.deepEqual(pageWindow(1, 1), [1]);
    assert.deepEqual(pageWindow(2, 4), [1, 2, 3, 4]);
  });
  it('shows first, last and two around the current page, with gaps', () => {
    assert.deepEqual(pageWindow(10, 20), [1, 0, 8, 9, 10, 11, 12, 0, 20]);
    assert.deepEqual(pageWindow(1, 20), [1, 2, 3, 0, 20]);
    assert.deepEqual(pageWindow(20, 20), [1, 0, 18, 19, 20]);
  });
});

describe('sanitizeBody', () => {
  it('keeps article markup', async () => {
    const html = '<h2>Tiêu đề</h2><p>Đoạn <strong>đậm</strong> <a href="https://chinhphu.vn">liên kết</a></p><figure><img src="/static/demo/hoi-nghi.svg" alt="Hội nghị"><figcaption>Chú thích</figcaption></figure>';
    const clean = await sanitizeBody(html);
    assert.match(clean, /<h2>Tiêu đề<\/h2>/);
    assert.match(clean, /<a href="https:\/\/chinhphu.vn" rel="noopener noreferrer">liên kết<\/a>/);
    assert.match(clean, /<figure><img src="\/static\/demo\/hoi-nghi.svg" alt="Hội nghị" \/><figcaption>Chú thích<\/figcaption><\/figure>/);
  });
  it('removes scripts, handlers, dangerous links and styles', async () => {
    const vectors = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">x</a>',
      '<a href="JaVaScRiPt:alert(1)">x</a>',
      '<a href="&#106;avascript:alert(1)">x</a>',
      '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
      '<p style="background:url(javascript:alert(1))">x</p>',
      '<iframe src="https://evil.example"></iframe>',
      '<svg onload=alert(1)>',
      '<object data="x.swf"></object>',
      '<p onclick="alert(1)">x</p>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    ];
    for (const v of vectors) {
      const clean = await sanitizeBody(v);
      assert.doesNotMatch(clean, /<script|onerror|onload|onclick|javascript:|data:text|style=|<iframe|<svg|<object|<style/i, `${v} → ${clean}`);
    }
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
