// The HTML site map (Decree 42/2022 B6): generated from the installed sections, their visible
// categories and the main menu, in both languages, linked from every page's footer.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse, type HTMLElement } from 'node-html-parser';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';

/** The map as nested [label, href, children] for comparison. */
type Node = [string, string, Node[]];
const tree = (list: HTMLElement | null): Node[] =>
  (list?.childNodes ?? [])
    .filter((n): n is HTMLElement => (n as HTMLElement).tagName === 'LI')
    .map((li) => {
      const a = li.querySelector(':scope > a')!;
      return [a.text.trim(), a.getAttribute('href')!, tree(li.querySelector(':scope > ul'))];
    });

for (const kind of testDatabases()) {
  describe(`site map on ${kind}`, () => {
    let portal: TestPortal;
    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
    });
    after(() => portal.close());

    const map = async (url: string) => {
      const res = await portal.app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 200, url);
      return tree(parse(res.body).querySelector('nav.site-map > ul'));
    };

    it('lists the home page, every installed section with its categories, and search', async () => {
      const entries = await map('/so-do-trang');
      assert.deepEqual(entries[0], ['Trang chủ', '/', []]);
      assert.deepEqual(entries.at(-1), ['Tìm kiếm', '/tim-kiem', []]);
      for (const mod of portal.ctx.modules) {
        const d = mod.declaration;
        if (d) assert.ok(entries.some(([label, href]) => label === d.plural.vi && href === d.paths.vi), `${d.type} is on the map`);
        for (const kind of mod.submissionKinds ?? []) {
          if (kind.publicPath) assert.ok(entries.some(([label, href]) => label === kind.plural.vi && href === kind.publicPath), `${kind.kind} is on the map`);
        }
      }
      const news = entries.find(([, href]) => href === '/tin-tuc')!;
      const categories = await portal.ctx.db.kysely.selectFrom('categories').select(['name', 'parent_id']).where('type', '=', 'news').where('parent_id', 'is', null).orderBy('position').orderBy('id').execute();
      assert.deepEqual(
        news[2].map(([label]) => label),
        categories.map((c) => c.name),
        'the news categories, in their order',
      );
      for (const [label, href] of [...entries, ...entries.flatMap((e) => e[2])]) {
        const res = await portal.app.inject({ method: 'GET', url: href });
        assert.equal(res.statusCode, 200, `${label} → ${href}`);
      }
    });

    it('follows changes: a hidden category leaves, a menu link to another page appears', async () => {
      const db = portal.ctx.db.kysely;
      const category = await db.selectFrom('categories').select(['id', 'name']).where('type', '=', 'news').where('parent_id', 'is', null).orderBy('id').executeTakeFirstOrThrow();
      await db.updateTable('categories').set({ is_hidden: 1 }).where('id', '=', category.id).execute();
      const menu = (await portal.ctx.settings.get()).mainMenu;
      await portal.ctx.settings.set('mainMenu', [...menu, { label: { vi: 'Cổng dịch vụ công', en: 'Public services' }, href: 'https://dichvucong.gov.vn' }]);
      try {
        const entries = await map('/so-do-trang');
        const news = entries.find(([, href]) => href === '/tin-tuc')!;
        assert.ok(!news[2].some(([label]) => label === category.name), 'the hidden category is not listed');
        assert.ok(
          entries.some(([label, href]) => label === 'Cổng dịch vụ công' && href === 'https://dichvucong.gov.vn'),
          'the administrator’s link is listed',
        );
        assert.equal(entries.filter(([, href]) => href === '/tin-tuc').length, 1, 'a section the menu also links is listed once');
      } finally {
        await db.updateTable('categories').set({ is_hidden: 0 }).where('id', '=', category.id).execute();
        await portal.ctx.settings.set('mainMenu', menu);
      }
    });

    it('has an English version with the English sections, and every page’s footer links to the map', async () => {
      const entries = await map('/en/site-map');
      assert.deepEqual(entries[0]?.[0], 'Home');
      for (const mod of portal.ctx.modules) {
        const d = mod.declaration;
        if (d?.paths.en) assert.ok(entries.some(([label, href]) => label === d.plural.en && href === d.paths!.en), `${d.type} in English`);
      }
      const home = parse((await portal.app.inject({ method: 'GET', url: '/' })).body);
      assert.equal(home.querySelector('.site-footer__links a[href="/so-do-trang"]')?.text, 'Sơ đồ cổng thông tin');
      const englishSearch = parse((await portal.app.inject({ method: 'GET', url: '/en/search' })).body);
      assert.equal(englishSearch.querySelector('.site-footer__links a[href="/en/site-map"]')?.text, 'Site map');
    });
  });
}
