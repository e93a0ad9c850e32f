// News is written in the generic back office like every declared type (issue #8): the older
// /admin/articles pages redirect to /admin/content/news…, their form posts are handled by the same
// generic handlers; autosave carries the declared news fields; the generic form has what the news
// form had (editor island, revision and history links, preview, view on the site, the other
// editor's warning, the 409 on a stale save, read-only fields saying who may change them); the
// dashboard's queues use the generic table of items.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ContentTypeDeclaration } from '../src/core/content-types/declaration.ts';
import type { PortalModule } from '../src/core/modules.ts';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';
import { signedIn, type Browserish } from './helpers/session.ts';
import { api, makeStaff, type Staff } from './helpers/staff.ts';

/** A fake type with a field only administrators may change (its own permissions, not news's). */
const noticeDeclaration: ContentTypeDeclaration = {
  type: 'test-notice',
  label: { vi: 'Thông cáo thử', en: 'Test notice' },
  plural: { vi: 'Các thông cáo thử', en: 'Test notices' },
  fields: [
    { name: 'ref', kind: 'text', label: { vi: 'Số hiệu', en: 'Reference' } },
    { name: 'level', kind: 'select', label: { vi: 'Mức ưu tiên', en: 'Priority' }, options: [{ value: 'high', label: { vi: 'Cao', en: 'High' } }], action: 'article.publish' },
  ],
  categories: false,
  api: 'thong-cao-thu',
  paths: { vi: '/thong-cao-thu' },
  itemPath: (item) => `/thong-cao-thu/${item.slug}`,
  permissions: { 'article.publish': ['admin'] },
};
const noticeModule: PortalModule = { name: 'test-notices', contentType: 'test-notice', declaration: noticeDeclaration };

const pageOf = (body: string) => ({
  autosaveUrl: /data-autosave-url="([^"]+)"/.exec(body)?.[1],
  revision: Number(/name="baseRevision" value="(\d+)"/.exec(body)?.[1]),
  action: /<form method="post" action="([^"]+)" class="edit-form"/.exec(body)?.[1],
});

