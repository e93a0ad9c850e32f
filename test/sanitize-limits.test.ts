// A hostile body (600,000 nested unclosed <b>, 1.8 MB: 158 s of synchronous parsing before the
// limits existed) is refused at once through the admin API and autosave, with nothing written; and
// the request thread stays free while a body is being sanitized (in a worker, with a time limit).
// No wall-clock time is asserted: the order in which requests complete is, and latencies are logged.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { configureSanitizer, sanitizerState } from '../src/core/html/sanitize.ts';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';
import { signedIn } from './helpers/session.ts';
import { api, makeStaff, type Staff } from './helpers/staff.ts';

const hostile = '<b>'.repeat(600_000);
const complexVi = 'Nội dung dán vào mang quá nhiều định dạng (thường do chép từ Word hoặc trang web). Hãy dán lại dưới dạng chữ thường (Ctrl+Shift+V) rồi định dạng lại.';

for (const kind of testDatabases()) describe(`hostile markup on ${kind}`, { timeout: 120_000 }, () => {
  let portal: TestPortal;
  let writer: Staff;
  let id: number;
  const db = () => portal.ctx.db.kysely;
  const state = async () => ({
    content: await db().selectFrom('content').select(['id', 'body', 'revision', 'updated_at']).orderBy('id').execute(),
    revisions: Number((await db().selectFrom('revisions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
  });

  before(async () => {
    portal = await createTestPortal(kind, { demo: true });
    writer = await makeStaff(portal, 'editor', 'markup-writer');
    const created = await api(portal, writer)('POST', '/api/v1/admin/articles', { title: 'Bài có nội dung bình thường', body: '<p>Đoạn đầu.</p>', category: 'thong-bao' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    id = created.body.id as number;
  });
  after(async () => {
    await configureSanitizer();
    await portal.close();
  });

  it('the admin API refuses it (create and save) with a clear message, and writes nothing', async (t) => {
    const before = await state();
    const started = performance.now();
    const health = portal.app.inject('/healthz').then((res) => ({ status: res.statusCode, ms: performance.now() - started }));
    const created = await api(portal, writer)('POST', '/api/v1/admin/articles', { title: 'Bài độc hại', body: hostile, category: 'thong-bao' });
    t.diagnostic(`POST of 1.8 MB answered ${created.status} after ${Math.round(performance.now() - started)} ms; /healthz meanwhile took ${Math.round((await health).ms)} ms`);
    assert.equal((await health).status, 200);
    assert.equal(created.status, 400);
    assert.equal(created.body.error?.code, 'MARKUP_TOO_COMPLEX');
    assert.equal(created.body.error?.messageVi, complexVi);
    assert.match(created.body.error?.message ?? '', /too much formatting/);

    const patched = await api(portal, writer)('PATCH', `/api/v1/admin/articles/${id}`, { body: '<b>'.repeat(160_000) });
    assert.equal(patched.status, 400);
    assert.equal(patched.body.error?.code, 'MARKUP_TOO_COMPLEX');
    assert.deepEqual(await state(), before);
  });

  it('a declared rich-text field (a procedure’s steps) refuses it with its own message at that field, and writes nothing', async () => {
    const before = await state();
    const res = await api(portal, writer)('POST', '/api/v1/admin/content/procedure', {
      title: 'Thủ tục có nội dung độc hại',
      fields: { code: '1.009999', field: 'dau-tu', level: 'mot-phan', agency: 'Ban Quản lý Khu kinh tế', steps: '<b>'.repeat(160_000) },
    });
    assert.equal(res.status, 400, JSON.stringify(res.body).slice(0, 300));
    const error = res.body.error as unknown as { code: string; fields: { field: string; messageVi: string }[] };
    assert.equal(error.code, 'BAD_FIELDS');
    assert.deepEqual(error.fields.map((f) => [f.field, f.messageVi]), [['steps', complexVi]]);
    assert.deepEqual(await state(), before);
  });

  it('autosave refuses it too, in JSON, and writes nothing', async () => {
    const b = await signedIn(portal, 'markup-writer@bqlkkt.test');
    const before = await state();
    const res = await b.post(`/admin/articles/${id}/autosave`, { title: 'Bài có nội dung bình thường', summary: '', body: hostile }, { json: true });
    assert.equal(res.status, 400, res.body.slice(0, 300));
    const error = (JSON.parse(res.body) as { error: { code: string; messageVi: string } }).error;
    assert.equal(error.code, 'MARKUP_TOO_COMPLEX');
    assert.equal(error.messageVi, complexVi);
    assert.deepEqual(await state(), before);
  });

  it('/healthz answers while a body is being sanitized; past the time limit the body is refused and the worker replaced', async (t) => {
    // A worker that never finishes stands for a body that takes forever to clean.
    await configureSanitizer({ workerUrl: new URL('./fixtures/hanging-sanitize-worker.mjs', import.meta.url), timeoutMs: 3000 });
    const before = await state();
    const order: string[] = [];
    const heavy = api(portal, writer)('PATCH', `/api/v1/admin/articles/${id}`, { body: '<p>Đoạn mới.</p>'.repeat(1000) }).then((res) => {
      order.push('save');
      return res;
    });
    while (sanitizerState().running === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    const started = performance.now();
    const health = await portal.app.inject('/healthz');
    order.push('healthz');
    t.diagnostic(`/healthz answered in ${Math.round(performance.now() - started)} ms while the worker was busy`);
    assert.equal(health.statusCode, 200);
    const saved = await heavy;
    assert.deepEqual(order, ['healthz', 'save'], 'the health check did not wait for the body being sanitized');
    assert.equal(saved.status, 400);
    assert.equal(saved.body.error?.code, 'MARKUP_TIMEOUT');
    assert.match(saved.body.error?.messageVi ?? '', /quá dài hoặc quá nhiều định dạng/);
    assert.deepEqual(await state(), before);

    // the real worker again: saving works
    await configureSanitizer();
    const ok = await api(portal, writer)('PATCH', `/api/v1/admin/articles/${id}`, { body: '<p>Đoạn mới.</p><p onclick="x()">Hai</p>' });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    const row = await db().selectFrom('content').select('body').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.body, '<p>Đoạn mới.</p><p>Hai</p>');
  });

  it('a heavy but allowed body is saved, while /healthz keeps answering', async (t) => {
    const body = '<p>Đoạn <strong>đậm</strong> và <a href="https://chinhphu.vn">liên kết</a>.</p>'.repeat(6000);
    const order: string[] = [];
    const started = performance.now();
    const heavy = api(portal, writer)('PATCH', `/api/v1/admin/articles/${id}`, { body }).then((res) => {
      order.push('save');
      return res;
    });
    while (sanitizerState().running === 0 && order.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    const health = await portal.app.inject('/healthz');
    order.push('healthz');
    const healthMs = performance.now() - started;
    const saved = await heavy;
    t.diagnostic(`save of ${Math.round(body.length / 1024)} KB (18,000 elements): ${saved.status} after ${Math.round(performance.now() - started)} ms; /healthz answered after ${Math.round(healthMs)} ms`);
    assert.equal(health.statusCode, 200);
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
  });
});
