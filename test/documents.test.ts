// Legal documents (văn bản) end to end on SQLite and PostgreSQL: the declaration's validation,
// the list with its filters and search box, the document page, replacements both ways, items of
// other types referring to a document, attachments downloaded from the page, demo data.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse, type HTMLElement } from 'node-html-parser';
import { refreshFieldIndex } from '../src/core/content-types/field-index.ts';
import { publishItem } from '../src/core/content-types/publish-item.ts';
import { FieldsInvalid, validateFields } from '../src/core/content-types/validate.ts';
import { declaredTypes } from '../src/core/modules.ts';
import { documentDeclaration, documentNumberPattern, documentType } from '../src/modules/documents/declaration.ts';
import { loadDocumentsDemo, readDemoDocuments, removeDocumentsDemo } from '../src/modules/documents/demo.ts';
import { documentsText } from '../src/modules/documents/i18n.ts';
import { multipart } from './fixtures/media/portal.ts';
import * as sample from './fixtures/media/samples.ts';
import { createTestPortal, postgresSkipReason, testDatabases, type TestPortal } from './helpers/portal.ts';
import { makeStaff, type Staff } from './helpers/staff.ts';

const vietnameseMarks = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

const validFields = { number: '99/2024/QĐ-BQLKKT', kind: 'quyet-dinh', issuer: 'bql-kkt', issuedOn: '2024-05-02' };

function problemsOf(error: unknown): Record<string, { vi: string; en: string }> {
  assert.ok(error instanceof FieldsInvalid, String(error));
  return Object.fromEntries(error.problems.map((p) => [p.field, p.message]));
}

describe('document declaration', () => {
  it('accepts real Vietnamese document numbers and refuses junk', () => {
    for (const good of ['18/2020/QĐ-UBND', '125/KH-BQLKKT', '05/2021/TT-BKHĐT', '61/2020/QH14', '35/2022/NĐ-CP', '01/CT-TTg', '456/BQLKKT-QLĐT', '1233/QĐ-UBND', '12/2022/NQ-HĐND']) {
      assert.ok(documentNumberPattern.test(good), good);
    }
    for (const bad of ['abc', '18//QĐ', '18/2020/', '/2020/QĐ-UBND', '18/2020/QĐ--UBND', '18/2020/QĐ-', 'QĐ-UBND', '18 / 2020 / QĐ-UBND', '18/2020/qđ-ubnd', '18/3020/QĐ-UBND', '18/2020/QĐ-UBND<script>']) {
      assert.ok(!documentNumberPattern.test(bad), bad);
    }
  });

  it('refuses a number in a wrong shape and an effective date before the issue date, in both languages', async () => {
    const wrong = await validateFields(documentDeclaration, { ...validFields, number: 'abc' }, 'json').catch((e: unknown) => e);
    const number = problemsOf(wrong).number!;
    assert.match(number.vi, /Số ký hiệu/);
    assert.match(number.en, /18\/2020\/QĐ-UBND/);
    const early = await validateFields(documentDeclaration, { ...validFields, effectiveOn: '2024-05-01' }, 'json').catch((e: unknown) => e);
    assert.deepEqual(Object.keys(problemsOf(early)), ['effectiveOn']);
    assert.match(problemsOf(early).effectiveOn!.vi, /Ngày hiệu lực không được trước ngày ban hành/);
    const expired = await validateFields(documentDeclaration, { ...validFields, expiresOn: '2024-01-01' }, 'json').catch((e: unknown) => e);
    assert.deepEqual(Object.keys(problemsOf(expired)), ['expiresOn']);
    const missing = await validateFields(documentDeclaration, { number: '1/QĐ-UBND', kind: 'quyet-dinh', issuer: 'bql-kkt' }, 'json').catch((e: unknown) => e);
    assert.ok(problemsOf(missing).issuedOn, 'the issue date is required');
    const ok = await validateFields(documentDeclaration, { ...validFields, effectiveOn: '2024-05-02', status: 'con-hieu-luc' }, 'json');
    assert.equal(ok.number, '99/2024/QĐ-BQLKKT');
  });

  it('only editors and above create documents; the JSON API segment and paths are declared', () => {
    assert.deepEqual(documentDeclaration.permissions?.['article.create'], ['editor', 'approver', 'admin']);
    assert.equal(documentDeclaration.api, 'documents');
    assert.equal(documentDeclaration.itemPath({ slug: 'quyet-dinh-so-18-2020-qd-ubnd', categorySlug: 'cong-khai' }), '/van-ban/quyet-dinh-so-18-2020-qd-ubnd');
    assert.equal(documentDeclaration.fields.find((f) => f.name === 'number')?.search, 'number');
  });

  it('has every interface string in both languages, with diacritics in Vietnamese', () => {
    assert.deepEqual(Object.keys(documentsText.en).sort(), Object.keys(documentsText.vi).sort());
    assert.match(documentsText.vi.effectiveOn, vietnameseMarks);
  });

  it('demo data: at least 12 valid documents of several kinds and issuers, one replaced by another', async () => {
    const demo = readDemoDocuments();
    assert.ok(demo.length >= 12);
    assert.ok(new Set(demo.map((d) => d.fields.kind)).size >= 5);
    assert.ok(new Set(demo.map((d) => d.fields.issuer)).size >= 4);
    assert.ok(demo.some((d) => d.replacedByNumber));
    for (const d of demo) await validateFields(documentDeclaration, d.fields, 'json');
  });
});

