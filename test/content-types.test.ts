// A content type is declared once (DESIGN.md §4): a FAKE type, registered as its own module with
// nothing but a declaration, gets the back office (list, form, inline errors, history), the admin
// API, the public API, OpenAPI, permissions and search, without a line of core or admin naming it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { fieldChanges, rowsDiff } from '../src/admin/diff.ts';
import { jsonRawFields, postedFields, shownValue } from '../src/admin/content/field-values.ts';
import { declaredSearchText } from '../src/core/content/search-hook.ts';
import type { ContentTypeDeclaration, FieldDeclaration } from '../src/core/content-types/declaration.ts';
import { FieldsInvalid, fieldsJsonSchema, validateFields } from '../src/core/content-types/validate.ts';
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
      // news is a declared type like any other: listed and edited here
      assert.equal((await b.get('/admin/content/news')).status, 200);
      const news = await b.get('/admin/content/news/new');
      assert.equal(news.status, 200);
      assert.match(news.body, /<form method="post" action="\/admin\/content\/news" class="edit-form"/);
      for (const text of ['name="f.byline"', 'name="f.coverAlt"', 'value="pinned"']) assert.ok(news.body.includes(text), text);
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

// The `rows` field kind (a table of entries with declared columns), on a fake type: validation
// from a form and from JSON (each cell by its column, problems naming row and column in both
// languages, spare rows dropped), the form's names and their folding, the JSON schema, diffs,
// search text, and the core preview that shows declared fields by label.
const milestonesField: FieldDeclaration = {
  name: 'milestones',
  kind: 'rows',
  label: { vi: 'Các mốc tiến độ', en: 'Milestones' },
  maxRows: 3,
  search: 'body',
  columns: [
    { name: 'when', kind: 'date', label: { vi: 'Ngày', en: 'Date' }, required: true },
    { name: 'at', kind: 'time', label: { vi: 'Giờ', en: 'Time' } },
    { name: 'what', kind: 'text', label: { vi: 'Công việc', en: 'Work' }, required: true, maxLength: 40 },
    { name: 'note', kind: 'longText', label: { vi: 'Ghi chú', en: 'Note' } },
    { name: 'state', kind: 'select', label: { vi: 'Tình trạng', en: 'State' }, options: [{ value: 'xong', label: { vi: 'Đã xong', en: 'Done' } }, { value: 'cho', label: { vi: 'Đang chờ', en: 'Pending' } }] },
  ],
};
const projectDeclaration: ContentTypeDeclaration = {
  type: 'test-project',
  label: { vi: 'Dự án thử nghiệm', en: 'Test project' },
  plural: { vi: 'Các dự án thử nghiệm', en: 'Test projects' },
  fields: [{ name: 'code', kind: 'text', label: { vi: 'Mã dự án', en: 'Project code' } }, milestonesField],
  categories: false,
  api: 'du-an-thu-nghiem',
  paths: { vi: '/du-an-thu-nghiem' },
  itemPath: (item) => `/du-an-thu-nghiem/${item.slug}`,
};

