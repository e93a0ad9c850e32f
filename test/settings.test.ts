// Administrators edit the identity and the menus; the public site follows; bad input changes nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { createUser } from '../src/core/auth/users.ts';
import { createTestPortal, postgresSkipReason, testDatabases, type TestPortal } from './helpers/portal.ts';
import { signedIn, testPassword } from './helpers/session.ts';
import { makeStaff } from './helpers/staff.ts';

/** The settings form as the page renders it, as a field map (what a browser would submit). */
function formOf(html: string): Record<string, string> {
  const root = parse(html);
  const out: Record<string, string> = {};
  for (const input of root.querySelectorAll('form[action="/admin/settings"] input')) out[input.getAttribute('name')!] = input.getAttribute('value') ?? '';
  return out;
}

for (const kind of testDatabases()) {
  describe(`settings on ${kind}`, () => {
    let portal: TestPortal;
    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
      await createUser(portal.ctx.db.kysely, { email: 'admin@bqlkkt.test', name: 'Quản trị', role: 'admin', password: testPassword });
    });
    after(() => portal.close());

    it('changes the identity and the menu, with a sub-menu; the public site shows them', async () => {
      const admin = await signedIn(portal, 'admin@bqlkkt.test');
      const page = await admin.get('/admin/settings');
      assert.equal(page.status, 200);
      const form = formOf(page.body);
      assert.equal(form.agencyName_vi, 'Ban Quản lý Khu kinh tế tỉnh Kiên Giang');
      const count = Number(form.main_count);
      const free = count - 1;
      // the news entry's row in the menu table, whatever its place in the default menu
      const news = Object.keys(form).find((k) => k.startsWith('main_vi_') && form[k] === 'Tin tức')!.slice('main_vi_'.length);
      const newsOrder = Number(form[`main_order_${news}`]);
      const r = await admin.post('/admin/settings', {
        ...form,
        phone: '(0297) 3 999 999',
        [`main_order_${free}`]: String(newsOrder + 1),
        [`main_parent_${free}`]: String(newsOrder),
        [`main_vi_${free}`]: 'Giới thiệu chung',
        [`main_en_${free}`]: 'About',
        [`main_target_${free}`]: '/gioi-thieu',
      });
      assert.equal(r.status, 303, r.body.slice(0, 300));
      const home = parse((await portal.app.inject('/')).body);
      assert.match(home.querySelector('.site-footer')!.text, /\(0297\) 3 999 999/);
      const newsEntry = home.querySelectorAll('.site-nav__list > li').find((li) => li.querySelector('a')!.text === 'Tin tức')!;
      assert.ok(newsEntry.querySelectorAll('.site-nav__sub a').some((a) => a.getAttribute('href') === '/gioi-thieu'));
      const audit = await portal.ctx.db.kysely.selectFrom('audit_log').select(['details']).where('action', '=', 'settings.change').execute();
      assert.match(audit[audit.length - 1]!.details!, /mainMenu/);
    });

    it('refuses bad values with reasons and keeps the old settings', async () => {
      const admin = await signedIn(portal, 'admin@bqlkkt.test');
      const form = formOf((await admin.get('/admin/settings')).body);
      const before = await portal.ctx.db.kysely.selectFrom('settings').selectAll().orderBy('key').execute();
      const cases: [Record<string, string>, RegExp][] = [
        [{ email: 'khong-hop-le' }, /Thư điện tử không hợp lệ/],
        [{ agencyName_vi: '' }, /Tên cơ quan không được để trống/],
        [{ logo: 'https://evil.example/logo.png' }, /Biểu trưng/],
        [{ main_target_0: 'javascript:alert(1)' }, /Dòng 1: đích/],
        [{ main_target_0: 'category:khong-co' }, /Dòng 1: đích/],
        [{ main_order_0: 'mot' }, /Dòng 1: thứ tự/],
        [{ main_parent_1: '999' }, /Dòng 2: mục cha/],
      ];
      for (const [change, message] of cases) {
        const r = await admin.post('/admin/settings', { ...form, ...change });
        assert.equal(r.status, 400, JSON.stringify(change));
        assert.match(r.body, message);
      }
      assert.deepEqual(await portal.ctx.db.kysely.selectFrom('settings').selectAll().orderBy('key').execute(), before);
    });

    it('is for administrators only', async () => {
      const editor = await makeStaff(portal, 'editor', 'khongduocsua');
      const b = await signedIn(portal, editor.email);
      assert.equal((await b.get('/admin/settings')).status, 403);
      assert.equal((await b.post('/admin/settings', { phone: '1' })).status, 403);
    });
  });
}

describe('settings on postgres', { skip: postgresSkipReason }, () => {
  it('runs above when TEST_DATABASE_URL is set', () => undefined);
});
