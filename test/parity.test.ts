// The same demo content on SQLite and on PostgreSQL serves byte-identical pages and API answers.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestPortal, postgresSkipReason, type TestPortal } from './helpers/portal.ts';

describe('SQLite and PostgreSQL serve the same site', { skip: postgresSkipReason }, () => {
  let sqlite: TestPortal;
  let postgres: TestPortal;
  before(async () => {
    sqlite = await createTestPortal('sqlite', { demo: true });
    postgres = await createTestPortal('postgres', { demo: true });
  });
  after(async () => {
    await sqlite?.close();
    await postgres?.close();
  });

  const urls = [
    '/', '/tin-tuc', '/tin-tuc?trang=2', '/tin-tuc?trang=3', '/tin-tuc/thong-bao', '/tin-tuc/tin-dau-tu',
    '/tin-tuc/tin-ban-quan-ly/hoi-nghi-so-ket-6-thang-dau-nam-2020-dang-bo-ban-quan-ly-khu-kinh-te-tinh-kien-giang',
    '/api/v1/articles', '/api/v1/articles?page=2', '/khong-co', '/tin-tuc?trang=99',
  ];
  it('/api/v1/articles/1 (but for the time of the load)', async () => {
    const [a, b] = await Promise.all([sqlite.app.inject('/api/v1/articles/1'), postgres.app.inject('/api/v1/articles/1')]);
    assert.deepEqual({ ...(a.json() as object), updatedAt: 0 }, { ...(b.json() as object), updatedAt: 0 });
  });
  for (const url of urls) {
    it(url, async () => {
      const [a, b] = await Promise.all([sqlite.app.inject(url), postgres.app.inject(url)]);
      assert.equal(a.statusCode, b.statusCode);
      assert.equal(a.body, b.body);
    });
  }
});
