// Links to other state portals (Decree 42/2022 A20): a declared type edited in the back office,
// /lien-ket by group, and the footer's links from the same list.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { FieldsInvalid, validateFields } from '../src/core/content-types/validate.ts';
import { linkDeclaration } from '../src/modules/links/declaration.ts';
import { readDemoLinks } from '../src/modules/links/demo.ts';
import { linksModule } from '../src/modules/links/index.ts';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';
import { api, makeStaff } from './helpers/staff.ts';

const demo = readDemoLinks();

for (const kind of testDatabases()) {
  describe(`links on ${kind}`, () => {
    let portal: TestPortal;
    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
    });
    after(() => portal.close());

    const page = async (url: string) => {
      const res = await portal.app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 200, url);
      return parse(res.body);
    };
    const footer = async (url = '/') => (await page(url)).querySelectorAll('.site-footer__links li a').map((a) => [a.text.trim(), a.getAttribute('href')]);

    it('/lien-ket lists every demo link under its group, groups in the declared order', async () => {
      const html = await page('/lien-ket');
      const groups = html.querySelectorAll('.links-group').map((g) => ({
        heading: g.querySelector('h2')!.text,
        links: g.querySelectorAll('li > a').map((a) => a.getAttribute('href')),
      }));
      assert.deepEqual(
        groups.map((g) => g.heading),
        ['Cơ quan Trung ương', 'Cơ quan của tỉnh', 'Dịch vụ công, cơ sở dữ liệu', 'Khu kinh tế, khu công nghiệp'],
      );
      assert.equal(groups.flatMap((g) => g.links).length, demo.length);
      const central = demo.filter((l) => l.group === 'trung-uong').sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
      assert.deepEqual(groups[0]!.links, central.map((l) => l.url), 'by order number within a group');
      const first = html.querySelector('.links-list li')!;
      assert.equal(first.querySelector('a')!.getAttribute('target'), undefined, 'opens in the same tab');
      assert.equal(first.querySelector('.links-list__address')!.text, 'chinhphu.vn', 'the address is written out');
      const english = await page('/en/links');
      assert.equal(english.querySelector('h1')!.text, 'Links');
      assert.equal(english.querySelector('.links-group h2')!.text, 'Central government');
    });

    it('the footer shows the links marked for it, on every page, and follows changes made in the back office', async () => {
      const groupRank = (g: string) => ['trung-uong', 'tinh', 'dich-vu-cong', 'khu-kinh-te', 'khac'].indexOf(g);
      const marked = demo
        .filter((l) => l.inFooter === 'co')
        .sort((a, b) => groupRank(a.group) - groupRank(b.group) || (a.order ?? 0) - (b.order ?? 0))
        .map((l) => [l.title, l.url]);
      assert.equal(marked.length, 3);
      const expected = [['Sơ đồ cổng thông tin', '/so-do-trang'], ...marked];
      assert.deepEqual(await footer('/'), expected);
      assert.deepEqual(await footer('/lien-ket'), expected);

      const approver = await makeStaff(portal, 'approver', `duyet-lk-${kind}`);
      const writer = await makeStaff(portal, 'editor', `viet-lk-${kind}`);
      const asApprover = api(portal, approver);
      const created = await api(portal, writer)('POST', '/api/v1/admin/content/link', { title: 'Cổng thông tin Khu kinh tế Phú Quốc', fields: { url: 'https://phuquoc.example.gov.vn', group: 'khu-kinh-te', inFooter: 'co', order: 5 } });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.ok(!(await footer()).some(([, href]) => href === 'https://phuquoc.example.gov.vn'), 'a draft is not shown');
      const published = await asApprover('POST', `/api/v1/admin/content/link/${created.body.id}/publishNow`, {});
      assert.equal(published.status, 200, JSON.stringify(published.body));
      assert.deepEqual((await footer()).at(-1), ['Cổng thông tin Khu kinh tế Phú Quốc', 'https://phuquoc.example.gov.vn']);
      assert.equal((await page('/lien-ket')).querySelector('.links-group a[href="https://phuquoc.example.gov.vn"]')?.text.trim(), 'Cổng thông tin Khu kinh tế Phú Quốc (trang ngoài)', 'and on /lien-ket');
      const json = await portal.app.inject({ method: 'GET', url: '/api/v1/links' });
      assert.equal(json.statusCode, 200);
    });

    it('bad input changes nothing and says why', async () => {
      const refusal = async (fields: Record<string, unknown>) => {
        try {
          await validateFields(linkDeclaration, fields, 'json');
          return undefined;
        } catch (error) {
          assert.ok(error instanceof FieldsInvalid);
          return error.problems.map((p) => [p.field, p.message.vi]);
        }
      };
      assert.deepEqual(await refusal({ url: 'javascript:alert(1)', group: 'tinh', inFooter: 'co' }), [['url', 'Phải là địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://.']]);
      assert.deepEqual(await refusal({ url: 'https://a.gov.vn/" onclick="x', group: 'tinh', inFooter: 'co' }), [['url', 'Phải là địa chỉ web đầy đủ, bắt đầu bằng https:// hoặc http://.']]);
      assert.ok((await refusal({ url: 'https://a.gov.vn', group: 'khong-co', inFooter: 'co' }))?.some(([field]) => field === 'group'));
      assert.ok((await refusal({ url: 'https://a.gov.vn', group: 'tinh' }))?.some(([field]) => field === 'inFooter'), 'required');
      assert.equal(await refusal({ url: 'https://a.gov.vn/tin?id=1#top', group: 'tinh', inFooter: 'khong' }), undefined);

      const editor = await makeStaff(portal, 'editor', `bien-tap-lk-${kind}`);
      const count = async () => Number((await portal.ctx.db.kysely.selectFrom('content').select((eb) => eb.fn.countAll<number>().as('n')).where('type', '=', 'link').executeTakeFirstOrThrow()).n);
      const before = await count();
      const bad = await api(portal, editor)('POST', '/api/v1/admin/content/link', { title: 'Trang lạ', fields: { url: 'ftp://files.example.vn', group: 'tinh', inFooter: 'co' } });
      assert.equal(bad.status, 400);
      assert.equal(await count(), before, 'nothing stored');
      assert.equal((await portal.app.inject({ method: 'GET', url: '/lien-ket?x=1' })).statusCode, 200, 'unknown parameters are tolerated on pages');
    });

    it('demo links are removed exactly, and the footer falls back to nothing rather than to stale settings', async () => {
      const removed = await linksModule.removeDemo!(portal.ctx);
      assert.equal(removed, demo.length);
      const left = await footer();
      assert.ok(!left.some(([, href]) => demo.some((l) => l.url === href)), 'no demo link left in the footer');
      assert.equal(await linksModule.loadDemo!(portal.ctx), demo.length);
    });
  });
}
