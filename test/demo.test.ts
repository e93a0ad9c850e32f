// Demo content: loaded once into an empty database, flagged, and removable without touching
// real content.
import assert from 'node:assert/strict';
import { submissionsDb } from '../src/core/submissions/schema.ts';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadDemoIfEmpty } from '../src/core/bootstrap.ts';
import { importFiles } from '../src/modules/news/import/importer.ts';
import { removeNewsDemo } from '../src/modules/news/demo.ts';
import { parseDemoArticles, readDemoArticles } from '../src/modules/news/demo-data.ts';
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
      const demoSubmissions = async () => Number((await submissionsDb(db).selectFrom('submissions').select((eb) => eb.fn.countAll<number>().as('n')).where('is_demo', '=', 1).executeTakeFirstOrThrow()).n);
      const submissionsBefore = await demoSubmissions();
      assert.ok(submissionsBefore > 0, 'the demo has published questions');
      // what `congtin demo --remove` does: every module removes its own demo rows
      let removed = 0;
      for (const mod of portal.ctx.modules) removed += (await mod.removeDemo?.(portal.ctx)) ?? 0;
      assert.equal(removed, before.filter((r) => r.is_demo === 1).length + submissionsBefore, 'content items and demo questions');
      assert.equal(await demoSubmissions(), 0);
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

describe('demo articles file (src/modules/news/demo/articles.json)', () => {
  const good = {
    category: 'Tin đầu tư',
    title: 'Một bài thử',
    publishedAt: '2024-03-04 08:00',
    summary: 'Tóm tắt.',
    paragraphs: ['Đoạn một.', 'Đoạn hai.'],
    figure: { afterParagraph: 1, src: '/static/demo/hoi-nghi.svg', alt: 'Hình minh họa', caption: 'Chú thích' },
    author: 'Minh Trung',
  };
  const refused = (entry: unknown, problem: RegExp) => {
    assert.throws(
      () => parseDemoArticles([{ ...good, title: 'Bài đầu' }, entry], 'articles.json'),
      (error: Error) => {
        assert.match(error.message, /^articles\.json, entry 2\b/, 'names the entry');
        assert.match(error.message, problem);
        return true;
      },
    );
  };

  it('reads the shipped file: 36 well-formed articles, one of them featured', () => {
    const articles = readDemoArticles();
    assert.equal(articles.length, 36);
    assert.equal(articles.filter((a) => a.featured).length, 1);
  });

  it('accepts a well-formed entry', () => {
    assert.deepEqual(parseDemoArticles([good]), [good]);
  });

  it('refuses an entry without a title', () => {
    const untitled: Record<string, unknown> = { ...good };
    delete untitled.title;
    refused(untitled, /entry 2: "title" is missing/);
    refused({ ...good, title: ' ' }, /entry 2 \(" "\): "title" must be non-empty text/);
  });

  it('refuses a bad time, naming the entry by its title', () => {
    refused({ ...good, title: 'Bài sai giờ', publishedAt: '2024-02-30 08:00' }, /entry 2 \("Bài sai giờ"\): "publishedAt" must be a Vietnam time "YYYY-MM-DD HH:mm" that exists, got "2024-02-30 08:00"/);
    refused({ ...good, publishedAt: '05/01/2024' }, /"publishedAt" must be a Vietnam time/);
    refused({ ...good, publishedAt: 20240105 }, /"publishedAt" must be a Vietnam time .*got number 20240105/);
  });

  it('refuses a category that is not a name', () => {
    refused({ ...good, category: { name: 'Tin đầu tư', nameEn: 'Investment' } }, /"category" must be the category's name as text .*got an object/);
    refused({ ...good, category: ['Tin đầu tư'] }, /"category" must be .*got a list/);
  });

  it('refuses other malformed shapes, listing every problem', () => {
    refused({ ...good, paragraphs: 'Một đoạn' }, /"paragraphs" must be a non-empty list of texts/);
    refused({ ...good, paragraphs: ['Đoạn một.', 3] }, /"paragraphs"\[1\] must be non-empty text, got number 3/);
    refused({ ...good, figure: { ...good.figure, afterParagraph: 2 } }, /"figure.afterParagraph" must be the index of a paragraph \(0–1\), got number 2/);
    refused({ ...good, featued: true }, /unknown key "featued"/);
    refused({ ...good, featured: 'yes' }, /"featured" must be true or false/);
    refused({ ...good, title: 'Bài đầu' }, /^articles\.json, entry 2 \("Bài đầu"\): same title and time as entry 1$/);
    assert.throws(() => parseDemoArticles({ articles: [] }, 'articles.json'), /articles\.json: must hold a list of articles, got an object/);
    assert.throws(
      () => parseDemoArticles([{ ...good, author: '' }, null], 'articles.json'),
      /2 problems in the demo articles:\narticles\.json, entry 1 \("Một bài thử"\): "author" must be non-empty text, got ""\narticles\.json, entry 2: must be an object, got null/,
    );
  });
});
