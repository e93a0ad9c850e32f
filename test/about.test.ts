// The agency, editable in the back office (issue #9, REQUIREMENTS A1, Nghị định 42/2022/NĐ-CP): the
// declared types 'unit' and 'leader', the About pages built from them (overview with the
// organisation chart, leadership, a page per unit, in Vietnamese and English), edits through the
// admin API reaching the pages, refusals that store nothing and say why, and demo data that loads
// once and is removed exactly.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { parse, type HTMLElement } from 'node-html-parser';
import { parseFields } from '../src/core/content-types/field-index.ts';
import { moduleOfType } from '../src/core/modules.ts';
import { mediaDb } from '../src/core/media/schema.ts';
import { leaderDeclaration } from '../src/modules/leaders/declaration.ts';
import { readDemoLeaders } from '../src/modules/leaders/demo.ts';
import { leadersModule } from '../src/modules/leaders/index.ts';
import { unitDeclaration } from '../src/modules/units/declaration.ts';
import { readDemoUnits } from '../src/modules/units/demo.ts';
import { unitsModule } from '../src/modules/units/index.ts';
import { buildTree, flatten, leaderFields, type Unit } from '../src/modules/units/queries.ts';
import { telHref } from '../src/modules/units/views/parts.tsx';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';
import { signedIn } from './helpers/session.ts';
import { api, makeStaff, type Staff } from './helpers/staff.ts';

const demoUnits = readDemoUnits();
const demoLeaders = readDemoLeaders();
const collator = new Intl.Collator('vi');

type Item = { id: number; slug: string; title: string; fields: Record<string, unknown>; is_demo: number; revision: number };

