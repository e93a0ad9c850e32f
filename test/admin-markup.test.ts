// The back-office pages built from the shared components (DataTable, FilterBar, ActionForm): every
// POST form sends the session's CSRF token first, every table's header cells have scope="col",
// filter bars keep what the list was filtered by, and an empty list says so in the reader's
// language.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse, type HTMLElement } from 'node-html-parser';
import { createUser } from '../src/core/auth/users.ts';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';
import { signedIn, testPassword, type Browserish } from './helpers/session.ts';
import { makeStaff } from './helpers/staff.ts';

/** Problems of the page's forms and tables, as readable lines (empty when all is well). */
function markupProblems(root: HTMLElement, csrf: string): string[] {
  const problems: string[] = [];
  for (const form of root.querySelectorAll('form')) {
    const where = `form ${form.getAttribute('action')}`;
    if ((form.getAttribute('method') ?? 'get').toLowerCase() !== 'post') {
      if (form.querySelector('input[name="_csrf"]')) problems.push(`${where}: a GET form must not carry the token`);
      continue;
    }
    const first = form.querySelector('input');
    if (first?.getAttribute('name') !== '_csrf' || first.getAttribute('type') !== 'hidden') problems.push(`${where}: the token is not the first field`);
    else if (first.getAttribute('value') !== csrf) problems.push(`${where}: not the session's token`);
    if (form.querySelectorAll('button[type="submit"], button:not([type])').length === 0) problems.push(`${where}: no submit button`);
  }
  for (const th of root.querySelectorAll('thead th')) if (th.getAttribute('scope') !== 'col') problems.push(`header "${th.text}" without scope="col"`);
  for (const th of root.querySelectorAll('tbody th')) if (th.getAttribute('scope') !== 'row') problems.push(`row header "${th.text}" without scope="row"`);
  for (const control of root.querySelectorAll('form.filter-bar input:not([type="checkbox"]), form.filter-bar select')) {
    if (!root.querySelector(`label[for="${control.id}"]`)) problems.push(`filter ${control.getAttribute('name')} has no label`);
  }
  return problems;
}

for (const kind of testDatabases()) {
  describe(`back-office markup on ${kind}`, () => {
    let portal: TestPortal;
    let admin: Browserish;
    let userId: number;
    let categoryId: number;
    let newsId: number;

    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
      const db = portal.ctx.db.kysely;
      await createUser(db, { email: 'admin@bqlkkt.test', name: 'Quản trị', role: 'admin', password: testPassword });
      userId = (await makeStaff(portal, 'editor', 'bien-tap-markup')).id;
      categoryId = (await db.selectFrom('categories').select('id').where('type', '=', 'news').orderBy('id').executeTakeFirstOrThrow()).id;
      newsId = (await db.selectFrom('content').select('id').where('type', '=', 'news').orderBy('id').executeTakeFirstOrThrow()).id;
      admin = await signedIn(portal, 'admin@bqlkkt.test');
    });
    after(() => portal.close());

    it('every POST form sends the token first; every table header has its scope; every filter its label', async () => {
      const pages = [
        '/admin/account',
        '/admin/users',
        '/admin/users/new',
        `/admin/users/${userId}`,
        '/admin/settings',
        '/admin/categories',
        `/admin/categories/${categoryId}`,
        '/admin/audit',
        '/admin/media',
        '/admin/stats',
        '/admin/royalties',
        '/admin/royalties/rates',
        `/admin/content/news/${newsId}/history`,
      ];
      for (const url of pages) {
        const page = await admin.get(url);
        assert.equal(page.status, 200, url);
        const root = parse(page.body);
        assert.deepEqual(markupProblems(root, admin.csrf), [], url);
        assert.ok(root.querySelectorAll('form[method="post"]').length > 0, `${url} has its forms (at least signing out)`);
      }
    });

    it('the account page lists my sessions in a table and ends another with a form carrying its hash', async () => {
      const other = await signedIn(portal, 'admin@bqlkkt.test');
      const root = parse((await admin.get('/admin/account')).body);
      const sessions = root.querySelector('section[aria-labelledby="sessions-title"]')!;
      assert.deepEqual(
        sessions.querySelectorAll('thead th').map((th) => th.text),
        ['Bắt đầu', 'Hoạt động gần nhất', 'Địa chỉ IP', 'Thao tác'],
      );
      const revoke = sessions.querySelector('form[action^="/admin/account/sessions/"]')!;
      assert.ok(revoke, 'a revoke form for the other session');
      assert.match(revoke.querySelector('input[name="session"]')!.getAttribute('value') ?? '', /^[0-9a-f]+$/);
      assert.equal(revoke.querySelector('button')!.getAttribute('class'), 'link-button');
      assert.equal((await other.get('/admin')).status, 200);
    });

    it('the audit filter keeps its values; an empty result says so in Vietnamese and English', async () => {
      const vi = parse((await admin.get('/admin/audit?action=khong-co-hanh-dong-nay&from=2020-01-02')).body);
      assert.equal(vi.querySelector('form.filter-bar input[name="action"]')!.getAttribute('value'), 'khong-co-hanh-dong-nay');
      assert.equal(vi.querySelector('form.filter-bar input[name="from"]')!.getAttribute('value'), '2020-01-02');
      assert.match(vi.querySelector('form.filter-bar a[href^="/admin/audit.csv"]')!.getAttribute('href')!, /action=khong-co-hanh-dong-nay/);
      assert.equal(vi.querySelector('table'), null);
      assert.equal(vi.querySelector('p.empty')!.text, 'Không có mục nào.');
      await admin.get('/admin/ngon-ngu/en?ve=/admin/audit');
      try {
        const en = parse((await admin.get('/admin/audit?action=khong-co-hanh-dong-nay')).body);
        assert.equal(en.querySelector('p.empty')!.text, 'Nothing here.');
        const found = parse((await admin.get('/admin/audit?action=auth.login')).body);
        assert.ok(found.querySelectorAll('tbody tr').length > 0);
        assert.equal(found.querySelector('table caption')!.text, 'Audit log');
      } finally {
        await admin.get('/admin/ngon-ngu/vi?ve=/admin/audit');
      }
    });

    it('the media filter keeps the search, kind and missing-alt choice', async () => {
      const root = parse((await admin.get('/admin/media?q=h%E1%BB%99i+ngh%E1%BB%8B&kind=image&missingAlt=1')).body);
      const bar = root.querySelector('form.filter-bar[role="search"]')!;
      assert.equal(bar.querySelector('input[name="q"]')!.getAttribute('value'), 'hội nghị');
      assert.equal(bar.querySelector('select[name="kind"] option[selected]')!.getAttribute('value'), 'image');
      assert.equal(bar.querySelector('input[name="missingAlt"]')!.getAttribute('checked'), '');
    });

    it('the category table keeps its row ids and depth, row headers and labelled buttons', async () => {
      const root = parse((await admin.get('/admin/categories')).body);
      const row = root.querySelector(`#chuyen-muc-${categoryId}`)!;
      assert.equal(row.getAttribute('data-depth'), '1');
      assert.equal(row.querySelector('th')!.getAttribute('scope'), 'row');
      const buttons = row.querySelectorAll('form button');
      assert.ok(buttons.length > 0);
      assert.ok(buttons.every((b) => (b.getAttribute('aria-label') ?? '').length > 0), 'each button names its category');
    });
  });
}
