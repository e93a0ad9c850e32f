// Regression tests for what an attack on sign-in and accounts broke (each failed before its fix),
// on SQLite and, with TEST_DATABASE_URL, PostgreSQL: forged addresses in the audit log and its
// CSV, bursts of concurrent guesses, lock-out of any account, TOTP replay, recovery codes and
// setup links used several times at once, TOTP replaced with a session alone, unthrottled
// password checks in My account, API tokens revived by re-enabling a user, and the unsigned
// pre-session cookie. Throttling uses a frozen clock (authClock), never sleeps.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { toCsv } from '../src/admin/csv.ts';
import type { Config } from '../src/config.ts';
import { audit } from '../src/core/audit/log.ts';
import { accountDelaySeconds, authClock, beginAttempt } from '../src/core/auth/throttle.ts';
import { issueOneTimeToken, setupTokenIfNeeded } from '../src/core/auth/setup.ts';
import { currentTotp } from '../src/core/auth/totp.ts';
import { countUsers, createUser } from '../src/core/auth/users.ts';
import { createTestPortal, testDatabases, type DbKind, type TestPortal } from './helpers/portal.ts';
import { browserish, signIn, signedIn, testPassword, type Browserish } from './helpers/session.ts';
import { api, makeStaff } from './helpers/staff.ts';

/** A test portal with its own configuration (https, trusted proxies), on a fresh database. */
const portalWith = (kind: DbKind, config: Partial<Config> = {}): Promise<TestPortal> => createTestPortal(kind, { config });

interface Pre {
  cookie: string;
  token: string;
}

/** The sign-in form's CSRF cookie and token, as a browser would hold them. */
async function preSession(portal: TestPortal): Promise<Pre> {
  const res = await portal.app.inject({ method: 'GET', url: '/admin/login' });
  const c = res.cookies.find((x) => /congtin_pre$/.test(x.name))!;
  return { cookie: `${c.name}=${c.value}`, token: /name="_csrf" value="([^"]+)"/.exec(res.body)![1]! };
}

let nextIp = 1;
/** A fresh client address (not a trusted proxy) for each caller, so per-IP limits stay apart. */
function freshIp(): string {
  const n = nextIp++;
  return `198.51.${100 + Math.floor(n / 250)}.${(n % 250) + 1}`;
}

function login(portal: TestPortal, pre: Pre, email: string, password: string, options: { ip?: string; xff?: string; cookies?: string[] } = {}) {
  return portal.app.inject({
    method: 'POST',
    url: '/admin/login',
    remoteAddress: options.ip ?? freshIp(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: [pre.cookie, ...(options.cookies ?? [])].join('; '),
      ...(options.xff ? { 'x-forwarded-for': options.xff } : {}),
    },
    payload: new URLSearchParams({ _csrf: pre.token, email, password, ve: '/admin' }).toString(),
  });
}

function freezeClock(at: number): void {
  authClock.now = () => new Date(at);
}

async function turnOnTotp(b: Browserish): Promise<{ secret: string; codes: string[] }> {
  const secret = /name="secret" value="([A-Z2-7]{32})"/.exec((await b.get('/admin/account')).body)![1]!;
  const on = await b.post('/admin/account/totp/enable', { secret, code: currentTotp(secret), password: testPassword });
  assert.equal(on.status, 200, on.body.slice(0, 300));
  return { secret, codes: [...on.body.matchAll(/<code>([0-9a-f]{5}-[0-9a-f]{5})<\/code>/g)].map((m) => m[1]!) };
}

/** A code the enabling one did not use up: the next time step's (accepted with one step of drift). */
const nextCode = (secret: string) => currentTotp(secret, Date.now() + 30_000);

/** n browsers past the password step, waiting for the second factor. */
async function pendingTotp(portal: TestPortal, email: string, n: number): Promise<Browserish[]> {
  const list: Browserish[] = [];
  for (let i = 0; i < n; i++) {
    const c = browserish(portal);
    assert.equal((await signIn(c, email)).location, '/admin/login/totp');
    await c.get('/admin/login/totp');
    list.push(c);
  }
  return list;
}