for (const kind of testDatabases()) {
  describe(`the agency and its units on ${kind}`, () => {
    let portal: TestPortal;
    let admin: Staff;
    const get = async (url: string) => {
      const res = await portal.app.inject({ method: 'GET', url });
      return { res, html: parse(res.body) };
    };
    const items = async (type: string): Promise<Item[]> =>
      (await portal.ctx.db.kysely.selectFrom('content').select(['id', 'slug', 'title', 'fields', 'is_demo', 'revision']).where('type', '=', type).orderBy('id').execute()).map((r) => ({ ...r, fields: parseFields(r.fields) }));
    const byKey = async (key: string): Promise<Item> => {
      const row = await portal.ctx.db.kysely.selectFrom('content').select(['id', 'slug', 'title', 'fields', 'is_demo', 'revision']).where('source_key', '=', key).executeTakeFirstOrThrow();
      return { ...row, fields: parseFields(row.fields) };
    };
    /** Each unit of the chart with the unit of the list item around it (null at the top). */
    const chart = (html: HTMLElement) =>
      html.querySelectorAll('.org-tree li[data-unit]').map((li) => {
        let up = li.parentNode;
        while (up && !(up.tagName === 'LI' && up.getAttribute('data-unit'))) up = up.parentNode;
        const link = li.querySelector('a')!;
        return { id: Number(li.getAttribute('data-unit')), parent: up ? Number(up.getAttribute('data-unit')) : null, title: link.text.trim(), href: link.getAttribute('href')! };
      });
    const cardNames = (section: HTMLElement) => section.querySelectorAll('.leader .leader__name').map((h) => h.childNodes[0]!.text.trim());

    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
      admin = await makeStaff(portal, 'admin', 'about-admin');
    });
    after(() => portal.close());

    it('declares the two types: fields, references, list columns, filters, patterns', () => {
      assert.equal(moduleOfType('unit'), unitsModule);
      assert.equal(moduleOfType('leader'), leadersModule);
      assert.equal(unitDeclaration.api, 'units');
      assert.equal(leaderDeclaration.api, 'leaders');
      assert.deepEqual(unitDeclaration.paths, { vi: '/gioi-thieu', en: '/en/about' });
      assert.equal(unitDeclaration.itemPath({ slug: 'van-phong' }), '/gioi-thieu/don-vi/van-phong');
      assert.equal(leaderDeclaration.itemPath({ slug: 'tran-minh-khang' }), '/gioi-thieu/lanh-dao#tran-minh-khang');
      const unitField = (name: string) => unitDeclaration.fields.find((f) => f.name === name)!;
      assert.deepEqual(unitField('kind').options!.map((o) => o.value), ['co-quan', 'lanh-dao', 'phong-chuyen-mon', 'don-vi-truc-thuoc']);
      assert.equal(unitField('parent').kind, 'reference');
      assert.equal(unitField('parent').referenceType, 'unit');
      assert.notEqual(unitField('parent').multiple, true);
      for (const name of ['duties', 'history']) assert.equal(unitField(name).kind, 'richText');
      assert.equal(unitField('order').kind, 'number');
      assert.deepEqual(unitDeclaration.fields.filter((f) => f.filter).map((f) => f.name), ['kind', 'parent']);
      const leaderField = (name: string) => leaderDeclaration.fields.find((f) => f.name === name)!;
      assert.equal(leaderField('unit').referenceType, 'unit');
      assert.equal(leaderField('photo').kind, 'images');
      assert.equal(leaderField('termStart').kind, 'date');
      assert.equal(leaderField('termStart').required, undefined);
      // the units module reads leaders by these names: they must be the declared ones
      for (const name of Object.values(leaderFields)) assert.ok(leaderDeclaration.fields.some((f) => f.name === name), name);
      for (const declaration of [unitDeclaration, leaderDeclaration]) {
        const email = declaration.fields.find((f) => f.name === 'email')!.pattern!.regex;
        assert.ok(email.test('vanphong.bqlkkt@kiengiang.gov.vn'));
        for (const bad of ['vanphong@', 'van phong@kiengiang.gov.vn', 'vanphong.kiengiang.gov.vn', 'a@b', '<a@b.vn>']) assert.ok(!email.test(bad), bad);
        const phone = declaration.fields.find((f) => f.name === 'phone')!.pattern!.regex;
        assert.ok(phone.test('(0297) 3 862 779'));
        assert.ok(!phone.test('gọi tổng đài'));
      }
      assert.equal(telHref('(0297) 3 862 779'), 'tel:+842973862779');
      assert.equal(telHref('+84 297 3862779'), 'tel:+842973862779');
    });

    it('the demo: at least 8 units nested two levels and 8 leaders, published once, flagged, with the note that people are invented', async () => {
      assert.ok(demoUnits.length >= 8 && demoLeaders.length >= 8);
      const units = await items('unit');
      const leaders = await items('leader');
      assert.equal(units.length, demoUnits.length);
      assert.equal(leaders.length, demoLeaders.length);
      assert.ok([...units, ...leaders].every((r) => r.is_demo === 1));
      const parentOf = new Map(units.map((u) => [u.id, u.fields.parent as number | undefined]));
      const depth = (id: number): number => (parentOf.get(id) === undefined ? 0 : 1 + depth(parentOf.get(id)!));
      assert.ok(Math.max(...units.map((u) => depth(u.id))) >= 2, 'a unit under a unit under the agency');
      assert.equal(units.filter((u) => u.fields.kind === 'co-quan').length, 1);
      assert.ok(leaders.filter((l) => l.fields.position === 'Phó Trưởng ban').length >= 2);
      for (const file of ['src/modules/units/demo/units.json', 'src/modules/leaders/demo/leaders.json']) {
        const note = (JSON.parse(fs.readFileSync(file, 'utf8')) as { note: string }).note;
        assert.match(note, /giả định/);
        assert.match(note, /invented/);
      }
      assert.equal(await unitsModule.loadDemo!(portal.ctx), demoUnits.length);
      assert.equal(await leadersModule.loadDemo!(portal.ctx), demoLeaders.length);
      assert.equal((await items('unit')).length, units.length, 'loading twice does not duplicate');
      assert.equal((await items('leader')).length, leaders.length);
    });

    it('/gioi-thieu: functions from the agency unit, the chart as nested lists matching the parent references, history, contacts', async () => {
      const { res, html } = await get('/gioi-thieu');
      assert.equal(res.statusCode, 200);
      assert.equal(html.querySelector('h1')!.text, 'Giới thiệu');
      const top = await byKey('demo:unit:ban-quan-ly');
      assert.equal(html.querySelector('.about__agency')!.text, top.title);
      const duties = html.querySelector('#chuc-nang-nhiem-vu')!;
      assert.equal(duties.querySelector('h2')!.text, 'Chức năng, nhiệm vụ, quyền hạn');
      assert.match(duties.text, /quản lý nhà nước trực tiếp đối với các khu công nghiệp, khu kinh tế/);
      assert.match(html.querySelector('#lich-su-hinh-thanh')!.text, /1471\/2007\/QĐ-TTg/);
      assert.match(html.querySelector('.notice')!.text, /minh hoạ/);

      const units = await items('unit');
      const shown = chart(html);
      assert.equal(shown.length, units.length, 'every unit once');
      assert.deepEqual(shown.map((u) => u.id).sort((a, b) => a - b), units.map((u) => u.id));
      for (const unit of units) {
        const item = shown.find((s) => s.id === unit.id)!;
        assert.equal(item.parent, (unit.fields.parent as number | undefined) ?? null, `${unit.title} sits under its parent`);
        assert.equal(item.title, unit.title);
        assert.equal(item.href, `/gioi-thieu/don-vi/${unit.slug}`);
      }
      // siblings in display order
      const office = await byKey('demo:unit:van-phong');
      const investment = await byKey('demo:unit:quan-ly-dau-tu');
      assert.ok(shown.findIndex((u) => u.id === office.id) < shown.findIndex((u) => u.id === investment.id));
      assert.equal(html.querySelectorAll('.org-tree .org-tree .org-tree__item').length, 0, 'one list, nested, not lists side by side');

      const board = html.querySelectorAll('#lanh-dao .about-board li a').map((a) => a.text);
      assert.equal(board[0], 'Trần Minh Khang');
      assert.ok(board.length >= 3);
      assert.ok(html.querySelector('#lanh-dao a[href="/gioi-thieu/lanh-dao#tran-minh-khang"]'));
      const contact = html.querySelector('#lien-he')!;
      assert.equal(contact.querySelector('a[href^="tel:"]')!.getAttribute('href'), 'tel:+842973862779');
      assert.equal(contact.querySelector('a[href^="mailto:"]')!.getAttribute('href'), 'mailto:bqlkkt@kiengiang.gov.vn');
    });

    it('/gioi-thieu/lanh-dao: leaders grouped by unit in chart order, each group by display order then name, with tel: and mailto: links', async () => {
      const { res, html } = await get('/gioi-thieu/lanh-dao');
      assert.equal(res.statusCode, 200);
      assert.equal(html.querySelector('h1')!.text, 'Lãnh đạo');
      const leaders = await items('leader');
      const units = await items('unit');
      const groups = html.querySelectorAll('section.leader-group');
      assert.ok(groups.length >= 5);
      assert.equal(groups.reduce((n, g) => n + g.querySelectorAll('.leader').length, 0), leaders.length, 'every leader once');
      const chartOrder = flatten(buildTree(units.map((u) => ({ id: u.id, title: u.title, parent: u.fields.parent, order: u.fields.order }) as unknown as Unit))).map((n) => n.unit.title);
      const groupTitles = groups.map((g) => g.querySelector('h2')!.text.trim());
      assert.deepEqual(groupTitles, chartOrder.filter((t) => groupTitles.includes(t)), 'groups follow the chart');
      for (const group of groups) {
        const unit = units.find((u) => u.title === group.querySelector('h2')!.text.trim())!;
        const expected = leaders
          .filter((l) => l.fields.unit === unit.id)
          .sort((a, b) => (a.fields.order as number) - (b.fields.order as number) || collator.compare(a.title, b.title))
          .map((l) => l.title);
        assert.deepEqual(cardNames(group), expected, `${unit.title}: display order, then name`);
      }
      assert.deepEqual(cardNames(groups[0]!).slice(0, 2), ['Trần Minh Khang', 'Nguyễn Thị Ngọc Hân']);
      const head = html.querySelector('#tran-minh-khang')!;
      assert.equal(head.querySelector('.leader__position')!.text, 'Trưởng ban');
      assert.match(head.querySelector('.leader__duties')!.text, /Phụ trách Văn phòng/);
      const tel = head.querySelector('a[href^="tel:"]')!;
      assert.equal(tel.getAttribute('href'), 'tel:+842973900101');
      assert.equal(tel.text, '(0297) 3 900 101');
      const mail = head.querySelector('a[href^="mailto:"]')!;
      assert.equal(mail.getAttribute('href'), 'mailto:tmkhang.bqlkkt@kiengiang.gov.vn');
      for (const a of html.querySelectorAll('a[href^="tel:"], a[href^="mailto:"]')) assert.equal(a.getAttribute('target'), undefined, 'contact links open in place');
      assert.equal(html.querySelectorAll('.leader img').length, 0, 'no photo in the demo: no image at all, never a broken one');
      assert.ok(head.querySelector('.badge'), 'demo leaders are marked');
      assert.match(html.querySelector('.notice')!.text, /giả định/);
    });

    it('a unit page: kind, parent, contacts, duties, its leaders and the units under it; breadcrumb through its parents', async () => {
      const centre = await byKey('demo:unit:trung-tam-ha-tang');
      const plant = await byKey('demo:unit:tram-xu-ly-nuoc-thai-thanh-loc');
      const top = await byKey('demo:unit:ban-quan-ly');
      const { res, html } = await get(`/gioi-thieu/don-vi/${centre.slug}`);
      assert.equal(res.statusCode, 200);
      assert.equal(html.querySelector('h1')!.text, centre.title);
      assert.equal(html.querySelector('.article__category')!.text, 'Đơn vị trực thuộc');
      assert.equal(html.querySelector('.unit-page__parent a')!.getAttribute('href'), `/gioi-thieu/don-vi/${top.slug}`);
      assert.match(html.querySelector('#chuc-nang-nhiem-vu')!.text, /hạ tầng kỹ thuật dùng chung/);
      assert.deepEqual(cardNames(html.querySelector('#lanh-dao')!), ['Tô Minh Trí']);
      assert.deepEqual(chart(html.querySelector('#don-vi-truc-thuoc')!).map((u) => u.id), [plant.id]);
      assert.ok(html.querySelector(`.about-facts a[href="mailto:${centre.fields.email as string}"]`));
      const crumbs = html.querySelectorAll('.breadcrumb li').map((li) => li.text.trim());
      assert.deepEqual(crumbs, ['Trang chủ', 'Giới thiệu', top.title, centre.title]);
      const deep = await get(`/gioi-thieu/don-vi/${plant.slug}`);
      assert.equal(deep.res.statusCode, 200);
      assert.deepEqual(deep.html.querySelectorAll('.breadcrumb li').map((li) => li.text.trim()).slice(2), [top.title, centre.title, plant.title]);
    });

    it('English: /en/about, /en/about/leadership and /en/about/units/<slug>, English interface, Vietnamese content', async () => {
      const about = await get('/en/about');
      assert.equal(about.res.statusCode, 200);
      assert.equal(about.html.querySelector('html')!.getAttribute('lang'), 'en');
      assert.equal(about.html.querySelector('h1')!.text, 'About us');
      assert.equal(about.html.querySelector('#chuc-nang-nhiem-vu h2')!.text, 'Functions, duties and powers');
      assert.equal(about.html.querySelector('#co-cau-to-chuc h2')!.text, 'Organisation structure');
      const office = await byKey('demo:unit:van-phong');
      assert.ok(about.html.querySelector(`.org-tree a[href="/en/about/units/${office.slug}"]`));
      assert.ok(about.html.querySelector('a[href="/en/about/leadership"]'));
      const leadership = await get('/en/about/leadership');
      assert.equal(leadership.res.statusCode, 200);
      assert.equal(leadership.html.querySelector('h1')!.text, 'Leadership');
      assert.ok(leadership.html.querySelectorAll('.leader dt').some((dt) => dt.text === 'Official e-mail'));
      assert.match(leadership.html.querySelector('.notice')!.text, /invented/);
      const unit = await get(`/en/about/units/${office.slug}`);
      assert.equal(unit.res.statusCode, 200);
      assert.equal(unit.html.querySelector('h1')!.text, 'Văn phòng');
      assert.equal(unit.html.querySelector('.article__category')!.text, 'Department');
      assert.equal(unit.html.querySelector('#lanh-dao h2')!.text, 'Leaders of the unit');
    });

    it('editable, not hard-coded: a unit created and published through the admin API joins the chart; edits reach the pages', async () => {
      const asAdmin = api(portal, admin);
      const top = await byKey('demo:unit:ban-quan-ly');
      const created = await asAdmin('POST', '/api/v1/admin/content/unit', {
        title: 'Phòng Thanh tra',
        fields: { kind: 'phong-chuyen-mon', parent: top.id, order: 7, duties: '<p>Thanh tra, kiểm tra việc chấp hành pháp luật trong khu công nghiệp, khu kinh tế.</p>', email: 'thanhtra.bqlkkt@kiengiang.gov.vn' },
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const id = created.body.id as number;
      assert.ok(!chart((await get('/gioi-thieu')).html).some((u) => u.id === id), 'a draft is not shown');
      const published = await asAdmin('POST', `/api/v1/admin/content/unit/${id}/publishNow`, {});
      assert.equal(published.status, 200, JSON.stringify(published.body));
      let shown = chart((await get('/gioi-thieu')).html);
      assert.equal(shown.find((u) => u.id === id)?.parent, top.id);
      assert.equal(shown.find((u) => u.id === id)?.title, 'Phòng Thanh tra');
      const environment = await byKey('demo:unit:quan-ly-moi-truong');
      const centre = await byKey('demo:unit:trung-tam-ha-tang');
      const ids = shown.map((u) => u.id);
      assert.ok(ids.indexOf(environment.id) < ids.indexOf(id) && ids.indexOf(id) < ids.indexOf(centre.id), 'placed by its display order');

      // move it under the office and rename it: the chart follows
      const office = await byKey('demo:unit:van-phong');
      const moved = await asAdmin('PATCH', `/api/v1/admin/content/unit/${id}`, { title: 'Bộ phận Thanh tra', fields: { parent: office.id } });
      assert.equal(moved.status, 200, JSON.stringify(moved.body));
      shown = chart((await get('/gioi-thieu')).html);
      assert.equal(shown.find((u) => u.id === id)!.parent, office.id);
      assert.equal(shown.find((u) => u.id === id)!.title, 'Bộ phận Thanh tra');

      // the preview of the revision before the move shows it under the agency, as the unit's own page
      const revisions = (await asAdmin('GET', `/api/v1/admin/content/unit/${id}/revisions`)).body.items as { note: string; previewUrl: string }[];
      const preview = await get(new URL(revisions.find((r) => r.note === 'create')!.previewUrl).pathname);
      assert.equal(preview.res.statusCode, 200);
      assert.equal(preview.html.querySelector('h1')!.text, 'Phòng Thanh tra');
      assert.equal(preview.html.querySelector('.unit-page__parent a')!.text, top.title);

      // the agency's history and a leader's order are edited the same way
      const history = await asAdmin('PATCH', `/api/v1/admin/content/unit/${top.id}`, { fields: { history: '<p>Lịch sử đã được cập nhật qua API.</p>' } });
      assert.equal(history.status, 200, JSON.stringify(history.body));
      assert.match((await get('/gioi-thieu')).html.querySelector('#lich-su-hinh-thanh')!.text, /Lịch sử đã được cập nhật qua API\./);
      const deputy = await byKey('demo:leader:pho-chanh-van-phong');
      const reordered = await asAdmin('PATCH', `/api/v1/admin/content/leader/${deputy.id}`, { fields: { order: 0 } });
      assert.equal(reordered.status, 200, JSON.stringify(reordered.body));
      const officeGroup = (await get('/gioi-thieu/lanh-dao')).html.querySelector(`#don-vi-${office.slug}`)!;
      assert.deepEqual(cardNames(officeGroup), ['Lý Thanh Tuyền', 'Võ Thị Mỹ Duyên']);
    });

    it('refuses bad input, stores nothing and says why: own parent, a loop, bad e-mail, unknown reference, parent rules', async () => {
      const asAdmin = api(portal, admin);
      const centre = await byKey('demo:unit:trung-tam-ha-tang');
      const plant = await byKey('demo:unit:tram-xu-ly-nuoc-thai-thanh-loc');
      const top = await byKey('demo:unit:ban-quan-ly');
      const refused = async (type: string, id: number, fields: Record<string, unknown>, field: string, vi: RegExp) => {
        const before = await portal.ctx.db.kysely.selectFrom('content').select(['fields', 'revision', 'title']).where('id', '=', id).executeTakeFirstOrThrow();
        const res = await asAdmin('PATCH', `/api/v1/admin/content/${type}/${id}`, { fields });
        assert.equal(res.status, 400, JSON.stringify(res.body));
        const error = res.body.error as unknown as { code: string; fields: { field: string; message: string; messageVi: string }[] };
        assert.equal(error.code, 'BAD_FIELDS');
        assert.equal(error.fields[0]!.field, field);
        assert.match(error.fields[0]!.messageVi, vi);
        assert.ok(error.fields[0]!.message.length > 10, 'says why in English too');
        const after = await portal.ctx.db.kysely.selectFrom('content').select(['fields', 'revision', 'title']).where('id', '=', id).executeTakeFirstOrThrow();
        assert.deepEqual(after, before, 'nothing stored');
      };
      await refused('unit', centre.id, { parent: centre.id }, 'parent', /không thể trực thuộc chính nó/);
      await refused('unit', centre.id, { parent: plant.id }, 'parent', /vòng lặp/);
      await refused('unit', centre.id, { email: 'trungtam@' }, 'email', /thư điện tử không hợp lệ/);
      await refused('unit', centre.id, { parent: 999_999 }, 'parent', /không tồn tại/);
      await refused('unit', centre.id, { parent: null }, 'parent', /chọn đơn vị cấp trên/);
      await refused('unit', top.id, { parent: centre.id }, 'parent', /không có đơn vị cấp trên/);
      await refused('unit', centre.id, { phone: 'gọi tổng đài' }, 'phone', /Số điện thoại/);
      const leader = await byKey('demo:leader:giam-doc-trung-tam');
      await refused('leader', leader.id, { email: 'tri at kiengiang' }, 'email', /thư điện tử không hợp lệ/);
      const news = await portal.ctx.db.kysely.selectFrom('content').select('id').where('type', '=', 'news').executeTakeFirstOrThrow();
      await refused('leader', leader.id, { unit: news.id }, 'unit', /không tồn tại/);
      assert.equal((await get(`/gioi-thieu/don-vi/${centre.slug}`)).html.querySelector('.unit-page__parent a')!.getAttribute('href'), `/gioi-thieu/don-vi/${top.slug}`, 'the page is unchanged');

      // a loop further down through the back-office form: the message stands next to the field
      const b = await signedIn(portal, admin.email);
      const list = await b.get('/admin/content/unit?f.kind=phong-chuyen-mon');
      assert.equal(list.status, 200);
      for (const text of ['Loại đơn vị', 'Đơn vị cấp trên', 'Phòng Quản lý Đầu tư']) assert.ok(list.body.includes(text), text);
      const leaderForm = await b.get('/admin/content/leader/new');
      assert.equal(leaderForm.status, 200);
      for (const text of ['Chức vụ', 'Ảnh chân dung', 'Nhiệm vụ được phân công', 'Thư điện tử công vụ', 'name="f.termStart" type="date"']) assert.ok(leaderForm.body.includes(text), text);
      const form = await b.get(`/admin/content/unit/${top.id}`);
      assert.equal(form.status, 200);
      const revision = /name="baseRevision" value="(\d+)"/.exec(form.body)![1]!;
      const bad = await b.post(`/admin/content/unit/${top.id}`, { baseRevision: revision, title: top.title, summary: '', body: '', 'f.kind': 'phong-chuyen-mon', 'f.parent': String(plant.id) });
      assert.equal(bad.status, 400);
      assert.match(bad.body, /id="f-f\.parent-error">Không thể chọn “Trạm Xử lý nước thải tập trung Khu công nghiệp Thạnh Lộc”/);
      assert.equal((await byKey('demo:unit:ban-quan-ly')).revision, top.revision, 'nothing stored');

      // unknown or malformed addresses are a 404
      for (const url of ['/gioi-thieu/don-vi/khong-co-don-vi-nay', '/en/about/units/khong-co-don-vi-nay', '/gioi-thieu/don-vi/Van%20Phong', '/gioi-thieu/khong-co']) {
        assert.equal((await get(url)).res.statusCode, 404, url);
      }
      // a draft unit has no public page yet
      const draft = await asAdmin('POST', '/api/v1/admin/content/unit', { title: 'Phòng Dự thảo', fields: { kind: 'phong-chuyen-mon', parent: top.id } });
      assert.equal(draft.status, 201);
      const slug = (await portal.ctx.db.kysely.selectFrom('content').select('slug').where('id', '=', draft.body.id as number).executeTakeFirstOrThrow()).slug;
      assert.equal((await get(`/gioi-thieu/don-vi/${slug}`)).res.statusCode, 404);
    });

    it('a leader’s portrait from the media library: <picture> with its description, or the name when it has none; one photo only', async () => {
      const asAdmin = api(portal, admin);
      const mdb = mediaDb(portal.ctx.db.kysely);
      const now = new Date().toISOString();
      const insertImage = async (key: string, alt: string) => {
        const row = await mdb
          .insertInto('media')
          .values({ kind: 'image', original_name: `${key}.jpg`, key: `${key}.jpg`, mime: 'image/jpeg', size: 1000, width: 600, height: 800, alt, caption: '', credit: '', search_text: '', sha256: key, created_by: null, created_at: now, updated_at: now })
          .returning('id')
          .executeTakeFirstOrThrow();
        await mdb.insertInto('media_variants').values({ key: `${key}-480.webp`, media_id: row.id, width: 480, height: 640, format: 'webp', size: 500 }).execute();
        return row.id;
      };
      const described = await insertImage('aaaaaaaaaaaaaaaaaaaaaaaa', 'Ông Trần Minh Khang, Trưởng ban');
      const bare = await insertImage('bbbbbbbbbbbbbbbbbbbbbbbb', '');
      const head = await byKey('demo:leader:truong-ban');
      const deputy = await byKey('demo:leader:pho-truong-ban-dau-tu');
      assert.equal((await asAdmin('PATCH', `/api/v1/admin/content/leader/${head.id}`, { fields: { photo: [described] } })).status, 200);
      assert.equal((await asAdmin('PATCH', `/api/v1/admin/content/leader/${deputy.id}`, { fields: { photo: [bare] } })).status, 200);
      const two = await asAdmin('PATCH', `/api/v1/admin/content/leader/${deputy.id}`, { fields: { photo: [bare, described] } });
      assert.equal(two.status, 400);
      const { html } = await get('/gioi-thieu/lanh-dao');
      const img = html.querySelector('#tran-minh-khang picture img')!;
      assert.equal(img.getAttribute('alt'), 'Ông Trần Minh Khang, Trưởng ban');
      assert.equal(img.getAttribute('src'), '/media/aaaaaaaaaaaaaaaaaaaaaaaa.jpg');
      assert.match(html.querySelector('#tran-minh-khang picture source[type="image/webp"]')!.getAttribute('srcset')!, /aaaaaaaaaaaaaaaaaaaaaaaa-480\.webp 480w/);
      assert.equal(html.querySelector('#nguyen-thi-ngoc-han img')!.getAttribute('alt'), 'Ảnh Nguyễn Thị Ngọc Hân');
      assert.equal(html.querySelector('#pham-quoc-bao img'), null, 'without a photo, no image');
      const missing = await asAdmin('PATCH', `/api/v1/admin/content/leader/${deputy.id}`, { fields: { photo: [999_999] } });
      assert.equal(missing.status, 400);
      assert.match((missing.body.error as unknown as { messageVi: string }).messageVi, /thư viện/);
    });

    it('leaders and units are found by the site search, at their public addresses', async () => {
      const hits = parse((await portal.app.inject(`/tim-kiem?q=${encodeURIComponent('Trần Minh Khang')}`)).body).querySelectorAll('.search-hit a');
      assert.ok(hits.some((a) => a.getAttribute('href') === '/gioi-thieu/lanh-dao#tran-minh-khang'), hits.map((a) => a.getAttribute('href')).join(' '));
      const office = await byKey('demo:unit:van-phong');
      const units = parse((await portal.app.inject(`/tim-kiem?q=${encodeURIComponent('Bộ phận Một cửa')}`)).body).querySelectorAll('.search-hit a');
      assert.ok(units.some((a) => a.getAttribute('href') === `/gioi-thieu/don-vi/${office.slug}`), units.map((a) => a.getAttribute('href')).join(' '));
    });

    it('the public JSON API serves both types from their declarations', async () => {
      const units = await portal.app.inject('/api/v1/units');
      assert.equal(units.statusCode, 200);
      const body = JSON.parse(units.body) as { total: number; items: { url: string; fields: Record<string, unknown> }[] };
      assert.ok(body.total >= demoUnits.length);
      assert.ok(body.items.every((i) => i.url.startsWith('http://portal.test/gioi-thieu/don-vi/')));
      const leaders = JSON.parse((await portal.app.inject('/api/v1/leaders')).body) as { items: { url: string }[] };
      assert.ok(leaders.items.some((i) => i.url === 'http://portal.test/gioi-thieu/lanh-dao#tran-minh-khang'));
    });

    it('demo --remove deletes exactly the demo units and leaders; real ones stay and the pages still answer', async () => {
      const db = portal.ctx.db.kysely;
      const before = await db.selectFrom('content').select(['id', 'is_demo', 'type']).where('type', 'in', ['unit', 'leader']).execute();
      const demo = before.filter((r) => r.is_demo === 1);
      assert.equal(demo.length, demoUnits.length + demoLeaders.length);
      const removed = (await leadersModule.removeDemo!(portal.ctx)) + (await unitsModule.removeDemo!(portal.ctx));
      assert.equal(removed, demo.length);
      const after = await db.selectFrom('content').select('id').where('type', 'in', ['unit', 'leader']).orderBy('id').execute();
      assert.deepEqual(after.map((r) => r.id), before.filter((r) => r.is_demo === 0).map((r) => r.id).sort((a, b) => a - b));
      assert.ok(after.length >= 2, 'the units created in these tests stay');
      const left = await db.selectFrom('content_field_values').select('content_id').where('content_id', 'in', demo.map((d) => d.id)).execute();
      assert.equal(left.length, 0, 'no field values of removed items');
      assert.equal(await unitsModule.removeDemo!(portal.ctx), 0, 'removing twice removes nothing more');
      for (const url of ['/gioi-thieu', '/gioi-thieu/lanh-dao', '/en/about', '/en/about/leadership']) assert.equal((await get(url)).res.statusCode, 200, url);
      const page = (await get('/gioi-thieu')).html;
      assert.ok(chart(page).some((u) => u.title === 'Bộ phận Thanh tra'), 'a real unit whose parent was demo stands at the top');
      assert.equal(page.querySelectorAll('.notice').length, 0, 'no demo notice without demo content');
      assert.match((await get('/gioi-thieu/lanh-dao')).html.querySelector('main')!.text, /Thông tin lãnh đạo đang được cập nhật/);
    });
  });
}
