// The linear pre-parse check of markup: hostile nesting and element floods are refused, real
// articles and the XSS corpus are not. (Linear time is by construction; no timing is asserted.)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { defaultMarkupLimits, markupToText, scanMarkup, withinMarkupLimits } from './markup-limits.ts';

const article = `<h2>Hội nghị xúc tiến đầu tư</h2>
<p>Sáng ngày 07/07, Ban Quản lý Khu kinh tế tỉnh <strong>Kiên Giang</strong> tổ chức <em>hội nghị</em>.<br>Dòng hai.</p>
<figure><img src="/media/ab/hoi-nghi.webp" alt="Toàn cảnh hội nghị" width="800" height="533"><figcaption>Toàn cảnh</figcaption></figure>
<ul><li>Một<li>Hai<li><a href="https://chinhphu.vn" title="Cổng">Ba</a></ul>
<table><thead><tr><th>Khu</th><th>Diện tích</th></tr></thead><tbody>${'<tr><td>KCN Thạnh Lộc<td>250 ha'.repeat(200)}</tbody></table>
<!-- <b><b><b> a comment is not markup --><blockquote><p>Trích dẫn<p>Đoạn không đóng</blockquote>`;

describe('scanMarkup', () => {
  it('refuses the 600,000 nested <b> of the report, and 160,000', () => {
    for (const n of [600_000, 160_000]) {
      const scan = scanMarkup('<b>'.repeat(n));
      assert.equal(scan.ok, false);
      assert.ok(scan.problem === 'elements' || scan.problem === 'depth');
    }
  });

  it('refuses nesting deeper than the limit, whatever the elements', () => {
    const limit = defaultMarkupLimits.maxDepth;
    assert.equal(scanMarkup('<div>'.repeat(limit) + '</div>'.repeat(limit)).ok, true);
    assert.deepEqual(scanMarkup('<div>'.repeat(limit + 1)).problem, 'depth');
    assert.equal(scanMarkup(`<p>${'<b>'.repeat(101)}x</p>`).problem, 'depth');
    assert.equal(scanMarkup('<span><em><u>'.repeat(40)).problem, 'depth');
    // closed ones do not add up
    assert.equal(scanMarkup('<b><i>x</i></b>'.repeat(5000)).ok, true);
  });

  it('refuses more elements than the limit, even flat ones', () => {
    const limit = defaultMarkupLimits.maxElements;
    assert.equal(scanMarkup('<br>'.repeat(limit)).ok, true);
    assert.equal(scanMarkup('<br>'.repeat(limit + 1)).problem, 'elements');
    assert.equal(scanMarkup('<p>x</p>'.repeat(limit + 1)).problem, 'elements');
    // markup inside comments and attribute values counts too: some parser might read it as tags
    assert.equal(scanMarkup(`<!--${'<i>'.repeat(limit + 1)}-->`).problem, 'elements');
  });

  it('refuses a tag with more attributes than the limit', () => {
    const limit = defaultMarkupLimits.maxAttributes;
    const attrs = (n: number) => Array.from({ length: n }, (_, i) => `data-a${i}="x"`).join(' ');
    assert.equal(scanMarkup(`<p ${attrs(limit)}>x</p>`).ok, true);
    assert.equal(scanMarkup(`<p ${attrs(limit + 1)}>x</p>`).problem, 'attributes');
  });

  it('does not nest void elements, and pops close tags to their open tag', () => {
    assert.equal(scanMarkup('<img src="a.png"><br><hr><input><meta><link><wbr><col><source>'.repeat(2000)).depth, 0);
    // mis-nested and never-closed inline tags are closed by the enclosing close tag, as in browsers
    assert.equal(scanMarkup('<div><b><i>x</div>'.repeat(5000)).depth, 3);
    assert.equal(scanMarkup('<b><i>x</b></i>'.repeat(5000)).depth, 2);
  });

  it('closes <p>, <li> and table cells the way parsers do', () => {
    assert.equal(scanMarkup('<p>a'.repeat(5000)).depth, 1);
    assert.equal(scanMarkup(`<ul>${'<li>x'.repeat(5000)}</ul>`).depth, 2);
    assert.equal(scanMarkup(`<table>${'<tr><td>a<td>b'.repeat(3000)}</table>`).depth, 3);
  });

  it('reads tags the way the HTML tokenizer does: quoted ">" and raw text', () => {
    assert.equal(scanMarkup('<a title="a > b" href="/x">y</a>'.repeat(1000)).depth, 1);
    assert.equal(scanMarkup(`<style>${'<b>'.repeat(1000)}</style><p>x</p>`).depth, 1);
    assert.equal(scanMarkup(`<p>${'<!-- <b> -->'.repeat(1000)}</p>`).depth, 1);
    // an unterminated comment is read as text: the tags after it count
    assert.equal(scanMarkup(`<!-- ${'<b>'.repeat(200)}`).problem, 'depth');
  });

  it('accepts real articles and every vector of the XSS corpus', () => {
    assert.equal(withinMarkupLimits(article), true);
    const vectors = fs.readFileSync('test/fixtures/xss-vectors.txt', 'utf8').split('\n').filter(Boolean);
    assert.ok(vectors.length >= 50);
    assert.deepEqual(vectors.filter((v) => !withinMarkupLimits(`<p>trước</p>${v}<p>sau</p>`)), []);
    assert.equal(withinMarkupLimits(vectors.map((v, i) => `<p>Đoạn ${i}</p>${v}`).join('\n')), true);
  });

});

describe('markupToText', () => {
  it('drops tags, breaks lines at blocks and decodes entities, without parsing', () => {
    assert.equal(markupToText('<p>Một &amp; <b>hai</b></p><p>ba&nbsp;&#273;&#x1EA1;</p>'), '\nMột & hai\n\nba đạ\n');
    assert.equal(markupToText('<b>'.repeat(600_000) + 'chữ').trim(), 'chữ');
  });
});