for (const kind of testDatabases()) {
  describe(`attacks on sign-in and accounts, on ${kind}`, () => {
    let portal: TestPortal;
    before(async () => {
      portal = await portalWith(kind);
    });
    after(() => portal.close());
    afterEach(() => {
      authClock.now = () => new Date();
    });

    it('before any account: /admin says where the first one comes from; the setup link makes one admin even when sent five times at once', async () => {
      const hint = await portal.app.inject({ method: 'GET', url: '/admin/login' });
      assert.match(hint.body, /Chưa có tài khoản nào: hãy mở liên kết tạo tài khoản/);
      assert.match(hint.body, /npx congtin user create/);
      const token = (await setupTokenIfNeeded(portal.ctx.db.kysely))!;
      const other = await issueOneTimeToken(portal.ctx.db.kysely, 'setup', null, 24);
      const pre = await preSession(portal);
      const post = (t: string, i: number) =>
        portal.app.inject({
          method: 'POST',
          url: '/admin/setup',
          headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: pre.cookie },
          payload: new URLSearchParams({ _csrf: pre.token, token: t, name: `Quản trị ${i}`, email: `admin${i}@bqlkkt.test`, password: testPassword }).toString(),
        });
      const results = await Promise.all([0, 1, 2, 3, 4].map((i) => post(token, i)).concat([post(other, 5), post(other, 6)]));
      const created = results.filter((r) => r.statusCode === 303);
      assert.equal(created.length, 1, `one setup wins: ${results.map((r) => r.statusCode).join(',')}`);
      assert.equal(await countUsers(portal.ctx.db.kysely), 1);
      const after = await portal.app.inject({ method: 'GET', url: '/admin/login' });
      assert.doesNotMatch(after.body, /Chưa có tài khoản nào/);
      // later tests sign in as this administrator
      await portal.ctx.db.kysely.updateTable('users').set({ email: 'admin@bqlkkt.test' }).execute();
    });

    it('a bad password on setup leaves the link usable (the transaction rolls back)', async () => {
      const empty = await portalWith(kind);
      try {
        const token = (await setupTokenIfNeeded(empty.ctx.db.kysely))!;
        const pre = await preSession(empty);
        const post = (password: string) =>
          empty.app.inject({
            method: 'POST',
            url: '/admin/setup',
            headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: pre.cookie },
            payload: new URLSearchParams({ _csrf: pre.token, token, name: 'Quản trị', email: 'a@bqlkkt.test', password }).toString(),
          });
        assert.equal((await post('ngan')).statusCode, 400);
        assert.equal((await post(testPassword)).statusCode, 303);
        assert.equal((await post(testPassword)).statusCode, 403);
      } finally {
        await empty.close();
      }
    });

    it('the audit log keeps only valid IP addresses; CSV cells that start like a formula are neutralised', async () => {
      const db = portal.ctx.db.kysely;
      // 127.0.0.1 is a trusted proxy by default, so its X-Forwarded-For is believed as it is.
      const pre = await preSession(portal);
      const r = await login(portal, pre, 'nobody-formula@bqlkkt.test', 'sai-mat-khau-123', { ip: '127.0.0.1', xff: '=1+1' });
      assert.equal(r.statusCode, 401);
      const row = await db.selectFrom('audit_log').select('ip').where('actor', '=', 'nobody-formula@bqlkkt.test').executeTakeFirstOrThrow();
      assert.equal(row.ip, null, 'a forged address is not stored');
      await audit(db, { action: 'test.ip', ip: '2001:db8::1' });
      await audit(db, { action: 'test.ip', ip: '@SUM(A1)' });
      const ips = (await db.selectFrom('audit_log').select('ip').where('action', '=', 'test.ip').orderBy('id').execute()).map((x) => x.ip);
      assert.deepEqual(ips, ['2001:db8::1', null]);
      const csv = toCsv(['a', 'b', 'c', 'd', 'e', 'f', 'g'], [['=1+1', '+1', '-1', '@x', '\tx', '\rx', '＝1']]);
      assert.equal(csv.split('\r\n')[1], `'=1+1,'+1,'-1,'@x,'\tx,"'\rx",'＝1`);
      const admin = await signedIn(portal, 'admin@bqlkkt.test');
      const exported = await admin.get('/admin/audit.csv');
      assert.doesNotMatch(exported.body, /(^|,)=1\+1/m);
    });

    it('a client that is not a proxy cannot dodge the per-IP limit with a new X-Forwarded-For each time', async () => {
      const pre = await preSession(portal);
      const ip = '203.0.113.9';
      const statuses: number[] = [];
      for (let i = 0; i < 22; i++) {
        const r = await login(portal, pre, `khach${i}@bqlkkt.test`, 'sai-mat-khau-123', { ip, xff: `10.9.${i}.${i + 1}` });
        statuses.push(r.statusCode);
      }
      assert.deepEqual(statuses, [...Array(20).fill(401), 429, 429]);
      const row = await portal.ctx.db.kysely.selectFrom('audit_log').select('ip').where('actor', '=', 'khach0@bqlkkt.test').executeTakeFirstOrThrow();
      assert.equal(row.ip, ip, 'the audit log has the real peer, not the header');
    });

    it('only proxies listed in TRUSTED_PROXIES are believed', async () => {
      const strict = await portalWith(kind, { trustedProxies: [] });
      try {
        const pre = await preSession(strict);
        const statuses: number[] = [];
        // inject's default peer is 127.0.0.1: with no trusted proxy even loopback's header is ignored
        for (let i = 0; i < 21; i++) statuses.push((await login(strict, pre, `x${i}@bqlkkt.test`, 'sai-mat-khau-123', { ip: '127.0.0.1', xff: `10.8.0.${i + 1}` })).statusCode);
        assert.equal(statuses.at(-1), 429);
      } finally {
        await strict.close();
      }
    });

    it('a burst of concurrent guesses is counted before any is checked: exactly 5 are evaluated, and the right password waits too', async () => {
      const staff = await makeStaff(portal, 'editor', 'burst');
      const db = portal.ctx.db.kysely;
      const start = Date.now();
      freezeClock(start);
      const pre = await preSession(portal);
      const burst = await Promise.all(Array.from({ length: 50 }, () => login(portal, pre, staff.email, 'sai-mat-khau-123')));
      assert.deepEqual(burst.map((r) => r.statusCode).sort(), [...Array(5).fill(401), ...Array(45).fill(429)], 'exactly 5 of 50 evaluated');
      const failures = await db.selectFrom('audit_log').select('id').where('actor', '=', staff.email).where('action', '=', 'auth.login.failure').execute();
      assert.equal(failures.length, 5);
      // at the limit: 50 wrong guesses and the right one at once
      const second = await Promise.all([...Array.from({ length: 25 }, () => login(portal, pre, staff.email, 'sai-mat-khau-123')), login(portal, pre, staff.email, testPassword), ...Array.from({ length: 25 }, () => login(portal, pre, staff.email, 'sai-mat-khau-456'))]);
      assert.deepEqual([...new Set(second.map((r) => r.statusCode))], [429], 'none evaluated once the limit is reached');
      assert.equal((await db.selectFrom('sessions').select('id_hash').where('user_id', '=', staff.id).execute()).length, 0, 'the right password did not sign in');
    });

    it('the same burst against the throttle itself, on the database: exactly 5 of 60 concurrent attempts pass (20 per IP)', async () => {
      const db = portal.ctx.db.kysely;
      const now = new Date();
      const results = await Promise.all(Array.from({ length: 60 }, () => beginAttempt(db, { key: 'acct:direct@bqlkkt.test', policy: 'account', ip: null }, now)));
      assert.equal(results.filter((r) => r.allowed).length, 5);
      const device = await Promise.all(Array.from({ length: 60 }, () => beginAttempt(db, { key: 'dev:1:abc', policy: 'device', ip: null }, now)));
      assert.equal(device.filter((r) => r.allowed).length, 5);
      const byIp = await Promise.all(Array.from({ length: 60 }, (_, i) => beginAttempt(db, { key: `acct:ip-${i}@bqlkkt.test`, policy: 'account', ip: '192.0.2.77' }, now)));
      assert.equal(byIp.filter((r) => r.allowed).length, 20);
    });

    it('no lock-out: after 5 failures each attempt waits 2^(n-5) s (429 with Retry-After and how long), then the right password works', async () => {
      assert.deepEqual([4, 5, 6, 7, 14, 15, 40].map(accountDelaySeconds), [0, 1, 2, 4, 512, 900, 900]);
      const staff = await makeStaff(portal, 'editor', 'delay');
      const start = Date.now();
      freezeClock(start);
      const pre = await preSession(portal);
      for (let i = 0; i < 5; i++) assert.equal((await login(portal, pre, staff.email, 'sai-mat-khau-123')).statusCode, 401);
      const early = await login(portal, pre, staff.email, testPassword);
      assert.equal(early.statusCode, 429);
      assert.equal(early.headers['retry-after'], '1');
      assert.match(early.body, /Hãy thử lại sau 1 giây\./);
      freezeClock(start + 1000);
      assert.equal((await login(portal, pre, staff.email, 'sai-mat-khau-123')).statusCode, 401, 'one attempt after the delay');
      const next = await login(portal, pre, staff.email, testPassword);
      assert.equal(next.statusCode, 429);
      assert.equal(next.headers['retry-after'], '2', 'the delay doubles');
      freezeClock(start + 3000);
      assert.equal((await login(portal, pre, staff.email, testPassword)).statusCode, 303, 'the right password works after the wait');
      freezeClock(start + 3000 + 1);
      assert.equal((await login(portal, pre, staff.email, 'sai-mat-khau-123')).statusCode, 401, 'a success cleared the count');
      // many failures: capped at 15 minutes, said in minutes, in both languages
      const db = portal.ctx.db.kysely;
      await db.insertInto('login_attempts').values(Array.from({ length: 30 }, () => ({ key: `acct:${staff.email}`, ip: null, at: new Date(start + 4000).toISOString() }))).execute();
      freezeClock(start + 5000);
      const capped = await login(portal, pre, staff.email, testPassword);
      assert.equal(capped.statusCode, 429);
      assert.equal(capped.headers['retry-after'], '899');
      assert.match(capped.body, /Hãy thử lại sau 15 phút\./);
      const en = await portal.app.inject({ method: 'POST', url: '/admin/login', remoteAddress: freshIp(), headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `${pre.cookie}; ngon-ngu-quan-tri=en` }, payload: new URLSearchParams({ _csrf: pre.token, email: staff.email, password: testPassword }).toString() });
      assert.equal(en.statusCode, 429);
      assert.match(en.body, /Try again in 15 minutes\./);
    });

    it('a device that signed in before keeps signing in while the account is under attack; its own limit is small', async () => {
      const staff = await makeStaff(portal, 'editor', 'thiet-bi');
      const other = await makeStaff(portal, 'editor', 'nguoi-khac');
      const start = Date.now();
      freezeClock(start);
      const pre = await preSession(portal);
      const first = await login(portal, pre, staff.email, testPassword);
      assert.equal(first.statusCode, 303);
      const device = first.cookies.find((c) => c.name === 'congtin_device')!;
      assert.ok(device, 'a device cookie is set on success');
      assert.equal(device.httpOnly, true);
      assert.ok((device.maxAge ?? 0) > 30 * 24 * 3600, 'long-lived');
      const deviceCookie = `congtin_device=${device.value}`;
      // the attack: 10 wrong passwords from elsewhere
      for (let i = 0; i < 10; i++) await login(portal, pre, staff.email, 'sai-mat-khau-123');
      assert.equal((await login(portal, pre, staff.email, testPassword)).statusCode, 429, 'anyone else waits');
      assert.equal((await login(portal, pre, staff.email, testPassword, { cookies: [deviceCookie] })).statusCode, 303, 'the known device signs in');
      // the cookie is bound to its user and to the server's secret
      const otherFirst = await login(portal, pre, other.email, testPassword);
      for (let i = 0; i < 10; i++) await login(portal, pre, other.email, 'sai-mat-khau-123');
      assert.equal((await login(portal, pre, other.email, testPassword, { cookies: [deviceCookie] })).statusCode, 429, "another user's device cookie is no help");
      const [uid, nonceAndSig] = decodeURIComponent(device.value).split(':');
      const forged = `congtin_device=${encodeURIComponent(`${uid}:${nonceAndSig!.split('.')[0]}.AAAA`)}`;
      assert.equal((await login(portal, pre, staff.email, testPassword, { cookies: [forged] })).statusCode, 429, 'a forged signature is anonymous');
      assert.equal(otherFirst.statusCode, 303);
      // a stolen device cookie buys 5 guesses per 15 minutes, not more
      const guesses: number[] = [];
      for (let i = 0; i < 7; i++) guesses.push((await login(portal, pre, staff.email, 'sai-mat-khau-123', { cookies: [deviceCookie] })).statusCode);
      assert.deepEqual(guesses, [401, 401, 401, 401, 401, 429, 429]);
      freezeClock(start + 15 * 60_000 + 1000);
      assert.equal((await login(portal, pre, staff.email, testPassword, { cookies: [deviceCookie] })).statusCode, 303);
    });

    it('a TOTP code signs in once: replayed, or sent five times at once, it works only the first time', async () => {
      const staff = await makeStaff(portal, 'editor', 'totp-mot-lan');
      const { secret } = await turnOnTotp(await signedIn(portal, staff.email));
      const [a, b] = await pendingTotp(portal, staff.email, 2);
      assert.equal((await a!.post('/admin/login/totp', { code: currentTotp(secret) })).status, 401, 'the code that turned TOTP on is used up');
      const code = nextCode(secret);
      assert.equal((await a!.post('/admin/login/totp', { code })).status, 303);
      assert.equal((await b!.post('/admin/login/totp', { code })).status, 401, 'replayed code refused');
      const staff2 = await makeStaff(portal, 'editor', 'totp-dong-thoi');
      const { secret: secret2 } = await turnOnTotp(await signedIn(portal, staff2.email));
      const pending = await pendingTotp(portal, staff2.email, 5);
      const code2 = nextCode(secret2);
      const results = await Promise.all(pending.map((c) => c.post('/admin/login/totp', { code: code2 })));
      assert.deepEqual(results.map((r) => r.status).sort(), [303, 401, 401, 401, 401]);
    });

    it('a recovery code sent five times at once signs in once', async () => {
      const staff = await makeStaff(portal, 'editor', 'khoi-phuc');
      const { codes } = await turnOnTotp(await signedIn(portal, staff.email));
      const pending = await pendingTotp(portal, staff.email, 5);
      const results = await Promise.all(pending.map((c) => c.post('/admin/login/totp', { code: codes[0]! })));
      assert.deepEqual(results.map((r) => r.status).sort(), [303, 401, 401, 401, 401]);
      const row = await portal.ctx.db.kysely.selectFrom('users').select('recovery_codes').where('id', '=', staff.id).executeTakeFirstOrThrow();
      assert.equal((JSON.parse(row.recovery_codes!) as string[]).length, 9);
    });

    it('setting up or replacing TOTP needs the current password, and the current code when one is on', async () => {
      const staff = await makeStaff(portal, 'editor', 'thay-totp');
      const b = await signedIn(portal, staff.email);
      const secret = /name="secret" value="([A-Z2-7]{32})"/.exec((await b.get('/admin/account')).body)![1]!;
      assert.equal((await b.post('/admin/account/totp/enable', { secret, code: currentTotp(secret) })).status, 400, 'no password');
      assert.equal((await b.post('/admin/account/totp/enable', { secret, code: currentTotp(secret), password: 'sai-mat-khau-123' })).status, 400, 'wrong password');
      const db = portal.ctx.db.kysely;
      assert.equal((await db.selectFrom('users').select('totp_enabled').where('id', '=', staff.id).executeTakeFirstOrThrow()).totp_enabled, 0);
      assert.equal((await b.post('/admin/account/totp/enable', { secret, code: currentTotp(secret), password: testPassword })).status, 200);
      // a session (stolen, or left open) replaces the secret with the attacker's own
      const attacker = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
      assert.equal((await b.post('/admin/account/totp/enable', { secret: attacker, code: currentTotp(attacker), password: testPassword })).status, 400, 'no current code');
      assert.equal((await db.selectFrom('users').select('totp_secret').where('id', '=', staff.id).executeTakeFirstOrThrow()).totp_secret, secret);
      const replaced = await b.post('/admin/account/totp/enable', { secret: attacker, code: currentTotp(attacker), password: testPassword, currentCode: nextCode(secret) });
      assert.equal(replaced.status, 200, 'with the password and a current code it is replaced');
      assert.equal((await db.selectFrom('users').select('totp_secret').where('id', '=', staff.id).executeTakeFirstOrThrow()).totp_secret, attacker);
    });

    it('password checks in My account are throttled and audited (failures and successes)', async () => {
      const staff = await makeStaff(portal, 'editor', 'doi-mat-khau');
      const b = await signedIn(portal, staff.email);
      const start = Date.now();
      freezeClock(start);
      for (let i = 0; i < 3; i++) assert.equal((await b.post('/admin/account/password', { current: 'sai-mat-khau-123', password: 'mat-khau-moi-dai-1' })).status, 400);
      for (let i = 0; i < 2; i++) assert.equal((await b.post('/admin/account/totp/disable', { password: 'sai-mat-khau-123' })).status, 400);
      const blocked = await b.post('/admin/account/password', { current: testPassword, password: 'mat-khau-moi-dai-1' });
      assert.equal(blocked.status, 429, 'even the right password waits');
      assert.match(blocked.body, /Hãy thử lại sau 1 giây\./);
      const db = portal.ctx.db.kysely;
      const actions = async () => (await db.selectFrom('audit_log').select(['action', 'details']).where('user_id', '=', staff.id).where('action', 'like', 'auth.reauth.%').orderBy('id').execute()).map((r) => r.action);
      assert.deepEqual(await actions(), [...Array(5).fill('auth.reauth.failure'), 'auth.reauth.throttled']);
      freezeClock(start + 1000);
      assert.equal((await b.post('/admin/account/password', { current: testPassword, password: 'mat-khau-moi-dai-1' })).status, 200);
      assert.equal((await actions()).at(-1), 'auth.reauth.success');
      assert.ok(await db.selectFrom('audit_log').select('id').where('user_id', '=', staff.id).where('action', '=', 'auth.password.change').executeTakeFirst());
    });

    it("disabling a user revokes their API tokens and sessions: re-enabling does not revive them", async () => {
      const staff = await makeStaff(portal, 'editor', 'tam-khoa');
      const session = await signedIn(portal, staff.email);
      assert.equal((await api(portal, staff)('GET', '/api/v1/admin/articles')).status, 200);
      const admin = await signedIn(portal, 'admin@bqlkkt.test');
      assert.equal((await admin.post(`/admin/users/${staff.id}`, { name: 'tam-khoa', role: 'editor' })).status, 303);
      assert.equal((await api(portal, staff)('GET', '/api/v1/admin/articles')).status, 401);
      assert.equal((await admin.post(`/admin/users/${staff.id}`, { name: 'tam-khoa', role: 'editor', active: '1' })).status, 303);
      assert.equal((await api(portal, staff)('GET', '/api/v1/admin/articles')).status, 401, 'the token stays revoked');
      assert.equal((await session.get('/admin')).status, 303, 'the session stays ended');
    });

    it('the pre-session CSRF cookie is signed: a cookie the server did not make is refused', async () => {
      const pre = await preSession(portal);
      assert.match(pre.cookie, /^congtin_pre=[\w-]+\.[\w-]+$/);
      const forgedToken = 'A'.repeat(32);
      const forged = await portal.app.inject({
        method: 'POST',
        url: '/admin/login',
        remoteAddress: freshIp(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `congtin_pre=${forgedToken}` },
        payload: new URLSearchParams({ _csrf: forgedToken, email: 'admin@bqlkkt.test', password: testPassword }).toString(),
      });
      assert.equal(forged.statusCode, 403);
      assert.equal((await login(portal, pre, 'admin@bqlkkt.test', testPassword)).statusCode, 303);
    });

    it('under https the pre-session and device cookies are __Host- prefixed, Secure, Path=/', async () => {
      const secure = await portalWith(kind, { baseUrl: 'https://portal.test' });
      try {
        await createUser(secure.ctx.db.kysely, { email: 'a@bqlkkt.test', name: 'A', role: 'admin', password: testPassword });
        const page = await secure.app.inject({ method: 'GET', url: '/admin/login' });
        const c = page.cookies.find((x) => x.name === '__Host-congtin_pre');
        assert.ok(c, `cookies: ${page.cookies.map((x) => x.name).join(',')}`);
        assert.equal(c.secure, true);
        assert.equal(c.path, '/');
        assert.equal(c.httpOnly, true);
        assert.equal(c.domain, undefined);
        const pre = { cookie: `${c.name}=${c.value}`, token: /name="_csrf" value="([^"]+)"/.exec(page.body)![1]! };
        const ok = await login(secure, pre, 'a@bqlkkt.test', testPassword);
        assert.equal(ok.statusCode, 303);
        const device = ok.cookies.find((x) => x.name === '__Host-congtin_device');
        assert.ok(device);
        assert.equal(device.secure, true);
        assert.equal(device.path, '/');
        // the plain name is not accepted under https
        const plain = await login(secure, { cookie: `congtin_pre=${c.value}`, token: pre.token }, 'a@bqlkkt.test', testPassword);
        assert.equal(plain.statusCode, 403);
      } finally {
        await secure.close();
      }
    });
  });
}
