// The back office through its forms: first-run setup, sign-in with throttling and two factors,
// CSRF on every form, session timeouts and revocation, password resets, user management,
// autosave with conflicts, the audit log and its export.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { issueOneTimeToken, setupTokenIfNeeded } from '../src/core/auth/setup.ts';
import { authClock } from '../src/core/auth/throttle.ts';
import { currentTotp } from '../src/core/auth/totp.ts';
import { createTestPortal, postgresSkipReason, testDatabases, type TestPortal } from './helpers/portal.ts';
import { browserish, signIn, signedIn, testPassword } from './helpers/session.ts';
import { makeStaff } from './helpers/staff.ts';

for (const kind of testDatabases()) {
  describe(`back office on ${kind}`, () => {
    let portal: TestPortal;
    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
    });
    after(() => portal.close());

    it('first run: the console token opens /admin/setup once, for the first administrator only', async () => {
      const token = await setupTokenIfNeeded(portal.ctx.db.kysely);
      assert.ok(token);
      const b = browserish(portal);
      assert.equal((await b.get('/admin/setup?token=wrong-token-000000000000')).status, 403);
      const page = await b.get(`/admin/setup?token=${token}`);
      assert.equal(page.status, 200);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
      const weak = await b.post('/admin/setup', { _csrf: csrf, token: token!, name: 'Quản trị', email: 'admin@bqlkkt.test', password: 'ngan' }, { csrf: false });
      assert.equal(weak.status, 400);
      assert.match(weak.body, /ít nhất 10 ký tự/);
      assert.equal((await portal.ctx.db.kysely.selectFrom('users').select('id').execute()).length, 0, 'nothing created');
      const ok = await b.post('/admin/setup', { _csrf: csrf, token: token!, name: 'Quản trị', email: 'admin@bqlkkt.test', password: testPassword }, { csrf: false });
      assert.equal(ok.status, 303);
      const again = await b.post('/admin/setup', { _csrf: csrf, token: token!, name: 'Kẻ lạ', email: 'x@evil.test', password: testPassword }, { csrf: false });
      assert.equal(again.status, 403);
      assert.equal(await setupTokenIfNeeded(portal.ctx.db.kysely), undefined, 'no new setup token once an account exists');
      const users = await portal.ctx.db.kysely.selectFrom('users').select(['email', 'role']).execute();
      assert.deepEqual(users, [{ email: 'admin@bqlkkt.test', role: 'admin' }]);
    });

    it('signed out, the back office sends you to the sign-in page; forms need their token', async () => {
      const b = browserish(portal);
      const r = await b.get('/admin/articles');
      assert.equal(r.status, 303);
      assert.equal(r.location, '/admin/login?ve=%2Fadmin%2Farticles');
      const noToken = await b.post('/admin/login', { email: 'admin@bqlkkt.test', password: testPassword }, { csrf: false });
      assert.equal(noToken.status, 403);
      assert.match(noToken.body, /biểu mẫu đã hết hạn/);
    });

    it('wrong passwords are refused, audited and throttled per account with growing delays (429)', async () => {
      const staff = await makeStaff(portal, 'contributor', 'throttled');
      const b = browserish(portal);
      // The throttle's clock stands still: the delays are exact, whatever the machine's speed.
      const start = Date.now();
      authClock.now = () => new Date(start);
      try {
        for (let i = 0; i < 5; i++) {
          const r = await signIn(b, staff.email, 'sai-mat-khau-123');
          assert.equal(r.status, 401);
          assert.match(r.body, /Thư điện tử hoặc mật khẩu không đúng/);
        }
        const blocked = await signIn(b, staff.email, testPassword);
        assert.equal(blocked.status, 429, 'even the right password waits');
        assert.match(blocked.body, /thử lại sau 1 giây/);
        authClock.now = () => new Date(start + 1000);
        assert.equal((await signIn(b, staff.email, testPassword)).status, 303, 'after the delay the right password works: no lock-out');
      } finally {
        authClock.now = () => new Date();
      }
      const failures = await portal.ctx.db.kysely.selectFrom('audit_log').select('action').where('actor', '=', staff.email).execute();
      assert.equal(failures.filter((f) => f.action === 'auth.login.failure').length, 5);
      assert.ok(failures.some((f) => f.action === 'auth.login.throttled'));
      const unknown = await signIn(browserish(portal), 'nobody@bqlkkt.test', testPassword);
      assert.equal(unknown.status, 401, 'an unknown account looks the same as a wrong password');
    });

    it('sign-in, CSRF on every form, sign-out', async () => {
      const b = await signedIn(portal, 'admin@bqlkkt.test');
      assert.equal((await b.get('/admin')).status, 200);
      const forged = await b.post('/admin/articles', { _csrf: 'forged', title: 'Bài giả mạo' }, { csrf: false });
      assert.equal(forged.status, 403);
      const missing = await b.post('/admin/articles', { title: 'Bài giả mạo' }, { csrf: false });
      assert.equal(missing.status, 403);
      const created = await b.post('/admin/articles', { title: 'Bài viết thật', category: '1' });
      assert.equal(created.status, 303);
      assert.match(created.location!, /^\/admin\/articles\/\d+\?ok=created$/);
      assert.equal((await portal.ctx.db.kysely.selectFrom('content').select('id').where('title', '=', 'Bài giả mạo').execute()).length, 0);
      assert.equal((await b.post('/admin/logout', {})).status, 303);
      assert.equal((await b.get('/admin')).status, 303, 'signed out');
    });

    it('sessions end after the idle timeout and the absolute lifetime, and can be revoked', async () => {
      const b = await signedIn(portal, 'admin@bqlkkt.test');
      const db = portal.ctx.db.kysely;
      const [session] = await db.selectFrom('sessions').select(['id_hash']).orderBy('created_at', 'desc').limit(1).execute();
      await db.updateTable('sessions').set({ last_seen_at: new Date(Date.now() - 31 * 60_000).toISOString() }).where('id_hash', '=', session!.id_hash).execute();
      assert.equal((await b.get('/admin')).status, 303, 'idle for 31 minutes');
      const c = await signedIn(portal, 'admin@bqlkkt.test');
      await db.updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('user_id', '=', 1).execute();
      assert.equal((await c.get('/admin')).status, 303, 'past the absolute lifetime');
      const d = await signedIn(portal, 'admin@bqlkkt.test');
      const e = await signedIn(portal, 'admin@bqlkkt.test');
      const page = await d.get('/admin/account');
      const other = [...page.body.matchAll(/name="session" value="([0-9a-f]+)"/g)].map((m) => m[1]!);
      assert.equal(other.length, 1, 'the other session is listed with a revoke button');
      assert.equal((await d.post('/admin/account/sessions/0/revoke', { session: other[0]! })).status, 303);
      assert.equal((await e.get('/admin')).status, 303, 'the revoked session is gone');
      assert.equal((await d.get('/admin')).status, 200);
    });

    it('two-factor: turn on with a code, then sign-in asks for it; recovery codes work once', async () => {
      const staff = await makeStaff(portal, 'editor', 'haiyeuto');
      const b = await signedIn(portal, staff.email);
      const page = await b.get('/admin/account');
      assert.match(page.body, /<img src="data:image\/svg\+xml;base64,/);
      const secret = /name="secret" value="([A-Z2-7]{32})"/.exec(page.body)![1]!;
      assert.equal((await b.post('/admin/account/totp/enable', { secret, code: '000000', password: testPassword })).status, 400);
      assert.equal((await b.post('/admin/account/totp/enable', { secret, code: currentTotp(secret) })).status, 400, 'the current password is required');
      const on = await b.post('/admin/account/totp/enable', { secret, code: currentTotp(secret), password: testPassword });
      assert.equal(on.status, 200);
      const codes = [...on.body.matchAll(/<code>([0-9a-f]{5}-[0-9a-f]{5})<\/code>/g)].map((m) => m[1]!);
      assert.equal(codes.length, 10);

      const c = browserish(portal);
      assert.equal((await signIn(c, staff.email)).location, '/admin/login/totp');
      assert.equal((await c.get('/admin')).status, 303, 'not in before the second factor');
      await c.get('/admin/login/totp');
      assert.equal((await c.post('/admin/login/totp', { code: '123456' })).status, 401);
      // The code that turned it on is used up (RFC 6238 §5.2): the next time step's code signs in.
      const ok = await c.post('/admin/login/totp', { code: currentTotp(secret, Date.now() + 30_000) });
      assert.equal(ok.status, 303);
      assert.equal((await c.get('/admin')).status, 200);

      const r = browserish(portal);
      await signIn(r, staff.email);
      await r.get('/admin/login/totp');
      assert.equal((await r.post('/admin/login/totp', { code: codes[0]! })).status, 303, 'a recovery code works');
      const r2 = browserish(portal);
      await signIn(r2, staff.email);
      await r2.get('/admin/login/totp');
      assert.equal((await r2.post('/admin/login/totp', { code: codes[0]! })).status, 401, 'but only once');
    });

    it('an administrator can require two factors for a role', async () => {
      const admin = await signedIn(portal, 'admin@bqlkkt.test');
      const staff = await makeStaff(portal, 'approver', 'batbuoc');
      assert.equal((await admin.post('/admin/users/security', { requireTotp: ['approver'] })).status, 303);
      await portal.ctx.settings.get(); // the store caches for a few seconds; the setter cleared it
      const b = await signedIn(portal, staff.email);
      const r = await b.get('/admin/articles');
      assert.equal(r.status, 303);
      assert.equal(r.location, '/admin/account');
      assert.match((await b.get('/admin/account')).body, /bắt buộc xác thực hai lớp/);
      await admin.post('/admin/users/security', {});
    });

    it('password reset: a one-time link from an administrator; old sessions end', async () => {
      const staff = await makeStaff(portal, 'contributor', 'quenmatkhau');
      const old = await signedIn(portal, staff.email);
      const admin = await signedIn(portal, 'admin@bqlkkt.test');
      const made = await admin.post(`/admin/users/${staff.id}/reset-link`, {});
      const link = /\/admin\/password-reset\?token=([\w-]+)/.exec(made.body)![1]!;
      const b = browserish(portal);
      const page = await b.get(`/admin/password-reset?token=${link}`);
      assert.equal(page.status, 200);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
      assert.equal((await b.post('/admin/password-reset', { _csrf: csrf, token: link, password: 'short' }, { csrf: false })).status, 400);
      const done = await b.post('/admin/password-reset', { _csrf: csrf, token: link, password: 'mat-khau-moi-rat-dai' }, { csrf: false });
      assert.equal(done.status, 303);
      assert.match((await b.get(done.location!)).body, /Đã đặt mật khẩu mới\. Hãy đăng nhập\./, 'the sign-in page says the new password is set');
      assert.equal((await b.post('/admin/password-reset', { _csrf: csrf, token: link, password: 'mat-khau-khac-rat-dai' }, { csrf: false })).status, 403, 'single use');
      assert.equal((await old.get('/admin')).status, 303, 'old sessions ended');
      assert.equal((await signIn(browserish(portal), staff.email, 'mat-khau-moi-rat-dai')).status, 303);
      const expired = await issueOneTimeToken(portal.ctx.db.kysely, 'password-reset', staff.id, 1, new Date(Date.now() - 2 * 3600_000));
      assert.equal((await browserish(portal).get(`/admin/password-reset?token=${expired}`)).status, 403);
    });

    it('only administrators manage users; their changes are audited', async () => {
      const editor = await makeStaff(portal, 'editor', 'khongphaiadmin');
      const e = await signedIn(portal, editor.email);
      assert.equal((await e.get('/admin/users')).status, 403);
      assert.equal((await e.post('/admin/users', { name: 'X', email: 'x@y.vn', role: 'admin', password: testPassword })).status, 403);
      const admin = await signedIn(portal, 'admin@bqlkkt.test');
      const bad = await admin.post('/admin/users', { name: 'Người mới', email: 'khong-phai-email', role: 'editor', password: testPassword });
      assert.equal(bad.status, 400);
      assert.match(bad.body, /Thư điện tử không hợp lệ/);
      assert.equal((await admin.post('/admin/users', { name: 'Người mới', email: 'moi@bqlkkt.test', role: 'superuser', password: testPassword })).status, 400);
      assert.equal((await admin.post('/admin/users', { name: 'Người mới', email: 'moi@bqlkkt.test', role: 'editor', password: testPassword })).status, 303);
      const user = await portal.ctx.db.kysely.selectFrom('users').select(['id']).where('email', '=', 'moi@bqlkkt.test').executeTakeFirstOrThrow();
      assert.equal((await admin.post(`/admin/users/${user.id}`, { name: 'Người mới', role: 'approver' })).status, 303);
      const changed = await portal.ctx.db.kysely.selectFrom('users').select(['role', 'is_active']).where('id', '=', user.id).executeTakeFirstOrThrow();
      assert.deepEqual(changed, { role: 'approver', is_active: 0 });
      const audit = await portal.ctx.db.kysely.selectFrom('audit_log').select('action').where('target_type', '=', 'user').where('target_id', '=', String(user.id)).execute();
      assert.deepEqual(audit.map((a) => a.action), ['user.create', 'user.change']);
      assert.equal((await signIn(browserish(portal), 'moi@bqlkkt.test')).status, 401, 'a disabled account cannot sign in');
      // an administrator sees and revokes anyone's API tokens
      const holder = await makeStaff(portal, 'editor', 'co-khoa-api');
      const page = await admin.get(`/admin/users/${holder.id}`);
      const revoke = /action="(\/admin\/users\/\d+\/tokens\/\d+\/revoke)"/.exec(page.body)![1]!;
      assert.equal((await admin.post(revoke, {})).status, 303);
      assert.equal((await portal.app.inject({ url: '/api/v1/admin/articles', headers: { authorization: `Bearer ${holder.token}` } })).statusCode, 401);
    });

    it('autosave answers JSON; a stale autosave is 409 and changes nothing', async () => {
      const b = await signedIn(portal, 'admin@bqlkkt.test');
      const created = await b.post('/admin/articles', { title: 'Bài tự lưu', category: '1' });
      const id = /\/admin\/articles\/(\d+)/.exec(created.location!)![1];
      const first = await b.post(`/admin/articles/${id}/autosave`, { title: 'Bài tự lưu', summary: '', body: '<p>Một</p>', baseRevision: 1 }, { json: true });
      assert.equal(first.status, 200);
      assert.equal(JSON.parse(first.body).revision, 2);
      const stale = await b.post(`/admin/articles/${id}/autosave`, { title: 'Bài tự lưu', summary: '', body: '<p>Hai</p>', baseRevision: 1 }, { json: true });
      assert.equal(stale.status, 409);
      assert.match(JSON.parse(stale.body).error.message, /người khác lưu/);
      const noCsrf = await b.post(`/admin/articles/${id}/autosave`, { body: '<p>Ba</p>', baseRevision: 2 }, { json: true, csrf: false });
      assert.equal(noCsrf.status, 403);
      const row = await portal.ctx.db.kysely.selectFrom('content').select(['body', 'revision']).where('id', '=', Number(id)).executeTakeFirstOrThrow();
      assert.deepEqual(row, { body: '<p>Một</p>', revision: 2 });
      const history = await b.get(`/admin/articles/${id}/history?a=1&b=2`);
      assert.equal(history.status, 200);
      assert.match(history.body, /<ins>Một<\/ins>/);
    });

    it('scheduling from the form reads the time as Vietnam time; a bad time is explained', async () => {
      const writer = await makeStaff(portal, 'contributor', 'hen-gio-viet');
      const boss = await makeStaff(portal, 'approver', 'hen-gio-duyet');
      const c = await signedIn(portal, writer.email);
      const id = /\/admin\/articles\/(\d+)/.exec((await c.post('/admin/articles', { title: 'Thông báo hẹn giờ đăng', category: '1' })).location!)![1];
      await c.post(`/admin/articles/${id}/move/submit`, {});
      const b = await signedIn(portal, boss.email);
      await b.post(`/admin/articles/${id}/move/approve`, {});
      const bad = await b.post(`/admin/articles/${id}/move/schedule`, { publishAt: 'ngày mai' });
      assert.equal(bad.status, 400);
      assert.match(bad.body, /Thời điểm đăng không hợp lệ/);
      assert.equal((await b.post(`/admin/articles/${id}/move/schedule`, { publishAt: '2030-01-01T09:00' })).status, 303);
      const row = await portal.ctx.db.kysely.selectFrom('content').select(['status', 'scheduled_at']).where('id', '=', Number(id)).executeTakeFirstOrThrow();
      assert.deepEqual(row, { status: 'scheduled', scheduled_at: '2030-01-01T02:00:00.000Z' });
    });

    it('the audit log filters and exports CSV; the API is for administrators only', async () => {
      const admin = await signedIn(portal, 'admin@bqlkkt.test');
      const page = await admin.get('/admin/audit?action=auth.login');
      assert.equal(page.status, 200);
      assert.match(page.body, /auth\.login\.success/);
      assert.doesNotMatch(page.body, /content\.create/);
      const csv = await admin.get('/admin/audit.csv?action=user');
      assert.equal(csv.status, 200);
      assert.ok(csv.body.startsWith('\uFEFFid,at,user_id,actor,action'));
      assert.match(csv.body, /user\.create/);
      assert.equal((await admin.get('/admin/audit?from=hom-qua')).status, 400);
      const editor = await makeStaff(portal, 'editor', 'xemnhatky');
      const r = await portal.app.inject({ url: '/api/v1/admin/audit', headers: { authorization: `Bearer ${editor.token}` } });
      assert.equal(r.statusCode, 403);
    });

    it('the back office speaks English too', async () => {
      const b = await signedIn(portal, 'admin@bqlkkt.test');
      const r = await b.get('/admin/ngon-ngu/en?ve=/admin');
      assert.equal(r.location, '/admin');
      const page = await b.get('/admin');
      assert.match(page.body, /<html lang="en"/);
      assert.match(page.body, /Dashboard/);
      assert.equal((await b.get('/admin/ngon-ngu/vi?ve=https://evil.example')).location, '/admin', 'never leaves the back office');
    });
  });
}

describe('back office on postgres', { skip: postgresSkipReason }, () => {
  it('runs above when TEST_DATABASE_URL is set', () => undefined);
});
