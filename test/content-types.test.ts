// A content type is declared once (DESIGN.md §4): a FAKE type, registered as its own module with
// nothing but a declaration, gets the back office (list, form, inline errors, history), the admin
// API, the public API, OpenAPI, permissions and search, without a line of core or admin naming it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ContentTypeDeclaration } from '../src/core/content-types/declaration.ts';
import type { PortalModule } from '../src/core/modules.ts';
import { onContentChange } from '../src/core/workflow/hooks.ts';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';
import { signedIn } from './helpers/session.ts';
import { api, makeStaff, type Staff } from './helpers/staff.ts';

const zoneDeclaration: ContentTypeDeclaration = {
  type: 'test-zone',
  label: { vi: 'Khu thử nghiệm', en: 'Test zone' },
  plural: { vi: 'Các khu thử nghiệm', en: 'Test zones' },
  fields: [
    { name: 'code', kind: 'text', label: { vi: 'Mã khu', en: 'Zone code' }, required: true, maxLength: 20, listColumn: true },
    { name: 'area', kind: 'area', label: { vi: 'Diện tích (ha)', en: 'Area (ha)' }, listColumn: true },
    { name: 'kind', kind: 'select', label: { vi: 'Loại khu', en: 'Kind of zone' }, filter: true, options: [{ value: 'kcn', label: { vi: 'Khu công nghiệp', en: 'Industrial park' } }, { value: 'kkt', label: { vi: 'Khu kinh tế', en: 'Economic zone' } }] },
    { name: 'founded', kind: 'date', label: { vi: 'Ngày thành lập', en: 'Founded on' }, filter: true },
    { name: 'investor', kind: 'text', label: { vi: 'Nhà đầu tư hạ tầng', en: 'Infrastructure investor' }, search: 'body' },
    { name: 'location', kind: 'coordinates', label: { vi: 'Toạ độ', en: 'Coordinates' } },
    { name: 'neighbours', kind: 'reference', referenceType: 'test-zone', multiple: true, label: { vi: 'Khu lân cận', en: 'Neighbouring zones' } },
    { name: 'photos', kind: 'images', label: { vi: 'Ảnh khu', en: 'Photos' } },
  ],
  categories: false,
  api: 'khu-thu-nghiem',
  paths: { vi: '/khu-thu-nghiem' },
  itemPath: (item) => `/khu-thu-nghiem/${item.slug}`,
  // only editors and above create zones
  permissions: { 'article.create': ['editor', 'approver', 'admin'] },
};

const zoneModule: PortalModule = { name: 'test-zones', contentType: 'test-zone', declaration: zoneDeclaration };

