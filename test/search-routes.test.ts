// Search as readers and programs use it: the page, the API, suggestions, OpenSearch; the index
// follows the workflow in the same transaction; hostile input is plain words, never a 500.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { createTestPortal, postgresSkipReason, testDatabases, type TestPortal } from './helpers/portal.ts';
import { api, makeStaff, type Staff } from './helpers/staff.ts';

for (const kind of testDatabases()) {
  describe(`search routes on ${kind}`, () => {
    let portal: TestPortal;
    let writer: Staff, boss: Staff;
    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
      writer = await makeStaff(portal, 'editor', 'tim-writer');
      boss = await makeStaff(portal, 'approver', 'tim-boss');
    });
    after(() => portal.close());
    const json = async (url: string) => {
      const r = await portal.app.inject(url);
      return { status: r.statusCode, body: r.json() as { items: { title: string; url: string; snippet: string; type: string }[]; total: number; error?: { code: string } } };
    };

    it('the page finds "hoi nghi" typed without diacritics, with highlighted snippets', async () => {
      const r = await portal.app.inject('/tim-kiem?q=hoi+nghi');
      assert.equal(r.statusCode, 200);
      const html = parse(r.body);
      const hits = html.querySelectorAll('.search-hit');
      assert.ok(hits.length > 0);
      assert.match(hits[0]!.querySelector('h2')!.innerHTML, /<mark>hội nghị<\/mark>|<mark>hội<\/mark> <mark>nghị<\/mark>/i);
      assert.match(html.querySelector('.search-count')!.text, /kết quả cho “hoi nghi”/);
      assert.equal(html.querySelector('.search-form input[name=q]')?.getAttribute('value'), 'hoi nghi');
      const en = await portal.app.inject('/en/search?q=hoi+nghi');
      assert.equal(en.statusCode, 200);
      assert.match(en.body, /<html lang="en"/);
    });

    it('the API answers the documented shape; a document number is found whole', async () => {
      // the demo news article quoting the decision (the decision itself is a demo legal document)
      const r = await json('/api/v1/search?type=news&q=' + encodeURIComponent('18/2020/QĐ-UBND'));
      assert.equal(r.status, 200);
      assert.equal(r.body.total, 1);
      const all = await json('/api/v1/search?q=' + encodeURIComponent('18/2020/QĐ-UBND'));
      assert.deepEqual(all.body.items.map((i) => i.type).sort(), ['document', 'news']);
      assert.deepEqual(Object.keys(r.body.items[0]!).sort(), ['publishedAt', 'snippet', 'title', 'type', 'url']);
      assert.match(r.body.items[0]!.snippet, /<mark>18\/2020\/QĐ-UBND<\/mark>/);
      const dang = await json('/api/v1/search?q=' + encodeURIComponent('Đảng'));
      assert.match(dang.body.items[0]!.title, /Đảng/, 'exact diacritics rank first');
    });

    it('only what is published is found, and it follows the workflow at once', async () => {
      const title = 'Khảo sát quỹ đất xây dựng cảng cạn Hòn Chông';
      const created = await api(portal, writer)('POST', '/api/v1/admin/articles', { title, body: '<p>Đoàn công tác khảo sát quỹ đất cảng cạn.</p>', category: 'thong-bao' });
      const id = created.body.id as number;
      const find = async () => (await json('/api/v1/search?q=' + encodeURIComponent('cang can hon chong'))).body.items.some((i) => i.title === title);
      assert.equal(await find(), false, 'draft');
      await api(portal, writer)('POST', `/api/v1/admin/articles/${id}/submit`);
      await api(portal, boss)('POST', `/api/v1/admin/articles/${id}/approve`);
      assert.equal(await find(), false, 'approved, not yet published');
      await api(portal, boss)('POST', `/api/v1/admin/articles/${id}/publish`);
      assert.equal(await find(), true, 'published');
      await api(portal, boss)('POST', `/api/v1/admin/articles/${id}/unpublish`, { kind: 'withdrawn', reason: 'Hết hiệu lực' });
      assert.equal(await find(), false, 'withdrawn');
      const suggestions = (await json('/api/v1/search/suggest?q=' + encodeURIComponent('khao sat quy'))).body.items;
      assert.ok(!suggestions.some((s) => s.title === title), 'not in suggestions either');
    });

    it('hostile and odd queries are plain words: never a 500', async () => {
      const queries = ['"', "'", '*', 'NEAR(hội nghị)', 'a AND b OR NOT c', '(((', ')', '^', 'title:x', "'; drop table content; --", '1 OR 1=1', '\u0000abc', 'x'.repeat(5000), '%', '_', '\\', '{}', '<script>alert(1)</script>', '   '];
      for (const q of queries) {
        for (const url of [`/tim-kiem?q=${encodeURIComponent(q)}`, `/api/v1/search?q=${encodeURIComponent(q)}`, `/api/v1/search/suggest?q=${encodeURIComponent(q)}`]) {
          const r = await portal.app.inject(url);
          assert.ok(r.statusCode < 500, `${url.slice(0, 80)} → ${r.statusCode}`);
          assert.doesNotMatch(r.body, /<script>alert/);
        }
      }
      assert.ok((await portal.ctx.db.kysely.selectFrom('content').select('id').execute()).length > 30, 'the table is still there');
    });

    it('bad parameters are a clear 400; no results suggest a correction and popular searches', async () => {
      for (const url of ['/api/v1/search', '/api/v1/search?q=a&page=0', '/api/v1/search?q=a&from=hom-qua', '/api/v1/search?q=a&sort=x', '/api/v1/search?q=a&language=fr', '/api/v1/search?q=a&type=NEWS!']) {
        const r = await json(url);
        assert.equal(r.status, 400, url);
        assert.ok(r.body.error?.code);
      }
      assert.equal((await portal.app.inject('/tim-kiem?q=a&tu=31-12-2024')).statusCode, 400);
      for (let i = 0; i < 3; i++) await portal.app.inject('/tim-kiem?q=thanh+loc');
      const empty = parse((await portal.app.inject('/tim-kiem?q=zzqx')).body);
      assert.match(empty.querySelector('main')!.text, /Không tìm thấy kết quả cho “zzqx”/);
      assert.ok(empty.querySelectorAll('.popular-searches a').some((a) => a.text === 'thanh loc'), 'popular searches shown');
    });

    it('a date range filters by publication date', async () => {
      const all = (await json('/api/v1/search?q=khu+cong+nghiep')).body.total;
      const range = (await json('/api/v1/search?q=khu+cong+nghiep&from=2026-01-01&to=2026-12-31')).body;
      assert.ok(range.total > 0 && range.total < all);
    });

    it('browsers can add the portal as a search engine', async () => {
      const r = await portal.app.inject('/opensearch.xml');
      assert.equal(r.statusCode, 200);
      assert.match(r.headers['content-type'] as string, /opensearchdescription\+xml/);
      assert.match(r.body, /template="http:\/\/portal\.test\/tim-kiem\?q=\{searchTerms\}"/);
      assert.match((await portal.app.inject('/')).body, /<link rel="search" type="application\/opensearchdescription\+xml" href="\/opensearch.xml"/);
    });
  });
}

describe('search routes on postgres', { skip: postgresSkipReason }, () => {
  it('runs above when TEST_DATABASE_URL is set', () => undefined);
});
