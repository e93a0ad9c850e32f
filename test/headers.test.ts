// Headers found lacking by attacking the portal: source maps are not public, a deny-all
// Permissions-Policy, one consistent framing rule (CSP frame-ancestors 'none' and
// X-Frame-Options DENY, never SAMEORIGIN), and CORS for reading the public JSON API only.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { publicDir } from '../src/core/http/assets.ts';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';
import { makeStaff } from './helpers/staff.ts';

for (const kind of testDatabases()) {
  describe(`response headers (${kind})`, () => {
    let portal: TestPortal;
    const mapFile = path.join(publicDir, 'build', 'headers-test.js.map');
    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
      // whatever the build left there, a map under /static is never served
      fs.mkdirSync(path.dirname(mapFile), { recursive: true });
      fs.writeFileSync(mapFile, '{"version":3,"sources":["secret.ts"]}');
    });
    after(async () => {
      fs.rmSync(mapFile, { force: true });
      await portal?.close();
    });

    it('does not serve source maps under /static', async () => {
      for (const url of ['/static/build/headers-test.js.map', '/static/build/headers-test.js.map?v=0123456789', '/static/build/HEADERS-TEST.JS.MAP', '/static/build/editor.js.map']) {
        const res = await portal.app.inject({ method: 'GET', url });
        assert.equal(res.statusCode, 404, url);
        assert.ok(!res.body.includes('secret.ts'), url);
      }
      const head = await portal.app.inject({ method: 'HEAD', url: '/static/build/headers-test.js.map' });
      assert.equal(head.statusCode, 404);
      const css = await portal.app.inject({ method: 'GET', url: '/static/css/admin.css' });
      assert.notEqual(css.statusCode, 404, 'other static files are still served');
    });

    it('sends a deny-all Permissions-Policy on pages, the API, errors and static files', async () => {
      for (const url of ['/', '/api/v1/categories', '/khong-co-trang-nay', '/admin/login', '/static/css/admin.css']) {
        const res = await portal.app.inject({ method: 'GET', url });
        const policy = String(res.headers['permissions-policy'] ?? '');
        for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics']) {
          assert.ok(policy.split(', ').includes(`${feature}=()`), `${url}: ${feature}=() in "${policy}"`);
        }
        assert.ok(!/=\((?!\))/.test(policy), `${url}: nothing is allowed to anyone`);
      }
    });

    it('forbids framing consistently: frame-ancestors none and X-Frame-Options DENY', async () => {
      for (const url of ['/', '/admin/login', '/api/v1/categories']) {
        const res = await portal.app.inject({ method: 'GET', url });
        assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'none'/, url);
        assert.equal(res.headers['x-frame-options'], 'DENY', url);
      }
    });

    it('lets any origin read the public API with GET and HEAD, without credentials', async () => {
      for (const method of ['GET', 'HEAD'] as const) {
        for (const url of ['/api/v1/categories', '/api/v1/search?q=hoi+nghi', '/api/v1/openapi.json', '/api/v1/khong-co']) {
          const res = await portal.app.inject({ method, url, headers: { origin: 'https://baochi.example.vn' } });
          assert.equal(res.headers['access-control-allow-origin'], '*', `${method} ${url}`);
          assert.equal(res.headers['access-control-allow-credentials'], undefined, `${method} ${url}`);
        }
      }
    });

    it('answers the preflight for the public API, and for nothing else', async () => {
      const res = await portal.app.inject({ method: 'OPTIONS', url: '/api/v1/categories', headers: { origin: 'https://baochi.example.vn', 'access-control-request-method': 'GET', 'access-control-request-headers': 'accept-language' } });
      assert.equal(res.statusCode, 204);
      assert.equal(res.headers['access-control-allow-origin'], '*');
      assert.match(String(res.headers['access-control-allow-methods']), /^GET, HEAD$/);
      assert.match(String(res.headers['access-control-allow-headers']), /Accept-Language/i);
      assert.ok(Number(res.headers['access-control-max-age']) > 0);
      assert.equal(res.headers['access-control-allow-credentials'], undefined);
      // other methods are not offered
      const post = await portal.app.inject({ method: 'OPTIONS', url: '/api/v1/categories', headers: { origin: 'https://baochi.example.vn', 'access-control-request-method': 'POST' } });
      assert.doesNotMatch(String(post.headers['access-control-allow-methods']), /POST/);

      // the back office, its API and pages get no CORS header at all
      const admin = await makeStaff(portal, 'admin', 'cors-admin');
      for (const url of ['/api/v1/admin/articles', '/admin/login', '/']) {
        const page = await portal.app.inject({ method: 'GET', url, headers: { origin: 'https://evil.example', authorization: `Bearer ${admin.token}` } });
        assert.equal(page.headers['access-control-allow-origin'], undefined, url);
      }
      const preflight = await portal.app.inject({ method: 'OPTIONS', url: '/api/v1/admin/articles', headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' } });
      assert.equal(preflight.headers['access-control-allow-origin'], undefined);
      assert.notEqual(preflight.statusCode, 204);
      const adminPost = await portal.app.inject({ method: 'POST', url: '/api/v1/admin/articles', headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, payload: '{}' });
      assert.equal(adminPost.headers['access-control-allow-origin'], undefined);
    });
  });
}

describe('production builds carry no source map', () => {
  it('scripts/build-assets.mjs with NODE_ENV=production writes no .map and no sourceMappingURL', async () => {
    const { spawnSync } = await import('node:child_process');
    const os = await import('node:os');
    const root = process.cwd();
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-build-prod-'));
    try {
      fs.mkdirSync(path.join(tmp, 'scripts'));
      fs.copyFileSync(path.join(root, 'scripts/build-assets.mjs'), path.join(tmp, 'scripts/build-assets.mjs'));
      fs.symlinkSync(path.join(root, 'src'), path.join(tmp, 'src'), 'dir');
      fs.symlinkSync(path.join(root, 'node_modules'), path.join(tmp, 'node_modules'), 'dir');
      fs.mkdirSync(path.join(tmp, 'public/build'), { recursive: true });
      fs.writeFileSync(path.join(tmp, 'public/build/editor.js.map'), '{}'); // left by an earlier development build
      const result = spawnSync(process.execPath, [path.join(tmp, 'scripts/build-assets.mjs')], { cwd: tmp, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
      assert.equal(result.status, 0, result.stderr);
      assert.ok(fs.existsSync(path.join(tmp, 'public/build/editor.js')));
      assert.ok(!fs.existsSync(path.join(tmp, 'public/build/editor.js.map')), 'no map, and the stale one is gone');
      assert.doesNotMatch(fs.readFileSync(path.join(tmp, 'public/build/editor.js'), 'utf8'), /sourceMappingURL/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