for (const kind of testDatabases()) {
  describe(`news in the generic back office on ${kind}`, () => {
    let portal: TestPortal;
    let contributor: Staff, contributor2: Staff, editor: Staff, approver: Staff, approver2: Staff, admin: Staff;
    let asContributor: Browserish, asEditor: Browserish, asApprover: Browserish;
    let categoryId: number;

    before(async () => {
      portal = await createTestPortal(kind, { demo: true, extraModules: [noticeModule] });
      contributor = await makeStaff(portal, 'contributor', 'pv-chung');
      contributor2 = await makeStaff(portal, 'contributor', 'pv-khac');
      editor = await makeStaff(portal, 'editor', 'bt-chung');
      approver = await makeStaff(portal, 'approver', 'ld-chung');
      approver2 = await makeStaff(portal, 'approver', 'ld-hai');
      admin = await makeStaff(portal, 'admin', 'qt-chung');
      asContributor = await signedIn(portal, contributor.email);
      asEditor = await signedIn(portal, editor.email);
      asApprover = await signedIn(portal, approver.email);
      categoryId = (await portal.ctx.db.kysely.selectFrom('categories').select('id').where('slug', '=', 'tin-ban-quan-ly').executeTakeFirstOrThrow()).id;
    });
    after(() => portal.close());

    const draftBy = async (who: Staff, title: string) => {
      const r = await api(portal, who)('POST', '/api/v1/admin/content/news', { title, body: '<p>Nội dung.</p>', category: 'tin-ban-quan-ly' });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      return r.body.id as number;
    };
    const fieldsOf = async (id: number) => JSON.parse((await portal.ctx.db.kysely.selectFrom('content').select('fields').where('id', '=', id).executeTakeFirstOrThrow()).fields) as Record<string, unknown>;
    const statusOf = async (id: number) => (await portal.ctx.db.kysely.selectFrom('content').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

    it('the older pages redirect to the generic ones, keeping their query; any visible item, of any type', async () => {
      const id = await draftBy(contributor, 'Bài mở bằng địa chỉ cũ');
      const fresh = await asContributor.get('/admin/articles/new');
      assert.equal(fresh.status, 303);
      assert.equal(fresh.location, '/admin/content/news/new');
      assert.equal((await asContributor.get(fresh.location!)).status, 200);
      const old = await asContributor.get(`/admin/articles/${id}?ok=saved`);
      assert.equal(old.status, 303);
      assert.equal(old.location, `/admin/content/news/${id}?ok=saved`);
      const page = await asContributor.get(old.location!);
      assert.equal(page.status, 200);
      assert.match(page.body, /Đã lưu\./);
      // a legal document's old address (links in the media library and elsewhere) opens its own form
      const documentId = (await portal.ctx.db.kysely.selectFrom('content').select('id').where('type', '=', 'document').orderBy('id').executeTakeFirstOrThrow()).id;
      assert.equal((await asEditor.get(`/admin/articles/${documentId}`)).location, `/admin/content/document/${documentId}`);
      // what the page itself would refuse is refused before redirecting
      const other = await signedIn(portal, contributor2.email);
      assert.equal((await other.get(`/admin/articles/${id}`)).status, 403);
      assert.equal((await asContributor.get('/admin/articles/999999')).status, 404);
      assert.equal((await asContributor.get('/admin/articles/abc')).status, 400);
      assert.equal((await asContributor.get(`/admin/articles/${id}?ok=1&ok=2`)).status, 400);
    });

    it('the older form posts are handled by the generic handlers (create, save with fields, autosave, moves)', async () => {
      const created = await asContributor.post('/admin/articles', { title: 'Bài tạo bằng biểu mẫu cũ', category: String(categoryId) });
      assert.equal(created.status, 303, created.body.slice(0, 300));
      const id = Number(/^\/admin\/articles\/(\d+)\?ok=created$/.exec(created.location!)![1]);
      const row = await portal.ctx.db.kysely.selectFrom('content').select(['type', 'status']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { type: 'news', status: 'draft' });
      assert.equal((await fieldsOf(id)).byline, 'pv-chung', 'the writer is the default byline, as on the generic form');

      const saved = await asContributor.post(`/admin/articles/${id}`, { baseRevision: '1', title: 'Bài tạo bằng biểu mẫu cũ', summary: '', body: '<p>Một.</p>', category: String(categoryId), 'f.byline': 'Minh Trung', 'f.source': 'Báo Kiên Giang' });
      assert.equal(saved.status, 303, saved.body.slice(0, 300));
      assert.equal(saved.location, `/admin/articles/${id}?ok=saved`);
      assert.deepEqual(await fieldsOf(id), { byline: 'Minh Trung', source: 'Báo Kiên Giang' });
      // a bad value comes back on the generic form, at its field
      const bad = await asContributor.post(`/admin/articles/${id}`, { baseRevision: '2', title: 'Bài tạo bằng biểu mẫu cũ', summary: '', body: '<p>Một.</p>', category: String(categoryId), 'f.byline': 'Minh Trung', 'f.displayedAt': 'ngày mai' });
      assert.equal(bad.status, 400);
      assert.equal(pageOf(bad.body).action, `/admin/content/news/${id}`);
      assert.match(bad.body, /id="f-f\.displayedAt-error"/);

      const autosaved = await asContributor.post(`/admin/articles/${id}/autosave`, { title: 'Bài tạo bằng biểu mẫu cũ', summary: '', body: '<p>Hai.</p>', baseRevision: 2, fields: { byline: 'Thu Hà', source: '' } } as unknown as Record<string, string>, { json: true });
      assert.equal(autosaved.status, 200, autosaved.body);
      assert.deepEqual(await fieldsOf(id), { byline: 'Thu Hà' });

      const moved = await asContributor.post(`/admin/articles/${id}/move/submit`, {});
      assert.equal(moved.status, 303, moved.body.slice(0, 300));
      assert.equal(moved.location, `/admin/articles/${id}?ok=moved`);
      assert.equal(await statusOf(id), 'submitted');
      assert.equal((await asContributor.post(`/admin/articles/${id}/move/dance`, {})).status, 404);
    });

    it('autosave of a news item carries its declared fields: the reloaded form and the revision show them', async () => {
      const id = await draftBy(contributor, 'Bài tự lưu cả tác giả');
      const editUrl = `/admin/content/news/${id}`;
      const page = await asContributor.get(editUrl);
      assert.equal(page.status, 200);
      assert.match(page.body, /data-autosave-fields/, 'the form sends its declared fields with each autosave');
      const { autosaveUrl, revision } = pageOf(page.body);
      assert.equal(autosaveUrl, `${editUrl}/autosave`);
      // what the editor island sends: every f.<name> input of the form (the read-only placement is not among them)
      const fields = { byline: 'Phóng viên Thu Hà', source: 'Cổng thông tin điện tử', displayedAt: '', cover: [], coverAlt: '' };
      const r = await asContributor.post(autosaveUrl!, { title: 'Bài tự lưu cả tác giả', summary: '', body: '<p>Đang gõ.</p>', baseRevision: revision, fields } as unknown as Record<string, string>, { json: true });
      assert.equal(r.status, 200, r.body);
      const saved = JSON.parse(r.body).revision as number;
      assert.equal(saved, revision + 1);

      const reloaded = await asContributor.get(editUrl);
      assert.match(reloaded.body, /name="f\.byline"[^>]*value="Phóng viên Thu Hà"/);
      assert.match(reloaded.body, /name="f\.source"[^>]*value="Cổng thông tin điện tử"/);
      const rev = await portal.ctx.db.kysely.selectFrom('revisions').select(['note', 'fields']).where('content_id', '=', id).where('revision', '=', saved).executeTakeFirstOrThrow();
      assert.equal(rev.note, 'autosave');
      assert.deepEqual(JSON.parse(rev.fields), { byline: 'Phóng viên Thu Hà', source: 'Cổng thông tin điện tử' });
      const history = await asContributor.get(`${editUrl}/history?a=1&b=${saved}`);
      assert.equal(history.status, 200);
      assert.match(history.body, /Tác giả/);
      assert.match(history.body, /Phóng viên Thu Hà/);

      // a half-typed bad value saves nothing and says which field, by its label
      const half = await asContributor.post(autosaveUrl!, { title: 'Bài tự lưu cả tác giả', summary: '', body: '<p>Gõ tiếp.</p>', baseRevision: saved, fields: { ...fields, displayedAt: 'mai' } } as unknown as Record<string, string>, { json: true });
      assert.equal(half.status, 400);
      assert.match(JSON.parse(half.body).error.message, /Ngày hiển thị/);
      assert.equal((await fieldsOf(id)).displayedAt, undefined);
    });

    it('the generic form of news has what the news form had', async () => {
      const id = await draftBy(approver, 'Bài có đủ công cụ của biểu mẫu');
      const editUrl = `/admin/content/news/${id}`;
      const own = await asApprover.get(editUrl);
      assert.equal(own.status, 200);
      // the editor island with its toolbar labels and media picker, the revision, history and preview
      assert.match(own.body, /<div data-editor="true" data-labels="[^"]+" data-media-picker-url="\/admin\/media\/picker"><textarea id="f-body" name="body"/);
      assert.match(own.body, /build\/editor\.js/);
      assert.match(own.body, /Phiên bản 1/);
      assert.match(own.body, new RegExp(`href="${editUrl}/history">Lịch sử sửa đổi<`));
      assert.match(own.body, /href="\/xem-truoc\/[\w-]+">Xem trước</);
      // an approver changes the placement (featured, pinned) like any field
      assert.match(own.body, /name="f\.placement" value="featured"/);
      assert.doesNotMatch(own.body, /field-locked/);
      assert.doesNotMatch(own.body, /Xem trên cổng/, 'not live yet');

      // someone else saved a moment ago: a warning, and a save from the older page is a 409 that keeps what was typed
      assert.equal((await api(portal, admin)('PATCH', `/api/v1/admin/content/news/${id}`, { summary: 'Quản trị sửa sapo.' })).status, 200);
      const warned = await asApprover.get(editUrl);
      assert.match(warned.body, /qt-chung cũng đang mở bài này/);
      const stale = await asApprover.post(pageOf(own.body).action!, { baseRevision: String(pageOf(own.body).revision), title: 'Tiêu đề gõ trên trang cũ', summary: '', body: '<p>Nội dung.</p>', category: String(categoryId), 'f.byline': 'ld-chung' });
      assert.equal(stale.status, 409);
      assert.match(stale.body, /Nội dung đã được người khác lưu sau khi bạn mở/);
      assert.match(stale.body, /name="title"[^>]*value="Tiêu đề gõ trên trang cũ"/);
      assert.equal((await portal.ctx.db.kysely.selectFrom('content').select('summary').where('id', '=', id).executeTakeFirstOrThrow()).summary, 'Quản trị sửa sapo.');

      // "publish now" for another approver, with its hint; then the public page is linked and the take-down form offered
      const asApprover2 = await signedIn(portal, approver2.email);
      const theirs = await asApprover2.get(editUrl);
      assert.match(theirs.body, new RegExp(`action="${editUrl}/move/publishNow"`));
      assert.match(theirs.body, /Duyệt và đăng trong một bước/);
      assert.equal((await asApprover2.post(`${editUrl}/move/publishNow`, {})).status, 303);
      const live = await asApprover2.get(`${editUrl}?ok=moved`);
      const slug = (await portal.ctx.db.kysely.selectFrom('content').select('slug').where('id', '=', id).executeTakeFirstOrThrow()).slug;
      assert.match(live.body, new RegExp(`href="/tin-tuc/tin-ban-quan-ly/${slug}" class="view-on-site">Xem trên cổng`));
      assert.match(live.body, new RegExp(`action="${editUrl}/move/unpublish"`));
      assert.doesNotMatch(live.body, /data-autosave-url/, 'a live item is not autosaved');
    });

    it('a guarded field is read-only to whoever lacks its action, saying who may change it (from the type’s own permissions)', async () => {
      const id = await draftBy(contributor, 'Phóng viên xem mục trang chủ');
      const page = await asContributor.get(`/admin/content/news/${id}`);
      assert.match(page.body, /<fieldset disabled class="field-locked">[\s\S]*?name="f\.placement"[\s\S]*?Chỉ người có vai trò “Lãnh đạo, ban biên tập” hoặc “Quản trị” được thay đổi mục này\.<\/p><\/fieldset>/);
      const fresh = await asContributor.get('/admin/content/news/new');
      assert.match(fresh.body, /<fieldset disabled class="field-locked">/, 'the creation page too');
      await asContributor.get('/admin/ngon-ngu/en?ve=/admin');
      const english = await asContributor.get(`/admin/content/news/${id}`);
      assert.match(english.body, /Only people with the role “Approver, editorial board” or “Administrator” may change this\./);
      await asContributor.get('/admin/ngon-ngu/vi?ve=/admin');

      // a type whose guarded action only administrators hold: an approver sees it locked, naming administrators only
      const notice = await api(portal, admin)('POST', '/api/v1/admin/content/test-notice', { title: 'Thông cáo có mức ưu tiên', body: '<p>Nội dung.</p>', fields: { ref: 'TC-1' } });
      assert.equal(notice.status, 201, JSON.stringify(notice.body));
      const noticeId = notice.body.id as number;
      const byApprover = await asApprover.get(`/admin/content/test-notice/${noticeId}`);
      assert.match(byApprover.body, /<fieldset disabled class="field-locked">[\s\S]*?name="f\.level"[\s\S]*?Chỉ người có vai trò “Quản trị” được thay đổi mục này\./);
      const asAdmin = await signedIn(portal, admin.email);
      assert.doesNotMatch((await asAdmin.get(`/admin/content/test-notice/${noticeId}`)).body, /field-locked/);
      // and any live item links to its public page through its declaration's itemPath
      assert.equal((await api(portal, admin)('POST', `/api/v1/admin/content/test-notice/${noticeId}/publishNow`)).status, 200);
      const slug = (await portal.ctx.db.kysely.selectFrom('content').select('slug').where('id', '=', noticeId).executeTakeFirstOrThrow()).slug;
      assert.match((await asAdmin.get(`/admin/content/test-notice/${noticeId}`)).body, new RegExp(`href="/thong-cao-thu/${slug}" class="view-on-site"`));
    });

    it('the dashboard and its queues use the generic table, over every type, and a queue can be narrowed to one type', async () => {
      const news = await draftBy(contributor, 'Tin chờ biên tập trong hàng đợi');
      await api(portal, contributor)('POST', `/api/v1/admin/content/news/${news}/submit`);
      const notice = (await api(portal, contributor)('POST', '/api/v1/admin/content/test-notice', { title: 'Thông cáo chờ biên tập trong hàng đợi', body: '<p>x</p>' })).body.id as number;
      assert.equal((await api(portal, contributor)('POST', `/api/v1/admin/content/test-notice/${notice}/submit`)).status, 200);

      const dashboard = await asEditor.get('/admin');
      assert.equal(dashboard.status, 200);
      assert.match(dashboard.body, /<a class="button" href="\/admin\/content\/news\/new">Tạo mới: tin bài<\/a>/);
      assert.match(dashboard.body, new RegExp(`href="/admin/content/news/${news}">Tin chờ biên tập trong hàng đợi<`));

      const queue = await asEditor.get('/admin/articles?queue=review');
      assert.equal(queue.status, 200);
      assert.match(queue.body, /<th scope="col">Loại nội dung<\/th>/);
      assert.match(queue.body, new RegExp(`href="/admin/content/news/${news}">Tin chờ biên tập trong hàng đợi</a></td><td>Tin bài</td>`));
      assert.match(queue.body, new RegExp(`href="/admin/content/test-notice/${notice}">Thông cáo chờ biên tập trong hàng đợi</a></td><td>Thông cáo thử</td>`));
      const narrowed = await asEditor.get('/admin/articles?queue=review&type=test-notice');
      assert.match(narrowed.body, /Thông cáo chờ biên tập trong hàng đợi/);
      assert.doesNotMatch(narrowed.body, /Tin chờ biên tập trong hàng đợi/);
      assert.match(narrowed.body, /<option value="test-notice" selected>/);
      // an unknown queue opens the news list, as before; a repeated parameter is a 400
      assert.equal((await asEditor.get('/admin/articles?queue=toString')).location, '/admin/content/news');
      assert.equal((await asEditor.get('/admin/articles?queue=review&queue=mine')).status, 400);
    });
  });
}
