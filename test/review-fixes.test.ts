// Regression tests for the defects a review found (each failed before its fix): throttling of
// second-factor codes, required 2FA for API use, tokens after a password reset, category limits
// on reports, private titles in media usage, autosave on live articles, re-import revisions,
// prototype names in URLs, and the audit filter's case on PostgreSQL.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { authClock } from '../src/core/auth/throttle.ts';
import { currentTotp } from '../src/core/auth/totp.ts';
import { createUser } from '../src/core/auth/users.ts';
import { importFiles } from '../src/modules/news/import/importer.ts';
import { jpegWithGps } from './fixtures/media/samples.ts';
import { multipart, signIn as mediaSignIn } from './fixtures/media/portal.ts';
import { createTestPortal, postgresSkipReason, testDatabases, type TestPortal } from './helpers/portal.ts';
import { browserish, signIn, signedIn, testPassword } from './helpers/session.ts';
import { api, makeStaff } from './helpers/staff.ts';

for (const kind of testDatabases()) {
  describe(`review fixes on ${kind}`, () => {
    let portal: TestPortal;
    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
      await createUser(portal.ctx.db.kysely, { email: 'admin@bqlkkt.test', name: 'Quản trị', role: 'admin', password: testPassword });
    });
    after(() => portal.close());

    it('a known password does not reset the count of wrong second-factor codes', async () => {
      const staff = await makeStaff(portal, 'editor', 'doan-ma');
      const b = await signedIn(portal, staff.email);
      const secret = /name="secret" value="([A-Z2-7]{32})"/.exec((await b.get('/admin/account')).body)![1]!;
      await b.post('/admin/account/totp/enable', { secret, code: currentTotp(secret), password: testPassword });
      const statuses: number[] = [];
      // The throttle's clock stands still: its delays (1 s after 5 failures) cannot pass meanwhile.
      const start = Date.now();
      authClock.now = () => new Date(start);
      try {
        for (let round = 0; round < 2; round++) {
          const c = browserish(portal);
          statuses.push((await signIn(c, staff.email)).status);
          await c.get('/admin/login/totp');
          for (let i = 0; i < 4; i++) statuses.push((await c.post('/admin/login/totp', { code: '000000' })).status);
        }
        const last = browserish(portal);
        const final = await signIn(last, staff.email);
        assert.equal(final.status, 429, `after 8 wrong codes the account waits (${statuses.join(',')})`);
      } finally {
        authClock.now = () => new Date();
      }
    });

    it('a role that requires 2FA cannot use the admin API or make tokens without it', async () => {
      const admin = await signedIn(portal, 'admin@bqlkkt.test');
      const staff = await makeStaff(portal, 'contributor', 'chua-bat-2fa');
      await admin.post('/admin/users/security', { requireTotp: ['contributor'] });
      try {
        const r = await api(portal, staff)('GET', '/api/v1/admin/articles');
        assert.equal(r.status, 403);
        assert.equal(r.body.error?.code, 'TOTP_REQUIRED');
        const b = await signedIn(portal, staff.email);
        assert.equal((await b.post('/admin/account/tokens', { name: 'lách' })).status, 403);
        assert.equal((await b.get('/admin/account')).status, 200, 'the page to turn it on stays open');
      } finally {
        await admin.post('/admin/users/security', {});
      }
    });

    it('a password reset also revokes the API tokens', async () => {
      const staff = await makeStaff(portal, 'contributor', 'bi-chiem');
      assert.equal((await api(portal, staff)('GET', '/api/v1/admin/articles')).status, 200);
      const admin = await signedIn(portal, 'admin@bqlkkt.test');
      const link = /password-reset\?token=([\w-]+)/.exec((await admin.post(`/admin/users/${staff.id}/reset-link`, {})).body)![1]!;
      const b = browserish(portal);
      const csrf = /name="_csrf" value="([^"]+)"/.exec((await b.get(`/admin/password-reset?token=${link}`)).body)![1]!;
      assert.equal((await b.post('/admin/password-reset', { _csrf: csrf, token: link, password: 'mat-khau-moi-rat-dai' }, { csrf: false })).status, 303);
      assert.equal((await api(portal, staff)('GET', '/api/v1/admin/articles')).status, 401);
    });

    it('statistics and royalties show a limited approver only their categories', async () => {
      const db = portal.ctx.db.kysely;
      const thongBao = await db.selectFrom('categories').select('id').where('slug', '=', 'thong-bao').executeTakeFirstOrThrow();
      await makeStaff(portal, 'approver', 'lanh-dao-thong-bao', [thongBao.id]);
      const b = await signedIn(portal, 'lanh-dao-thong-bao@bqlkkt.test');
      const seedTitle = 'Hội nghị sơ kết 6 tháng đầu năm 2020 Đảng bộ Ban Quản lý Khu kinh tế tỉnh Kiên Giang';
      const royalties = await b.get('/admin/royalties?from=2020-01-01&to=2020-12-31');
      assert.equal(royalties.status, 200);
      assert.ok(!royalties.body.includes(seedTitle), 'an article of another category is not listed');
      const adminView = await (await signedIn(portal, 'admin@bqlkkt.test')).get('/admin/royalties?from=2020-01-01&to=2020-12-31');
      assert.ok(adminView.body.includes(seedTitle), 'the administrator sees it');
      const stats = await b.get('/admin/stats?from=2020-01&to=2020-12');
      assert.ok(!stats.body.includes('Tin Ban Quản lý'), 'no other category in the statistics');
    });

    it('the media page does not show the title of a draft the viewer may not see', async () => {
      const c1 = await makeStaff(portal, 'contributor', 'tai-anh');
      const c2 = await makeStaff(portal, 'contributor', 'viet-nhap');
      const s1 = await mediaSignIn(portal, c1.email);
      const body = multipart([{ name: '_csrf', value: s1.csrf }, { name: 'files', filename: 'anh.jpg', data: await jpegWithGps(), type: 'image/jpeg' }]);
      const up = await portal.app.inject({ method: 'POST', url: '/admin/media', headers: { ...body.headers, cookie: s1.cookie, accept: 'application/json' }, payload: body.payload });
      assert.ok(up.statusCode < 400, up.body.slice(0, 300));
      const media = await portal.ctx.db.kysely.selectFrom('media').select(['id']).orderBy('id', 'desc').executeTakeFirstOrThrow();
      const variant = await portal.ctx.db.kysely.selectFrom('media_variants').select('key').where('media_id', '=', media.id).executeTakeFirstOrThrow();
      const secret = 'Bản nháp riêng tư về nhân sự';
      const draft = await api(portal, c2)('POST', '/api/v1/admin/articles', { title: secret, body: `<figure><img src="/media/${variant.key}" alt="Ảnh"></figure>`, category: 'thong-bao' });
      assert.equal(draft.status, 201);
      const page = await portal.app.inject({ url: `/admin/media/${media.id}`, headers: { cookie: s1.cookie } });
      assert.equal(page.statusCode, 200);
      assert.ok(!page.body.includes(secret));
      assert.match(page.body, /Một bài viết bạn không có quyền xem/);
    });

    it('autosave never changes a published article; an explicit save does', async () => {
      const writer = await makeStaff(portal, 'editor', 'tu-luu-viet');
      const boss = await makeStaff(portal, 'approver', 'tu-luu-duyet');
      const id = (await api(portal, writer)('POST', '/api/v1/admin/articles', { title: 'Bài đã đăng để thử tự lưu', body: '<p>Bản chính thức.</p>', category: 'thong-bao' })).body.id as number;
      await api(portal, writer)('POST', `/api/v1/admin/articles/${id}/submit`);
      await api(portal, boss)('POST', `/api/v1/admin/articles/${id}/approve`);
      await api(portal, boss)('POST', `/api/v1/admin/articles/${id}/publish`);
      const b = await signedIn(portal, boss.email);
      const page = await b.get(`/admin/content/news/${id}`);
      assert.equal(page.status, 200);
      assert.match(page.body, /class="edit-form"/);
      assert.doesNotMatch(page.body, /data-autosave-url/);
      const r = await b.post(`/admin/content/news/${id}/autosave`, { title: 'Bài đã đăng để thử tự lưu', summary: '', body: '<p>Đang gõ dở</p>' }, { json: true });
      assert.equal(r.status, 409);
      const row = await portal.ctx.db.kysely.selectFrom('content').select('body').where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.body, '<p>Bản chính thức.</p>');
    });

    it('re-importing a changed article is a revision: an older form gets a 409', async (t) => {
      const seed = path.resolve('demo/000_a669bda985d7232c.txt');
      const db = portal.ctx.db.kysely;
      const before = await db.selectFrom('content').select(['id', 'revision']).where('title', 'like', 'Hội nghị sơ kết 6 tháng%').executeTakeFirstOrThrow();
      const fs = await import('node:fs');
      const os = await import('node:os');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-reimport-'));
      t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
      const file = path.join(dir, 'seed.txt');
      fs.writeFileSync(file, fs.readFileSync(seed, 'utf8').replace('Tham dự và chỉ đạo', 'Tham dự và trực tiếp chỉ đạo'));
      assert.equal((await importFiles(db, [file]))[0]?.outcome, 'updated');
      const after = await db.selectFrom('content').select('revision').where('id', '=', before.id).executeTakeFirstOrThrow();
      assert.equal(after.revision, before.revision + 1);
      const notes = await db.selectFrom('revisions').select('note').where('content_id', '=', before.id).orderBy('revision').execute();
      assert.equal(notes[notes.length - 1]!.note, 'import');
      const admin = await makeStaff(portal, 'admin', 'sua-ban-cu');
      const stale = await api(portal, admin)('PATCH', `/api/v1/admin/articles/${before.id}`, { summary: 'Sửa trên bản cũ', baseRevision: before.revision });
      assert.equal(stale.status, 409);
      await importFiles(db, [seed]);
    });

    it('prototype names in URLs are 404, never a 500 or a bad cookie', async () => {
      const b = await signedIn(portal, 'admin@bqlkkt.test');
      for (const move of ['toString', 'hasOwnProperty', '__proto__', 'constructor']) {
        assert.equal((await b.post(`/admin/articles/1/move/${move}`, {})).status, 404, move);
      }
      for (const action of ['constructor', 'toString', '__proto__']) {
        const r = await portal.app.inject(`/co-chu/${action}?ve=/`);
        assert.equal(r.statusCode, 404, action);
        assert.equal(r.cookies.length, 0);
      }
    });

    it('the audit filter ignores case on both databases', async () => {
      const b = await signedIn(portal, 'admin@bqlkkt.test');
      const upper = await b.get('/admin/audit?action=AUTH.LOGIN');
      assert.match(upper.body, /auth\.login\.success/);
    });
  });
}

describe('review fixes on postgres', { skip: postgresSkipReason }, () => {
  it('runs above when TEST_DATABASE_URL is set', () => undefined);
});
