// Administrative procedures (issue #8 §3): the declared type, the public list with filters and
// search, the procedure's page with its legal basis and forms, refusals that store nothing, and
// demo data that loads once and is removed exactly.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import type { ContentTypeDeclaration } from '../src/core/content-types/declaration.ts';
import { publishItem } from '../src/core/content-types/publish-item.ts';
import { FieldsInvalid } from '../src/core/content-types/validate.ts';
import { moduleOfType } from '../src/core/modules.ts';
import { foldVietnamese } from '../src/core/text/fold.ts';
import { procedureDeclaration } from '../src/modules/procedures/declaration.ts';
import { proceduresModule } from '../src/modules/procedures/index.ts';
import { readDemoProcedures } from '../src/modules/procedures/demo.ts';
import { createTestPortal, postgresSkipReason, testDatabases, type TestPortal } from './helpers/portal.ts';

/** A stand-in for the documents module's declaration: only what a reference needs. */
const documentStandIn: ContentTypeDeclaration = {
  type: 'document',
  label: { vi: 'Văn bản', en: 'Document' },
  plural: { vi: 'Văn bản', en: 'Documents' },
  categories: false,
  api: 'test-documents',
  paths: { vi: '/test-van-ban' },
  itemPath: (item) => `/test-van-ban/${item.slug}`,
  fields: [{ name: 'number', kind: 'text', label: { vi: 'Số, ký hiệu', en: 'Number' }, search: 'number' }],
};

const demo = readDemoProcedures();

const baseFields = (code: string) => ({
  code,
  field: 'dau-tu',
  level: 'mot-phan',
  agency: 'Ban Quản lý Khu kinh tế tỉnh Kiên Giang',
  steps: '<ol><li>Nộp hồ sơ.</li><li>Nhận kết quả.</li></ol>',
});

