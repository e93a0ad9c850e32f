// The importer against a real database: one transaction per file, re-import updates, broken
// files change nothing, dry runs write nothing; the CLI's exit code and messages.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { collectFiles, importFiles } from '../src/modules/news/import/importer.ts';
import { saveArticle } from '../src/modules/news/save.ts';
import { createTestPortal, postgresSkipReason, testDatabases, type TestPortal } from './helpers/portal.ts';

const seedFile = path.resolve('demo/000_a669bda985d7232c.txt');
const seedText = fs.readFileSync(seedFile, 'utf8');

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-import-'));
  tempDirs.push(dir);
  return dir;
}
// every folder made by this file's tests is removed once they have all run (passed or failed)
after(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

async function snapshot(portal: TestPortal) {
  const db = portal.ctx.db.kysely;
  return {
    content: await db.selectFrom('content').selectAll().orderBy('id').execute(),
    categories: await db.selectFrom('categories').selectAll().orderBy('id').execute(),
    news: await db.selectFrom('news_articles').selectAll().orderBy('content_id').execute(),
  };
}

for (const kind of testDatabases()) {
  describe(`import on ${kind}`, () => {
    let portal: TestPortal;
    before(async () => {
      portal = await createTestPortal(kind);
    });
    after(() => portal.close());

    it('imports the seed article as published, in its category', async () => {
      const [result] = await importFiles(portal.ctx.db.kysely, [seedFile]);
      assert.equal(result?.outcome, 'created', result?.reason);
      const row = await portal.ctx.db.kysely
        .selectFrom('content')
        .innerJoin('categories', 'categories.id', 'content.category_id')
        .select(['content.title', 'content.status', 'content.published_at', 'content.slug', 'categories.name', 'categories.slug as cslug'])
        .where('content.id', '=', result!.id!)
        .executeTakeFirstOrThrow();
      assert.equal(row.title, 'Hội nghị sơ kết 6 tháng đầu năm 2020 Đảng bộ Ban Quản lý Khu kinh tế tỉnh Kiên Giang');
      assert.equal(row.status, 'published');
      assert.equal(row.published_at, '2020-07-07T06:42:00.000Z');
      assert.equal(row.name, 'Tin Ban Quản lý');
      assert.equal(row.cslug, 'tin-ban-quan-ly');
      assert.equal(row.slug, 'hoi-nghi-so-ket-6-thang-dau-nam-2020-dang-bo-ban-quan-ly-khu-kinh-te-tinh-kien-giang');
    });

    it('re-importing the same source changes nothing, an edited source updates in place', async () => {
      const before = await snapshot(portal);
      const [again] = await importFiles(portal.ctx.db.kysely, [seedFile]);
      assert.equal(again?.outcome, 'unchanged');
      assert.deepEqual(await snapshot(portal), before);

      const dir = tempDir();
      const edited = path.join(dir, 'renamed.txt');
      fs.writeFileSync(edited, seedText.replace('Tham dự và chỉ đạo', 'Tham dự và trực tiếp chỉ đạo'));
      const [updated] = await importFiles(portal.ctx.db.kysely, [edited]);
      assert.equal(updated?.outcome, 'updated');
      const after = await snapshot(portal);
      assert.equal(after.content.length, before.content.length, 'no duplicate');
      assert.ok(after.content.find((c) => c.id === updated!.id)!.body.includes('trực tiếp chỉ đạo'));
      // put the original back for the tests that follow
      await importFiles(portal.ctx.db.kysely, [seedFile]);
    });

    it('a broken file fails with its name and reason and changes nothing', async () => {
      const dir = tempDir();
      const files = {
        'no-stamp.txt': seedText.replace('(13:42 | 07/07/2020)', ''),
        'bad-date.txt': seedText.replace('07/07/2020', '32/07/2020').replace('Tin Ban Quản lý', 'Chuyên mục mới'),
        'image.txt': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]),
        'page.html': '<html><body><h1>Không có gì</h1></body></html>',
      };
      for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
      const before = await snapshot(portal);
      const { files: found } = await collectFiles([dir]);
      const results = await importFiles(portal.ctx.db.kysely, found);
      assert.equal(results.length, 4);
      for (const r of results) {
        assert.equal(r.outcome, 'failed', r.file);
        assert.ok(r.reason && r.reason.length > 10, r.file);
      }
      assert.match(results.find((r) => r.file.endsWith('no-stamp.txt'))!.reason!, /no time stamp/);
      assert.match(results.find((r) => r.file.endsWith('bad-date.txt'))!.reason!, /not a real date/);
      assert.match(results.find((r) => r.file.endsWith('image.txt'))!.reason!, /not UTF-8|binary/);
      assert.deepEqual(await snapshot(portal), before, 'database unchanged, no new category either');
    });

    it('a file that fails while saving rolls back all of its writes', async () => {
      const before = await snapshot(portal);
      const dir = tempDir();
      const file = path.join(dir, 'a.txt');
      fs.writeFileSync(file, seedText.replace('Tin Ban Quản lý', 'Chuyên mục chưa có').replace('Hội nghị sơ kết', 'Một bài khác'));
      const [result] = await importFiles(portal.ctx.db.kysely, [file], {
        // the category and the article are written, then the disk "fails"
        save: async (trx, input, options) => {
          await saveArticle(trx, input, options);
          throw new Error('disk full');
        },
      });
      assert.equal(result?.outcome, 'failed');
      assert.match(result!.reason!, /disk full/);
      assert.deepEqual(await snapshot(portal), before, 'neither the category nor the article remains');
    });

    it('a dry run reports and writes nothing', async () => {
      const dir = tempDir();
      const file = path.join(dir, 'new.txt');
      fs.writeFileSync(file, seedText.replace('Hội nghị sơ kết', 'Hội nghị tổng kết'));
      const before = await snapshot(portal);
      const [r] = await importFiles(portal.ctx.db.kysely, [file], { dryRun: true });
      assert.equal(r?.outcome, 'created');
      const [same] = await importFiles(portal.ctx.db.kysely, [seedFile], { dryRun: true });
      assert.equal(same?.outcome, 'updated');
      assert.deepEqual(await snapshot(portal), before);
    });

    it('imports a folder with a mix of good and bad files, each on its own', async () => {
      const dir = tempDir();
      fs.mkdirSync(path.join(dir, 'sub'));
      fs.writeFileSync(path.join(dir, 'a.txt'), seedText.replace('Hội nghị sơ kết', 'Hội nghị giao ban'));
      fs.writeFileSync(path.join(dir, 'sub', 'b.txt'), 'not an article');
      fs.writeFileSync(path.join(dir, 'sub', 'ignored.pdf'), '%PDF');
      const { files } = await collectFiles([dir]);
      assert.equal(files.length, 2);
      const results = await importFiles(portal.ctx.db.kysely, files);
      assert.deepEqual(results.map((r) => r.outcome).sort(), ['created', 'failed']);
    });
  });
}

