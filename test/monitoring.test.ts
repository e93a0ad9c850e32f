// The national monitoring system's tracking script (EMC, Circular 22/2023): off by default; when an
// administrator sets its https address, public pages load exactly that script and their CSP allows
// exactly its origin; the back office and the API keep the strict policy.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { emcOrigin } from '../src/core/settings.ts';
import { allowOriginInPolicy } from '../src/core/http/headers.ts';
import { createUser } from '../src/core/auth/users.ts';
import { createTestPortal, type TestPortal } from './helpers/portal.ts';
import { signedIn, testPassword } from './helpers/session.ts';

/** The settings form's current values, as the browser would send them back. */
function formOf(html: string): Record<string, string> {
  const form: Record<string, string> = {};
  const root = parse(html);
  for (const input of root.querySelectorAll('form[action="/admin/settings"] input')) {
    const name = input.getAttribute('name');
    if (name && name !== '_csrf') form[name] = input.getAttribute('value') ?? '';
  }
  for (const select of root.querySelectorAll('form[action="/admin/settings"] select')) {
    const name = select.getAttribute('name');
    if (name) form[name] = select.querySelector('option[selected]')?.getAttribute('value') ?? '';
  }
  return form;
}

const directives = (policy: unknown) => new Map(String(policy).split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));