describe('the rows field kind', () => {
  const problems = async (input: Record<string, unknown>, source: 'form' | 'json' = 'json') => {
    try {
      await validateFields(projectDeclaration, input, source);
      return [];
    } catch (error) {
      assert.ok(error instanceof FieldsInvalid, String(error));
      return error.problems.map((p) => [p.field, p.message.vi, p.message.en, p.cell]);
    }
  };

  it('keeps filled rows in order with their cells normalised, drops spare ones, leaves empty cells out', async () => {
    const values = await validateFields(projectDeclaration, { milestones: [{ when: '2027-01-05', what: '  Khởi   công ', note: 'Dòng một\r\nDòng hai ', state: 'xong' }, {}, { when: '', what: ' ', note: '' }, { when: '2027-02-01', at: '14:30', what: 'Nghiệm thu' }] }, 'json');
    assert.deepEqual(values, {
      milestones: [
        { when: '2027-01-05', what: 'Khởi công', note: 'Dòng một\nDòng hai', state: 'xong' },
        { when: '2027-02-01', at: '14:30', what: 'Nghiệm thu' },
      ],
    });
    assert.deepEqual(await validateFields(projectDeclaration, { code: 'DA-1', milestones: [{}, { what: '' }] }, 'json'), { code: 'DA-1' }, 'only spare rows: no value at all');
    assert.deepEqual(await problems({ milestones: [{}] }), [], 'not required');
  });

  it('refuses each bad cell, naming the row and the column in both languages, and what is not rows', async () => {
    assert.deepEqual(await problems({ milestones: [{ when: '2027-01-05', what: 'Khởi công' }, { when: '2027-13-01', at: '8:00', what: 'x'.repeat(41), state: 'khac' }, { at: '07:00' }] }), [
      ['milestones', 'Dòng 2, Ngày: Ngày không hợp lệ (năm-tháng-ngày).', 'Row 2, Date: Invalid date (year-month-day).', { row: 2, column: 'when' }],
      ['milestones', 'Dòng 2, Giờ: Phải có dạng giờ:phút theo 24 giờ, ví dụ 08:00 hoặc 14:30.', 'Row 2, Time: Must be hours:minutes on the 24-hour clock, e.g. 08:00 or 14:30.', { row: 2, column: 'at' }],
      ['milestones', 'Dòng 2, Công việc: Tối đa 40 ký tự.', 'Row 2, Work: At most 40 characters.', { row: 2, column: 'what' }],
      ['milestones', 'Dòng 2, Tình trạng: Giá trị không có trong danh sách.', 'Row 2, State: Not one of the listed values.', { row: 2, column: 'state' }],
      ['milestones', 'Dòng 3, Ngày: Bắt buộc nhập.', 'Row 3, Date: Required.', { row: 3, column: 'when' }],
      ['milestones', 'Dòng 3, Công việc: Bắt buộc nhập.', 'Row 3, Work: Required.', { row: 3, column: 'what' }],
    ]);
    assert.deepEqual(await problems({ milestones: [{ when: '2027-01-05', what: 'A', owner: 'B' }, 'dòng', { when: '2027-01-05', what: 7 }] }), [
      ['milestones', 'Dòng 1: Không có cột “owner”.', 'Row 1: There is no “owner” column.', { row: 1, column: undefined }],
      ['milestones', 'Dòng 2: Mỗi dòng phải gồm các cột có tên.', 'Row 2: Each row must be an object of named columns.', { row: 2, column: undefined }],
      ['milestones', 'Dòng 3, Công việc: Phải là văn bản.', 'Row 3, Work: Must be text.', { row: 3, column: 'what' }],
    ]);
    assert.deepEqual(await problems({ milestones: 'khởi công' }), [['milestones', 'Phải là danh sách các dòng.', 'Must be a list of rows.', undefined]]);
    const four = Array.from({ length: 4 }, (_, i) => ({ when: `2027-01-0${i + 1}`, what: `Mốc ${i + 1}` }));
    assert.deepEqual(await problems({ milestones: four }), [['milestones', 'Tối đa 3 dòng.', 'At most 3 rows.', undefined]]);
  });

  it('reads days typed in a form as day/month/year or YYYY-MM-DD, but only YYYY-MM-DD from JSON', async () => {
    const form = await validateFields(projectDeclaration, { milestones: [{ when: '5/1/2027', what: 'A' }, { when: '2027-01-06', what: 'B' }, { when: '07.01.2027', what: 'C' }] }, 'form');
    assert.deepEqual((form.milestones as { when: string }[]).map((r) => r.when), ['2027-01-05', '2027-01-06', '2027-01-07']);
    assert.deepEqual((await problems({ milestones: [{ when: '31/02/2027', what: 'A' }] }, 'form')).map((p) => p[1]), ['Dòng 1, Ngày: Ngày không hợp lệ (ngày/tháng/năm, ví dụ 23/11/2026).']);
    assert.deepEqual((await problems({ milestones: [{ when: '05/01/2027', what: 'A' }] }, 'json')).map((p) => p[1]), ['Dòng 1, Ngày: Ngày không hợp lệ (năm-tháng-ngày).']);
  });

  it('reads times as typed in a form (8:00, 8h30, 14 giờ) but only HH:MM from JSON', async () => {
    const form = await validateFields(projectDeclaration, { milestones: [{ when: '2027-01-05', at: '8:00', what: 'A' }, { when: '2027-01-05', at: '8h30', what: 'B' }, { when: '2027-01-05', at: '14 giờ', what: 'C' }] }, 'form');
    assert.deepEqual((form.milestones as { at: string }[]).map((r) => r.at), ['08:00', '08:30', '14:00']);
    assert.equal((await problems({ milestones: [{ when: '2027-01-05', at: '8h30', what: 'B' }] }, 'json')).length, 1);
    assert.equal((await problems({ milestones: [{ when: '2027-01-05', at: '24:00', what: 'B' }] }, 'form')).length, 1);
  });

  it('reads a posted form and an autosave by cell names "f.<field>.<row>.<column>", rows in order, spare ones dropped', () => {
    const body = { 'f.code': 'DA-1', 'f.milestones.10.what': 'Sau', 'f.milestones.10.when': '2027-02-01', 'f.milestones.2.what': 'Trước', 'f.milestones.2.when': '2027-01-05', 'f.milestones.3.what': '  ', 'f.milestones.3.when': '', 'f.milestones.2.bogus': 'x' };
    assert.deepEqual(postedFields(projectDeclaration, body), { code: 'DA-1', milestones: [{ what: 'Trước', when: '2027-01-05' }, { what: 'Sau', when: '2027-02-01' }] });
    assert.deepEqual(jsonRawFields({ code: 'DA-1', 'milestones.1.what': 'Sau', 'milestones.0.what': 'Trước', 'milestones.0.when': '2027-01-05', 'milestones.2.what': '' }), { code: 'DA-1', milestones: [{ what: 'Trước', when: '2027-01-05' }, { what: 'Sau' }] });
    assert.deepEqual(jsonRawFields({ milestones: [{ what: 'Trước' }, { what: ' ' }] }), { milestones: [{ what: 'Trước' }] });
    assert.equal(jsonRawFields({ 'milestones.0.what': 3 }), undefined, 'a cell is a string');
    assert.deepEqual(shownValue(milestonesField, [{ when: '2027-01-05', what: 'Trước', extra: 'x' }]), [{ when: '05/01/2027', what: 'Trước' }], 'a day shown as written in Vietnam');
  });

  it('has a JSON schema, a readable diff and search text', () => {
    const schema = fieldsJsonSchema(projectDeclaration) as { properties: { milestones: { anyOf: [{ type: string; maxItems: number; items: { additionalProperties: boolean; required: string[]; properties: Record<string, Record<string, unknown>> } }] } } };
    const rows = schema.properties.milestones.anyOf[0];
    assert.equal(rows.type, 'array');
    assert.equal(rows.maxItems, 3);
    assert.equal(rows.items.additionalProperties, false);
    assert.deepEqual(rows.items.required, ['when', 'what']);
    assert.deepEqual(rows.items.properties.state!.enum, ['xong', 'cho']);
    assert.equal(rows.items.properties.when!.format, 'date');

    const before = [{ when: '2027-01-05', what: 'Khởi công', state: 'cho' }, { when: '2027-02-01', what: 'Nghiệm thu' }];
    const after = [{ when: '2027-01-05', what: 'Khởi công', state: 'xong' }, { when: '2027-02-01', what: 'Nghiệm thu' }, { when: '2027-03-01', what: 'Bàn giao' }];
    const parts = rowsDiff(milestonesField, before, after, 'vi');
    const text = (filter: (p: { added?: boolean | undefined; removed?: boolean | undefined }) => boolean) => parts.filter(filter).map((p) => p.value).join('');
    assert.match(text((p) => !!p.removed), /Đang chờ/);
    assert.match(text((p) => !!p.added), /Đã xong[\s\S]*Ngày: 01\/03\/2027 · Công việc: Bàn giao/);
    assert.ok(text((p) => !p.added && !p.removed).includes('Ngày: 01/02/2027 · Công việc: Nghiệm thu\n'), 'an unchanged row as it is');
    const changes = fieldChanges(projectDeclaration, JSON.stringify({ milestones: before }), JSON.stringify({ milestones: after }), 'en');
    assert.deepEqual(changes.map((c) => c.label), ['Milestones']);

    const search = declaredSearchText(projectDeclaration, { title: 'Dự án A', summary: '', body: '', fields: { milestones: after } });
    assert.match(search.body, /Khởi công Đã xong\nNghiệm thu\nBàn giao/);
  });
});

