import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { excerpt, plainText } from './excerpt.ts';

describe('excerpt', () => {
  it('reads text out of HTML, entities decoded, spaces collapsed', () => {
    assert.equal(plainText('<p>Kiên&nbsp;Giang &amp; Phú Quốc</p>\n<p>Hà   Tiên</p>'), 'Kiên Giang & Phú Quốc Hà Tiên');
  });
  it('keeps short text whole', () => {
    assert.equal(excerpt('<p>Ngắn gọn.</p>'), 'Ngắn gọn.');
  });
  it('cuts long text at a word boundary with an ellipsis', () => {
    const text = excerpt(`<p>${'Khu công nghiệp Thạnh Lộc '.repeat(20)}</p>`, 60);
    assert.ok(text.length <= 61);
    assert.ok(text.endsWith('…'));
    assert.ok(/(Khu|công|nghiệp|Thạnh|Lộc)…$/.test(text), text);
  });
});