describe('EMC monitoring script', () => {
  let portal: TestPortal;
  before(async () => {
    portal = await createTestPortal('sqlite');
  });
  after(() => portal.close());

  const get = (url: string) => portal.app.inject({ method: 'GET', url });

  it('accepts only plain https addresses', () => {
    assert.equal(emcOrigin('https://emc.example.gov.vn/scripts/track.js?site=123'), 'https://emc.example.gov.vn');
    for (const bad of ['', 'http://emc.example.gov.vn/t.js', 'javascript:alert(1)', 'https://user:pw@emc.example.gov.vn/t.js', 'https://emc.example.gov.vn/t.js" onload="x', 'https://localhost/t.js', '//emc.example.gov.vn/t.js', `https://emc.example.gov.vn/${'a'.repeat(600)}`]) {
      assert.equal(emcOrigin(bad), undefined, bad);
    }
    assert.equal(allowOriginInPolicy("default-src 'self';script-src 'self';img-src 'self' data:;style-src 'self'", 'https://a.gov.vn'), "default-src 'self';script-src 'self' https://a.gov.vn;img-src 'self' data: https://a.gov.vn;style-src 'self'");
  });

  it('is off by default: no third-party script, the strict policy', async () => {
    const res = await get('/');
    assert.equal((await portal.ctx.settings.get()).emcScriptUrl, '');
    const scripts = parse(res.body).querySelectorAll('script').map((s) => s.getAttribute('src'));
    assert.ok(scripts.every((src) => src?.startsWith('/static/')), scripts.join(', '));
    assert.deepEqual(directives(res.headers['content-security-policy']).get('script-src'), ["'self'"]);
  });

  it('when set, public pages load that script and allow exactly its origin; the back office and API do not', async () => {
    const address = 'https://emc.example.gov.vn/scripts/track.js?site=kkt-kiengiang';
    await portal.ctx.settings.set('emcScriptUrl', address);
    try {
      for (const url of ['/', '/tim-kiem', '/so-do-trang']) {
        const res = await get(url);
        const external = parse(res.body).querySelectorAll('script').filter((s) => !s.getAttribute('src')?.startsWith('/static/'));
        assert.deepEqual(external.map((s) => [s.getAttribute('src'), s.hasAttribute('async')]), [[address, true]], url);
        const policy = directives(res.headers['content-security-policy']);
        assert.deepEqual(policy.get('script-src'), ["'self'", 'https://emc.example.gov.vn'], url);
        assert.deepEqual(policy.get('connect-src'), ["'self'", 'https://emc.example.gov.vn'], url);
        assert.deepEqual(policy.get('default-src'), ["'self'"], url);
        assert.deepEqual(policy.get('frame-src') ?? policy.get('default-src'), ["'self'"], 'no frames from it');
      }
      const admin = await get('/admin/login');
      assert.deepEqual(directives(admin.headers['content-security-policy']).get('script-src'), ["'self'"], 'the back office keeps the strict policy');
      assert.ok(!admin.body.includes('emc.example.gov.vn'));
      const api = await get('/api/v1/articles');
      assert.deepEqual(directives(api.headers['content-security-policy']).get('script-src'), ["'self'"]);
    } finally {
      await portal.ctx.settings.set('emcScriptUrl', '');
    }
  });

  it('a stored address that is not acceptable is ignored, never written into the page', async () => {
    await portal.ctx.settings.set('emcScriptUrl', 'http://emc.example.gov.vn/t.js');
    try {
      const res = await get('/');
      assert.ok(!res.body.includes('emc.example.gov.vn'));
      assert.deepEqual(directives(res.headers['content-security-policy']).get('script-src'), ["'self'"]);
    } finally {
      await portal.ctx.settings.set('emcScriptUrl', '');
    }
  });

  it('an administrator sets and clears it in the settings; an address that is not plain https is refused and changes nothing', async () => {
    await createUser(portal.ctx.db.kysely, { email: 'qt-emc@bqlkkt.test', name: 'Quản trị', role: 'admin', password: testPassword, categoryIds: null });
    const admin = await signedIn(portal, 'qt-emc@bqlkkt.test');
    const page = await admin.get('/admin/settings');
    assert.equal(parse(page.body).querySelector('label[for="s-emc"]')?.text, 'Địa chỉ mã theo dõi EMC');
    const form = formOf(page.body);
    for (const bad of ['http://emc.example.gov.vn/t.js', 'javascript:alert(1)', 'https://emc.example.gov.vn/t.js" onload="x']) {
      const refused = await admin.post('/admin/settings', { ...form, emcScriptUrl: bad });
      assert.equal(refused.status, 400, bad);
      assert.match(refused.body, /phải là một địa chỉ https đầy đủ/);
      assert.equal((await portal.ctx.settings.get()).emcScriptUrl, '', 'nothing changed');
    }
    const saved = await admin.post('/admin/settings', { ...form, emcScriptUrl: 'https://emc.example.gov.vn/track.js?id=9' });
    assert.equal(saved.status, 303, parse(saved.body).querySelector('.error, [role="alert"], .flash--error')?.text ?? saved.body.slice(0, 300));
    assert.equal((await portal.ctx.settings.get()).emcScriptUrl, 'https://emc.example.gov.vn/track.js?id=9');
    assert.ok((await get('/')).body.includes('src="https://emc.example.gov.vn/track.js?id=9"'));
    assert.equal((await admin.post('/admin/settings', { ...formOf((await admin.get('/admin/settings')).body), emcScriptUrl: '' })).status, 303);
    assert.equal((await portal.ctx.settings.get()).emcScriptUrl, '', 'cleared: off again');
  });

  it('a portal without content saves its untouched settings (the default menu names categories that do not exist yet); a new unknown category is still refused', async () => {
    const admin = await signedIn(portal, 'qt-emc@bqlkkt.test');
    const form = formOf((await admin.get('/admin/settings')).body);
    assert.ok(Object.values(form).includes('category:tin-dau-tu'), 'the default menu names a news category');
    assert.equal((await admin.post('/admin/settings', form)).status, 303);
    const free = Number(form.main_count) - 1;
    const refused = await admin.post('/admin/settings', { ...form, [`main_order_${free}`]: '99', [`main_target_${free}`]: 'category:khong-co-chuyen-muc-nay' });
    assert.equal(refused.status, 400);
    assert.match(refused.body, new RegExp(`Dòng ${free + 1}: đích phải là một chuyên mục`));
  });
});
