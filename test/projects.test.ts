// Projects calling for investment (issue #10): the declared type, the public list with filters
// by sector, zone and capital range, its CSV and XLSX exports read back, the project's page in
// both languages, refusals that store nothing, and demo data that loads once and is removed exactly.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { parse } from 'node-html-parser';
import type { ContentTypeDeclaration } from '../src/core/content-types/declaration.ts';
import { publishItem } from '../src/core/content-types/publish-item.ts';
import { FieldsInvalid } from '../src/core/content-types/validate.ts';
import type { PortalModule } from '../src/core/modules.ts';
import { moduleOfType } from '../src/core/modules.ts';
import { modules } from '../src/modules/registry.ts';
import { projectDeclaration } from '../src/modules/projects/declaration.ts';
import { readDemoProjects, resolveZone, zoneIdsByTitle } from '../src/modules/projects/demo.ts';
import { csvCell } from '../src/modules/projects/export.ts';
import { projectsModule } from '../src/modules/projects/index.ts';
import { parseBillions } from '../src/modules/projects/routes.tsx';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';

/** A stand-in for the zones module's declaration, used only while no module owns type 'zone'. */
const zoneStandIn: ContentTypeDeclaration = {
  type: 'zone',
  label: { vi: 'Khu', en: 'Zone' },
  plural: { vi: 'Khu', en: 'Zones' },
  categories: false,
  api: 'test-zones',
  paths: { vi: '/test-khu' },
  itemPath: (item) => `/test-khu/${item.slug}`,
  fields: [{ name: 'note', kind: 'text', label: { vi: 'Ghi chú', en: 'Note' } }],
};
const zonesInstalled = modules.some((m) => m.declaration?.type === 'zone');
const extraModules: PortalModule[] = zonesInstalled ? [] : [{ name: 'test-zones', contentType: 'zone', declaration: zoneStandIn }];

const demo = readDemoProjects();
const billion = 1e9;

