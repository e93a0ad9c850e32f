// Error pages speak the language of the page asked for: English under /en, Vietnamese elsewhere,
// with the refusal's own message in that language.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { languageOfPath } from '../src/core/http/page.ts';
import { createTestPortal, type TestPortal } from './helpers/portal.ts';

describe('error pages in the language of the address', () => {
  let portal: TestPortal;
  before(async () => {
    portal = await createTestPortal('sqlite', { demo: true });
  });
  after(() => portal.close());

  it('reads the language from the path', () => {
    assert.deepEqual(['/en', '/en/', '/en?x=1', '/en/documents', '/english', '/tin-tuc', '/'].map(languageOfPath), ['en', 'en', 'en', 'en', 'vi', 'vi', 'vi']);
  });

  it('404 and 400 under /en are English pages; the same refusals elsewhere are Vietnamese', async () => {
    const english = await portal.app.inject('/en/khong-co-trang-nay');
    assert.equal(english.statusCode, 404);
    const page = parse(english.body);
    assert.equal(page.querySelector('html')?.getAttribute('lang'), 'en');
    assert.match(page.querySelector('h1')!.text, /Page not found/);
    const badQuery = await portal.app.inject('/en/documents?loai=khong-co');
    assert.equal(badQuery.statusCode, 400);
    assert.equal(parse(badQuery.body).querySelector('html')?.getAttribute('lang'), 'en');
    assert.match(badQuery.body, /Invalid parameter/);
    const vietnamese = await portal.app.inject('/van-ban?loai=khong-co');
    assert.equal(vietnamese.statusCode, 400);
    assert.equal(parse(vietnamese.body).querySelector('html')?.getAttribute('lang'), 'vi');
    assert.match(vietnamese.body, /Tham số không hợp lệ/);
  });
});
