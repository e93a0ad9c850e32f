// Races found by attacking the portal: concurrent publishing (the search index's "find a free key,
// then insert" on PostgreSQL), and popular searches recorded before the page answers.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { transition } from '../src/core/workflow/content.ts';
import { createTestPortal, postgresSkipReason, testDatabases, type TestPortal } from './helpers/portal.ts';
import { api, makeStaff, type Staff } from './helpers/staff.ts';

for (const kind of testDatabases()) {
  describe(`races on ${kind}`, () => {
    let portal: TestPortal;
    let admin: Staff;
    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
      admin = await makeStaff(portal, 'admin', 'quantri-dua');
    });
    after(() => portal.close());

    it('concurrent publishes in the same minute all succeed, each with its own search key', async () => {
      const asA = api(portal, admin);
      // Items whose ids are equal modulo 64 prefer the same key in the same minute: groups of
      // three such items, all published at once at the same time.
      const ids: number[] = [];
      for (let i = 0; i < 140; i++) {
        const r = await asA('POST', '/api/v1/admin/articles', { title: `Bài đăng đồng thời qwzdongthoi số ${i + 1}`, summary: '', body: `<p>Nội dung ${i + 1}.</p>`, category: 'tin-ban-quan-ly' });
        assert.equal(r.status, 201, JSON.stringify(r.body));
        ids.push(r.body.id as number);
      }
      const byResidue = new Map<number, number[]>();
      for (const id of ids) byResidue.set(id % 64, [...(byResidue.get(id % 64) ?? []), id]);
      const chosen = [...byResidue.values()].filter((g) => g.length >= 3).slice(0, 8).flatMap((g) => g.slice(0, 3));
      assert.equal(chosen.length, 24);
      for (const id of chosen) {
        assert.equal((await asA('POST', `/api/v1/admin/articles/${id}/submit`)).status, 200);
        assert.equal((await asA('POST', `/api/v1/admin/articles/${id}/approve`)).status, 200);
      }
      const actor = { id: admin.id, role: 'admin' as const, categoryIds: null };
      const now = new Date('2025-06-02T08:30:15.000Z');
      const outcomes = await Promise.allSettled(chosen.map((id) => transition(portal.ctx.db.kysely, actor, id, 'publish', {}, { now })));
      const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [String(o.reason)] : []));
      assert.deepEqual(failures, [], 'every publish succeeded');
      const rows = await portal.ctx.db.kysely.selectFrom('search_documents' as never).select(['content_id' as never, 'search_key' as never]).execute();
      const indexed = (rows as { content_id: number; search_key: number | string }[]).filter((r) => chosen.includes(Number(r.content_id)));
      assert.equal(indexed.length, chosen.length, 'every published item is searchable');
      assert.equal(new Set(indexed.map((r) => Number(r.search_key))).size, chosen.length, 'keys are distinct');
      const found = await portal.app.inject('/api/v1/search?q=qwzdongthoi');
      assert.equal(found.statusCode, 200);
      assert.equal(found.json().total, chosen.length);
    });

    it('a search is counted before its page answers, so popular searches show at once', async () => {
      for (let i = 0; i < 3; i++) assert.equal((await portal.app.inject('/tim-kiem?q=thanh+loc')).statusCode, 200);
      const empty = parse((await portal.app.inject('/tim-kiem?q=zzqx')).body);
      assert.ok(empty.querySelectorAll('.popular-searches a').some((a) => a.text === 'thanh loc'), 'popular searches shown');
      for (let i = 0; i < 3; i++) assert.equal((await portal.app.inject('/api/v1/search?q=khu+kinh+te')).statusCode, 200);
      const rows = await portal.ctx.db.kysely.selectFrom('search_queries' as never).select(['query' as never, 'hits' as never]).execute();
      const hits = (rows as { query: string; hits: number }[]).find((r) => r.query === 'khu kinh te')?.hits;
      assert.equal(Number(hits), 3, 'API searches counted before the answer');
    });
  });
}

describe('races on postgres', { skip: postgresSkipReason }, () => {
  it('runs above when TEST_DATABASE_URL is set', () => undefined);
});
