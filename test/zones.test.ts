// Economic zones and industrial parks (issue #10, first slice): the declared type, the list with a
// kind filter, a zone's page in both languages, the comparison of 2 to 4 zones and its refusals,
// field refusals that store nothing, and demo data that loads once and is removed exactly.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse, type HTMLElement } from 'node-html-parser';
import { publishItem } from '../src/core/content-types/publish-item.ts';
import { FieldsInvalid } from '../src/core/content-types/validate.ts';
import { moduleOfType } from '../src/core/modules.ts';
import { zoneDeclaration } from '../src/modules/zones/declaration.ts';
import { readDemoZones } from '../src/modules/zones/demo.ts';
import { zonesModule } from '../src/modules/zones/index.ts';
import { createTestPortal, postgresSkipReason, testDatabases, type TestPortal } from './helpers/portal.ts';

const demo = readDemoZones();

const baseFields = { kind: 'khu-cong-nghiep', location: 'Xã Thạnh Lộc, huyện Châu Thành', totalArea: 50 };

for (const kind of testDatabases()) {
  describe(`zones on ${kind}`, () => {
    let portal: TestPortal;
    const get = async (url: string) => {
      const res = await portal.app.inject({ method: 'GET', url });
      return { res, html: parse(res.body) };
    };
    const slugOf = async (title: string) => (await portal.ctx.db.kysely.selectFrom('content').select('slug').where('type', '=', 'zone').where('title', '=', title).executeTakeFirstOrThrow()).slug;
    const facts = (dl: HTMLElement) => Object.fromEntries(dl.querySelectorAll('dt').map((dt) => [dt.text.trim(), (dt.nextElementSibling?.text ?? '').replace(/\s+/g, ' ').trim()]));
    const count = async () => Number((await portal.ctx.db.kysely.selectFrom('content').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
    });
    after(() => portal.close());

    it('the declaration: type, api, paths, kinds, bounded occupancy, rows, files, coordinates', () => {
      assert.equal(zonesModule.declaration, zoneDeclaration);
      assert.equal(moduleOfType('zone'), zonesModule);
      assert.equal(zoneDeclaration.api, 'zones');
      assert.deepEqual(zoneDeclaration.paths, { vi: '/khu-kinh-te', en: '/en/zones' });
      const field = (name: string) => zoneDeclaration.fields.find((f) => f.name === name)!;
      assert.deepEqual(field('kind').options!.map((o) => o.value), ['khu-kinh-te', 'khu-kinh-te-cua-khau', 'khu-cong-nghiep']);
      assert.equal(field('kind').filter, true);
      assert.deepEqual([field('occupancy').kind, field('occupancy').min, field('occupancy').max], ['number', 0, 100]);
      assert.equal(field('totalArea').kind, 'area');
      assert.equal(field('coordinates').kind, 'coordinates');
      assert.equal(field('masterPlan').kind, 'files');
      assert.equal(field('landPrice').kind, 'money');
      assert.deepEqual(field('phases').columns!.map((c) => c.name), ['name', 'area', 'status']);
      assert.deepEqual(field('distances').columns!.map((c) => c.name), ['to', 'km']);
      for (const f of zoneDeclaration.fields) assert.ok(f.label.vi && f.label.en && f.label.vi !== f.label.en, `${f.name} has both labels`);
      assert.equal(zoneDeclaration.itemPath({ slug: 'khu-cong-nghiep-thanh-loc' }), '/khu-kinh-te/khu-cong-nghiep-thanh-loc');
    });

    it('the demo: every zone of the file published once, flagged, loading twice does not duplicate', async () => {
      assert.ok(demo.length >= 7);
      const db = portal.ctx.db.kysely;
      const stored = await db.selectFrom('content').select(['title', 'is_demo', 'status']).where('type', '=', 'zone').execute();
      assert.deepEqual(stored.map((r) => r.title).sort(), demo.map((z) => z.title).sort());
      assert.ok(stored.every((r) => r.is_demo === 1 && r.status === 'published'));
      assert.equal(await zonesModule.loadDemo!(portal.ctx), demo.length);
      assert.equal((await db.selectFrom('content').select('id').where('type', '=', 'zone').execute()).length, demo.length);
    });

    it('the list in both languages: a card per zone with kind, area, occupancy, developer; filter by kind', async () => {
      const vi = await get('/khu-kinh-te');
      assert.equal(vi.res.statusCode, 200);
      const cards = vi.html.querySelectorAll('.zone-card');
      assert.equal(cards.length, demo.length);
      const thanhLoc = cards.find((c) => c.querySelector('h2')!.text.trim() === 'Khu công nghiệp Thạnh Lộc')!;
      const f = facts(thanhLoc.querySelector('dl')!);
      assert.equal(f['Loại khu'], 'Khu công nghiệp');
      assert.equal(f['Tổng diện tích (ha)'], '250 ha');
      assert.match(f['Tỷ lệ lấp đầy (%)']!, /Đã lấp đầy 75%/);
      assert.ok(f['Chủ đầu tư hạ tầng']);
      assert.equal(cards[0]!.querySelector('.zone-card__kind')!.text, 'Khu kinh tế', 'economic zones first');
      const parks = await get('/khu-kinh-te?loai=khu-cong-nghiep');
      const parkCards = parks.html.querySelectorAll('.zone-card');
      assert.equal(parkCards.length, demo.filter((z) => z.fields.kind === 'khu-cong-nghiep').length);
      assert.ok(parkCards.every((c) => c.querySelector('.zone-card__kind')!.text === 'Khu công nghiệp'));
      assert.equal(parks.html.querySelector('select[name="loai"] option[selected]')?.getAttribute('value'), 'khu-cong-nghiep');
      assert.equal((await get('/khu-kinh-te?loai=khong-co')).res.statusCode, 400);
      const en = await get('/en/zones?kind=khu-kinh-te-cua-khau');
      assert.equal(en.res.statusCode, 200);
      assert.equal(en.html.querySelector('html')!.getAttribute('lang'), 'en');
      assert.equal(en.html.querySelector('h1')!.text, 'Economic zones and industrial parks');
      assert.deepEqual(en.html.querySelectorAll('.zone-card h2').map((h) => h.text.trim()), ['Ha Tien Border-Gate Economic Zone']);
      assert.equal(en.html.querySelector('.zone-card__kind')!.text, 'Border-gate economic zone');
    });

    it('the Thạnh Lộc page: 250 ha, occupancy as text and a meter, phases, distances, price, map link, in both languages', async () => {
      const slug = await slugOf('Khu công nghiệp Thạnh Lộc');
      const { res, html } = await get(`/khu-kinh-te/${slug}`);
      assert.equal(res.statusCode, 200);
      assert.equal(html.querySelector('h1')!.text.trim(), 'Khu công nghiệp Thạnh Lộc');
      const overview = facts(html.querySelector('#tong-quan dl')!);
      assert.equal(overview['Tổng diện tích (ha)'], '250 ha');
      assert.match(overview['Tỷ lệ lấp đầy (%)']!, /Đã lấp đầy 75%/);
      assert.equal(overview['Loại khu'], 'Khu công nghiệp');
      assert.match(overview['Toạ độ']!, /^9,9731° vĩ Bắc, 105,1554° kinh Đông Xem trên bản đồ/);
      const meter = html.querySelector('#tong-quan meter')!;
      assert.deepEqual([meter.getAttribute('min'), meter.getAttribute('max'), meter.getAttribute('value')], ['0', '100', '75']);
      const map = html.querySelector('a.zone-map-link')!;
      assert.equal(map.getAttribute('href'), 'https://www.openstreetmap.org/?mlat=9.97310&mlon=105.15540#map=13/9.97310/105.15540');
      assert.equal(html.querySelectorAll('script').filter((s) => /openstreetmap|leaflet/i.test(s.getAttribute('src') ?? '')).length, 0, 'no map script');
      const phases = html.querySelectorAll('#giai-doan tbody tr').map((tr) => tr.querySelectorAll('th, td').map((c) => c.text.trim()));
      assert.deepEqual(phases, [
        ['Giai đoạn 1', '150 ha', 'Đang hoạt động'],
        ['Giai đoạn 2', '100 ha', 'Đã quy hoạch, chưa triển khai'],
      ]);
      assert.ok(html.querySelectorAll('#khoang-cach tbody th').some((th) => th.text === 'Cảng hàng không Rạch Giá'));
      assert.match(html.querySelector('#gia-thue-dat')!.text, /1\.300\.000 đồng\/m²\/thời hạn thuê/);
      assert.match(html.querySelector('#gia-thue-dat')!.text, /01\/01\/2025/);
      assert.ok(html.querySelectorAll('#ha-tang dt').map((d) => d.text).includes('Xử lý nước thải'));
      assert.equal(html.querySelector('#lien-he a[href^="mailto:"]')?.text, 'bqlkkt@kiengiang.gov.vn');
      const en = await get(`/en/zones/${slug}`);
      assert.equal(en.res.statusCode, 200);
      assert.equal(en.html.querySelector('h1')!.text.trim(), 'Thanh Loc Industrial Park');
      const enFacts = facts(en.html.querySelector('#tong-quan dl')!);
      assert.equal(enFacts['Total area (ha)'], '250 ha');
      assert.match(enFacts['Occupancy (%)']!, /75% occupied/);
      assert.match(enFacts.Coordinates!, /^9\.9731° N, 105\.1554° E View on a map/);
      assert.match(en.html.querySelector('#gia-thue-dat')!.text, /1,300,000/);
      assert.equal(en.html.querySelector('#tong-quan dd[lang="vi"]')?.text, 'Xã Thạnh Lộc, huyện Châu Thành', 'Vietnamese text is marked as such');
      assert.equal((await get('/khu-kinh-te/khong-co-khu-nay')).res.statusCode, 404);
      assert.equal((await get('/en/zones/KHONG%20CO')).res.statusCode, 404);
    });

    it('every demo zone page answers 200 in both languages', async () => {
      const slugs = await portal.ctx.db.kysely.selectFrom('content').select('slug').where('type', '=', 'zone').execute();
      for (const { slug } of slugs) {
        assert.equal((await get(`/khu-kinh-te/${slug}`)).res.statusCode, 200, slug);
        assert.equal((await get(`/en/zones/${slug}`)).res.statusCode, 200, slug);
      }
    });

    it('master-plan files are listed with a download link', async () => {
      const db = portal.ctx.db.kysely;
      const now = new Date().toISOString();
      const media = await db
        .insertInto('media')
        .values({ kind: 'attachment', original_name: 'Quy hoạch chi tiết 1-500.pdf', key: 'zoneplanzoneplanzoneplan.pdf', mime: 'application/pdf', size: 2_097_152, width: null, height: null, search_text: 'quy hoach', sha256: 'z'.repeat(64), created_by: null, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      await publishItem(db, zoneDeclaration, { title: 'Khu công nghiệp thử quy hoạch', fields: { ...baseFields, masterPlan: [media.id] }, publishedAt: new Date('2024-01-01T00:00:00Z'), sourceKey: 'test:zone:plan' });
      const { html } = await get('/khu-kinh-te/khu-cong-nghiep-thu-quy-hoach');
      const link = html.querySelector('#quy-hoach a')!;
      assert.equal(link.getAttribute('href'), '/media/zoneplanzoneplanzoneplan.pdf');
      assert.equal(link.text, 'Quy hoạch chi tiết 1-500.pdf');
      assert.match(html.querySelector('#quy-hoach')!.text, /\(2 MB\)/);
      assert.equal(html.querySelector('#tong-quan meter'), null, 'no occupancy given, no meter');
    });

    it('the comparison: one table, a column per zone, a row per fact, with the zones’ values', async () => {
      const thanhLoc = await slugOf('Khu công nghiệp Thạnh Lộc');
      const tacCau = await slugOf('Khu công nghiệp Tắc Cậu');
      const { res, html } = await get(`/khu-kinh-te/so-sanh?khu=${thanhLoc}&khu=${tacCau}`);
      assert.equal(res.statusCode, 200);
      const tables = html.querySelectorAll('main table');
      assert.equal(tables.length, 1);
      const table = tables[0]!;
      assert.equal(table.querySelector('caption')!.text, 'So sánh Khu công nghiệp Thạnh Lộc, Khu công nghiệp Tắc Cậu');
      assert.deepEqual(table.querySelectorAll('th[scope="col"]').map((th) => th.text.trim()), ['Khu công nghiệp Thạnh Lộc', 'Khu công nghiệp Tắc Cậu']);
      const rowsOf = Object.fromEntries(table.querySelectorAll('tbody tr').map((tr) => [tr.querySelector('th[scope="row"]')!.text.trim(), tr.querySelectorAll('td').map((td) => td.text.replace(/\s+/g, ' ').trim())]));
      assert.deepEqual(Object.keys(rowsOf), ['Loại khu', 'Địa điểm', 'Tổng diện tích (ha)', 'Tỷ lệ lấp đầy (%)', 'Giá thuê đất', 'Chủ đầu tư hạ tầng', 'Khoảng cách', 'Ngành nghề thu hút đầu tư']);
      assert.deepEqual(rowsOf['Tổng diện tích (ha)'], ['250 ha', '68 ha']);
      assert.deepEqual(rowsOf['Loại khu'], ['Khu công nghiệp', 'Khu công nghiệp']);
      assert.deepEqual(rowsOf['Địa điểm'], ['Xã Thạnh Lộc, huyện Châu Thành', 'Xã Bình An, huyện Châu Thành']);
      assert.match(rowsOf['Tỷ lệ lấp đầy (%)']![0]!, /75%/);
      assert.match(rowsOf['Tỷ lệ lấp đầy (%)']![1]!, /90%/);
      assert.match(rowsOf['Giá thuê đất']![1]!, /^1\.100\.000 đồng\/m²\/thời hạn thuê/);
      assert.match(rowsOf['Khoảng cách']![0]!, /Cảng hàng không Rạch Giá: 17 km/);
      // the form keeps the choice, works without JavaScript
      const form = html.querySelector('form.zone-compare__form')!;
      assert.equal(form.getAttribute('method'), 'get');
      assert.deepEqual(form.querySelectorAll('input[type="checkbox"][checked]').map((i) => i.getAttribute('value')).sort(), [tacCau, thanhLoc].sort());
      assert.equal(form.querySelectorAll('input[type="checkbox"]').length, demo.length + 1, 'every published zone (and the one added above)');
      // English, with English parameter names and names
      const en = await get(`/en/zones/compare?zone=${tacCau}&zone=${thanhLoc}`);
      assert.equal(en.res.statusCode, 200);
      assert.deepEqual(en.html.querySelectorAll('main table th[scope="col"]').map((th) => th.text.trim()), ['Tac Cau Industrial Park', 'Thanh Loc Industrial Park']);
      assert.deepEqual(en.html.querySelectorAll('main table th[scope="row"]').map((th) => th.text.trim()).slice(0, 3), ['Kind', 'Location', 'Total area (ha)']);
      assert.equal(en.html.querySelector('main table caption')!.text, 'Comparison of Tac Cau Industrial Park, Thanh Loc Industrial Park');
      // the empty form
      const empty = await get('/khu-kinh-te/so-sanh');
      assert.equal(empty.res.statusCode, 200);
      assert.equal(empty.html.querySelector('main table'), null);
      assert.equal(empty.html.querySelector('[role="alert"]'), null);
    });

    it('bad comparisons show the form again with the reason, in the page language, and 400', async () => {
      const slugs = (await portal.ctx.db.kysely.selectFrom('content').select('slug').where('type', '=', 'zone').orderBy('id').execute()).map((r) => r.slug);
      const q = (name: string, list: string[]) => list.map((s) => `${name}=${encodeURIComponent(s)}`).join('&');
      const cases: [string, RegExp][] = [
        [`/khu-kinh-te/so-sanh?${q('khu', slugs.slice(0, 1))}`, /^Hãy chọn ít nhất 2 khu để so sánh\.$/],
        [`/khu-kinh-te/so-sanh?${q('khu', slugs.slice(0, 5))}`, /^Chỉ so sánh được tối đa 4 khu/],
        [`/khu-kinh-te/so-sanh?${q('khu', [slugs[0]!, 'khu-khong-co'])}`, /^Không tìm thấy khu: “khu-khong-co”/],
        [`/khu-kinh-te/so-sanh?${q('khu', [slugs[0]!, slugs[0]!])}`, /^Một khu được chọn hai lần/],
        ['/khu-kinh-te/so-sanh?khu=', /^Không tìm thấy khu/],
        [`/en/zones/compare?${q('zone', slugs.slice(0, 1))}`, /^Choose at least 2 zones to compare\.$/],
        [`/en/zones/compare?${q('zone', slugs.slice(0, 5))}`, /^At most 4 zones can be compared/],
        [`/en/zones/compare?${q('zone', [slugs[1]!, '<script>x</script>'])}`, /^No such zone: “<script>x<\/script>”/],
        [`/en/zones/compare?${q('zone', [slugs[1]!, slugs[2]!, slugs[1]!])}`, /^A zone was chosen twice/],
      ];
      for (const [url, message] of cases) {
        const { res, html } = await get(url);
        assert.equal(res.statusCode, 400, url);
        assert.match(html.querySelector('[role="alert"]')!.text.trim(), message, url);
        assert.equal(html.querySelector('main table'), null, `${url}: no table`);
        assert.ok(html.querySelector('form.zone-compare__form input[type="checkbox"]'), `${url}: the form again`);
        assert.ok(!res.body.includes('<script>x</script>'), 'escaped');
      }
    });

    it('bad field values are refused by the declaration, and nothing is stored', async () => {
      const db = portal.ctx.db.kysely;
      const before = await count();
      const refused = async (fields: Record<string, unknown>, field: string, message: RegExp) => {
        await assert.rejects(publishItem(db, zoneDeclaration, { title: 'Khu sai', fields, publishedAt: new Date(), sourceKey: `test:bad-zone:${field}` }), (error: unknown) => {
          assert.ok(error instanceof FieldsInvalid, String(error));
          const problem = error.problems.find((p) => p.field === field);
          assert.ok(problem, `${field} in ${error.message}`);
          assert.match(`${problem.message.vi} | ${problem.message.en}`, message);
          return true;
        });
      };
      await refused({ ...baseFields, occupancy: 120 }, 'occupancy', /Không được lớn hơn 100/);
      await refused({ ...baseFields, occupancy: -1 }, 'occupancy', /at least 0/);
      await refused({ ...baseFields, totalArea: -5 }, 'totalArea', /Không được nhỏ hơn 0/);
      await refused({ ...baseFields, kind: 'khu-che-xuat' }, 'kind', /Not one of the listed values/);
      await refused({ ...baseFields, coordinates: { lat: 200, lng: 105 } }, 'coordinates', /vĩ độ, kinh độ/);
      await refused({ ...baseFields, phases: [{ name: 'GĐ 1', area: 'một trăm' }] }, 'phases', /số héc-ta/);
      await refused({ ...baseFields, phases: [{ name: 'GĐ 1', area: '40' }, { name: 'GĐ 2', area: '20,5' }] }, 'phases', /60\.5 ha, more than the zone's total area \(50 ha\)/);
      await refused({ ...baseFields, distances: [{ to: 'Rạch Giá', km: '-3' }] }, 'distances', /ki-lô-mét/);
      await refused({ ...baseFields, landPrice: 1_000_000 }, 'landPriceUnit', /đơn vị/);
      await refused({ ...baseFields, landPrice: 12.5, landPriceUnit: 'đồng/m²/năm' }, 'landPrice', /whole amount/);
      await refused({ ...baseFields, contactEmail: 'khong-phai-thu' }, 'contactEmail', /thư điện tử/);
      await refused({ kind: 'khu-cong-nghiep', totalArea: 10 }, 'location', /Bắt buộc/);
      assert.equal(await count(), before, 'nothing stored');
      assert.equal((await db.selectFrom('content').select('id').where('source_key', 'like', 'test:bad-zone:%').execute()).length, 0);
      // the same limits through the admin-facing form parser: "12,5" ha is accepted as 12.5
      const ok = await publishItem(db, zoneDeclaration, { title: 'Khu công nghiệp thử hợp lệ', fields: { ...baseFields, phases: [{ name: 'GĐ 1', area: '20,5' }, { name: 'GĐ 2', area: '29.5' }], occupancy: 0 }, publishedAt: new Date('2024-01-01T00:00:00Z'), sourceKey: 'test:zone:ok' });
      assert.ok(ok > 0, 'phases adding up to the total are accepted');
    });

    it('demo removal removes exactly the demo zones, and only once', async () => {
      const db = portal.ctx.db.kysely;
      const all = await db.selectFrom('content').select(['id', 'type', 'is_demo']).execute();
      const demoZones = all.filter((r) => r.type === 'zone' && r.is_demo === 1).map((r) => r.id);
      assert.equal(demoZones.length, demo.length);
      assert.equal(await zonesModule.removeDemo!(portal.ctx), demo.length);
      const left = await db.selectFrom('content').select('id').orderBy('id').execute();
      assert.deepEqual(left.map((r) => r.id), all.filter((r) => !demoZones.includes(r.id)).map((r) => r.id).sort((a, b) => a - b));
      assert.equal((await db.selectFrom('content_field_values').select('content_id').where('content_id', 'in', demoZones).execute()).length, 0);
      assert.equal(await zonesModule.removeDemo!(portal.ctx), 0);
      const titles = (await get('/khu-kinh-te')).html.querySelectorAll('.zone-card h2').map((h) => h.text.trim()).sort();
      assert.deepEqual(titles, ['Khu công nghiệp thử hợp lệ', 'Khu công nghiệp thử quy hoạch'], 'the zones created here stay');
    });
  });
}

describe('zones on postgres', { skip: postgresSkipReason }, () => {
  it('runs above when TEST_DATABASE_URL is set', () => undefined);
});
