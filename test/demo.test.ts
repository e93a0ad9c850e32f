// Demo content: loaded once into an empty database, flagged, and removable without touching
// real content.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadDemoIfEmpty } from '../src/core/bootstrap.ts';
import { importFiles } from '../src/modules/news/import/importer.ts';
import { removeNewsDemo } from '../src/modules/news/demo.ts';
import { createTestPortal, postgresSkipReason, testDatabases, type TestPortal } from './helpers/portal.ts';

for (const kind of testDatabases()) {
  describe(`demo content on ${kind}`, () => {
    let portal: TestPortal;
    before(async () => {
      portal = await createTestPortal(kind);
    });
    after(() => portal.close());

    it('loads the seed plus at least 30 flagged demo articles over several categories, once', async () => {
      const loaded = await loadDemoIfEmpty(portal.ctx);
      assert.ok(loaded >= 31);
      const db = portal.ctx.db.kysely;
      const demo = await db.selectFrom('content').select(['id', 'category_id']).where('is_demo', '=', 1).execute();
      assert.ok(demo.length >= 30);
      assert.ok(new Set(demo.map((d) => d.category_id)).size >= 4);
      const seed = await db.selectFrom('content').select('is_demo').where('title', 'like', 'Hội nghị sơ kết 6 tháng%').executeTakeFirstOrThrow();
      assert.equal(seed.is_demo, 0, 'the seed is a real article');
      assert.equal(await loadDemoIfEmpty(portal.ctx), 0, 'a database with content is never filled again');
    });

    it('demo --remove deletes exactly the demo rows and keeps real content and its category', async () => {
      const db = portal.ctx.db.kysely;
      // a real article in a category the demo also uses
      const dir = path.resolve('test/fixtures');
      const [real] = await importFiles(db, [path.join(dir, 'thong-bao.txt')]);
      assert.equal(real?.outcome, 'created', real?.reason);
      const before = await db.selectFrom('content').select(['id', 'is_demo']).execute();
      // what `congtin demo --remove` does: every module removes its own demo rows
      let removed = 0;
      for (const mod of portal.ctx.modules) removed += (await mod.removeDemo?.(portal.ctx)) ?? 0;
      assert.equal(removed, before.filter((r) => r.is_demo === 1).length);
      const after = await db.selectFrom('content').select('id').orderBy('id').execute();
      assert.deepEqual(after.map((r) => r.id), before.filter((r) => r.is_demo === 0).map((r) => r.id).sort((a, b) => a - b));
      assert.equal((await db.selectFrom('news_articles').select('content_id').execute()).length, after.length);
      assert.equal((await db.selectFrom('content_field_values').select('content_id').execute()).length, 0, 'no field values of removed items');
      const categories = (await db.selectFrom('categories').select('name').execute()).map((c) => c.name).sort();
      assert.deepEqual(categories, ['Thông báo', 'Tin Ban Quản lý']);
      assert.equal(await removeNewsDemo(db), 0, 'removing twice removes nothing more');
      const home = await portal.app.inject('/');
      assert.equal(home.statusCode, 200);
    });
  });
}

describe('demo content on postgres', { skip: postgresSkipReason }, () => {
  it('runs above when TEST_DATABASE_URL is set', () => undefined);
});
