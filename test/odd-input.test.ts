// Odd input found by attacking the portal: addresses outside Latin-1 or with control characters in
// Location, repeated query parameters, NUL in text fields (PostgreSQL refuses it), popular
// searches rewritten by one visitor, and autosave revisions that grow without bound.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { stripControls, stripControlsDeep } from '../src/core/text/controls.ts';
import { isLocalPath, isWebAddress, locationOf } from '../src/core/text/urls.ts';
import { popularDisplay } from '../src/core/search/popular.ts';
import { maxAutosaveRevisions, saveContent, transition } from '../src/core/workflow/content.ts';
import { WorkflowError } from '../src/core/workflow/errors.ts';
import { createTestPortal, postgresSkipReason, testDatabases, type TestPortal } from './helpers/portal.ts';
import { signedIn, type Browserish } from './helpers/session.ts';
import { api, makeStaff, type Staff } from './helpers/staff.ts';

describe('cleaning text input', () => {
  it('removes NUL and C0 controls but keeps tab, LF and CR', () => {
    assert.equal(stripControls('a\u0000b\u0001c\u001fd\u000be\u000cf\tg\nh\ri'), 'abcdef\tg\nh\ri');
    assert.equal(stripControls('Tiêu đề bình thường'), 'Tiêu đề bình thường');
  });

  it('cleans strings at any depth of bodies and queries, in place, and leaves other values alone', () => {
    const buffer = Buffer.from('a\u0000b');
    const body = { title: 'T\u0000itle', list: ['x\u0000', { deep: [['y\u0007z']] }], n: 3, ok: true, none: null, buffer };
    const cleaned = stripControlsDeep(body);
    assert.equal(cleaned, body, 'same object');
    assert.deepEqual(body, { title: 'Title', list: ['x', { deep: [['yz']] }], n: 3, ok: true, none: null, buffer });
    assert.equal(buffer.toString(), 'a\u0000b', 'buffers untouched');
    assert.equal(stripControlsDeep('a\u0000b'), 'ab');
    assert.equal(stripControlsDeep(undefined), undefined);
    function Empty() {}
    Empty.prototype = Object.create(null);
    const query = new (Empty as unknown as new () => Record<string, unknown>)(); // what the query parser makes
    query.q = ['1\u0000', '2'];
    stripControlsDeep(query);
    assert.deepEqual([...(query.q as string[])], ['1', '2']);
    let deep: unknown[] = ['\u0000end'];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    assert.doesNotThrow(() => stripControlsDeep(deep), 'no recursion');
  });
});

describe('addresses for Location', () => {
  it('refuses control characters in local paths and web addresses', () => {
    for (const bad of ['/tin-tuc\u0000', '/a\u007f', '/a\u0085b', '/a\u001b']) assert.ok(!isLocalPath(bad), JSON.stringify(bad));
    assert.ok(!isWebAddress('https://a.vn/\u0000'));
    assert.ok(isLocalPath('/tin-tuc/tin-tức'));
    assert.ok(isWebAddress('https://chinhphu.vn/tin-tức', true));
  });

  it('percent-encodes everything outside printable ASCII and keeps the rest as it is', () => {
    assert.equal(locationOf('/tin-tuc/tin-tức?q=đà nẵng#mục'), '/tin-tuc/tin-t%E1%BB%A9c?q=%C4%91%C3%A0%20n%E1%BA%B5ng#m%E1%BB%A5c');
    assert.equal(locationOf('/tin-tuc?trang=2&a=%C3%A0'), '/tin-tuc?trang=2&a=%C3%A0');
    assert.equal(locationOf('/.//evil.example'), '/.//evil.example', 'never normalised into //host');
    assert.equal(locationOf('/a\u0000b\ud800'), '/a%00b%EF%BF%BD');
    assert.equal(locationOf('https://chinhphu.vn/tin-tức'), 'https://chinhphu.vn/tin-t%E1%BB%A9c');
  });
});