for (const kind of testDatabases()) {
  describe(`legal documents on ${kind}`, () => {
    let portal: TestPortal;
    let editor: Staff;
    const get = async (url: string) => {
      const res = await portal.app.inject({ method: 'GET', url });
      return { res, html: parse(res.body) };
    };
    const numbersIn = (html: HTMLElement) => html.querySelectorAll('.doc-table tbody .doc-table__number').map((n) => n.text.trim());
    const contentCount = async () =>
      Number((await portal.ctx.db.kysely.selectFrom('content').select((eb) => eb.fn.countAll().as('n')).where('type', '=', documentType).executeTakeFirstOrThrow()).n);
    const facts = (html: HTMLElement) =>
      Object.fromEntries(html.querySelectorAll('.doc-facts__row').map((row) => [row.querySelector('dt')!.text.trim(), row.querySelector('dd')!.text.trim()]));

    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
      editor = await makeStaff(portal, 'editor', 'van-thu');
    });
    after(() => portal.close());

    it('/van-ban lists the demo documents newest issue date first, with the filter form', async () => {
      const { res, html } = await get('/van-ban');
      assert.equal(res.statusCode, 200);
      assert.equal(html.querySelector('h1')?.text, 'Văn bản chỉ đạo, điều hành');
      const headers = html.querySelectorAll('.doc-table thead th').map((th) => th.text);
      assert.deepEqual(headers, ['Số ký hiệu', 'Ngày ban hành', 'Trích yếu', 'Loại văn bản', 'Tình trạng']);
      const dates = html.querySelectorAll('.doc-table tbody time').map((t) => t.getAttribute('datetime')!);
      assert.equal(dates.length, readDemoDocuments().length);
      assert.deepEqual([...dates].sort().reverse(), dates);
      const form = html.querySelector('form.doc-filters')!;
      assert.equal(form.getAttribute('method'), 'get');
      for (const name of ['q', 'loai', 'co-quan', 'linh-vuc', 'nam', 'tinh-trang']) {
        const input = form.querySelector(`[name="${name}"]`);
        assert.ok(input, name);
        assert.ok(form.querySelector(`label[for="${input.getAttribute('id')}"]`), `${name} has a label`);
      }
      const row = html.querySelectorAll('.doc-table tbody tr').find((r) => r.querySelector('.doc-table__number')?.text === '18/2020/QĐ-UBND')!;
      assert.equal(row.querySelector('time')?.text, '07/07/2020');
      assert.equal(row.querySelector('a')?.getAttribute('href'), '/van-ban/quyet-dinh-so-18-2020-qd-ubnd');
      assert.match(row.text, /Quyết định/);
      assert.match(row.text, /Bị thay thế/);
    });

    it('the search box finds a document by its number, exact or folded, and by words of its abstract', async () => {
      for (const q of ['18/2020/QĐ-UBND', '18/2020/qd-ubnd', '18/2020/qđ-ubnd']) {
        const { res, html } = await get(`/van-ban?q=${encodeURIComponent(q)}`);
        assert.equal(res.statusCode, 200, q);
        assert.deepEqual(numbersIn(html), ['18/2020/QĐ-UBND'], q);
        assert.equal(html.querySelector('#doc-q')?.getAttribute('value'), q.trim());
      }
      const words = await get(`/van-ban?q=${encodeURIComponent('quyết toán ngân sách')}`);
      assert.equal(numbersIn(words.html)[0], '15/QĐ-BQLKKT');
      // documents with only some of the words ("quy hoạch") are left out when others have them all
      const narrowed = await get(`/van-ban?q=${encodeURIComponent('quy chế phối hợp')}`);
      assert.deepEqual(new Set(numbersIn(narrowed.html)), new Set(['12/2023/QĐ-UBND', '18/2020/QĐ-UBND']));
      const folded = await get('/van-ban?q=cong+khai+du+toan');
      assert.equal(numbersIn(folded.html)[0], '32/TB-BQLKKT');
      const none = await get('/van-ban?q=xyzzyqwerty');
      assert.equal(none.res.statusCode, 200);
      assert.deepEqual(numbersIn(none.html), []);
      assert.match(none.html.querySelector('main')!.text, /Không có văn bản nào phù hợp/);
    });

    it('filters narrow the list and combine, and the address is shareable', async () => {
      const all = numbersIn((await get('/van-ban')).html);
      const decrees = numbersIn((await get('/van-ban?loai=nghi-dinh')).html);
      assert.deepEqual([...decrees].sort(), ['31/2021/NĐ-CP', '35/2022/NĐ-CP', '82/2018/NĐ-CP']);
      const authority = numbersIn((await get('/van-ban?co-quan=bql-kkt')).html);
      assert.ok(authority.length >= 5 && authority.length < all.length);
      assert.ok(authority.every((n) => /BQLKKT/.test(n)));
      const replaced = numbersIn((await get('/van-ban?tinh-trang=bi-thay-the')).html);
      assert.deepEqual([...replaced].sort(), ['18/2020/QĐ-UBND', '82/2018/NĐ-CP']);
      const year = numbersIn((await get('/van-ban?nam=2024')).html);
      assert.ok(year.length >= 5 && year.every((n) => !/\/20(1|2[0-3])\//.test(n)));
      const combined = await get('/van-ban?nam=2024&co-quan=bql-kkt&linh-vuc=tai-chinh&loai=&q=');
      assert.deepEqual(numbersIn(combined.html).sort(), ['15/QĐ-BQLKKT', '32/TB-BQLKKT']);
      assert.equal(combined.html.querySelector('select[name="linh-vuc"] option[selected]')?.getAttribute('value'), 'tai-chinh');
      const searchAndFilter = await get(`/van-ban?q=${encodeURIComponent('quy chế phối hợp')}&tinh-trang=con-hieu-luc`);
      assert.deepEqual(numbersIn(searchAndFilter.html), ['12/2023/QĐ-UBND']);
    });

    it('bad filter values are a 400 with a clear page, never a 500', async () => {
      for (const url of ['/van-ban?loai=khong-co', '/van-ban?nam=abc', '/van-ban?nam=20201', '/van-ban?tinh-trang=1', '/van-ban?co-quan=%27%20or%201%3D1', '/van-ban?nam=2020-01', '/van-ban?loai=luat&loai=nghi-dinh', '/van-ban?trang=0', `/van-ban?q=${'a'.repeat(201)}`, '/en/documents?loai=x']) {
        const { res, html } = await get(url);
        assert.equal(res.statusCode, 400, url);
        assert.match(res.headers['content-type'] as string, /text\/html/);
        assert.ok(html.querySelector('h1')?.text, url);
      }
      assert.equal((await get('/van-ban?trang=99')).res.statusCode, 404);
    });

    it('unknown or malformed slugs are 404', async () => {
      for (const url of ['/van-ban/khong-co-van-ban-nay', '/van-ban/Quyet-Dinh', '/van-ban/a..b', '/en/documents/khong-co']) {
        assert.equal((await get(url)).res.statusCode, 404, url);
      }
    });

    it('the document page shows its particulars with labels, dates as dd/MM/yyyy', async () => {
      const { res, html } = await get('/van-ban/quyet-dinh-so-18-2020-qd-ubnd');
      assert.equal(res.statusCode, 200);
      assert.equal(html.querySelector('h1')?.text, 'Quyết định số 18/2020/QĐ-UBND');
      const f = facts(html);
      assert.equal(f['Số ký hiệu'], '18/2020/QĐ-UBND');
      assert.equal(f['Loại văn bản'], 'Quyết định');
      assert.equal(f['Cơ quan ban hành'], 'Ủy ban nhân dân tỉnh Kiên Giang');
      assert.equal(f['Người ký'], 'Lê Thị Thu Hà');
      assert.equal(f['Lĩnh vực'], 'Doanh nghiệp');
      assert.equal(f['Ngày ban hành'], '07/07/2020');
      assert.equal(f['Ngày hiệu lực'], '17/07/2020');
      assert.equal(f['Ngày hết hiệu lực'], '01/05/2023');
      assert.equal(f['Tình trạng'], 'Bị thay thế');
      assert.match(f['Trích yếu']!, /^Ban hành Quy chế phối hợp/);
      assert.equal(f['Tệp đính kèm'], 'Không có tệp đính kèm.');
      assert.deepEqual(html.querySelectorAll('.breadcrumb a').map((a) => a.getAttribute('href')), ['/', '/van-ban']);
    });

    it('a replaced document links to its replacement and the replacement back', async () => {
      const old = await get('/van-ban/nghi-dinh-so-82-2018-nd-cp');
      assert.equal(facts(old.html)['Được thay thế bởi'], '35/2022/NĐ-CP');
      const forward = old.html.querySelector('a.doc-replaced-by')!.getAttribute('href')!;
      assert.equal(forward, '/van-ban/nghi-dinh-so-35-2022-nd-cp');
      const replacement = await get(forward);
      assert.equal(replacement.res.statusCode, 200);
      assert.match(facts(replacement.html)['Thay thế cho']!, /82\/2018\/NĐ-CP/);
      assert.equal(replacement.html.querySelector('a.doc-replaces')?.getAttribute('href'), '/van-ban/nghi-dinh-so-82-2018-nd-cp');
      assert.equal(replacement.html.querySelector('a.doc-replaced-by'), null, 'the replacement is not itself replaced');
    });

    it('categories (A5–A7) have English names and /van-ban/<category> lists only theirs', async () => {
      const db = portal.ctx.db.kysely;
      const categories = await db.selectFrom('categories').select(['slug', 'name', 'name_en']).where('type', '=', documentType).orderBy('slug').execute();
      assert.deepEqual(categories.map((c) => [c.slug, c.name_en]), [['cong-khai', 'Disclosure'], ['pho-bien-phap-luat', 'Law dissemination'], ['quy-hoach-ke-hoach', 'Plans']]);
      const mod = portal.ctx.modules.find((m) => m.contentType === documentType)!;
      assert.equal(mod.categoryPath?.('cong-khai'), '/van-ban/cong-khai');
      const { res, html } = await get('/van-ban/cong-khai');
      assert.equal(res.statusCode, 200);
      assert.equal(html.querySelector('h1')?.text, 'Công khai');
      assert.deepEqual(numbersIn(html).sort(), ['15/QĐ-BQLKKT', '32/TB-BQLKKT']);
      assert.equal(html.querySelector('form.doc-filters')?.getAttribute('action'), '/van-ban/cong-khai');
      const plans = await get('/van-ban/quy-hoach-ke-hoach?loai=ke-hoach');
      assert.deepEqual(numbersIn(plans.html), ['125/KH-BQLKKT']);
      const en = await get('/en/documents/pho-bien-phap-luat');
      assert.equal(en.html.querySelector('h1')?.text, 'Law dissemination');
    });

    it('a menu entry may point at a document category (A5–A7 have their own menu entries)', async () => {
      const before = await portal.ctx.settings.get();
      await portal.ctx.settings.set('mainMenu', [...before.mainMenu, { category: 'cong-khai' }]);
      try {
        const { html } = await get('/');
        const link = html.querySelectorAll('.site-nav a').find((a) => a.getAttribute('href') === '/van-ban/cong-khai');
        assert.equal(link?.text.trim(), 'Công khai');
      } finally {
        await portal.ctx.settings.set('mainMenu', before.mainMenu);
      }
    });

    it('/en/documents has English labels and links to English pages; content stays Vietnamese', async () => {
      const { res, html } = await get('/en/documents');
      assert.equal(res.statusCode, 200);
      assert.equal(html.querySelector('html')?.getAttribute('lang'), 'en');
      assert.deepEqual(html.querySelectorAll('.doc-table thead th').map((th) => th.text), ['Number and symbol', 'Issue date', 'Abstract', 'Type of document', 'Status']);
      assert.match(html.querySelector('.doc-table tbody')!.text, /Quyết định|Decision/);
      const link = html.querySelector('.doc-table__abstract a')!.getAttribute('href')!;
      assert.match(link, /^\/en\/documents\//);
      const page = await get(link);
      assert.equal(page.res.statusCode, 200);
      assert.ok(Object.keys(facts(page.html)).includes('Issue date'));
      const search = await get('/en/documents?q=18/2020/qd-ubnd');
      assert.deepEqual(numbersIn(search.html), ['18/2020/QĐ-UBND']);
    });

    it('the home page has a "Văn bản mới" block whose links work', async () => {
      const { html } = await get('/');
      const block = html.querySelector('.home-documents');
      assert.ok(block);
      const links = block.querySelectorAll('a').map((a) => a.getAttribute('href')!);
      assert.ok(links.length >= 5);
      for (const href of links) assert.equal((await get(href)).res.statusCode, 200, href);
    });

    it('site search finds a document by number and links to its page', async () => {
      const { html } = await get('/tim-kiem?q=125/kh-bqlkkt');
      const hrefs = html.querySelectorAll('main a').map((a) => a.getAttribute('href'));
      assert.ok(hrefs.includes('/van-ban/ke-hoach-so-125-kh-bqlkkt'), JSON.stringify(hrefs));
    });

    it('items of another type that refer to a document are listed under that type’s name', async () => {
      // the registry has one (procedures' legal basis); the test finds it without naming it
      const referring = declaredTypes().find((d) => d.type !== documentType && d.fields.some((f) => f.kind === 'reference' && f.referenceType === documentType));
      assert.ok(referring, 'an installed type refers to documents');
      const field = referring.fields.find((f) => f.kind === 'reference' && f.referenceType === documentType)!;
      const db = portal.ctx.db.kysely;
      const target = await db.selectFrom('content').select('id').where('type', '=', documentType).where('slug', '=', 'nghi-dinh-so-31-2021-nd-cp').executeTakeFirstOrThrow();
      const now = new Date().toISOString();
      const value = field.multiple ? [target.id] : target.id;
      const row = await db
        .insertInto('content')
        .values({
          type: referring.type, language: 'vi', translation_group: null, slug: 'muc-tham-chieu-thu-nghiem', title: 'Mục tham chiếu thử nghiệm', summary: '', body: '',
          category_id: null, fields: JSON.stringify({ [field.name]: value }), cover_image: null, cover_alt: null, status: 'published', created_at: now, updated_at: now,
          published_at: '2024-01-01T00:00:00.000Z', scheduled_at: null, is_demo: 0, source_key: null, revision: 1,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await refreshFieldIndex(db, row.id, { [field.name]: value });
      const { html } = await get('/van-ban/nghi-dinh-so-31-2021-nd-cp');
      const section = html.querySelectorAll('.doc-referring').find((s) => s.text.includes('Mục tham chiếu thử nghiệm'));
      assert.ok(section, 'the referring item is listed');
      assert.match(section.querySelector('h2')!.text, new RegExp(`${referring.plural.vi}.*liên quan`, 'i'));
      const link = section.querySelectorAll('a').find((a) => a.text === 'Mục tham chiếu thử nghiệm')!;
      assert.equal(link.getAttribute('href'), referring.itemPath({ slug: 'muc-tham-chieu-thu-nghiem', categorySlug: null }));
      await db.deleteFrom('content_field_values').where('content_id', '=', row.id).execute();
      await db.deleteFrom('content').where('id', '=', row.id).execute();
    });

    it('bad fields are refused with a clear error and nothing is stored', async () => {
      const db = portal.ctx.db.kysely;
      const before = await contentCount();
      const revisions = Number((await db.selectFrom('revisions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      const attempt = (fields: Record<string, unknown>) =>
        publishItem(db, documentDeclaration, { title: 'Văn bản hỏng', fields, publishedAt: new Date(), sourceKey: `test:bad:${JSON.stringify(fields)}` }).catch((e: unknown) => e);
      assert.ok(problemsOf(await attempt({ ...validFields, number: '18//QĐ' })).number);
      assert.ok(problemsOf(await attempt({ ...validFields, effectiveOn: '2020-01-01' })).effectiveOn);
      assert.ok(problemsOf(await attempt({ ...validFields, kind: 'sac-lenh' })).kind);
      assert.ok(problemsOf(await attempt({ ...validFields, replacedBy: 999999 })).replacedBy, 'a replacement that does not exist');
      assert.ok(problemsOf(await attempt({ ...validFields, files: [999999] })).files, 'a file that is not in the library');
      assert.equal(await contentCount(), before);
      assert.equal(Number((await db.selectFrom('revisions').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n), revisions);
    });

    it('the admin JSON API refuses the same bad fields, and contributors may not create documents', async () => {
      const url = '/api/v1/admin/content/document';
      const post = (who: Staff, payload: object) => portal.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${who.token}` }, payload });
      const before = await contentCount();
      const bad = await post(editor, { title: 'Văn bản hỏng', category: 'cong-khai', fields: { ...validFields, number: 'abc', effectiveOn: '2020-01-01' } });
      assert.equal(bad.statusCode, 400, bad.body);
      const error = JSON.parse(bad.body).error as { code: string; fields: { field: string; messageVi: string }[] };
      assert.equal(error.code, 'BAD_FIELDS');
      assert.deepEqual(error.fields.map((f) => f.field), ['number'], 'each field is valid on its own before the cross-field rule runs');
      assert.match(error.fields[0]!.messageVi, /Số ký hiệu/);
      const early = await post(editor, { title: 'Văn bản hỏng', category: 'cong-khai', fields: { ...validFields, effectiveOn: '2020-01-01' } });
      assert.equal(early.statusCode, 400, early.body);
      assert.deepEqual((JSON.parse(early.body).error.fields as { field: string }[]).map((f) => f.field), ['effectiveOn']);
      const contributor = await makeStaff(portal, 'contributor', 'cong-tac-vien');
      const refused = await post(contributor, { title: 'Công văn của cộng tác viên', category: 'cong-khai', fields: { ...validFields, number: '7/BQLKKT-VP' } });
      assert.equal(refused.statusCode, 403, refused.body);
      assert.equal(await contentCount(), before, 'nothing stored');
      const ok = await post(editor, { title: 'Công văn số 8/BQLKKT-VP', category: 'cong-khai', fields: { ...validFields, number: '8/BQLKKT-VP', kind: 'cong-van' } });
      assert.equal(ok.statusCode, 201, ok.body);
      const uncategorised = await post(editor, { title: 'Công văn số 9/BQLKKT-VP', fields: { ...validFields, number: '9/BQLKKT-VP', kind: 'cong-van' } });
      assert.equal(uncategorised.statusCode, 201, 'a document may sit in no category');
      const stored = await portal.ctx.db.kysely.selectFrom('content').select('category_id').where('id', '=', JSON.parse(uncategorised.body).id).executeTakeFirstOrThrow();
      assert.equal(stored.category_id, null);
      assert.equal(await contentCount(), before + 2);
    });

    it('a draft document is previewed through its link on the document page itself, never indexed', async () => {
      const asEditor = (method: string, url: string, payload?: object) =>
        portal.app.inject({ method: method as 'GET', url, headers: { authorization: `Bearer ${editor.token}` }, ...(payload ? { payload } : {}) });
      const created = await asEditor('POST', '/api/v1/admin/content/document', { title: 'Quyết định số 41/2026/QĐ-BQLKKT về quy chế xem trước', fields: { ...validFields, number: '41/2026/QĐ-BQLKKT' } });
      assert.equal(created.statusCode, 201, created.body);
      const id = JSON.parse(created.body).id as number;
      const revisions = JSON.parse((await asEditor('GET', `/api/v1/admin/content/document/${id}/revisions`)).body).items as { previewUrl: string }[];
      const res = await portal.app.inject(new URL(revisions[0]!.previewUrl).pathname);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['x-robots-tag'], 'noindex, nofollow');
      const html = parse(res.body);
      const labels = html.querySelectorAll('dt').map((dt) => dt.text.trim());
      assert.ok(labels.includes('Số ký hiệu') && labels.includes('Cơ quan ban hành'), labels.join(', '));
      assert.match(res.body, /41\/2026\/QĐ-BQLKKT/);
      assert.equal((await portal.app.inject('/van-ban/quyet-dinh-so-41-2026-qd-bqlkkt-ve-quy-che-xem-truoc')).statusCode, 404, 'a draft is not public');
    });

    it('an attached PDF is downloaded from the document page with its type and a readable name; HTML named .pdf is refused', async () => {
      const upload = async (filename: string, data: Buffer) => {
        const body = multipart([{ name: 'files', filename, data }]);
        const res = await portal.app.inject({ method: 'POST', url: '/admin/media', headers: { ...body.headers, authorization: `Bearer ${editor.token}`, accept: 'application/json' }, payload: body.payload });
        return { status: res.statusCode, json: JSON.parse(res.body) as { items: { id: number }[]; errors: { code: string; message: string; messageVi: string }[] } };
      };
      const mediaCount = async () => Number((await portal.ctx.db.kysely.selectFrom('media' as never).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      const beforeMedia = await mediaCount();
      const disguised = await upload('quyet-dinh.pdf', sample.htmlAsJpeg);
      assert.equal(disguised.status, 415, JSON.stringify(disguised.json));
      assert.equal(disguised.json.items.length, 0);
      assert.match(disguised.json.errors[0]!.messageVi, vietnameseMarks);
      assert.equal(await mediaCount(), beforeMedia, 'nothing stored');

      const name = 'Quyết định 77-2024 – Kiên Giang.pdf';
      const pdf = await upload(name, sample.pdf('document attachment'));
      assert.equal(pdf.status, 201, JSON.stringify(pdf.json));
      const mediaId = pdf.json.items[0]!.id;
      await publishItem(portal.ctx.db.kysely, documentDeclaration, {
        title: 'Quyết định số 77/2024/QĐ-BQLKKT',
        summary: 'Ban hành quy trình tiếp nhận hồ sơ dự án đầu tư có tệp đính kèm.',
        fields: { ...validFields, number: '77/2024/QĐ-BQLKKT', files: [mediaId] },
        publishedAt: new Date('2024-05-02T01:00:00Z'),
        sourceKey: 'test:document:77',
      });
      const { res, html } = await get('/van-ban/quyet-dinh-so-77-2024-qd-bqlkkt');
      assert.equal(res.statusCode, 200);
      const link = html.querySelector('a.doc-file')!;
      assert.equal(link.text, name);
      assert.match(html.querySelector('.doc-file__meta')!.text, /PDF, \d+ B/);
      const href = link.getAttribute('href')!;
      assert.match(href, /^\/media\//);
      const file = await portal.app.inject({ method: 'GET', url: href });
      assert.equal(file.statusCode, 200);
      assert.equal(file.headers['content-type'], 'application/pdf');
      const disposition = String(file.headers['content-disposition']);
      assert.match(disposition, /^attachment; filename="Quyet dinh 77-2024 - Kien Giang\.pdf"/);
      assert.equal(decodeURIComponent(disposition.split("UTF-8''")[1]!), name);
      assert.ok(file.rawPayload.equals(sample.pdf('document attachment')));
    });

    it('loading the demo twice does not duplicate; removal removes exactly the demo documents', async () => {
      const db = portal.ctx.db.kysely;
      const demoCount = readDemoDocuments().length;
      const before = await contentCount();
      await loadDocumentsDemo(db);
      assert.equal(await contentCount(), before, 'loading again updates in place');
      const real = await publishItem(db, documentDeclaration, {
        title: 'Công văn số 500/BQLKKT-VP',
        summary: 'Văn bản thật trong chuyên mục Công khai.',
        category: { name: 'Công khai' },
        fields: { ...validFields, number: '500/BQLKKT-VP', kind: 'cong-van' },
        publishedAt: new Date('2024-06-01T01:00:00Z'),
        sourceKey: 'test:document:500',
      });
      const others = await db.selectFrom('content').select('id').where('type', '!=', documentType).orderBy('id').execute();
      const keep = await db.selectFrom('content').select('id').where('type', '=', documentType).where('is_demo', '=', 0).orderBy('id').execute();
      assert.equal(await removeDocumentsDemo(db), demoCount);
      assert.deepEqual(await db.selectFrom('content').select('id').where('type', '=', documentType).orderBy('id').execute(), keep);
      assert.ok(keep.some((k) => k.id === real));
      assert.deepEqual(await db.selectFrom('content').select('id').where('type', '!=', documentType).orderBy('id').execute(), others, 'other types untouched');
      const categories = (await db.selectFrom('categories').select('slug').where('type', '=', documentType).execute()).map((c) => c.slug);
      assert.deepEqual(categories, ['cong-khai'], 'the category a real document uses stays');
      assert.equal(await removeDocumentsDemo(db), 0);
      assert.equal((await get('/van-ban/nghi-dinh-so-82-2018-nd-cp')).res.statusCode, 404);
      assert.deepEqual(numbersIn((await get('/van-ban?q=18/2020/qd-ubnd')).html), [], 'nothing of the demo stays searchable');
      assert.equal((await get('/van-ban')).res.statusCode, 200);
    });
  });
}

describe('legal documents on postgres', { skip: postgresSkipReason }, () => {
  it('runs above when TEST_DATABASE_URL is set', () => undefined);
});