describe('import on postgres', { skip: postgresSkipReason }, () => {
  it('runs above when TEST_DATABASE_URL is set', () => undefined);
});

describe('congtin import (command line)', () => {
  const run = promisify(execFile);
  const dataDir = tempDir();
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'test' };
  const cli = (...args: string[]) => run(process.execPath, ['bin/congtin.js', ...args], { env }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

  it('imports, prints plain progress lines and a summary', async () => {
    const r = await cli('import', seedFile);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /\[1\/1\] .*000_a669bda985d7232c\.txt: created/);
    assert.match(r.stdout, /1 file\(s\): 1 created, 0 updated, 0 unchanged, 0 failed/);
  });

  it('fails with the file name and reason and exit code 1', async () => {
    const bad = path.join(tempDir(), 'broken.txt');
    fs.writeFileSync(bad, 'Chỉ có một dòng');
    const r = await cli('import', bad);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /error: .*broken\.txt: no time stamp/);
  });

  it('--dry-run says so and writes nothing', async () => {
    const r = await cli('import', '--dry-run', seedFile);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /would be updated.*dry run: nothing was written/);
  });

  it('reports a missing path and a bad configuration clearly', async () => {
    const missing = await cli('import', path.join(dataDir, 'nope.txt'));
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /nope\.txt: no such file or folder/);
    const badPort = await run(process.execPath, ['bin/congtin.js', 'migrate'], { env: { ...env, DATABASE_URL: 'mysql://x' } }).catch((e) => e);
    assert.equal(badPort.code, 1);
    assert.match(badPort.stderr, /Configuration error: DATABASE_URL must start with postgres/);
  });
});
