// The editorial workflow through the admin API: the role × action matrix, legal and illegal
// transitions, reasons, optimistic locking, revisions, take-downs on the public site.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestPortal, postgresSkipReason, testDatabases, type TestPortal } from './helpers/portal.ts';
import { api, makeStaff, type Staff } from './helpers/staff.ts';

const article = { title: 'Khánh thành nhà máy xử lý nước thải Khu công nghiệp Thạnh Lộc', summary: 'Sapo của bài.', body: '<p>Nội dung <strong>chính</strong>.</p><script>alert(1)</script>', category: 'tin-ban-quan-ly' };

for (const kind of testDatabases()) {
  describe(`workflow on ${kind}`, () => {
    let portal: TestPortal;
    let contributor: Staff, contributor2: Staff, editor: Staff, limitedEditor: Staff, approver: Staff, admin: Staff;
    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
      const thongBao = await portal.ctx.db.kysely.selectFrom('categories').select('id').where('slug', '=', 'thong-bao').executeTakeFirstOrThrow();
      contributor = await makeStaff(portal, 'contributor', 'phongvien');
      contributor2 = await makeStaff(portal, 'contributor', 'phongvien2');
      editor = await makeStaff(portal, 'editor', 'bientap');
      limitedEditor = await makeStaff(portal, 'editor', 'bientapthongbao', [thongBao.id]);
      approver = await makeStaff(portal, 'approver', 'lanhdao');
      admin = await makeStaff(portal, 'admin', 'quantri');
    });
    after(() => portal.close());

    async function draftBy(who: Staff, overrides: Partial<typeof article> = {}) {
      const r = await api(portal, who)('POST', '/api/v1/admin/articles', { ...article, ...overrides });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      return r.body.id as number;
    }

    it('the whole journey: draft → submitted → returned → submitted → approved → published, visible to the public', async () => {
      const id = await draftBy(contributor);
      const asC = api(portal, contributor), asE = api(portal, editor), asA = api(portal, approver);
      const stored = await asC('GET', `/api/v1/admin/articles/${id}`);
      assert.equal(stored.body.status, 'draft');
      assert.doesNotMatch(stored.body.body as string, /script/, 'body sanitised on the server');
      assert.equal((await asC('POST', `/api/v1/admin/articles/${id}/submit`)).body.status, 'submitted');
      const noReason = await asE('POST', `/api/v1/admin/articles/${id}/return`, {});
      assert.equal(noReason.status, 400);
      assert.equal(noReason.body.error?.code, 'REASON_REQUIRED');
      assert.equal((await asE('POST', `/api/v1/admin/articles/${id}/return`, { reason: 'Bổ sung ảnh và nguồn tin' })).body.status, 'returned');
      assert.equal((await asC('GET', `/api/v1/admin/articles/${id}`)).body.returnReason, 'Bổ sung ảnh và nguồn tin');
      assert.equal((await asC('PATCH', `/api/v1/admin/articles/${id}`, { summary: 'Sapo đã sửa.' })).status, 200);
      assert.equal((await asC('POST', `/api/v1/admin/articles/${id}/submit`)).status, 200);
      assert.equal((await asE('POST', `/api/v1/admin/articles/${id}/approve`)).body.status, 'approved');
      assert.equal((await portal.app.inject('/api/v1/articles')).json().items.some((i: { id: number }) => i.id === id), false, 'not public before publishing');
      const published = await asA('POST', `/api/v1/admin/articles/${id}/publish`);
      assert.equal(published.body.status, 'published');
      const pub = (await portal.app.inject(`/api/v1/articles/${id}`)).json();
      assert.equal(pub.title, article.title);
      const row = await portal.ctx.db.kysely.selectFrom('content').select(['created_by', 'published_by', 'created_at', 'published_at']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.created_by, contributor.id);
      assert.equal(row.published_by, approver.id);
      assert.ok(row.published_at! >= row.created_at);
      const revisions = await asE('GET', `/api/v1/admin/articles/${id}/revisions`);
      assert.deepEqual((revisions.body.items as { note: string }[]).map((r) => r.note).reverse(), ['create', 'submit', 'return', 'save', 'submit', 'approve', 'publish']);
      const audit = await portal.ctx.db.kysely.selectFrom('audit_log').select('action').where('target_id', '=', String(id)).orderBy('id').execute();
      assert.deepEqual(audit.map((a) => a.action), ['content.create', 'content.submit', 'content.return', 'content.save', 'content.submit', 'content.approve', 'content.publish']);
    });

    it('illegal transitions are 409 and change nothing', async () => {
      const id = await draftBy(contributor);
      const asA = api(portal, approver);
      for (const move of ['approve', 'publish', 'return', 'unpublish']) {
        const r = await asA('POST', `/api/v1/admin/articles/${id}/${move}`, { reason: 'lý do', kind: 'withdrawn' });
        assert.equal(r.status, 409, move);
        assert.equal(r.body.error?.code, 'ILLEGAL_TRANSITION');
      }
      assert.equal((await asA('GET', `/api/v1/admin/articles/${id}`)).body.status, 'draft');
      assert.equal((await asA('POST', `/api/v1/admin/articles/${id}/dance`)).status, 404);
    });

    it('the role × action matrix is enforced (403, never 500)', async () => {
      // expected status per role for each step on an article written by `contributor`
      const roles = { contributor, contributor2, editor, limitedEditor, approver, admin };
      const prepare = async (status: 'draft' | 'submitted' | 'approved' | 'published') => {
        const id = await draftBy(contributor);
        if (status === 'draft') return id;
        await api(portal, contributor)('POST', `/api/v1/admin/articles/${id}/submit`);
        if (status === 'submitted') return id;
        await api(portal, editor)('POST', `/api/v1/admin/articles/${id}/approve`);
        if (status === 'approved') return id;
        await api(portal, approver)('POST', `/api/v1/admin/articles/${id}/publish`);
        return id;
      };
      const cases: { step: string; from: 'draft' | 'submitted' | 'approved' | 'published'; run: (who: Staff, id: number) => ReturnType<ReturnType<typeof api>>; expect: Record<keyof typeof roles, number> }[] = [
        { step: 'read', from: 'draft', run: (w, id) => api(portal, w)('GET', `/api/v1/admin/articles/${id}`), expect: { contributor: 200, contributor2: 403, editor: 200, limitedEditor: 403, approver: 200, admin: 200 } },
        { step: 'edit draft', from: 'draft', run: (w, id) => api(portal, w)('PATCH', `/api/v1/admin/articles/${id}`, { summary: 'x y z' }), expect: { contributor: 200, contributor2: 403, editor: 200, limitedEditor: 403, approver: 200, admin: 200 } },
        { step: 'submit', from: 'draft', run: (w, id) => api(portal, w)('POST', `/api/v1/admin/articles/${id}/submit`), expect: { contributor: 200, contributor2: 403, editor: 200, limitedEditor: 403, approver: 200, admin: 200 } },
        { step: 'edit submitted', from: 'submitted', run: (w, id) => api(portal, w)('PATCH', `/api/v1/admin/articles/${id}`, { summary: 'x y z' }), expect: { contributor: 409, contributor2: 403, editor: 200, limitedEditor: 403, approver: 200, admin: 200 } },
        { step: 'return', from: 'submitted', run: (w, id) => api(portal, w)('POST', `/api/v1/admin/articles/${id}/return`, { reason: 'Cần sửa' }), expect: { contributor: 403, contributor2: 403, editor: 200, limitedEditor: 403, approver: 200, admin: 200 } },
        { step: 'approve', from: 'submitted', run: (w, id) => api(portal, w)('POST', `/api/v1/admin/articles/${id}/approve`), expect: { contributor: 403, contributor2: 403, editor: 200, limitedEditor: 403, approver: 200, admin: 200 } },
        { step: 'publish', from: 'approved', run: (w, id) => api(portal, w)('POST', `/api/v1/admin/articles/${id}/publish`), expect: { contributor: 403, contributor2: 403, editor: 403, limitedEditor: 403, approver: 200, admin: 200 } },
        { step: 'schedule', from: 'approved', run: (w, id) => api(portal, w)('POST', `/api/v1/admin/articles/${id}/schedule`, { publishAt: new Date(Date.now() + 3600_000).toISOString() }), expect: { contributor: 403, contributor2: 403, editor: 403, limitedEditor: 403, approver: 200, admin: 200 } },
        { step: 'edit published', from: 'published', run: (w, id) => api(portal, w)('PATCH', `/api/v1/admin/articles/${id}`, { summary: 'x y z' }), expect: { contributor: 409, contributor2: 403, editor: 409, limitedEditor: 403, approver: 200, admin: 200 } },
        { step: 'unpublish', from: 'published', run: (w, id) => api(portal, w)('POST', `/api/v1/admin/articles/${id}/unpublish`, { kind: 'withdrawn', reason: 'Hết hiệu lực' }), expect: { contributor: 403, contributor2: 403, editor: 403, limitedEditor: 403, approver: 200, admin: 200 } },
      ];
      const failures: string[] = [];
      for (const c of cases) {
        for (const [name, who] of Object.entries(roles) as [keyof typeof roles, Staff][]) {
          const id = await prepare(c.from);
          const r = await c.run(who, id);
          if (r.status !== c.expect[name]) failures.push(`${c.step} by ${name}: ${r.status} (expected ${c.expect[name]}) ${JSON.stringify(r.body.error ?? '')}`);
          if (r.status >= 400 && !(r.body.error?.message && r.body.error.messageVi)) failures.push(`${c.step} by ${name}: error without messages`);
        }
      }
      assert.deepEqual(failures, []);
    });

    it('nobody approves their own article except an admin; creating in a forbidden category is 403', async () => {
      const own = await draftBy(editor);
      await api(portal, editor)('POST', `/api/v1/admin/articles/${own}/submit`);
      const r = await api(portal, editor)('POST', `/api/v1/admin/articles/${own}/approve`);
      assert.equal(r.status, 403);
      assert.equal(r.body.error?.code, 'OWN_APPROVAL');
      const forbidden = await api(portal, limitedEditor)('POST', '/api/v1/admin/articles', article);
      assert.equal(forbidden.status, 403);
      assert.equal((await api(portal, limitedEditor)('POST', '/api/v1/admin/articles', { ...article, category: 'thong-bao' })).status, 201);
    });

    it('without a valid token: 401; bad bodies: 400; unknown category or id: 400/404', async () => {
      assert.equal((await api(portal, undefined)('POST', '/api/v1/admin/articles', article)).status, 401);
      assert.equal((await api(portal, { id: 0, email: '', token: 'ct_forged-token-value-000000000000' })('GET', '/api/v1/admin/articles')).status, 401);
      const asC = api(portal, contributor);
      for (const bad of [{}, { title: 'Thiếu nội dung' }, { ...article, extra: 1 }, { ...article, title: 42 }, { ...article, title: 'ab' }]) {
        const r = await asC('POST', '/api/v1/admin/articles', bad);
        assert.equal(r.status, 400, JSON.stringify(bad));
        assert.ok(r.body.error?.messageVi);
      }
      const raw = await portal.app.inject({ method: 'POST', url: '/api/v1/admin/articles', headers: { authorization: `Bearer ${contributor.token}`, 'content-type': 'application/json' }, payload: '{"title": ' });
      assert.equal(raw.statusCode, 400);
      assert.equal((await asC('POST', '/api/v1/admin/articles', { ...article, category: 'khong-co' })).body.error?.code, 'UNKNOWN_CATEGORY');
      assert.equal((await asC('GET', '/api/v1/admin/articles/999999')).status, 404);
      assert.equal((await asC('GET', '/api/v1/admin/articles/abc')).status, 400);
      const id = await draftBy(contributor);
      assert.equal((await asC('PATCH', `/api/v1/admin/articles/${id}`, {})).status, 400);
    });

    it('a save based on an old revision never overwrites a newer one', async () => {
      const id = await draftBy(contributor);
      const asC = api(portal, contributor), asE = api(portal, editor);
      const start = (await asC('GET', `/api/v1/admin/articles/${id}`)).body.revision as number;
      assert.equal((await asE('PATCH', `/api/v1/admin/articles/${id}`, { summary: 'Biên tập viên sửa', baseRevision: start })).status, 200);
      const late = await asC('PATCH', `/api/v1/admin/articles/${id}`, { summary: 'Phóng viên sửa', baseRevision: start });
      assert.equal(late.status, 409);
      assert.equal(late.body.error?.code, 'EDIT_CONFLICT');
      assert.equal((await asC('GET', `/api/v1/admin/articles/${id}`)).body.summary, 'Biên tập viên sửa');
    });

    it('scheduling needs a future ISO time; publishing needs alt text on every image', async () => {
      const id = await draftBy(contributor, { body: '<p>Ảnh:</p><figure><img src="/static/demo/hoi-nghi.svg"><figcaption>Hội nghị</figcaption></figure>' });
      await api(portal, contributor)('POST', `/api/v1/admin/articles/${id}/submit`);
      await api(portal, editor)('POST', `/api/v1/admin/articles/${id}/approve`);
      const asA = api(portal, approver);
      for (const publishAt of [undefined, 'ngày mai', '2020-01-01T00:00:00Z', '']) {
        assert.equal((await asA('POST', `/api/v1/admin/articles/${id}/schedule`, publishAt === undefined ? {} : { publishAt })).status, 400, String(publishAt));
      }
      const noAlt = await asA('POST', `/api/v1/admin/articles/${id}/publish`);
      assert.equal(noAlt.status, 409);
      assert.equal(noAlt.body.error?.code, 'IMAGE_ALT_MISSING');
      await asA('PATCH', `/api/v1/admin/articles/${id}`, { body: '<figure><img src="/static/demo/hoi-nghi.svg" alt="Hội trường"><figcaption>Hội nghị</figcaption></figure>' });
      assert.equal((await asA('POST', `/api/v1/admin/articles/${id}/publish`)).status, 200);
    });

    it('taking down: withdrawn stays readable with a notice, gone is 410, redirects go where they say', async () => {
      const publish = async (title: string) => {
        const id = await draftBy(contributor, { title });
        await api(portal, contributor)('POST', `/api/v1/admin/articles/${id}/submit`);
        await api(portal, editor)('POST', `/api/v1/admin/articles/${id}/approve`);
        await api(portal, approver)('POST', `/api/v1/admin/articles/${id}/publish`);
        const { url } = (await portal.app.inject(`/api/v1/articles/${id}`)).json() as { url: string };
        return { id, path: new URL(url).pathname };
      };
      const asA = api(portal, approver);
      const withdrawn = await publish('Bài viết sẽ được lưu trữ');
      assert.equal((await asA('POST', `/api/v1/admin/articles/${withdrawn.id}/unpublish`, { kind: 'withdrawn', reason: 'Thông tin đã cũ' })).status, 200);
      const w = await portal.app.inject(withdrawn.path);
      assert.equal(w.statusCode, 200);
      assert.match(w.body, /Thông tin đã cũ/);
      assert.equal((await portal.app.inject(`/api/v1/articles/${withdrawn.id}`)).statusCode, 404, 'not in the API lists any more');

      const gone = await publish('Bài viết đăng nhầm');
      assert.equal((await asA('POST', `/api/v1/admin/articles/${gone.id}/unpublish`, { kind: 'error-gone', reason: 'Đăng nhầm' })).status, 200);
      assert.equal((await portal.app.inject(gone.path)).statusCode, 410);

      const moved = await publish('Bài viết được hợp nhất');
      assert.equal((await asA('POST', `/api/v1/admin/articles/${moved.id}/unpublish`, { kind: 'consolidated', reason: 'Gộp bài', redirectTo: withdrawn.path })).status, 200);
      const r = await portal.app.inject(moved.path);
      assert.equal(r.statusCode, 301);
      assert.equal(r.headers.location, withdrawn.path);

      const badRedirect = await publish('Bài viết chuyển hướng sai');
      for (const redirectTo of ['//evil.example', 'javascript:alert(1)', 'http://insecure.example/x', undefined]) {
        assert.equal((await asA('POST', `/api/v1/admin/articles/${badRedirect.id}/unpublish`, { kind: 'error-redirect', reason: 'x y z', ...(redirectTo ? { redirectTo } : {}) })).status, 400);
      }
      assert.equal((await asA('POST', `/api/v1/admin/articles/${badRedirect.id}/unpublish`, { kind: 'lost', reason: 'x y z' })).body.error?.code, 'BAD_KIND');
    });

    it('the public categories endpoint lists categories', async () => {
      const r = await portal.app.inject('/api/v1/categories');
      assert.equal(r.statusCode, 200);
      const items = r.json().items as { slug: string; name: string }[];
      assert.ok(items.some((c) => c.slug === 'thong-bao' && c.name === 'Thông báo'));
    });
  });
}

describe('workflow on postgres', { skip: postgresSkipReason }, () => {
  it('runs above when TEST_DATABASE_URL is set', () => undefined);
});