for (const kind of testDatabases()) {
  describe(`procedures on ${kind}`, () => {
    let portal: TestPortal;
    const get = async (url: string) => {
      const res = await portal.app.inject({ method: 'GET', url });
      return { res, html: parse(res.body) };
    };
    const rows = (html: ReturnType<typeof parse>) =>
      html.querySelectorAll('.procedure-table tbody tr').map((tr) => ({
        code: tr.querySelector('.procedure-table__code')!.text.trim(),
        title: tr.querySelector('.procedure-table__name a')!.text.trim(),
        href: tr.querySelector('.procedure-table__name a')!.getAttribute('href')!,
        cells: tr.querySelectorAll('td').map((td) => td.text.trim()),
      }));
    const count = async () => Number((await portal.ctx.db.kysely.selectFrom('content').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
    });
    after(() => portal.close());

    it('the declaration: api, paths, list columns, filters, legal basis referring to documents', () => {
      assert.equal(proceduresModule.declaration, procedureDeclaration);
      assert.equal(procedureDeclaration.type, 'procedure');
      assert.equal(procedureDeclaration.api, 'procedures');
      assert.deepEqual(procedureDeclaration.paths, { vi: '/thu-tuc-hanh-chinh', en: '/en/procedures' });
      const field = (name: string) => procedureDeclaration.fields.find((f) => f.name === name)!;
      assert.deepEqual(procedureDeclaration.fields.filter((f) => f.filter).map((f) => f.name), ['field', 'level']);
      assert.deepEqual(procedureDeclaration.fields.filter((f) => f.listColumn).map((f) => f.name), ['code', 'field', 'level', 'processingTime']);
      assert.equal(field('code').search, 'number');
      assert.equal(field('legalBasis').kind, 'reference');
      assert.equal(field('legalBasis').referenceType, 'document');
      assert.equal(field('legalBasis').multiple, true);
      assert.equal(field('forms').kind, 'files');
      assert.equal(moduleOfType('procedure'), proceduresModule);
    });

    it('the demo: every procedure of the data file, published once, flagged', async () => {
      assert.ok(demo.length >= 8);
      const db = portal.ctx.db.kysely;
      const stored = await db.selectFrom('content').select(['title', 'is_demo', 'status']).where('type', '=', 'procedure').execute();
      assert.equal(stored.length, demo.length);
      assert.ok(stored.every((r) => r.is_demo === 1 && r.status === 'published'));
      assert.equal(await proceduresModule.loadDemo!(portal.ctx), demo.length);
      const again = await db.selectFrom('content').select('id').where('type', '=', 'procedure').execute();
      assert.equal(again.length, demo.length, 'loading twice does not duplicate');
    });

    it('the list: every demo procedure with code, linked name, field, level and processing time', async () => {
      const { res, html } = await get('/thu-tuc-hanh-chinh');
      assert.equal(res.statusCode, 200);
      const list = rows(html);
      assert.equal(list.length, demo.length);
      const investment = list.find((r) => r.code === '1.009645')!;
      assert.match(investment.title, /^Cấp Giấy chứng nhận đăng ký đầu tư/);
      assert.match(investment.href, /^\/thu-tuc-hanh-chinh\/[a-z0-9-]+$/);
      assert.deepEqual(investment.cells.slice(1), ['Đầu tư', 'Dịch vụ công trực tuyến một phần', '15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ']);
      const titles = list.map((r) => r.title);
      assert.deepEqual(titles, [...titles].sort(new Intl.Collator('vi').compare), 'names in Vietnamese order');
      assert.ok(html.querySelector('form.procedure-filters select[name="linh-vuc"]'));
      assert.ok(html.querySelector('form.procedure-filters select[name="muc-do"]'));
      assert.ok(html.querySelector('form.procedure-filters input[name="q"]'));
      assert.equal(html.querySelector('form.procedure-filters')!.getAttribute('method'), 'get');
    });

    it('filters by field and level, alone and together, in shareable addresses', async () => {
      const labour = rows((await get('/thu-tuc-hanh-chinh?linh-vuc=lao-dong-viec-lam')).html);
      assert.equal(labour.length, demo.filter((p) => p.field === 'lao-dong-viec-lam').length);
      assert.ok(labour.length >= 3 && labour.every((r) => r.cells[1] === 'Lao động – việc làm'));
      const online = rows((await get('/thu-tuc-hanh-chinh?muc-do=toan-trinh')).html);
      assert.equal(online.length, demo.filter((p) => p.level === 'toan-trinh').length);
      assert.ok(online.every((r) => r.cells[2] === 'Dịch vụ công trực tuyến toàn trình'));
      const both = await get('/thu-tuc-hanh-chinh?linh-vuc=dau-tu&muc-do=mot-phan');
      assert.deepEqual(rows(both.html).map((r) => r.code).sort(), demo.filter((p) => p.field === 'dau-tu' && p.level === 'mot-phan').map((p) => p.code).sort());
      assert.equal(both.html.querySelector('select[name="linh-vuc"] option[selected]')?.getAttribute('value'), 'dau-tu');
      assert.equal(both.html.querySelector('select[name="muc-do"] option[selected]')?.getAttribute('value'), 'mot-phan');
      const none = await get('/thu-tuc-hanh-chinh?linh-vuc=dat-dai');
      assert.equal(none.res.statusCode, 200);
      assert.equal(rows(none.html).length, 0);
      assert.match(none.html.querySelector('main')!.text, /Không có thủ tục nào phù hợp/);
    });

    it('searches by code (whole or its start) and by folded words of the name', async () => {
      assert.deepEqual(rows((await get('/thu-tuc-hanh-chinh?q=1.009645')).html).map((r) => r.code), ['1.009645']);
      const prefix = rows((await get('/thu-tuc-hanh-chinh?q=1.0096')).html).map((r) => r.code).sort();
      assert.deepEqual(prefix, ['1.009644', '1.009645', '1.009646']);
      const folded = rows((await get(`/thu-tuc-hanh-chinh?q=${encodeURIComponent('giay phep lao dong')}`)).html);
      assert.ok(folded.some((r) => r.code === '2.000205'));
      assert.ok(folded.every((r) => /giay phep lao dong/.test(foldVietnamese(r.title))));
      const accented = rows((await get(`/thu-tuc-hanh-chinh?q=${encodeURIComponent('GIẤY PHÉP XÂY DỰNG')}`)).html);
      assert.deepEqual(accented.map((r) => r.code), ['1.009972']);
      const combined = rows((await get(`/thu-tuc-hanh-chinh?q=${encodeURIComponent('giấy phép')}&linh-vuc=xay-dung`)).html);
      assert.deepEqual(combined.map((r) => r.code), ['1.009972']);
      const nothing = await get('/thu-tuc-hanh-chinh?q=%00%01zzzz');
      assert.equal(nothing.res.statusCode, 200);
      assert.equal(rows(nothing.html).length, 0);
    });

    it('/en/procedures: the list with English labels and parameters, Vietnamese content', async () => {
      const { res, html } = await get('/en/procedures?field=dau-tu');
      assert.equal(res.statusCode, 200);
      assert.equal(html.querySelector('html')!.getAttribute('lang'), 'en');
      assert.equal(html.querySelector('h1')!.text, 'Administrative procedures');
      const list = rows(html);
      assert.ok(list.length >= 3 && list.every((r) => r.cells[1] === 'Investment'));
      assert.ok(list.some((r) => r.title.startsWith('Cấp Giấy chứng nhận đăng ký đầu tư')));
      assert.deepEqual(html.querySelectorAll('.procedure-table th[scope="col"]').map((th) => th.text), ['Procedure code', 'Name', 'Field', 'Service level', 'Processing time']);
      assert.ok(html.querySelector('select[name="level"]'));
    });

    it('bad filter values and page numbers are a 400 saying so, never a 500; out of range is 404', async () => {
      for (const url of [
        '/thu-tuc-hanh-chinh?linh-vuc=khong-co',
        '/thu-tuc-hanh-chinh?muc-do=4',
        '/thu-tuc-hanh-chinh?linh-vuc=dau-tu&linh-vuc=xay-dung',
        '/thu-tuc-hanh-chinh?q=a&q=b',
        '/thu-tuc-hanh-chinh?trang=0',
        '/thu-tuc-hanh-chinh?trang=abc',
        "/thu-tuc-hanh-chinh?linh-vuc='%20or%201=1--",
        '/en/procedures?field=nope',
        '/en/procedures?page=-1',
      ]) {
        const { res } = await get(url);
        assert.equal(res.statusCode, 400, url);
      }
      assert.equal((await get('/thu-tuc-hanh-chinh?trang=2')).res.statusCode, 404);
      // a Vietnamese parameter on the English list is simply not read (pages tolerate extras)
      assert.equal((await get('/en/procedures?linh-vuc=khong-co')).res.statusCode, 200);
    });

    it('the procedure page: the key facts, a section per part, and the online-service link', async () => {
      const { res, html } = await get('/thu-tuc-hanh-chinh?q=1.009645');
      assert.equal(res.statusCode, 200);
      const href = rows(html)[0]!.href;
      const page = await get(href);
      assert.equal(page.res.statusCode, 200);
      const doc = page.html;
      assert.match(doc.querySelector('h1')!.text, /^Cấp Giấy chứng nhận đăng ký đầu tư/);
      assert.deepEqual(doc.querySelectorAll('.procedure-facts dt').map((d) => d.text), ['Mã thủ tục', 'Lĩnh vực', 'Mức độ', 'Cơ quan thực hiện']);
      assert.deepEqual(doc.querySelectorAll('.procedure-facts dd').map((d) => d.text.trim()), ['1.009645', 'Đầu tư', 'Dịch vụ công trực tuyến một phần', 'Ban Quản lý Khu kinh tế tỉnh Kiên Giang']);
      const headings = doc.querySelectorAll('.procedure-section h2').map((h) => h.text);
      for (const heading of ['Trình tự thực hiện', 'Cách thức thực hiện', 'Thành phần hồ sơ', 'Thời hạn giải quyết', 'Phí, lệ phí', 'Đối tượng thực hiện', 'Kết quả thực hiện']) {
        assert.ok(headings.includes(heading), heading);
      }
      assert.equal(doc.querySelectorAll('#trinh-tu ol li').length, 4);
      assert.match(doc.querySelector('#thoi-han')!.text, /15 ngày/);
      const online = doc.querySelector('a.procedure-online__link')!;
      assert.match(online.text, /Nộp hồ sơ trực tuyến/);
      assert.match(online.getAttribute('href')!, /^https:\/\/dichvucong\.gov\.vn\/.*1\.009645$/);
      assert.match(online.getAttribute('rel')!, /\bnoopener\b/);
      assert.deepEqual(doc.querySelectorAll('.breadcrumb a').map((a) => a.getAttribute('href')), ['/', '/thu-tuc-hanh-chinh']);
      // the demo's legal basis: numbers resolved to the documents loaded before, missing ones left out
      const basis = doc.querySelectorAll('#can-cu-phap-ly li');
      const documentNumbers = await portal.ctx.db.kysely.selectFrom('content_field_values').innerJoin('content', 'content.id', 'content_field_values.content_id').select('text_value').where('content.type', '=', 'document').where('field', '=', 'number').execute();
      const known = demo.find((p) => p.code === '1.009645')!.legalBasis!.filter((n) => documentNumbers.some((d) => d.text_value === n));
      assert.deepEqual(basis.map((li) => li.text.split(' – ')[0]), known);
      if (known.length > 0 && moduleOfType('document')?.declaration) assert.ok(basis.every((li) => li.querySelector('a')?.getAttribute('href')?.startsWith('/')));
      // the search index has it: by its code and by words of its steps
      const search = await get('/tim-kiem?q=1.009645');
      assert.ok(search.html.querySelectorAll('.search-hit h2 a').some((a) => a.getAttribute('href') === href));
    });

    it('unknown or malformed slugs are 404', async () => {
      assert.equal((await get('/thu-tuc-hanh-chinh/khong-co-thu-tuc-nay')).res.statusCode, 404);
      assert.equal((await get('/thu-tuc-hanh-chinh/KHONG%20CO')).res.statusCode, 404);
      assert.equal((await get('/thu-tuc-hanh-chinh/a/b')).res.statusCode, 404);
    });

    it('legal basis: each referenced document is its number and title, linked to its page', async () => {
      const db = portal.ctx.db.kysely;
      const documents = moduleOfType('document');
      // With the documents module installed, its demo documents are used; otherwise a stand-in.
      let doc = documents
        ? await db
            .selectFrom('content')
            .innerJoin('content_field_values', 'content_field_values.content_id', 'content.id')
            .select(['content.id', 'content.title', 'content_field_values.text_value as number'])
            .where('content.type', '=', 'document')
            .where('content.status', '=', 'published')
            .where('content_field_values.field', '=', 'number')
            .executeTakeFirst()
        : undefined;
      if (!doc) {
        const id = await publishItem(db, documentStandIn, { title: 'Luật Đầu tư', fields: { number: '61/2020/QH14' }, publishedAt: new Date('2020-06-17T00:00:00Z'), sourceKey: 'test:doc:61' });
        doc = { id, title: 'Luật Đầu tư', number: '61/2020/QH14' };
      }
      await publishItem(db, procedureDeclaration, {
        title: 'Thủ tục thử căn cứ pháp lý',
        fields: { ...baseFields('9.000001'), legalBasis: [doc.id], fees: 'Không thu phí.' },
        publishedAt: new Date('2024-01-01T00:00:00Z'),
        sourceKey: 'test:procedure:legal',
      });
      const page = await get('/thu-tuc-hanh-chinh/thu-tuc-thu-can-cu-phap-ly');
      assert.equal(page.res.statusCode, 200);
      const item = page.html.querySelector('#can-cu-phap-ly li')!;
      assert.ok(item.text.includes(doc.number!) && item.text.includes(doc.title), item.text);
      if (documents?.declaration) {
        const row = await db.selectFrom('content').leftJoin('categories', 'categories.id', 'content.category_id').select(['content.slug', 'categories.slug as categorySlug']).where('content.id', '=', doc.id).executeTakeFirstOrThrow();
        assert.equal(item.querySelector('a')?.getAttribute('href'), documents.declaration.itemPath({ slug: row.slug, categorySlug: row.categorySlug }));
      } else {
        assert.equal(item.querySelector('a'), null, 'no module owns documents: no address to link to');
      }
      // no online link when none is set
      assert.equal(page.html.querySelector('.procedure-online'), null);
    });

    it('forms: name, size and a download link to /media/<key>', async () => {
      const db = portal.ctx.db.kysely;
      const now = new Date().toISOString();
      const media = await db
        .insertInto('media')
        .values({ kind: 'attachment', original_name: 'Mẫu A.I.1 – Văn bản đề nghị.docx', key: 'abcdefghijklmnopqrstuvwx.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 48_640, width: null, height: null, search_text: 'mau a.i.1', sha256: 'x'.repeat(64), created_by: null, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      await publishItem(db, procedureDeclaration, { title: 'Thủ tục thử biểu mẫu', fields: { ...baseFields('9.000002'), forms: [media.id] }, publishedAt: new Date('2024-01-01T00:00:00Z'), sourceKey: 'test:procedure:forms' });
      const { html } = await get('/thu-tuc-hanh-chinh/thu-tuc-thu-bieu-mau');
      assert.ok(html.querySelectorAll('.procedure-section h2').some((h) => h.text === 'Biểu mẫu'));
      const link = html.querySelector('#bieu-mau a')!;
      assert.equal(link.getAttribute('href'), '/media/abcdefghijklmnopqrstuvwx.docx');
      assert.equal(link.text, 'Mẫu A.I.1 – Văn bản đề nghị.docx');
      assert.match(html.querySelector('#bieu-mau')!.text, /\(48 KB\)/);
    });

    it('bad input is refused with every problem named, and nothing is stored', async () => {
      const db = portal.ctx.db.kysely;
      const news = await db.selectFrom('content').select('id').where('type', '!=', 'procedure').where('type', '!=', 'document').executeTakeFirstOrThrow();
      const before = await count();
      const refused = async (fields: Record<string, unknown>, field: string, message: RegExp) => {
        await assert.rejects(
          publishItem(db, procedureDeclaration, { title: 'Thủ tục sai', fields, publishedAt: new Date(), sourceKey: `test:bad:${field}` }),
          (error: unknown) => {
            assert.ok(error instanceof FieldsInvalid, String(error));
            const problem = error.problems.find((p) => p.field === field);
            assert.ok(problem, `${field} in ${error.message}`);
            assert.match(`${problem.message.vi} | ${problem.message.en}`, message);
            return true;
          },
        );
      };
      await refused({ ...baseFields('9.000003'), legalBasis: [2_000_000] }, 'legalBasis', /không tồn tại/);
      await refused({ ...baseFields('9.000003'), legalBasis: [news.id] }, 'legalBasis', /does not exist/);
      await refused({ ...baseFields('9.000003'), onlineUrl: 'http://dichvucong.gov.vn/x' }, 'onlineUrl', /https:\/\//);
      await refused({ ...baseFields('9.000003'), onlineUrl: 'javascript:alert(1)' }, 'onlineUrl', /https:\/\//);
      await refused({ ...baseFields('9.000003'), colour: 'red' }, 'colour', /has no "colour" entry/);
      await refused({ ...baseFields('1.00x'), fees: 'Không' }, 'code', /chữ số/);
      await refused({ ...baseFields('9.000003'), field: 'thue' }, 'field', /Not one of the listed values/);
      await refused({ ...baseFields('9.000003'), forms: [2_000_000] }, 'forms', /không tồn tại/);
      await refused({ code: '9.000003' }, 'agency', /Bắt buộc/);
      assert.equal(await count(), before, 'nothing stored');
      assert.equal((await db.selectFrom('content').select('id').where('source_key', 'like', 'test:bad:%').execute()).length, 0);
    });

    it('demo removal removes exactly the demo procedures, and only once', async () => {
      const db = portal.ctx.db.kysely;
      const all = await db.selectFrom('content').select(['id', 'type', 'is_demo']).execute();
      const demoProcedures = all.filter((r) => r.type === 'procedure' && r.is_demo === 1).map((r) => r.id);
      assert.equal(demoProcedures.length, demo.length);
      assert.equal(await proceduresModule.removeDemo!(portal.ctx), demo.length);
      const left = await db.selectFrom('content').select('id').orderBy('id').execute();
      assert.deepEqual(left.map((r) => r.id), all.filter((r) => !demoProcedures.includes(r.id)).map((r) => r.id).sort((a, b) => a - b));
      assert.equal((await db.selectFrom('content_field_values').select('content_id').where('content_id', 'in', demoProcedures).execute()).length, 0);
      assert.equal(await proceduresModule.removeDemo!(portal.ctx), 0);
      const list = rows((await get('/thu-tuc-hanh-chinh')).html).map((r) => r.code).sort();
      assert.deepEqual(list, ['9.000001', '9.000002'], 'the procedures created here stay');
      assert.equal((await get('/tim-kiem?q=1.009645')).html.querySelectorAll('.search-hit').length, 0, 'and the index forgot the demo');
    });
  });
}

describe('procedures on postgres', { skip: postgresSkipReason }, () => {
  it('runs above when TEST_DATABASE_URL is set', () => undefined);
});
