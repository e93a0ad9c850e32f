// The public JSON API: published content only, newest first, 400 for malformed parameters.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestPortal, postgresSkipReason, testDatabases, type TestPortal } from './helpers/portal.ts';

for (const kind of testDatabases()) {
  describe(`JSON API on ${kind}`, () => {
    let portal: TestPortal;
    let hiddenIds: number[] = [];
    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
      const db = portal.ctx.db.kysely;
      const category = await db.selectFrom('categories').select('id').executeTakeFirstOrThrow();
      const now = new Date();
      const base = {
        type: 'news', language: 'vi' as const, translation_group: null, summary: '', body: '<p>Bí mật</p>', cover_image: null, cover_alt: null,
        category_id: category.id, created_at: now.toISOString(), updated_at: now.toISOString(), scheduled_at: null, source_key: null,
      };
      const rows = await db
        .insertInto('content')
        .values([
          { ...base, slug: 'ban-nhap', title: 'Bản nháp chưa duyệt', status: 'draft', published_at: null },
          { ...base, slug: 'dang-sau', title: 'Bài hẹn giờ đăng sau', status: 'published', published_at: new Date(now.getTime() + 86400000).toISOString() },
          { ...base, slug: 'da-go', title: 'Bài đã gỡ', status: 'withdrawn', published_at: now.toISOString() },
        ])
        .returning('id')
        .execute();
      hiddenIds = rows.map((r) => r.id);
    });
    after(() => portal.close());

    const get = (url: string) => portal.app.inject(url);

    it('lists published articles newest first with the documented fields', async () => {
      const res = await get('/api/v1/articles');
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['content-type'] as string, /application\/json/);
      const body = res.json();
      assert.deepEqual(Object.keys(body).sort(), ['items', 'page', 'pageCount', 'total']);
      assert.equal(body.page, 1);
      assert.ok(body.pageCount >= 2);
      assert.equal(body.items.length, 20);
      for (const item of body.items) {
        assert.deepEqual(Object.keys(item).sort(), ['category', 'id', 'publishedAt', 'summary', 'title', 'url']);
        assert.match(item.url, /^http:\/\/portal\.test\/tin-tuc\/[a-z0-9-]+\/[a-z0-9-]+$/);
        assert.ok(item.summary.length > 0);
      }
      const dates = body.items.map((i: { publishedAt: string }) => i.publishedAt);
      assert.deepEqual([...dates].sort().reverse(), dates);
      const second = (await get('/api/v1/articles?page=2')).json();
      assert.equal(second.page, 2);
      assert.ok(second.items.every((i: { id: number }) => !body.items.some((j: { id: number }) => j.id === i.id)));
    });

    it('never shows drafts, scheduled or withdrawn content', async () => {
      const all = [];
      const first = (await get('/api/v1/articles')).json();
      for (let p = 1; p <= first.pageCount; p++) all.push(...(await get(`/api/v1/articles?page=${p}`)).json().items);
      for (const id of hiddenIds) {
        assert.ok(!all.some((i) => i.id === id));
        assert.equal((await get(`/api/v1/articles/${id}`)).statusCode, 404);
      }
      assert.equal(all.length, first.total);
      const categorySlug = (await portal.ctx.db.kysely.selectFrom('categories').select('slug').where('id', '=', (await portal.ctx.db.kysely.selectFrom('content').select('category_id').where('slug', '=', 'da-go').executeTakeFirstOrThrow()).category_id!).executeTakeFirstOrThrow()).slug;
      for (const slug of ['ban-nhap', 'dang-sau']) assert.equal((await get(`/tin-tuc/${categorySlug}/${slug}`)).statusCode, 404, slug);
      // a withdrawn article stays readable at its address, with a notice, but is listed nowhere
      const withdrawn = await get(`/tin-tuc/${categorySlug}/da-go`);
      assert.equal(withdrawn.statusCode, 200);
      assert.match(withdrawn.body, /Bài viết đã được lưu trữ/);
    });

    it('returns one article with its body', async () => {
      const list = (await get('/api/v1/articles')).json();
      const res = await get(`/api/v1/articles/${list.items[0].id}`);
      assert.equal(res.statusCode, 200);
      const item = res.json();
      assert.equal(item.title, list.items[0].title);
      assert.match(item.body, /<p>/);
    });

    it('malformed parameters are a 400 JSON error, unknown ids and pages a 404, never a 500', async () => {
      for (const url of ['/api/v1/articles?page=0', '/api/v1/articles?page=abc', '/api/v1/articles?page=-3', '/api/v1/articles?page=1&page=2', '/api/v1/articles?sort=title', '/api/v1/articles/abc', '/api/v1/articles/1.5', '/api/v1/articles/99999999999', "/api/v1/articles/1'%20or%20'1'='1"]) {
        const res = await get(url);
        assert.equal(res.statusCode, 400, url);
        const { error } = res.json();
        assert.ok(error.code && error.message && error.messageVi, url);
      }
      for (const url of ['/api/v1/articles?page=9999', '/api/v1/articles/999999', '/api/v1/khong-co']) {
        const res = await get(url);
        assert.equal(res.statusCode, 404, url);
        assert.equal(res.json().error.code, 'NOT_FOUND');
      }
    });
  });
}

describe('JSON API on postgres', { skip: postgresSkipReason }, () => {
  it('runs above when TEST_DATABASE_URL is set', () => undefined);
});