/** RFC 4180 as written by the export: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

const baseFields = { sector: 'nang-luong', location: 'Huyện Giang Thành, tỉnh Kiên Giang', status: 'dang-keu-goi' };

for (const kind of testDatabases()) {
  describe(`projects on ${kind}`, () => {
    let portal: TestPortal;
    const get = async (url: string) => {
      const res = await portal.app.inject({ method: 'GET', url });
      return { res, html: parse(res.body) };
    };
    const rows = (html: ReturnType<typeof parse>) =>
      html.querySelectorAll('.project-table tbody tr').map((tr) => ({
        title: tr.querySelector('.project-table__name a')!.text.trim(),
        href: tr.querySelector('.project-table__name a')!.getAttribute('href')!,
        cells: tr.querySelectorAll('td').map((td) => td.text.trim()),
      }));
    const projectCount = async () => (await portal.ctx.db.kysely.selectFrom('content').select('id').where('type', '=', 'project').execute()).length;
    const sorted = (titles: string[]) => [...titles].sort(new Intl.Collator('vi').compare);

    before(async () => {
      portal = await createTestPortal(kind, { demo: true, extraModules });
    });
    after(() => portal.close());

    it('the declaration: api, paths, filters, the zone reference, capital rule', () => {
      assert.equal(projectsModule.declaration, projectDeclaration);
      assert.equal(projectDeclaration.type, 'project');
      assert.equal(projectDeclaration.api, 'projects');
      assert.deepEqual(projectDeclaration.paths, { vi: '/du-an-keu-goi-dau-tu', en: '/en/projects' });
      assert.equal(projectDeclaration.itemPath({ slug: 'cang-hon-chong' }), '/du-an-keu-goi-dau-tu/cang-hon-chong');
      const field = (name: string) => projectDeclaration.fields.find((f) => f.name === name)!;
      assert.deepEqual(projectDeclaration.fields.filter((f) => f.filter).map((f) => f.name), ['sector', 'zone', 'status']);
      assert.equal(field('zone').kind, 'reference');
      assert.equal(field('zone').referenceType, 'zone');
      assert.notEqual(field('zone').required, true);
      assert.equal(field('capitalVnd').kind, 'money');
      assert.equal(field('area').kind, 'area');
      assert.equal(field('files').kind, 'files');
      assert.equal(field('sector').options!.find((o) => o.value === 'logistics-cang')!.label.vi, 'Logistics – cảng');
      assert.deepEqual(field('status').options!.map((o) => o.label.vi), ['Đang kêu gọi', 'Đã có nhà đầu tư quan tâm', 'Đã giao nhà đầu tư']);
      assert.deepEqual(projectDeclaration.validate!({ capitalVnd: 5 }), []);
      assert.deepEqual(projectDeclaration.validate!({ capitalVnd: 5, capitalUsd: 2 }), []);
      assert.deepEqual(projectDeclaration.validate!({}).map((p) => p.field), ['capitalVnd']);
      assert.deepEqual(projectDeclaration.validate!({ capitalVnd: 5, capitalUsd: 0 }).map((p) => p.field), ['capitalUsd']);
      assert.equal(moduleOfType('project'), projectsModule);
    });

    it('the demo: every project of the data file, published once, flagged', async () => {
      assert.ok(demo.length >= 10);
      const db = portal.ctx.db.kysely;
      const stored = await db.selectFrom('content').select(['title', 'is_demo', 'status']).where('type', '=', 'project').execute();
      assert.deepEqual(stored.map((r) => r.title).sort(), demo.map((p) => p.title).sort());
      assert.ok(stored.every((r) => r.is_demo === 1 && r.status === 'published'));
      assert.equal(await projectsModule.loadDemo!(portal.ctx), demo.length);
      assert.equal(await projectCount(), demo.length, 'loading twice does not duplicate');
    });

    it('the list in Vietnamese: every demo project with sector, location, area, capital and status', async () => {
      const { res, html } = await get('/du-an-keu-goi-dau-tu');
      assert.equal(res.statusCode, 200);
      const list = rows(html);
      assert.deepEqual(list.map((r) => r.title), sorted(demo.map((p) => p.title)));
      const port = list.find((r) => r.title === 'Cảng tổng hợp Hòn Chông')!;
      assert.match(port.href, /^\/du-an-keu-goi-dau-tu\/[a-z0-9-]+$/);
      assert.equal(port.cells[0], 'Logistics – cảng');
      assert.equal(port.cells[2], '120 ha');
      assert.equal(port.cells[3], '3.500 tỷ đồng · 140.000.000 USD');
      assert.equal(port.cells[4], 'Đang kêu gọi');
      assert.deepEqual(html.querySelectorAll('.project-table th[scope="col"]').map((th) => th.text), ['Tên dự án', 'Lĩnh vực', 'Địa điểm', 'Diện tích (ha)', 'Tổng vốn đầu tư', 'Tình trạng']);
      assert.equal(html.querySelector('form.project-filters')!.getAttribute('method'), 'get');
      for (const name of ['linh-vuc', 'von-tu', 'von-den']) assert.ok(html.querySelector(`form.project-filters [name="${name}"]`), name);
      assert.match(html.querySelector('.projects__count')!.text, new RegExp(`Có ${demo.length} dự án`));
      assert.deepEqual(html.querySelectorAll('.projects__export a').map((a) => a.getAttribute('href')), ['/du-an-keu-goi-dau-tu?xuat=csv', '/du-an-keu-goi-dau-tu?xuat=xlsx']);
    });

    it('the list in English: English labels and parameters, the projects as typed', async () => {
      const { res, html } = await get('/en/projects?sector=thuy-san');
      assert.equal(res.statusCode, 200);
      assert.equal(html.querySelector('html')!.getAttribute('lang'), 'en');
      assert.equal(html.querySelector('h1')!.text, 'Projects calling for investment');
      const list = rows(html);
      assert.deepEqual(list.map((r) => r.title), sorted(demo.filter((p) => p.sector === 'thuy-san').map((p) => p.title)));
      assert.ok(list.every((r) => r.cells[0] === 'Fisheries and aquaculture'));
      assert.ok(list.every((r) => r.href.startsWith('/en/projects/')));
      assert.deepEqual(html.querySelectorAll('.project-table th[scope="col"]').map((th) => th.text), ['Project', 'Sector', 'Location', 'Area (ha)', 'Total investment', 'Status']);
      assert.ok(html.querySelector('input[name="capital-min"]') && html.querySelector('input[name="capital-max"]'));
      assert.equal(html.querySelector('select[name="sector"] option[selected]')?.getAttribute('value'), 'thuy-san');
      assert.deepEqual(html.querySelectorAll('.projects__export a').map((a) => a.getAttribute('href')), ['/en/projects?sector=thuy-san&export=csv', '/en/projects?sector=thuy-san&export=xlsx']);
    });

    it('filters by sector and by capital range (billions of đồng, decimals and grouped thousands)', async () => {
      const inRange = (min?: number, max?: number) =>
        sorted(demo.filter((p) => p.capitalVnd !== undefined && (min === undefined || p.capitalVnd >= min * billion) && (max === undefined || p.capitalVnd <= max * billion)).map((p) => p.title));
      const logistics = rows((await get('/du-an-keu-goi-dau-tu?linh-vuc=logistics-cang')).html);
      assert.deepEqual(logistics.map((r) => r.title), sorted(demo.filter((p) => p.sector === 'logistics-cang').map((p) => p.title)));
      assert.ok(logistics.length >= 2);
      const range = rows((await get('/du-an-keu-goi-dau-tu?von-tu=1000&von-den=5000')).html).map((r) => r.title);
      assert.deepEqual(range, inRange(1000, 5000));
      assert.ok(range.length >= 3 && range.length < demo.length);
      // the bounds are inclusive; a USD-only project has no VND capital to compare and is left out
      assert.ok(range.includes('Cảng tổng hợp Hòn Chông') && range.includes('Đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp Thuận Yên'));
      assert.ok(!rows((await get('/du-an-keu-goi-dau-tu?von-tu=0')).html).some((r) => r.title.startsWith('Điện mặt trời')));
      assert.deepEqual(rows((await get('/du-an-keu-goi-dau-tu?von-tu=1.500')).html).map((r) => r.title), inRange(1500));
      assert.deepEqual(rows((await get('/du-an-keu-goi-dau-tu?von-den=450,5')).html).map((r) => r.title), inRange(undefined, 450.5));
      assert.deepEqual(rows((await get('/en/projects?capital-min=1,000&capital-max=4200')).html).map((r) => r.title), inRange(1000, 4200));
      const both = await get('/du-an-keu-goi-dau-tu?linh-vuc=du-lich-dich-vu&von-den=3000');
      assert.deepEqual(rows(both.html).map((r) => r.title), ['Bến cảng du lịch quốc tế An Thới']);
      assert.equal(both.html.querySelector('input[name="von-den"]')!.getAttribute('value'), '3000');
      const none = await get('/du-an-keu-goi-dau-tu?von-tu=999999');
      assert.equal(none.res.statusCode, 200);
      assert.equal(rows(none.html).length, 0);
      assert.match(none.html.querySelector('main')!.text, /Không có dự án nào phù hợp/);
      assert.equal(none.html.querySelector('.projects__export'), null, 'nothing to download');
      assert.equal(parseBillions('12,5', 'vi'), 12.5);
      assert.equal(parseBillions('1.250', 'vi'), 1250);
      assert.equal(parseBillions('1,250', 'en'), 1250);
      assert.equal(parseBillions('1e3', 'vi'), undefined);
      assert.equal(parseBillions('-5', 'vi'), undefined);
    });

    it('bad filters are a 400 saying what is wrong, never a 500', async () => {
      for (const url of [
        '/du-an-keu-goi-dau-tu?linh-vuc=khong-co',
        '/du-an-keu-goi-dau-tu?von-tu=abc',
        '/du-an-keu-goi-dau-tu?von-tu=-1',
        '/du-an-keu-goi-dau-tu?von-tu=1e3',
        '/du-an-keu-goi-dau-tu?von-tu=5000&von-den=1000',
        '/du-an-keu-goi-dau-tu?khu=khong-co-khu-nay',
        '/du-an-keu-goi-dau-tu?xuat=pdf',
        '/du-an-keu-goi-dau-tu?linh-vuc=thuy-san&linh-vuc=do-thi',
        '/du-an-keu-goi-dau-tu?trang=0',
        '/en/projects?sector=nope',
        '/en/projects?capital-max=ten',
        '/en/projects?capital-min=9&capital-max=1&export=csv',
      ]) {
        assert.equal((await get(url)).res.statusCode, 400, url);
      }
      const range = await get('/du-an-keu-goi-dau-tu?von-tu=5000&von-den=1000');
      assert.match(range.html.querySelector('main')!.text, /Vốn từ \(5000\) không được lớn hơn vốn đến \(1000\)/);
      const number = await get('/en/projects?capital-max=ten');
      // the error page speaks the language of the address; the refusal names the English parameter
      assert.match(number.html.querySelector('main')!.text, /The parameter capital-max must be a non-negative number \(VND billion\)/);
      const sector = await get('/du-an-keu-goi-dau-tu?linh-vuc=khong-co');
      assert.match(sector.html.querySelector('main')!.text, /linh-vuc không có giá trị “khong-co”/);
      assert.equal((await get('/du-an-keu-goi-dau-tu?trang=2')).res.statusCode, 404);
    });

    it('the project page: labelled facts, scale, incentives, documents and contact, in both languages', async () => {
      const href = rows((await get('/du-an-keu-goi-dau-tu?linh-vuc=logistics-cang')).html).find((r) => r.title === 'Cảng tổng hợp Hòn Chông')!.href;
      const vi = await get(href);
      assert.equal(vi.res.statusCode, 200);
      assert.equal(vi.html.querySelector('h1')!.text, 'Cảng tổng hợp Hòn Chông');
      const facts = (html: ReturnType<typeof parse>) => html.querySelectorAll('.project-facts__row').map((row) => [row.querySelector('dt')!.text, row.querySelector('dd')!.text.trim()]);
      const viFacts = facts(vi.html);
      assert.deepEqual(
        viFacts.filter(([label]) => label !== 'Khu kinh tế, khu công nghiệp'),
        [
          ['Lĩnh vực', 'Logistics – cảng'],
          ['Địa điểm', 'Xã Bình An, huyện Kiên Lương, tỉnh Kiên Giang'],
          ['Diện tích (ha)', '120 ha'],
          ['Tổng vốn đầu tư (đồng)', '3.500 tỷ đồng'],
          ['Tổng vốn đầu tư (USD)', '140.000.000 USD'],
          ['Hình thức đầu tư', '100% vốn nhà đầu tư'],
          ['Tình trạng', 'Đang kêu gọi'],
        ],
      );
      assert.equal(vi.html.querySelector('.project-facts__row--sector a')!.getAttribute('href'), '/du-an-keu-goi-dau-tu?linh-vuc=logistics-cang');
      assert.match(vi.html.querySelector('#quy-mo')!.text, /Bến tổng hợp dài 450 m/);
      assert.equal(vi.html.querySelectorAll('#quy-mo p').length, 2, 'a paragraph per typed line');
      assert.match(vi.html.querySelector('#uu-dai')!.text, /Miễn tiền thuê đất/);
      assert.match(vi.html.querySelector('#tai-lieu')!.text, /Chưa có tài liệu đính kèm/);
      assert.match(vi.html.querySelector('#lien-he')!.text, /Nhà đầu tư quan tâm xin liên hệ: Phòng Xúc tiến đầu tư/);
      assert.ok(vi.html.querySelector('.badge')!.text.includes('Dự án mẫu'));
      assert.deepEqual(vi.html.querySelectorAll('.breadcrumb a').map((a) => a.getAttribute('href')), ['/', '/du-an-keu-goi-dau-tu']);

      const en = await get(href.replace('/du-an-keu-goi-dau-tu/', '/en/projects/'));
      assert.equal(en.res.statusCode, 200);
      assert.equal(en.html.querySelector('html')!.getAttribute('lang'), 'en');
      assert.equal(en.html.querySelector('h1')!.text, 'Cảng tổng hợp Hòn Chông', 'the title stays as typed');
      assert.deepEqual(
        facts(en.html).filter(([label]) => label !== 'Economic zone or industrial park'),
        [
          ['Sector', 'Logistics and ports'],
          ['Location', 'Xã Bình An, huyện Kiên Lương, tỉnh Kiên Giang'],
          ['Area (ha)', '120 ha'],
          ['Total investment (VND)', 'VND 3,500 billion'],
          ['Total investment (USD)', 'USD 140,000,000'],
          ['Form of investment', '100% investor capital'],
          ['Status', 'Open for investment'],
        ],
      );
      assert.equal(en.html.querySelector('#quy-mo h2')!.text, 'Scale and capacity');
      assert.match(en.html.querySelector('#lien-he')!.text, /Interested investors please contact: Phòng Xúc tiến đầu tư/);
      assert.equal(en.html.querySelector('.project-facts__row--sector a')!.getAttribute('href'), '/en/projects?sector=logistics-cang');
      for (const url of ['/du-an-keu-goi-dau-tu/khong-co-du-an-nay', '/en/projects/khong-co', '/du-an-keu-goi-dau-tu/KHONG%20CO']) assert.equal((await get(url)).res.statusCode, 404, url);
    });

    it('a zone: the reference is checked, filtered on, shown linked; demo zone names resolve by title', async () => {
      const db = portal.ctx.db.kysely;
      const zoneDeclaration = moduleOfType('zone')!.declaration!;
      const zoneId = zonesInstalled
        ? (await db.selectFrom('content').select('id').where('type', '=', 'zone').where('status', '=', 'published').executeTakeFirstOrThrow()).id
        : await publishItem(db, zoneStandIn, { title: 'Khu công nghiệp Thạnh Lộc', fields: {}, publishedAt: new Date('2024-01-01T00:00:00Z'), sourceKey: 'test:zone:thanh-loc' });
      const zone = await db.selectFrom('content').select(['slug', 'title']).where('id', '=', zoneId).executeTakeFirstOrThrow();
      await publishItem(db, projectDeclaration, { title: 'Dự án thử trong khu', fields: { ...baseFields, zone: zoneId, capitalVnd: 200 * billion }, publishedAt: new Date('2024-01-01T00:00:00Z'), sourceKey: 'test:project:zone' });
      const list = await get(`/du-an-keu-goi-dau-tu?khu=${zone.slug}`);
      assert.equal(list.res.statusCode, 200);
      const titles = rows(list.html).map((r) => r.title);
      assert.ok(titles.includes('Dự án thử trong khu'));
      assert.ok(!titles.includes('Cảng tổng hợp Hòn Chông'));
      assert.equal(list.html.querySelector(`select[name="khu"] option[value="${zone.slug}"]`)?.getAttribute('selected'), '');
      const page = await get('/du-an-keu-goi-dau-tu/du-an-thu-trong-khu');
      const link = page.html.querySelector('.project-facts__row--zone a')!;
      assert.equal(link.text, zone.title);
      assert.equal(link.getAttribute('href'), zoneDeclaration.itemPath({ slug: zone.slug }));
      // a reference to something that is not a zone is refused and stores nothing
      const before = await projectCount();
      const notZone = (await db.selectFrom('content').select('id').where('type', '=', 'project').executeTakeFirstOrThrow()).id;
      await assert.rejects(publishItem(db, projectDeclaration, { title: 'Dự án sai khu', fields: { ...baseFields, zone: notZone, capitalVnd: 1 }, publishedAt: new Date(), sourceKey: 'test:project:bad-zone' }), FieldsInvalid);
      assert.equal(await projectCount(), before);
      // the demo names zones by title: loading again links the projects naming this zone
      const zones = await zoneIdsByTitle(db);
      assert.equal(resolveZone(zones, zone.title), zoneId);
      await projectsModule.loadDemo!(portal.ctx);
      const named = demo.filter((p) => p.zone && resolveZone(zones, p.zone) === zoneId).map((p) => p.title);
      if (!zonesInstalled) assert.deepEqual(named.sort(), ['Kho lạnh bảo quản thủy sản tại Khu công nghiệp Thạnh Lộc', 'Điện mặt trời mái nhà các nhà xưởng Khu công nghiệp Thạnh Lộc'].sort());
      const linked = await db.selectFrom('content_field_values').innerJoin('content', 'content.id', 'content_field_values.content_id').select('content.title').where('content.type', '=', 'project').where('content.is_demo', '=', 1).where('field', '=', 'zone').where('number_value', '=', zoneId).execute();
      assert.deepEqual(linked.map((r) => r.title).sort(), named.sort());
    });

    it('CSV: the filtered list with a BOM, a header in the page language, formula-like cells neutralised', async () => {
      const db = portal.ctx.db.kysely;
      await publishItem(db, projectDeclaration, { title: '=1+1 Dự án thử, có dấu phẩy', fields: { ...baseFields, area: 2.5, capitalVnd: 75 * billion, capitalUsd: 3_000_000 }, publishedAt: new Date('2024-01-01T00:00:00Z'), sourceKey: 'test:project:formula' });
      const page = rows((await get('/du-an-keu-goi-dau-tu?linh-vuc=nang-luong')).html).map((r) => r.title);
      assert.ok(page.includes('=1+1 Dự án thử, có dấu phẩy'));
      const res = await portal.app.inject('/du-an-keu-goi-dau-tu?linh-vuc=nang-luong&xuat=csv');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'text/csv; charset=utf-8');
      assert.match(String(res.headers['content-disposition']), /^attachment; filename="du-an-keu-goi-dau-tu-\d{4}-\d{2}-\d{2}\.csv"$/);
      assert.equal(res.rawPayload.subarray(0, 3).toString('hex'), 'efbbbf', 'UTF-8 BOM');
      const table = parseCsv(res.body.replace(/^\uFEFF/, ''));
      assert.deepEqual(table[0], ['Tên dự án', 'Lĩnh vực', 'Khu kinh tế, khu công nghiệp', 'Địa điểm', 'Diện tích (ha)', 'Tổng vốn đầu tư (đồng)', 'Tổng vốn đầu tư (USD)', 'Hình thức đầu tư', 'Tình trạng', 'Địa chỉ trang']);
      const body = table.slice(1);
      assert.deepEqual(body.map((r) => r[0]!.replace(/^'(?==)/, '')), page, 'the rows are the filtered list, in its order');
      const formula = body.find((r) => r[0]!.includes('Dự án thử, có dấu phẩy'))!;
      assert.equal(formula[0], "'=1+1 Dự án thử, có dấu phẩy");
      assert.deepEqual(formula.slice(1, 7), ['Năng lượng', '', 'Huyện Giang Thành, tỉnh Kiên Giang', '2.5', '75000000000', '3000000']);
      assert.match(formula[9]!, /^http:\/\/portal\.test\/du-an-keu-goi-dau-tu\/[a-z0-9-]+$/);
      assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
      assert.equal(csvCell('-5'), "'-5");
      assert.equal(csvCell('a"b'), '"a""b"');
      const en = await portal.app.inject('/en/projects?sector=nang-luong&export=csv');
      assert.match(String(en.headers['content-disposition']), /filename="projects-\d{4}-\d{2}-\d{2}\.csv"/);
      const enTable = parseCsv(en.body.replace(/^\uFEFF/, ''));
      assert.deepEqual(enTable[0]!.slice(0, 3), ['Project', 'Sector', 'Economic zone or industrial park']);
      assert.equal(enTable.find((r) => r[0]!.includes('Dự án thử'))![1], 'Energy');
    });

    it('XLSX: a bold header, the filtered rows, numbers as numbers, a formula-like title as text', async () => {
      const html = rows((await get('/du-an-keu-goi-dau-tu?von-tu=50&von-den=1000')).html).map((r) => r.title);
      const res = await portal.app.inject('/du-an-keu-goi-dau-tu?von-tu=50&von-den=1000&xuat=xlsx');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      assert.match(String(res.headers['content-disposition']), /^attachment; filename="du-an-keu-goi-dau-tu-\d{4}-\d{2}-\d{2}\.xlsx"$/);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer); // exceljs types its Buffer as an ArrayBuffer
      const sheet = book.worksheets[0]!;
      assert.equal(sheet.name, 'Dự án kêu gọi đầu tư');
      const header = sheet.getRow(1);
      assert.equal(header.getCell(1).value, 'Tên dự án');
      assert.equal(header.getCell(6).value, 'Tổng vốn đầu tư (đồng)');
      assert.equal(header.font?.bold ?? header.getCell(1).font?.bold, true);
      const titles: unknown[] = [];
      for (let i = 2; i <= sheet.rowCount; i++) titles.push(sheet.getRow(i).getCell(1).value);
      assert.deepEqual(titles, html);
      assert.ok(html.length >= 3);
      const formula = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => String(r.getCell(1).value).includes('Dự án thử, có dấu phẩy'))!;
      assert.equal(formula.getCell(1).value, '=1+1 Dự án thử, có dấu phẩy', 'a string cell, not a formula');
      assert.equal(formula.getCell(1).type, ExcelJS.ValueType.String);
      assert.equal(formula.getCell(5).value, 2.5);
      assert.equal(formula.getCell(6).value, 75 * billion);
      assert.equal(formula.getCell(7).value, 3_000_000);
      const cold = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 'Kho lạnh bảo quản thủy sản tại Khu công nghiệp Thạnh Lộc')!;
      assert.equal(typeof cold.getCell(6).value, 'number');
      assert.equal(cold.getCell(6).value, 450 * billion);
      assert.equal(cold.getCell(7).value, null, 'no USD given: an empty cell');
      const en = await portal.app.inject('/en/projects?export=xlsx');
      const enBook = new ExcelJS.Workbook();
      await enBook.xlsx.load(en.rawPayload as unknown as ArrayBuffer);
      assert.equal(enBook.worksheets[0]!.getRow(1).getCell(9).value, 'Status');
      assert.equal(enBook.worksheets[0]!.rowCount - 1, await projectCount());
    });

    it('refusals: negative, zero or missing capital store nothing and say why', async () => {
      const db = portal.ctx.db.kysely;
      const before = await projectCount();
      const attempt = (fields: Record<string, unknown>, n: number) => publishItem(db, projectDeclaration, { title: `Dự án bị từ chối ${n}`, fields: { ...baseFields, ...fields }, publishedAt: new Date(), sourceKey: `test:project:refused:${n}` });
      const problems = async (fields: Record<string, unknown>, n: number) => {
        try {
          await attempt(fields, n);
        } catch (error) {
          assert.ok(error instanceof FieldsInvalid, String(error));
          return error.problems.map((p) => `${p.field}: ${p.message.vi}`);
        }
        assert.fail('accepted');
      };
      assert.deepEqual(await problems({ capitalVnd: -1 }, 1), ['capitalVnd: Không được nhỏ hơn 0.']);
      assert.deepEqual(await problems({ capitalUsd: -5 }, 2), ['capitalUsd: Không được nhỏ hơn 0.']);
      assert.deepEqual(await problems({}, 3), ['capitalVnd: Cần nhập tổng vốn đầu tư bằng đồng, bằng USD, hoặc cả hai.']);
      assert.deepEqual(await problems({ capitalVnd: 0 }, 4), ['capitalVnd: Tổng vốn đầu tư phải lớn hơn 0.']);
      assert.deepEqual(await problems({ capitalVnd: 10 * billion, sector: 'khong-co' }, 5), ['sector: Giá trị không có trong danh sách.']);
      assert.equal(await projectCount(), before);
      assert.equal((await db.selectFrom('content').select('id').where('title', 'like', 'Dự án bị từ chối%').execute()).length, 0);
      // USD alone is enough
      await attempt({ capitalUsd: 1_000_000 }, 6);
      assert.equal(await projectCount(), before + 1);
    });

    it('demo --remove deletes exactly the demo projects and keeps the others', async () => {
      const db = portal.ctx.db.kysely;
      const real = (await db.selectFrom('content').select('id').where('type', '=', 'project').where('is_demo', '=', 0).orderBy('id').execute()).map((r) => r.id);
      assert.ok(real.length >= 3);
      assert.equal(await projectsModule.removeDemo!(portal.ctx), demo.length);
      const left = (await db.selectFrom('content').select('id').where('type', '=', 'project').orderBy('id').execute()).map((r) => r.id);
      assert.deepEqual(left, real);
      assert.equal(await projectsModule.removeDemo!(portal.ctx), 0, 'removing twice removes nothing more');
      const list = rows((await get('/du-an-keu-goi-dau-tu')).html);
      assert.equal(list.length, real.length);
    });
  });
}