for (const kind of testDatabases()) {
  describe(`a declared content type on ${kind}`, () => {
    let portal: TestPortal;
    let admin: Staff;
    let editor: Staff;
    let approver: Staff;
    let contributor: Staff;
    let formItemId = 0;
    let apiItemId = 0;

    before(async () => {
      portal = await createTestPortal(kind, { extraModules: [zoneModule] });
      admin = await makeStaff(portal, 'admin', 'zone-admin');
      editor = await makeStaff(portal, 'editor', 'zone-editor');
      approver = await makeStaff(portal, 'approver', 'zone-approver');
      contributor = await makeStaff(portal, 'contributor', 'zone-contributor');
    });
    after(() => portal.close());

    it('has a back-office list and a form with its field labels, and a navigation entry', async () => {
      const b = await signedIn(portal, admin.email);
      const list = await b.get('/admin/content/test-zone');
      assert.equal(list.status, 200, list.body.slice(0, 300));
      for (const text of ['Các khu thử nghiệm', 'Loại khu', 'Khu công nghiệp', 'Ngày thành lập (năm)', 'Tìm theo tiêu đề']) assert.ok(list.body.includes(text), text);
      assert.match(list.body, /href="\/admin\/content\/test-zone"/, 'nav entry');
      const form = await b.get('/admin/content/test-zone/new');
      assert.equal(form.status, 200);
      for (const text of ['Mã khu', 'Diện tích (ha)', 'Loại khu', 'Ngày thành lập', 'Nhà đầu tư hạ tầng', 'Toạ độ', 'Khu lân cận', 'Ảnh khu', 'name="f.founded" type="date"']) assert.ok(form.body.includes(text), text);
      assert.equal((await b.get('/admin/content/khong-co-loai-nay')).status, 404);
      // a type with its own editor (news) is listed here and edited there
      assert.equal((await b.get('/admin/content/news')).status, 200);
      assert.equal((await b.get('/admin/content/news/new')).location, '/admin/articles/new');
    });

    it('creates and edits through the form, with inline errors next to the bad field', async () => {
      const b = await signedIn(portal, editor.email);
      const bad = await b.post('/admin/content/test-zone', { title: 'Khu công nghiệp Thạnh Lộc', summary: '', body: '<p>Giới thiệu</p>', 'f.code': 'KCN-TL', 'f.area': 'hai trăm', 'f.kind': 'kcn' });
      assert.equal(bad.status, 400);
      assert.match(bad.body, /<p class="error-message" id="f-f\.area-error">Phải là một số\.<\/p>/);
      assert.match(bad.body, /aria-describedby="f-f\.area-hint f-f\.area-error"/);
      assert.match(bad.body, /value="KCN-TL"/, 'what was typed is kept');
      assert.equal(await portal.ctx.db.kysely.selectFrom('content').select('id').where('type', '=', 'test-zone').executeTakeFirst(), undefined, 'nothing stored');

      const ok = await b.post('/admin/content/test-zone', { title: 'Khu công nghiệp Thạnh Lộc', summary: '', body: '<p>Giới thiệu</p>', 'f.code': 'KCN-TL', 'f.area': '1.250,5', 'f.kind': 'kcn', 'f.founded': '2015-03-20', 'f.location': '10.08, 105.12' });
      assert.equal(ok.status, 303, ok.body.slice(0, 500));
      const m = /^\/admin\/content\/test-zone\/(\d+)\?ok=created$/.exec(ok.location ?? '');
      assert.ok(m, ok.location);
      formItemId = Number(m[1]);
      const stored = await portal.ctx.db.kysely.selectFrom('content').select(['fields', 'category_id']).where('id', '=', formItemId).executeTakeFirstOrThrow();
      assert.deepEqual(JSON.parse(stored.fields), { area: 1250.5, code: 'KCN-TL', founded: '2015-03-20', kind: 'kcn', location: { lat: 10.08, lng: 105.12 } });
      assert.equal(stored.category_id, null);

      const page = await b.get(`/admin/content/test-zone/${formItemId}?ok=created`);
      assert.equal(page.status, 200);
      assert.match(page.body, /value="1250,5"/);
      assert.match(page.body, /value="10\.08, 105\.12"/);
      const revision = /name="baseRevision" value="(\d+)"/.exec(page.body)![1]!;

      const badEdit = await b.post(`/admin/content/test-zone/${formItemId}`, { baseRevision: revision, title: 'Khu công nghiệp Thạnh Lộc', summary: '', body: '<p>Giới thiệu</p>', 'f.code': '', 'f.area': '1250,5', 'f.location': 'ở đâu đó' });
      assert.equal(badEdit.status, 400);
      assert.match(badEdit.body, /id="f-f\.code-error">Bắt buộc nhập\./);
      assert.match(badEdit.body, /id="f-f\.location-error">Toạ độ phải là/);

      const saved = await b.post(`/admin/content/test-zone/${formItemId}`, { baseRevision: revision, title: 'Khu công nghiệp Thạnh Lộc', summary: 'Ở Rạch Giá', body: '<p>Giới thiệu</p>', 'f.code': 'KCN-TL', 'f.area': '1300', 'f.kind': 'kkt' });
      assert.equal(saved.status, 303);
      const after = JSON.parse((await portal.ctx.db.kysely.selectFrom('content').select('fields').where('id', '=', formItemId).executeTakeFirstOrThrow()).fields);
      assert.deepEqual(after, { area: 1300, code: 'KCN-TL', kind: 'kkt' });

      const current = await portal.ctx.db.kysely.selectFrom('content').select('revision').where('id', '=', formItemId).executeTakeFirstOrThrow();
      const autosaved = await b.post(`/admin/content/test-zone/${formItemId}/autosave`, { title: 'Khu công nghiệp Thạnh Lộc', summary: 'Ở Rạch Giá', body: '<p>Giới thiệu</p>', baseRevision: current.revision, fields: { code: 'KCN-TL', area: '1300', kind: 'kkt', investor: 'Công ty Hạ tầng' } } as unknown as Record<string, string>, { json: true });
      assert.equal(autosaved.status, 200, autosaved.body);
      const badAutosave = await b.post(`/admin/content/test-zone/${formItemId}/autosave`, { title: 'Khu công nghiệp Thạnh Lộc', baseRevision: current.revision + 1, fields: { code: 'KCN-TL', area: 'nhiều' } } as unknown as Record<string, string>, { json: true });
      assert.equal(badAutosave.status, 400);
      const badAutosaveError = JSON.parse(badAutosave.body).error as { code: string; message: string; messageVi: string };
      assert.equal(badAutosaveError.code, 'BAD_FIELDS');
      assert.match(badAutosaveError.messageVi, /^Diện tích \(ha\): /, 'the field is named by its label');
      assert.doesNotMatch(badAutosaveError.messageVi, /\barea\b/, 'never by its internal name');
      const autosavedFields = JSON.parse((await portal.ctx.db.kysely.selectFrom('content').select('fields').where('id', '=', formItemId).executeTakeFirstOrThrow()).fields);
      assert.equal(autosavedFields.investor, 'Công ty Hạ tầng');

      const history = await b.get(`/admin/content/test-zone/${formItemId}/history?a=1&b=2`);
      assert.equal(history.status, 200);
      assert.ok(history.body.includes('Diện tích (ha)'), 'the diff names the changed field by its label');
      assert.ok(history.body.includes('Khu kinh tế'), 'select values by their label');

      const filtered = await b.get('/admin/content/test-zone?f.kind=kkt&f.founded=');
      assert.ok(filtered.body.includes('Khu công nghiệp Thạnh Lộc'));
      for (const column of ['Mã khu', 'Diện tích (ha)', 'KCN-TL', '1.300']) assert.ok(filtered.body.includes(column), column);
      const none = await b.get('/admin/content/test-zone?f.kind=kcn');
      assert.ok(!none.body.includes('Khu công nghiệp Thạnh Lộc'));
    });

    it('has the admin API: create, patch, publish, revisions with the changed field', async () => {
      const asEditor = api(portal, editor);
      const created = await asEditor('POST', '/api/v1/admin/content/test-zone', { title: 'Khu kinh tế Phú Quốc', body: '<p>Đảo ngọc</p>', fields: { code: 'KKT-PQ', kind: 'kkt', founded: '2006-06-01', investor: 'Tập đoàn Sao Mai Phương Nam', neighbours: [formItemId] } });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      apiItemId = created.body.id as number;
      assert.deepEqual(created.body.fields, { code: 'KKT-PQ', founded: '2006-06-01', investor: 'Tập đoàn Sao Mai Phương Nam', kind: 'kkt', neighbours: [formItemId] });

      const patched = await asEditor('PATCH', `/api/v1/admin/content/test-zone/${apiItemId}`, { fields: { area: 58_923, kind: null } });
      assert.equal(patched.status, 200, JSON.stringify(patched.body));
      assert.deepEqual(patched.body.fields, { area: 58_923, code: 'KKT-PQ', founded: '2006-06-01', investor: 'Tập đoàn Sao Mai Phương Nam', neighbours: [formItemId] });
      const read = await asEditor('GET', `/api/v1/admin/content/test-zone/${apiItemId}`);
      assert.equal(read.body.type, 'test-zone');
      assert.equal(read.body.publishedBy, null);
      assert.equal(read.body.cover, null);
      const editPage = await (await signedIn(portal, editor.email)).get(`/admin/content/test-zone/${apiItemId}`);
      assert.match(editPage.body, />Khu công nghiệp Thạnh Lộc<\/option>/, 'a reference is chosen by the title of its item');
      assert.doesNotMatch(editPage.body, /<option[^>]*>#\d/, 'never by a database id');
      assert.equal((read.body.fields as Record<string, unknown>).area, 58_923);

      assert.equal((await asEditor('POST', `/api/v1/admin/content/test-zone/${apiItemId}/submit`)).body.status, 'submitted');
      const asApprover = api(portal, approver);
      assert.equal((await asApprover('POST', `/api/v1/admin/content/test-zone/${apiItemId}/approve`, {})).body.status, 'approved');
      const published = await asApprover('POST', `/api/v1/admin/content/test-zone/${apiItemId}/publish`, {});
      assert.equal(published.status, 200);
      assert.equal(published.body.status, 'published');

      const revisions = await asEditor('GET', `/api/v1/admin/content/test-zone/${apiItemId}/revisions`);
      const items = revisions.body.items as { note: string; fields: Record<string, unknown> }[];
      assert.deepEqual(items.map((r) => r.note), ['publish', 'approve', 'submit', 'save', 'create']);
      assert.equal(items.find((r) => r.note === 'create')!.fields.kind, 'kkt');
      assert.equal(items.find((r) => r.note === 'create')!.fields.area, undefined);
      assert.equal(items.find((r) => r.note === 'save')!.fields.area, 58_923);
      assert.equal(items.find((r) => r.note === 'save')!.fields.kind, undefined);

      const list = await asEditor('GET', '/api/v1/admin/content/test-zone?status=published');
      assert.deepEqual((list.body.items as { id: number }[]).map((i) => i.id), [apiItemId]);
    });

    it('an approver publishes an item in one step through the API (publishNow), recorded as approve then publish', async () => {
      const created = await api(portal, editor)('POST', '/api/v1/admin/content/test-zone', { title: 'Khu công nghiệp Xẻo Rô', fields: { code: 'KCN-XR' } });
      assert.equal(created.status, 201);
      const id = created.body.id as number;
      assert.equal((await api(portal, editor)('POST', `/api/v1/admin/content/test-zone/${id}/publishNow`, {})).status, 403, 'editors do not publish');
      const changed: number[] = [];
      onContentChange(async (_trx, contentId) => void changed.push(contentId));
      const done = await api(portal, approver)('POST', `/api/v1/admin/content/test-zone/${id}/publishNow`, {});
      assert.equal(done.status, 200, JSON.stringify(done.body));
      assert.deepEqual(changed, [id], 'the change hooks (search index, media usage) run once for the whole move');
      assert.equal(done.body.status, 'published');
      const notes = ((await api(portal, editor)('GET', `/api/v1/admin/content/test-zone/${id}/revisions`)).body.items as { note: string }[]).map((r) => r.note);
      assert.deepEqual(notes, ['publish', 'approve', 'create']);
      // taken down again, so the public list below holds only the other item
      const gone = await api(portal, approver)('POST', `/api/v1/admin/content/test-zone/${id}/unpublish`, { kind: 'error-gone', reason: 'Đăng nhầm khi thử' });
      assert.equal(gone.status, 200, JSON.stringify(gone.body));
    });

    it('previews any revision through its link, showing the fields of that revision by their labels', async () => {
      const revisions = await api(portal, editor)('GET', `/api/v1/admin/content/test-zone/${apiItemId}/revisions`);
      const items = revisions.body.items as { note: string; previewUrl: string }[];
      const page = async (note: string) => {
        const res = await portal.app.inject(new URL(items.find((r) => r.note === note)!.previewUrl).pathname);
        assert.equal(res.statusCode, 200);
        assert.equal(res.headers['x-robots-tag'], 'noindex, nofollow');
        return res.body;
      };
      const created = await page('create');
      assert.match(created, /<dt>Loại khu<\/dt><dd>Khu kinh tế<\/dd>/);
      assert.doesNotMatch(created, /Diện tích/, 'the area came later');
      const saved = await page('save');
      assert.match(saved, /<dt>Diện tích \(ha\)<\/dt><dd>58\.923<\/dd>/);
      assert.match(saved, /<dt>Mã khu<\/dt><dd>KKT-PQ<\/dd>/);
      assert.equal((await portal.app.inject('/xem-truoc/khong-co-ma-xem-truoc-nay-dau')).statusCode, 404);
    });

    it('refuses unknown fields, bad values, unknown types and forbidden roles', async () => {
      const asEditor = api(portal, editor);
      const unknown = await asEditor('PATCH', `/api/v1/admin/content/test-zone/${formItemId}`, { fields: { tenKhongCo: 'x' } });
      assert.equal(unknown.status, 400);
      const error = unknown.body.error as unknown as { code: string; fields: { field: string; message: string; messageVi: string }[] };
      assert.equal(error.code, 'BAD_FIELDS');
      assert.deepEqual(error.fields.map((f) => f.field), ['tenKhongCo']);
      const topLevel = await asEditor('POST', '/api/v1/admin/content/test-zone', { title: 'Khu thừa trường', fields: { code: 'X' }, extra: 1 });
      assert.equal(topLevel.status, 400);
      assert.match(topLevel.body.error!.message, /extra/);

      const bad = await asEditor('POST', '/api/v1/admin/content/test-zone', { title: 'Khu sai số liệu', fields: { code: 'KCN-X', area: 'rộng lắm', kind: 'khac' } });
      assert.equal(bad.status, 400);
      const badError = bad.body.error as unknown as { code: string; messageVi: string; fields: { field: string; message: string; messageVi: string }[] };
      assert.equal(badError.code, 'BAD_FIELDS');
      assert.deepEqual(badError.fields.map((f) => f.field).sort(), ['area', 'kind']);
      assert.equal(badError.fields.find((f) => f.field === 'area')!.messageVi, 'Phải là một số.');
      const missingLink = await asEditor('POST', '/api/v1/admin/content/test-zone', { title: 'Khu liên kết sai', fields: { code: 'KCN-Y', photos: [987654] } });
      assert.equal(missingLink.status, 400);
      assert.equal((missingLink.body.error as unknown as { fields: { field: string }[] }).fields[0]!.field, 'photos');

      assert.equal((await asEditor('GET', '/api/v1/admin/content/khong-co-loai-nay')).status, 404);
      assert.equal((await asEditor('POST', '/api/v1/admin/content/khong-co-loai-nay', { title: 'Không có' })).status, 404);
      assert.equal((await asEditor('GET', `/api/v1/admin/content/khong-co-loai-nay/${formItemId}`)).status, 404);

      // the declaration lets only editors and above create zones
      const asContributor = api(portal, contributor);
      const refused = await asContributor('POST', '/api/v1/admin/content/test-zone', { title: 'Khu của cộng tác viên', fields: { code: 'KCN-CTV' } });
      assert.equal(refused.status, 403);
      const b = await signedIn(portal, contributor.email);
      assert.equal((await b.get('/admin/content/test-zone/new')).status, 403);
      assert.equal((await b.post('/admin/content/test-zone', { title: 'Khu của cộng tác viên', 'f.code': 'KCN-CTV' })).status, 403);
      assert.equal((await api(portal, undefined)('GET', '/api/v1/admin/content/test-zone')).status, 401);
    });

    it('is searchable once published, and has a public API and its OpenAPI paths', async () => {
      const search = await portal.app.inject('/api/v1/search?q=Sao%20Mai%20Ph%C6%B0%C6%A1ng%20Nam');
      assert.equal(search.statusCode, 200);
      const hits = (search.json() as { items: { title: string; url: string; type: string }[] }).items;
      assert.ok(hits.some((h) => h.title === 'Khu kinh tế Phú Quốc' && h.type === 'test-zone' && /\/khu-thu-nghiem\/khu-kinh-te-phu-quoc$/.test(h.url)), JSON.stringify(hits));
      const draftHits = (await portal.app.inject('/api/v1/search?q=Th%E1%BA%A1nh%20L%E1%BB%99c')).json() as { items: { title: string }[] };
      assert.ok(!draftHits.items.some((h) => h.title === 'Khu công nghiệp Thạnh Lộc'), 'drafts are not found');

      const list = await portal.app.inject('/api/v1/khu-thu-nghiem');
      assert.equal(list.statusCode, 200);
      const body = list.json() as { items: { id: number; fields: Record<string, unknown>; url: string }[]; total: number };
      assert.equal(body.total, 1);
      assert.equal(body.items[0]!.id, apiItemId);
      assert.equal(body.items[0]!.fields.code, 'KKT-PQ');
      const one = await portal.app.inject(`/api/v1/khu-thu-nghiem/${apiItemId}`);
      assert.equal(one.statusCode, 200);
      assert.match((one.json() as { body: string }).body, /Đảo ngọc/);
      assert.equal((await portal.app.inject(`/api/v1/khu-thu-nghiem/${formItemId}`)).statusCode, 404, 'drafts are not public');
      assert.equal((await portal.app.inject('/api/v1/khu-thu-nghiem?trang=2')).statusCode, 400, 'strict query');

      const doc = (await portal.app.inject('/api/v1/openapi.json')).json() as { paths: Record<string, unknown>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };
      assert.ok(doc.paths['/api/v1/khu-thu-nghiem/{id}']);
      assert.ok(doc.paths['/api/v1/admin/content/{type}/{id}/revisions']);
      assert.ok(!doc.paths['/api/v1/articles']!.toString().includes('Fields_'), 'news keeps its own API');
      assert.deepEqual(Object.keys(doc.components.schemas['Fields_test-zone']!.properties!), zoneDeclaration.fields.map((f) => f.name));
    });
  });
}