describe('popular search display', () => {
  it('is made of the words alone', () => {
    assert.equal(popularDisplay('  Thanh   Lộc!!! 🎉🎉 '), 'Thanh Lộc');
    assert.equal(popularDisplay('Quyết định 18/2020/QĐ-UBND'), 'Quyết định 18/2020/QĐ-UBND');
    assert.equal(popularDisplay('Covid-19 😷 -- //'), 'Covid-19');
    assert.equal(popularDisplay('Hoi nghi'.normalize('NFD')), 'Hoi nghi');
    assert.equal(popularDisplay('Hội nghị'.normalize('NFD')), 'Hội nghị');
  });
});

for (const kind of testDatabases()) {
  describe(`odd input on ${kind}`, () => {
    let portal: TestPortal;
    let admin: Staff, approver: Staff;
    let browser: Browserish;
    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
      admin = await makeStaff(portal, 'admin', 'admin');
      approver = await makeStaff(portal, 'approver', 'lanhdao-la');
      browser = await signedIn(portal, admin.email);
    });
    after(() => portal.close());

    async function publish(title: string) {
      const asA = api(portal, admin);
      const created = await asA('POST', '/api/v1/admin/articles', { title, summary: '', body: '<p>Nội dung.</p>', category: 'tin-ban-quan-ly' });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const id = created.body.id as number;
      for (const move of ['submit', 'approve', 'publish']) assert.equal((await asA('POST', `/api/v1/admin/articles/${id}/${move}`)).status, 200, move);
      const { url } = (await portal.app.inject(`/api/v1/articles/${id}`)).json() as { url: string };
      return { id, path: new URL(url).pathname };
    }

    it('a take-down redirect to a Vietnamese address answers 301 with the address percent-encoded', async () => {
      const moved = await publish('Bài chuyển sang địa chỉ có dấu');
      const target = '/tin-tuc/tin-tức?trang=2';
      const r = await api(portal, approver)('POST', `/api/v1/admin/articles/${moved.id}/unpublish`, { kind: 'error-redirect', reason: 'Chuyển bài', redirectTo: target });
      assert.equal(r.status, 200, JSON.stringify(r.body));
      for (let i = 0; i < 2; i++) {
        const page = await portal.app.inject(moved.path);
        assert.equal(page.statusCode, 301);
        assert.equal(page.headers.location, '/tin-tuc/tin-t%E1%BB%A9c?trang=2');
      }
      const abroad = await publish('Bài chuyển sang cổng khác');
      await api(portal, approver)('POST', `/api/v1/admin/articles/${abroad.id}/unpublish`, { kind: 'consolidated', reason: 'Gộp bài', redirectTo: 'https://chinhphu.vn/thông-cáo' });
      const other = await portal.app.inject(abroad.path);
      assert.equal(other.statusCode, 301);
      assert.equal(other.headers.location, 'https://chinhphu.vn/th%C3%B4ng-c%C3%A1o');
    });

    it('a take-down redirect with a control character is refused', async () => {
      const item = await publish('Bài chuyển hướng có ký tự điều khiển');
      for (const redirectTo of ['/tin-tuc\u007f', '/tin-tuc\u0085x']) {
        const r = await api(portal, approver)('POST', `/api/v1/admin/articles/${item.id}/unpublish`, { kind: 'error-redirect', reason: 'x y z', redirectTo });
        assert.equal(r.status, 400, JSON.stringify(redirectTo));
        assert.equal(r.body.error?.code, 'BAD_REDIRECT');
      }
      const actor = { id: approver.id, role: 'approver' as const, categoryIds: null };
      await assert.rejects(transition(portal.ctx.db.kysely, actor, item.id, 'unpublish', { kind: 'error-redirect', reason: 'x y z', redirectTo: '/tin-tuc\u0000' }), (e: unknown) => e instanceof WorkflowError && e.code === 'BAD_REDIRECT');
    });

    it('return paths (ve) outside Latin-1 are encoded; NUL is removed, never a 500', async () => {
      const size = await portal.app.inject('/co-chu/tang?ve=' + encodeURIComponent('/tin-tuc/tin-tức'));
      assert.equal(size.statusCode, 303);
      assert.equal(size.headers.location, '/tin-tuc/tin-t%E1%BB%A9c');
      const nul = await portal.app.inject('/co-chu/tang?ve=/tin-tuc%00');
      assert.equal(nul.statusCode, 303);
      assert.equal(nul.headers.location, '/tin-tuc');
      const del = await portal.app.inject('/co-chu/tang?ve=/tin-tuc%7F');
      assert.equal(del.statusCode, 400);
      const lang = await browser.get('/admin/ngon-ngu/vi?ve=' + encodeURIComponent('/admin/tìm'));
      assert.equal(lang.status, 303);
      assert.equal(lang.location, '/admin/t%C3%ACm');
      const signIn = await portal.app.inject('/admin/login?ve=' + encodeURIComponent('/admin/bài'));
      assert.equal(signIn.statusCode, 200);
      assert.match(signIn.body, /name="ve" value="\/admin\/b%C3%A0i"/);
    });

    it('a repeated query parameter is a 400, never a 500', async () => {
      const draft = await api(portal, admin)('POST', '/api/v1/admin/articles', { title: 'Bài để thử tham số lặp', summary: '', body: '<p>x</p>', category: 'tin-ban-quan-ly' });
      const id = draft.body.id as number;
      const pages = [
        '/admin/media?q=1&q=2',
        '/admin/media?kind=image&kind=attachment',
        '/admin/media?trang=1&trang=2',
        '/admin/media/picker?q=1&q=2',
        '/admin/audit?action=1&action=2',
        '/admin/audit?user=1&user=2',
        '/admin/audit.csv?action=1&action=2',
        `/admin/articles/${id}?ok=1&ok=2`,
        `/admin/articles/${id}/history?a=1&a=2`,
        '/tim-kiem?q=a&q=b',
        '/tim-kiem?q=a&tu=2024-01-01&tu=2024-01-02',
        '/en/search?q=a&from=2024-01-01&from=2024-01-02',
        '/tin-tuc?trang=1&trang=2',
        '/tin-tuc/tin-ban-quan-ly?trang=1&trang=2',
      ];
      for (const url of pages) assert.equal((await browser.get(url)).status, 400, url);
      const asA = api(portal, admin);
      for (const url of ['/api/v1/admin/audit?action=1&action=2', '/api/v1/admin/audit?page=1&page=2', '/api/v1/admin/audit?sort=x', '/api/v1/search?q=a&q=b', '/api/v1/search/suggest?q=a&q=b']) {
        const r = await asA('GET', url);
        assert.equal(r.status, 400, url);
        assert.equal(r.body.error?.code, 'BAD_QUERY', url);
      }
      // parameters a page does not read (tracking tags) stay harmless, even repeated
      assert.equal((await browser.get('/admin/media?utm_source=a&utm_source=b')).status, 200);
      assert.equal((await portal.app.inject('/tim-kiem?q=khu&fbclid=1&fbclid=2')).statusCode, 200);
      assert.equal((await asA('GET', '/api/v1/admin/audit?action=content.create')).status, 200);
    });

    it('NUL in an article title via the admin API and via the form is removed, never a 500', async () => {
      const r = await api(portal, admin)('POST', '/api/v1/admin/articles', { title: 'Tiêu đề\u0000 có NUL', summary: 'Sapo\u0000', body: '<p>Thân\u0000 bài</p>', category: 'tin-ban-quan-ly' });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      const stored = await portal.ctx.db.kysely.selectFrom('content').select(['title', 'summary', 'body']).where('id', '=', r.body.id as number).executeTakeFirstOrThrow();
      assert.deepEqual(stored, { title: 'Tiêu đề có NUL', summary: 'Sapo', body: '<p>Thân bài</p>' });
      const patched = await api(portal, admin)('PATCH', `/api/v1/admin/articles/${r.body.id as number}`, { title: 'Sửa\u0000 tiêu đề' });
      assert.equal(patched.status, 200, JSON.stringify(patched.body));

      const form = await browser.post('/admin/articles', { title: 'Bài\u0000 gửi từ biểu mẫu', category: '1' });
      assert.equal(form.status, 303, form.body.slice(0, 300));
      const formId = Number(/\/admin\/articles\/(\d+)/.exec(form.location!)![1]);
      const saved = await browser.post(`/admin/articles/${formId}`, { title: 'Bài\u0000 đã sửa\u0001', summary: 'x\u0000', body: '<p>y\u0000</p>', baseRevision: '1' });
      assert.equal(saved.status, 303, saved.body.slice(0, 300));
      const row = await portal.ctx.db.kysely.selectFrom('content').select(['title', 'summary', 'body']).where('id', '=', formId).executeTakeFirstOrThrow();
      assert.deepEqual(row, { title: 'Bài đã sửa', summary: 'x', body: '<p>y</p>' });
      const search = await portal.app.inject('/tim-kiem?q=' + encodeURIComponent('khu\u0000 công nghiệp'));
      assert.equal(search.statusCode, 200);
    });

    it('one visitor cannot rewrite how a popular search is shown', async () => {
      const db = portal.ctx.db.kysely;
      const popular = async () => parse((await portal.app.inject('/tim-kiem?q=zzqx')).body).querySelectorAll('.popular-searches a').map((a) => a.text);
      assert.equal((await portal.app.inject('/tim-kiem?q=' + encodeURIComponent('Hội nghị!!! 🎉🎉'))).statusCode, 200);
      for (let i = 0; i < 3; i++) await portal.app.inject('/tim-kiem?q=' + encodeURIComponent('hoi nghi'));
      await portal.app.inject('/api/v1/search?q=' + encodeURIComponent('HỘI NGHỊ 💩💩💩 !!!'));
      const row = await db.selectFrom('search_queries' as never).select(['display' as never, 'hits' as never]).where('query' as never, '=', 'hoi nghi' as never).executeTakeFirstOrThrow();
      assert.deepEqual({ ...(row as object), hits: Number((row as { hits: number }).hits) }, { display: 'Hội nghị', hits: 5 });
      const shown = await popular();
      assert.ok(shown.includes('Hội nghị'), JSON.stringify(shown));
      assert.ok(!shown.some((s) => /[^\p{L}\p{M}\p{N} /-]/u.test(s)), JSON.stringify(shown));
    });

    describe('autosave revisions', () => {
      const actor = () => ({ id: admin.id, role: 'admin' as const, categoryIds: null });
      async function draft(title: string) {
        const r = await api(portal, admin)('POST', '/api/v1/admin/articles', { title, summary: '', body: '<p>Bắt đầu.</p>', category: 'tin-ban-quan-ly' });
        assert.equal(r.status, 201);
        return r.body.id as number;
      }
      const revisions = async (id: number) =>
        portal.ctx.db.kysely.selectFrom('revisions').select(['revision', 'note', 'user_id']).where('content_id', '=', id).orderBy('revision').execute();

      it('an unchanged autosave or save adds no revision', async () => {
        const id = await draft('Bài không đổi gì');
        const same = { title: 'Bài không đổi gì', summary: '', body: '<p>Bắt đầu.</p>' };
        const r = await browser.post(`/admin/articles/${id}/autosave`, { ...same, baseRevision: 1 }, { json: true });
        assert.equal(r.status, 200);
        assert.equal(JSON.parse(r.body).revision, 1);
        assert.equal((await api(portal, admin)('PATCH', `/api/v1/admin/articles/${id}`, { ...same, baseRevision: 1 })).status, 200);
        assert.deepEqual((await revisions(id)).map((x) => x.note), ['create']);
      });

      it('autosaves of one editing session keep one revision; the stale check still works', async () => {
        const id = await draft('Bài tự lưu nhiều lần');
        let base = 1;
        const big = 'Đoạn văn dài của bản nháp. '.repeat(8000);
        for (let i = 0; i < 20; i++) {
          const r = await browser.post(`/admin/articles/${id}/autosave`, { title: 'Bài tự lưu nhiều lần', summary: '', body: `<p>${big}${i}</p>`, baseRevision: base }, { json: true });
          assert.equal(r.status, 200, r.body.slice(0, 300));
          base = JSON.parse(r.body).revision as number;
        }
        assert.equal(base, 21);
        const rows = await revisions(id);
        assert.deepEqual(rows.map((x) => [x.revision, x.note]), [[1, 'create'], [21, 'autosave']]);
        const kept = await portal.ctx.db.kysely.selectFrom('revisions').select('body').where('content_id', '=', id).where('revision', '=', 21).executeTakeFirstOrThrow();
        assert.ok(kept.body.endsWith('19</p>'), 'the session revision holds the latest text');
        const stale = await browser.post(`/admin/articles/${id}/autosave`, { title: 'Bài tự lưu nhiều lần', summary: '', body: '<p>cũ</p>', baseRevision: 20 }, { json: true });
        assert.equal(stale.status, 409);
        // an explicit save ends the session: the next autosave is a new revision
        assert.equal((await api(portal, admin)('PATCH', `/api/v1/admin/articles/${id}`, { body: '<p>Đã lưu.</p>', baseRevision: 21 })).status, 200);
        const after = await browser.post(`/admin/articles/${id}/autosave`, { title: 'Bài tự lưu nhiều lần', summary: '', body: '<p>Gõ tiếp.</p>', baseRevision: 22 }, { json: true });
        assert.equal(JSON.parse(after.body).revision, 23);
        assert.deepEqual((await revisions(id)).map((x) => x.note), ['create', 'autosave', 'save', 'autosave']);
        const history = await browser.get(`/admin/articles/${id}/history?a=21&b=23`);
        assert.equal(history.status, 200);
      });

      it('a new session after 30 minutes is a new revision, and their number is capped until an explicit save', async () => {
        const id = await draft('Bài tự lưu qua nhiều phiên');
        const db = portal.ctx.db.kysely;
        const start = Date.now();
        const at = (minutes: number) => new Date(start + minutes * 60_000);
        let revision = 1;
        for (let s = 0; s < maxAutosaveRevisions; s++) {
          for (const m of [0, 10, 29]) {
            const saved = await saveContent(db, actor(), id, { body: `<p>Phiên ${s}, phút ${m}</p>` }, { note: 'autosave', baseRevision: revision, now: at(s * 100 + m) });
            revision = saved.revision;
          }
        }
        assert.equal((await revisions(id)).filter((x) => x.note === 'autosave').length, maxAutosaveRevisions);
        await assert.rejects(
          saveContent(db, actor(), id, { body: '<p>Một phiên nữa</p>' }, { note: 'autosave', baseRevision: revision, now: at(maxAutosaveRevisions * 100) }),
          (e: unknown) => e instanceof WorkflowError && e.code === 'AUTOSAVE_LIMIT' && e.status === 413,
        );
        const unchanged = await db.selectFrom('content').select(['body', 'revision']).where('id', '=', id).executeTakeFirstOrThrow();
        assert.equal(unchanged.revision, revision, 'nothing saved');
        // the current session still saves
        revision = (await saveContent(db, actor(), id, { body: '<p>Cùng phiên</p>' }, { note: 'autosave', baseRevision: revision, now: at((maxAutosaveRevisions - 1) * 100 + 40) })).revision;
        revision = (await saveContent(db, actor(), id, { body: '<p>Lưu hẳn</p>' }, { baseRevision: revision, now: at(maxAutosaveRevisions * 100 + 1) })).revision;
        const again = await saveContent(db, actor(), id, { body: '<p>Tự lưu lại được</p>' }, { note: 'autosave', baseRevision: revision, now: at(maxAutosaveRevisions * 100 + 2) });
        assert.equal(again.revision, revision + 1);
      });

      it('autosaves of very large text are refused beyond a size budget, with a clear 413 over HTTP', async () => {
        const id = await draft('Bài tự lưu rất lớn');
        const db = portal.ctx.db.kysely;
        const huge = (n: number) => `<p>${String(n).repeat(1_900_000)}</p>`;
        let revision = 1;
        const start = Date.now() - 10 * 3600_000;
        for (let s = 0; s < 4; s++) revision = (await saveContent(db, actor(), id, { body: huge(s) }, { note: 'autosave', baseRevision: revision, now: new Date(start + s * 3600_000) })).revision;
        const r = await browser.post(`/admin/articles/${id}/autosave`, { title: 'Bài tự lưu rất lớn', summary: '', body: huge(7), baseRevision: revision }, { json: true });
        assert.equal(r.status, 413, r.body.slice(0, 300));
        const error = JSON.parse(r.body).error as { code: string; messageVi: string };
        assert.equal(error.code, 'AUTOSAVE_LIMIT');
        assert.match(error.messageVi, /bấm Lưu/);
        assert.equal((await revisions(id)).length, 5);
      });
    });
  });
}

describe('odd input on postgres', { skip: postgresSkipReason }, () => {
  it('runs above when TEST_DATABASE_URL is set', () => undefined);
});
