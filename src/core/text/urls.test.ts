import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isLocalPath, isWebAddress } from './urls.ts';

describe('addresses', () => {
  it('local paths stay on this site', () => {
    for (const ok of ['/', '/tin-tuc?trang=2', '/tin-tuc/thong-bao#a']) assert.ok(isLocalPath(ok), ok);
    for (const bad of ['//evil.example', '/\\evil.example', 'https://x.vn', 'javascript:alert(1)', '/a b', 'tin-tuc', '', '/' + 'a'.repeat(2000)]) assert.ok(!isLocalPath(bad), bad);
  });
  it('web addresses are http(s) with a host', () => {
    assert.ok(isWebAddress('https://chinhphu.vn/a?b=1'));
    assert.ok(isWebAddress('http://kiengiang.gov.vn'));
    assert.ok(!isWebAddress('http://kiengiang.gov.vn', true));
    for (const bad of ['https://', 'https:///x', 'ftp://x', 'javascript://x', 'https://a b']) assert.ok(!isWebAddress(bad), bad);
  });
});
