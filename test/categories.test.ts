// Categories in the back office (issue #8 §4): created, renamed, nested, reordered, hidden and
// deleted when empty at /admin/categories, for every declared type with categories; each change
// audited; bad input refused with a reason and nothing changed; the public side honours hiding.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { createUser } from '../src/core/auth/users.ts';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';
import { signedIn, testPassword, type Browserish } from './helpers/session.ts';
import { makeStaff } from './helpers/staff.ts';

for (const kind of testDatabases()) {
  describe(`categories on ${kind}`, () => {
    let portal: TestPortal;
    let admin: Browserish;
    const db = () => portal.ctx.db.kysely;
    const category = (type: string, slug: string) => db().selectFrom('categories').selectAll().where('type', '=', type).where('slug', '=', slug).executeTakeFirstOrThrow();
    const snapshot = () => db().selectFrom('categories').selectAll().orderBy('id').execute();
    const auditActions = async (id: number) => (await db().selectFrom('audit_log').select('action').where('target_type', '=', 'category').where('target_id', '=', String(id)).orderBy('id').execute()).map((r) => r.action);

    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
      await createUser(db(), { email: 'admin@bqlkkt.test', name: 'Quản trị', role: 'admin', password: testPassword });
      admin = await signedIn(portal, 'admin@bqlkkt.test');
    });
    after(() => portal.close());

    it('lists the categories of every type that has them, as a nested table with counts', async () => {
      const page = await admin.get('/admin/categories');
      assert.equal(page.status, 200);
      const root = parse(page.body);
      const headings = root.querySelectorAll('section h2').map((h) => h.text);
      assert.ok(headings.includes('Tin tức'), headings.join(' | '));
      assert.ok(headings.includes('Văn bản'), headings.join(' | '));
      const news = await category('news', 'tin-dau-tu');
      const row = root.querySelector(`#chuyen-muc-${news.id}`)!;
      assert.ok(row, 'a row per category');
      const { n } = await db().selectFrom('content').select((eb) => eb.fn.countAll().as('n')).where('category_id', '=', news.id).executeTakeFirstOrThrow();
      assert.ok(Number(n) > 0);
      assert.ok(row.querySelectorAll('td').some((td) => td.text.trim() === String(n)), 'the item count is shown');
      assert.ok(root.querySelector('.admin-nav a[href="/admin/categories"]'), 'an entry in the navigation');
    });

    it('creates with a folded, unique slug; nests one level; renames without changing the address', async () => {
      const created = await admin.post('/admin/categories', { type: 'news', name: '  Tin Đầu tư   nước ngoài ', name_en: 'Foreign investment', parent: '' });
      assert.equal(created.status, 303, created.body.slice(0, 300));
      const parent = await category('news', 'tin-dau-tu-nuoc-ngoai');
      assert.equal(parent.name, 'Tin Đầu tư nước ngoài');
      assert.equal(parent.name_en, 'Foreign investment');
      assert.equal(parent.parent_id, null);
      assert.equal(parent.is_hidden, 0);

      assert.equal((await admin.post('/admin/categories', { type: 'news', name: 'Dự án FDI', name_en: '', parent: String(parent.id) })).status, 303);
      const child = await category('news', 'du-an-fdi');
      assert.equal(child.parent_id, parent.id);
      assert.equal(child.name_en, null);

      const renamed = await admin.post(`/admin/categories/${child.id}`, { name: 'Dự án có vốn FDI', name_en: 'FDI projects', parent: String(parent.id) });
      assert.equal(renamed.status, 303, renamed.body.slice(0, 300));
      const after = await db().selectFrom('categories').selectAll().where('id', '=', child.id).executeTakeFirstOrThrow();
      assert.deepEqual([after.name, after.name_en, after.slug], ['Dự án có vốn FDI', 'FDI projects', 'du-an-fdi']);
      assert.deepEqual(await auditActions(child.id), ['category.create', 'category.rename']);

      // the page shows the tree: the child right after its parent, marked as a sub-category
      const root = parse((await admin.get('/admin/categories')).body);
      const rows = root.querySelectorAll('tr[id^="chuyen-muc-"]').map((r) => r.id);
      assert.equal(rows.indexOf(`chuyen-muc-${child.id}`), rows.indexOf(`chuyen-muc-${parent.id}`) + 1);
      assert.equal(root.querySelector(`#chuyen-muc-${child.id}`)!.getAttribute('data-depth'), '2');

      // a category of documents nests under documents' categories only
      const docParent = await category('document', 'cong-khai');
      const cross = await admin.post('/admin/categories', { type: 'news', name: 'Lạc loài', parent: String(docParent.id) });
      assert.equal(cross.status, 400);
      assert.match(cross.body, /Chuyên mục cha không tồn tại/);
    });

    it('refuses an empty name, an unknown parent, a duplicate, a cycle and a third level, changing nothing', async () => {
      const parent = await category('news', 'tin-dau-tu-nuoc-ngoai');
      const child = await category('news', 'du-an-fdi');
      const before = await snapshot();
      const auditBefore = (await db().selectFrom('audit_log').select('id').execute()).length;
      const cases: [string, Record<string, string>, RegExp][] = [
        ['/admin/categories', { type: 'news', name: '   ', parent: '' }, /Tên tiếng Việt không được để trống/],
        ['/admin/categories', { type: 'news', name: 'Mới', parent: '99999' }, /Chuyên mục cha không tồn tại/],
        ['/admin/categories', { type: 'news', name: 'Mới', parent: 'abc' }, /Chuyên mục cha không tồn tại/],
        ['/admin/categories', { type: 'news', name: 'tin dau tu NUOC NGOAI', parent: '' }, /Đã có chuyên mục “Tin Đầu tư nước ngoài”/],
        ['/admin/categories', { type: 'news', name: '!!!', parent: '' }, /ít nhất một chữ cái/],
        ['/admin/categories', { type: 'news', name: 'Cháu', parent: String(child.id) }, /tối đa 2 cấp/],
        [`/admin/categories/${parent.id}`, { name: parent.name, parent: String(child.id) }, /chính nó hoặc vào chuyên mục con/],
        [`/admin/categories/${parent.id}`, { name: parent.name, parent: String(parent.id) }, /chính nó hoặc vào chuyên mục con/],
        [`/admin/categories/${child.id}`, { name: 'Tin đầu tư nước ngoài', parent: String(parent.id) }, /Đã có chuyên mục/],
        [`/admin/categories/${child.id}`, { name: '', parent: String(parent.id) }, /không được để trống/],
      ];
      for (const [url, form, message] of cases) {
        const r = await admin.post(url, form);
        assert.equal(r.status, 400, `${url} ${JSON.stringify(form)}`);
        assert.match(r.body, message);
      }
      // a category with sub-categories cannot go under another one (three levels)
      const other = await category('news', 'tin-ban-quan-ly');
      const deep = await admin.post(`/admin/categories/${parent.id}`, { name: parent.name, parent: String(other.id) });
      assert.equal(deep.status, 400);
      assert.match(deep.body, /tối đa 2 cấp/);
      assert.deepEqual(await snapshot(), before);
      assert.equal((await db().selectFrom('audit_log').select('id').execute()).length, auditBefore, 'nothing audited');

      // in English for a user who reads English
      await admin.get('/admin/ngon-ngu/en?ve=/admin/categories');
      const en = await admin.post('/admin/categories', { type: 'news', name: '', parent: '' });
      assert.equal(en.status, 400);
      assert.match(en.body, /The Vietnamese name must not be empty/);
      await admin.get('/admin/ngon-ngu/vi?ve=/admin/categories');
    });

    it('moves a category under another parent and back to the top level', async () => {
      const child = await category('news', 'du-an-fdi');
      const other = await category('news', 'tin-ban-quan-ly');
      assert.equal((await admin.post(`/admin/categories/${child.id}`, { name: child.name, name_en: child.name_en ?? '', parent: String(other.id) })).status, 303);
      assert.equal((await category('news', 'du-an-fdi')).parent_id, other.id);
      assert.equal((await admin.post(`/admin/categories/${child.id}`, { name: child.name, name_en: child.name_en ?? '', parent: '' })).status, 303);
      assert.equal((await category('news', 'du-an-fdi')).parent_id, null);
      assert.deepEqual((await auditActions(child.id)).slice(-2), ['category.move', 'category.move']);
    });

    it('reorders among siblings with up and down, as the public list follows', async () => {
      const topLevel = async () => (await db().selectFrom('categories').select(['id', 'slug']).where('type', '=', 'news').where('parent_id', 'is', null).orderBy('position').orderBy('id').execute()).map((c) => c.slug);
      const before = await topLevel();
      const last = before[before.length - 1]!;
      const moving = await category('news', last);
      assert.equal((await admin.post(`/admin/categories/${moving.id}/order`, { direction: 'up' })).status, 303);
      const after = await topLevel();
      assert.deepEqual(after, [...before.slice(0, -2), last, before[before.length - 2]!]);
      assert.equal((await admin.post(`/admin/categories/${moving.id}/order`, { direction: 'down' })).status, 303);
      assert.deepEqual(await topLevel(), before);
      // the first one cannot go further up: nothing changes
      const first = await category('news', before[0]!);
      assert.equal((await admin.post(`/admin/categories/${first.id}/order`, { direction: 'up' })).status, 303);
      assert.deepEqual(await topLevel(), before);
      assert.equal((await admin.post(`/admin/categories/${first.id}/order`, { direction: 'sideways' })).status, 400);
      assert.deepEqual((await auditActions(moving.id)).slice(-2), ['category.reorder', 'category.reorder']);
    });

    it('hides a category: menus and lists leave it out; its page and items stay reachable from the links that exist', async () => {
      const hidden = await category('news', 'tin-dau-tu');
      const item = await db().selectFrom('content').select(['slug']).where('category_id', '=', hidden.id).where('status', '=', 'published').executeTakeFirstOrThrow();
      const itemUrl = `/tin-tuc/tin-dau-tu/${item.slug}`;
      const inMenu = async () => parse((await portal.app.inject('/')).body).querySelectorAll('.site-nav a').some((a) => a.getAttribute('href') === '/tin-tuc/tin-dau-tu');
      // (cards of its items still name it: see the README)
      const linksOn = async (url: string, selector: string) => parse((await portal.app.inject(url)).body).querySelectorAll(selector).some((a) => a.getAttribute('href') === '/tin-tuc/tin-dau-tu');
      assert.equal((await portal.app.inject('/tin-tuc/tin-dau-tu')).statusCode, 200);
      assert.ok(await inMenu(), 'in the menu before');
      assert.ok(await linksOn('/tin-tuc', 'aside a'), 'in the list of categories before');
      assert.ok(await linksOn('/', '.section-title a'), 'a home-page section before');

      assert.equal((await admin.post(`/admin/categories/${hidden.id}/visibility`, { hidden: '1' })).status, 303);
      assert.equal((await category('news', 'tin-dau-tu')).is_hidden, 1);
      // articles' cards and breadcrumbs still name and link it: no dead links
      assert.equal((await portal.app.inject('/tin-tuc/tin-dau-tu')).statusCode, 200);
      assert.equal(await inMenu(), false, 'gone from the menu');
      assert.equal(await linksOn('/tin-tuc', 'aside a'), false, 'gone from the list of categories');
      assert.equal(await linksOn('/', '.section-title a'), false, 'gone from the home page');
      assert.equal((await portal.app.inject(itemUrl)).statusCode, 200, 'its items stay readable');
      const page = parse((await admin.get('/admin/categories')).body);
      assert.match(page.querySelector(`#chuyen-muc-${hidden.id}`)!.text, /Đã ẩn/);

      // the settings form still accepts the menu entry that points at it
      const settings = parse((await admin.get('/admin/settings')).body);
      const form: Record<string, string> = {};
      for (const input of settings.querySelectorAll('form[action="/admin/settings"] input')) form[input.getAttribute('name')!] = input.getAttribute('value') ?? '';
      assert.equal((await admin.post('/admin/settings', form)).status, 303);

      // a documents category too: gone from the list of categories, its address still answers
      const docs = await category('document', 'cong-khai');
      const inDocumentList = async () => parse((await portal.app.inject('/van-ban')).body).querySelectorAll('a').some((a) => a.getAttribute('href') === '/van-ban/cong-khai');
      assert.ok(await inDocumentList());
      assert.equal((await admin.post(`/admin/categories/${docs.id}/visibility`, { hidden: '1' })).status, 303);
      assert.equal(await inDocumentList(), false);
      assert.equal((await portal.app.inject('/van-ban/cong-khai')).statusCode, 200);

      // shown again
      assert.equal((await admin.post(`/admin/categories/${hidden.id}/visibility`, { hidden: '0' })).status, 303);
      assert.equal((await admin.post(`/admin/categories/${docs.id}/visibility`, { hidden: '0' })).status, 303);
      assert.equal((await portal.app.inject('/tin-tuc/tin-dau-tu')).statusCode, 200);
      assert.equal((await portal.app.inject('/van-ban/cong-khai')).statusCode, 200);
      assert.ok(await inMenu());
      assert.deepEqual((await auditActions(hidden.id)).slice(-2), ['category.hide', 'category.show']);
    });

    it('a hidden parent hides its sub-categories from the public too', async () => {
      const parent = await category('news', 'tin-dau-tu-nuoc-ngoai');
      assert.equal((await admin.post('/admin/categories', { type: 'news', name: 'Khu công nghệ cao', parent: String(parent.id) })).status, 303);
      assert.equal((await portal.app.inject('/tin-tuc/khu-cong-nghe-cao')).statusCode, 200);
      const listed = async () => parse((await portal.app.inject('/tin-tuc')).body).querySelectorAll('aside a').some((a) => a.getAttribute('href') === '/tin-tuc/khu-cong-nghe-cao');
      assert.ok(await listed());
      assert.equal((await admin.post(`/admin/categories/${parent.id}/visibility`, { hidden: '1' })).status, 303);
      assert.equal(await listed(), false);
      assert.equal((await admin.post(`/admin/categories/${parent.id}/visibility`, { hidden: '0' })).status, 303);
    });

    it('deletes only an empty category; otherwise says how many items or sub-categories it has', async () => {
      const full = await category('news', 'tin-dau-tu');
      const { n } = await db().selectFrom('content').select((eb) => eb.fn.countAll().as('n')).where('category_id', '=', full.id).executeTakeFirstOrThrow();
      const refused = await admin.post(`/admin/categories/${full.id}/delete`, {});
      assert.equal(refused.status, 400);
      assert.match(refused.body, new RegExp(`còn ${Number(n)} mục nội dung`));
      await category('news', 'tin-dau-tu');

      const parent = await category('news', 'tin-dau-tu-nuoc-ngoai');
      const withChild = await admin.post(`/admin/categories/${parent.id}/delete`, {});
      assert.equal(withChild.status, 400);
      assert.match(withChild.body, /còn 1 chuyên mục con/);

      const child = await category('news', 'khu-cong-nghe-cao');
      assert.equal((await admin.post(`/admin/categories/${child.id}/delete`, {})).status, 303);
      assert.equal(await db().selectFrom('categories').select('id').where('id', '=', child.id).executeTakeFirst(), undefined);
      assert.deepEqual((await auditActions(child.id)).slice(-1), ['category.delete']);
      assert.equal((await admin.post(`/admin/categories/${child.id}/delete`, {})).status, 404);
    });

    it('needs the form token; contributors and editors are refused (403); approvers manage categories', async () => {
      const before = await snapshot();
      const noToken = await admin.post('/admin/categories', { type: 'news', name: 'Không token', parent: '' }, { csrf: false });
      assert.equal(noToken.status, 403);
      for (const role of ['contributor', 'editor'] as const) {
        const staff = await makeStaff(portal, role, `cm-${role}`);
        const b = await signedIn(portal, staff.email);
        assert.equal((await b.get('/admin/categories')).status, 403);
        assert.equal((await b.post('/admin/categories', { type: 'news', name: 'Trái phép', parent: '' })).status, 403);
        const some = await category('news', 'tin-dau-tu');
        assert.equal((await b.post(`/admin/categories/${some.id}/visibility`, { hidden: '1' })).status, 403);
        assert.equal((await b.post(`/admin/categories/${some.id}/delete`, {})).status, 403);
        assert.equal(parse((await b.get('/admin')).body).querySelector('.admin-nav a[href="/admin/categories"]'), null, 'no navigation entry');
      }
      assert.deepEqual(await snapshot(), before);
      const approver = await makeStaff(portal, 'approver', 'cm-approver');
      const a = await signedIn(portal, approver.email);
      assert.equal((await a.get('/admin/categories')).status, 200);
      assert.equal((await a.post('/admin/categories', { type: 'document', name: 'Văn bản mới ban hành', parent: '' })).status, 303);
      assert.ok(await category('document', 'van-ban-moi-ban-hanh'));
      assert.equal((await a.post('/admin/categories', { type: 'no-such-type', name: 'X', parent: '' })).status, 404);
    });
  });
}