for (const kind of testDatabases()) {
  describe(`a rows field through the API and the core preview on ${kind}`, () => {
    let portal: TestPortal;
    before(async () => {
      portal = await createTestPortal(kind, { extraModules: [{ name: 'test-projects', contentType: 'test-project', declaration: projectDeclaration }] });
    });
    after(() => portal.close());

    it('stores rows through the admin API, shows them as a table in the preview and on the public JSON', async () => {
      const editor = await makeStaff(portal, 'editor', `du-an-${kind}`);
      const approver = await makeStaff(portal, 'approver', `duyet-du-an-${kind}`);
      const created = await api(portal, editor)('POST', '/api/v1/admin/content/test-project', { title: 'Dự án cảng cá', fields: { code: 'DA-2', milestones: [{ when: '2027-01-05', what: 'Khởi công', state: 'xong' }, { when: '2027-02-01', what: 'Nghiệm thu' }] } });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const id = created.body.id as number;
      const revisions = await api(portal, editor)('GET', `/api/v1/admin/content/test-project/${id}/revisions`);
      const preview = await portal.app.inject(new URL((revisions.body.items as { previewUrl: string }[])[0]!.previewUrl).pathname);
      assert.equal(preview.statusCode, 200);
      const table = parse(preview.body).querySelector('.field-rows table')!;
      assert.equal(parse(preview.body).querySelector('.field-rows h2')!.text, 'Các mốc tiến độ');
      assert.deepEqual(table.querySelectorAll('thead th').map((th) => th.text), ['Ngày', 'Giờ', 'Công việc', 'Ghi chú', 'Tình trạng']);
      assert.deepEqual(table.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('td').map((td) => td.text)), [['05/01/2027', '', 'Khởi công', '', 'Đã xong'], ['01/02/2027', '', 'Nghiệm thu', '', '']]);
      assert.doesNotMatch(preview.body, /\[object Object\]/);
      assert.equal((await api(portal, approver)('POST', `/api/v1/admin/content/test-project/${id}/publishNow`, {})).status, 200);
      const json = (await portal.app.inject(`/api/v1/du-an-thu-nghiem/${id}`)).json() as { fields: Record<string, unknown> };
      assert.deepEqual(json.fields.milestones, [{ when: '2027-01-05', what: 'Khởi công', state: 'xong' }, { when: '2027-02-01', what: 'Nghiệm thu' }]);
      const form = parse((await (await signedIn(portal, editor.email)).get(`/admin/content/test-project/${id}`)).body);
      assert.equal(form.querySelectorAll('fieldset[id="f-f.milestones"] tbody tr').length, 3, 'at most maxRows rows, spare ones included');
      assert.equal(form.querySelector('select[name="f.milestones.0.state"] option[selected]')!.text, 'Đã xong');
    });
  });
}
