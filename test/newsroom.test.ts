// Editing for a small newsroom (issue #8 §4), through the real back-office forms (session + CSRF)
// and the admin API: the lead story and pinning, byline and source, a thumbnail with alt text,
// the display date, "publish now", the view-on-site link, the take-down kind placeholder, and the
// article lists' search, filters, pages and published column.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { mediaDb } from '../src/core/media/schema.ts';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';
import { signedIn, type Browserish } from './helpers/session.ts';
import { api, makeStaff, type Staff } from './helpers/staff.ts';

const tinBql = 'tin-ban-quan-ly';

for (const kind of testDatabases()) {
  describe(`newsroom on ${kind}`, () => {
    let portal: TestPortal;
    let contributor: Staff, editor: Staff, approver: Staff, approver2: Staff, admin: Staff;
    let asContributor: Browserish, asApprover: Browserish, asApprover2: Browserish;
    let categoryId: number;
    let imageId: number;
    const imageKey = 'abcdefghijklmnopqrstuvwx-960.webp';

    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
      contributor = await makeStaff(portal, 'contributor', 'phongvien');
      editor = await makeStaff(portal, 'editor', 'bientap');
      approver = await makeStaff(portal, 'approver', 'lanhdao');
      approver2 = await makeStaff(portal, 'approver', 'lanhdao2');
      admin = await makeStaff(portal, 'admin', 'quantri');
      asContributor = await signedIn(portal, contributor.email);
      asApprover = await signedIn(portal, approver.email);
      asApprover2 = await signedIn(portal, approver2.email);
      categoryId = (await portal.ctx.db.kysely.selectFrom('categories').select('id').where('slug', '=', tinBql).executeTakeFirstOrThrow()).id;
      const now = new Date().toISOString();
      imageId = (
        await mediaDb(portal.ctx.db.kysely)
          .insertInto('media')
          .values({ kind: 'image', original_name: 'hoi-nghi.jpg', key: imageKey, mime: 'image/jpeg', size: 1000, width: 1200, height: 675, search_text: ' hoi nghi ', sha256: 'x'.repeat(64), created_by: approver.id, created_at: now, updated_at: now })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    });
    after(() => portal.close());

    /** A draft made through the "new article" form (the generic form of news); returns its id. */
    async function draftVia(b: Browserish, title: string): Promise<number> {
      assert.equal((await b.get('/admin/content/news/new')).status, 200);
      const res = await b.post('/admin/content/news', { title, category: String(categoryId) });
      assert.equal(res.status, 303, res.body.slice(0, 300));
      return Number(/\/admin\/content\/news\/(\d+)/.exec(res.location ?? '')![1]);
    }

    /** The edit form's current fields, as a browser would send them back (to the form's own action), with changes. */
    async function save(b: Browserish, id: number, changes: Record<string, string | string[]>) {
      const page = await b.get(`/admin/content/news/${id}`);
      assert.equal(page.status, 200);
      const action = /<form method="post" action="([^"]+)" class="edit-form"/.exec(page.body)![1]!;
      const revision = /name="baseRevision" value="(\d+)"/.exec(page.body)![1]!;
      const title = /name="title"[^>]*value="([^"]*)"/.exec(page.body)?.[1] ?? 'Tiêu đề';
      return b.post(action, { baseRevision: revision, title, summary: '', body: '<p>Nội dung bài.</p>', category: String(categoryId), ...changes });
    }

    const fieldsOf = async (id: number) => JSON.parse((await portal.ctx.db.kysely.selectFrom('content').select('fields').where('id', '=', id).executeTakeFirstOrThrow()).fields) as Record<string, unknown>;
    const statusOf = async (id: number) => (await portal.ctx.db.kysely.selectFrom('content').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

    it('byline defaults to the writer, byline and source are edited on the form, revisioned, shown on the public page', async () => {
      const id = await draftVia(asContributor, 'Hội nghị xúc tiến đầu tư vào Khu kinh tế Phú Quốc');
      assert.equal((await fieldsOf(id)).byline, 'phongvien', 'the account name is the default byline');
      const page = await asContributor.get(`/admin/content/news/${id}`);
      assert.match(page.body, /Tác giả/);
      assert.match(page.body, /Nguồn/);
      assert.match(page.body, /name="f\.byline"[^>]*value="phongvien"/);
      const res = await save(asContributor, id, { 'f.byline': 'Minh Trung', 'f.source': 'Báo Kiên Giang' });
      assert.equal(res.status, 303, res.body.slice(0, 500));
      assert.deepEqual({ byline: (await fieldsOf(id)).byline, source: (await fieldsOf(id)).source }, { byline: 'Minh Trung', source: 'Báo Kiên Giang' });
      const revs = await portal.ctx.db.kysely.selectFrom('revisions').select(['revision', 'fields']).where('content_id', '=', id).orderBy('revision').execute();
      assert.equal(JSON.parse(revs[0]!.fields).byline, 'phongvien', 'the first revision holds the default byline');
      assert.equal(JSON.parse(revs.at(-1)!.fields).source, 'Báo Kiên Giang', 'the save is a revision with the new source');
      const history = await asContributor.get(`/admin/content/news/${id}/history?a=1&b=${revs.at(-1)!.revision}`);
      assert.equal(history.status, 200);
      assert.match(history.body, /Báo Kiên Giang/, 'the diff shows the source');
      // publish in one step as another approver, then read the public page
      await asContributor.post(`/admin/content/news/${id}/move/submit`, {});
      await asApprover.get(`/admin/content/news/${id}`);
      const now = await asApprover.post(`/admin/content/news/${id}/move/publishNow`, {});
      assert.equal(now.status, 303, now.body.slice(0, 500));
      const pub = (await portal.app.inject(`/api/v1/articles/${id}`)).json();
      assert.equal(pub.author, 'Minh Trung');
      assert.equal(pub.source, 'Báo Kiên Giang');
      const html = (await portal.app.inject(pub.url.replace(portal.ctx.config.baseUrl, ''))).body;
      assert.match(html, /<span class="author">Minh Trung<\/span>/);
      assert.match(html, /Báo Kiên Giang/);
    });

    it('publish now: approve + publish recorded, own approval refused for an approver, contributors cannot, view-on-site link after', async () => {
      const own = await draftVia(asApprover, 'Ban Quản lý làm việc với nhà đầu tư khu công nghiệp Thạnh Lộc');
      const ownPage = await asApprover.get(`/admin/content/news/${own}`);
      assert.doesNotMatch(ownPage.body, /move\/publishNow/, 'no "publish now" on one’s own draft');
      const refused = await asApprover.post(`/admin/content/news/${own}/move/publishNow`, {});
      assert.equal(refused.status, 403);
      assert.match(refused.body, /Nội dung phải được một người khác duyệt/);
      assert.equal(await statusOf(own), 'draft');

      const byContributor = await draftVia(asContributor, 'Phóng viên thử đăng ngay bài của mình');
      assert.doesNotMatch((await asContributor.get(`/admin/content/news/${byContributor}`)).body, /move\/publishNow/);
      assert.equal((await asContributor.post(`/admin/content/news/${byContributor}/move/publishNow`, {})).status, 403);
      assert.equal((await api(portal, contributor)('POST', `/api/v1/admin/articles/${byContributor}/publishNow`)).status, 403);
      assert.equal((await api(portal, editor)('POST', `/api/v1/admin/articles/${byContributor}/publishNow`)).status, 403, 'an editor approves but does not publish');

      const page = await asApprover2.get(`/admin/content/news/${own}`);
      assert.match(page.body, /move\/publishNow/);
      assert.match(page.body, />\s*Đăng ngay\s*</);
      const done = await asApprover2.post(`/admin/content/news/${own}/move/publishNow`, {});
      assert.equal(done.status, 303, done.body.slice(0, 500));
      assert.equal(await statusOf(own), 'published');
      const notes = await portal.ctx.db.kysely.selectFrom('revisions').select('note').where('content_id', '=', own).orderBy('revision').execute();
      assert.deepEqual(notes.map((n) => n.note), ['create', 'approve', 'publish']);
      const audit = await portal.ctx.db.kysely.selectFrom('audit_log').select(['action', 'user_id']).where('target_id', '=', String(own)).orderBy('id').execute();
      assert.deepEqual(audit.map((a) => a.action), ['content.create', 'content.approve', 'content.publish']);
      assert.ok(audit.slice(1).every((a) => a.user_id === approver2.id));

      const after = await asApprover2.get(`/admin/content/news/${own}?ok=moved`);
      const slug = (await portal.ctx.db.kysely.selectFrom('content').select('slug').where('id', '=', own).executeTakeFirstOrThrow()).slug;
      assert.match(after.body, new RegExp(`href="/tin-tuc/${tinBql}/${slug}"[^>]*>Xem trên cổng`));
      assert.equal((await portal.app.inject(`/tin-tuc/${tinBql}/${slug}`)).statusCode, 200);
      // an admin may publish their own draft at once
      const adminDraft = (await api(portal, admin)('POST', '/api/v1/admin/articles', { title: 'Thông báo của quản trị', body: '<p>Nội dung.</p>', category: tinBql })).body.id as number;
      assert.equal((await api(portal, admin)('POST', `/api/v1/admin/articles/${adminDraft}/publishNow`)).body.status, 'published');
    });

    it('the take-down form has no preselected kind, and a missing kind is refused', async () => {
      const published = (await portal.ctx.db.kysely.selectFrom('content').select('id').where('status', '=', 'published').where('type', '=', 'news').orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
      const page = await asApprover.get(`/admin/content/news/${published}`);
      assert.match(page.body, /<select id="f-kind" name="kind" required><option value selected disabled>— Chọn hình thức —<\/option><option value="error-gone">/);
      const res = await asApprover.post(`/admin/content/news/${published}/move/unpublish`, { kind: '', reason: 'Thử gỡ không chọn hình thức' });
      assert.equal(res.status, 400);
      assert.match(res.body, /Hình thức gỡ nội dung không hợp lệ/);
      assert.equal(await statusOf(published), 'published');
    });

    it('a thumbnail with alt text is shown on the lists and counts as a use of the image; without alt it is refused', async () => {
      const id = await draftVia(asApprover2, 'Khu kinh tế Phú Quốc đón đoàn công tác');
      const noAlt = await save(asApprover2, id, { 'f.cover': String(imageId) });
      assert.equal(noAlt.status, 400);
      assert.match(noAlt.body, /Cần mô tả ảnh đại diện \(alt\) khi đã chọn ảnh/);
      assert.equal((await fieldsOf(id)).cover, undefined, 'nothing saved');
      const apiNoAlt = await api(portal, approver2)('PATCH', `/api/v1/admin/content/news/${id}`, { fields: { cover: [imageId] } });
      assert.equal(apiNoAlt.status, 400);
      const ok = await save(asApprover2, id, { 'f.cover': String(imageId), 'f.coverAlt': 'Đoàn công tác thăm cảng An Thới' });
      assert.equal(ok.status, 303, ok.body.slice(0, 500));
      const row = await portal.ctx.db.kysely.selectFrom('content').select(['cover_image', 'cover_alt']).where('id', '=', id).executeTakeFirstOrThrow();
      assert.deepEqual(row, { cover_image: `/media/${imageKey}`, cover_alt: 'Đoàn công tác thăm cảng An Thới' });
      const usage = await mediaDb(portal.ctx.db.kysely).selectFrom('media_usage').select('content_id').where('media_id', '=', imageId).execute();
      assert.deepEqual(usage.map((u) => u.content_id), [id], 'the thumbnail counts as a use of the image');
      await asApprover.post(`/admin/content/news/${id}/move/publishNow`, {});
      assert.equal(await statusOf(id), 'published');
      const list = (await portal.app.inject(`/tin-tuc/${tinBql}`)).body;
      assert.match(list, new RegExp(`<img class="card__image" src="/media/${imageKey}" alt="Đoàn công tác thăm cảng An Thới"`));
      // removing the thumbnail falls back to the body's first figure (none here: no image)
      const cleared = await save(asApprover, id, { 'f.coverAlt': '' });
      assert.equal(cleared.status, 303);
      assert.equal((await portal.ctx.db.kysely.selectFrom('content').select('cover_image').where('id', '=', id).executeTakeFirstOrThrow()).cover_image, null);
    });

    it('the display date overrides the time shown, not the order', async () => {
      const id = await draftVia(asApprover2, 'Ngày hiển thị khác thời điểm đăng');
      assert.equal((await save(asApprover2, id, { 'f.displayedAt': '2020-07-07T13:42' })).status, 303);
      await asApprover.post(`/admin/content/news/${id}/move/publishNow`, {});
      const slug = (await portal.ctx.db.kysely.selectFrom('content').select('slug').where('id', '=', id).executeTakeFirstOrThrow()).slug;
      const html = (await portal.app.inject(`/tin-tuc/${tinBql}/${slug}`)).body;
      assert.match(html, /\(13:42 \| 07\/07\/2020\)/);
      const first = (await portal.app.inject('/api/v1/articles')).json().items[0];
      assert.equal(first.id, id, 'still first by publication time');
    });

    it('featured and pinned: approvers choose the lead story, contributors may not; audited', async () => {
      const lead = async () => /<article class="lead">[\s\S]*?<h3 class="lead__title">\s*<a href="[^"]+">([^<]+)<\/a>/.exec((await portal.app.inject('/')).body)?.[1];
      const older = await draftVia(asApprover2, 'Bài cũ được ghim lên trang chủ');
      await asApprover.post(`/admin/content/news/${older}/move/publishNow`, {});
      const newer = await draftVia(asApprover2, 'Bài mới được đánh dấu nổi bật');
      await asApprover.post(`/admin/content/news/${newer}/move/publishNow`, {});
      const demoLead = await lead();
      assert.ok(demoLead && demoLead !== 'Bài mới được đánh dấu nổi bật', 'the demo set’s featured article leads, not merely the newest');

      // a contributor's form shows the choice read-only, and posting it is refused
      const mine = await draftVia(asContributor, 'Phóng viên muốn ghim bài');
      const page = await asContributor.get(`/admin/content/news/${mine}`);
      assert.match(page.body, /<fieldset disabled class="field-locked">/);
      const refused = await save(asContributor, mine, { 'f.placement': 'pinned' });
      assert.equal(refused.status, 403);
      assert.equal((await fieldsOf(mine)).placement, undefined);
      const apiRefused = await api(portal, contributor)('PATCH', `/api/v1/admin/content/news/${mine}`, { fields: { placement: ['featured'] } });
      assert.equal(apiRefused.status, 403);
      // ... while an ordinary save of the same form keeps working
      assert.equal((await save(asContributor, mine, { 'f.source': 'Cổng thông tin' })).status, 303);

      assert.equal((await save(asApprover, newer, { 'f.placement': 'featured' })).status, 303);
      assert.equal(await lead(), 'Bài mới được đánh dấu nổi bật', 'the newest featured article leads');
      assert.equal((await save(asApprover, older, { 'f.placement': ['pinned', 'featured'] })).status, 303);
      assert.deepEqual((await fieldsOf(older)).placement, ['pinned', 'featured']);
      assert.equal(await lead(), 'Bài cũ được ghim lên trang chủ', 'the pinned article leads');
      const entry = await portal.ctx.db.kysely.selectFrom('audit_log').select(['action', 'details', 'user_id']).where('target_id', '=', String(older)).orderBy('id', 'desc').executeTakeFirstOrThrow();
      assert.equal(entry.action, 'content.save');
      assert.equal(entry.user_id, approver.id);
      assert.deepEqual(JSON.parse(entry.details!).fields.placement, { from: null, to: ['pinned', 'featured'] });
      // an editor sees the pin read-only
      const asEditor = await signedIn(portal, editor.email);
      assert.match((await asEditor.get(`/admin/content/news/${older}`)).body, /<fieldset disabled class="field-locked">[\s\S]*?value="pinned" checked/);
      // unpinning: the newest featured one leads again
      assert.equal((await save(asApprover, older, { 'f.placement': 'featured' })).status, 303);
      assert.equal(await lead(), 'Bài mới được đánh dấu nổi bật');
    });

    it('the article lists: search, filters, pages and the published column', async () => {
      const list = await asApprover.get(`/admin/content/news?q=${encodeURIComponent('ghim')}&category=${categoryId}&status=published`);
      assert.equal(list.status, 200);
      assert.match(list.body, /Bài cũ được ghim lên trang chủ/);
      assert.doesNotMatch(list.body, /Bài mới được đánh dấu nổi bật/);
      assert.match(list.body, /<th scope="col">Ngày đăng<\/th>|<th scope="col">Đăng<\/th>|Ngày đăng/);
      const byAuthor = await asApprover.get(`/admin/content/news?author=${contributor.id}`);
      assert.match(byAuthor.body, /Phóng viên muốn ghim bài/);
      assert.doesNotMatch(byAuthor.body, /Bài cũ được ghim lên trang chủ/);
      const all = await asApprover.get('/admin/content/news');
      assert.match(all.body, /rel="next"/, 'the demo set fills more than one page');
      // /admin/articles (the old list) now opens the declared type's list, with its filters kept
      const articles = await asApprover.get('/admin/articles?status=published');
      assert.equal(articles.status, 303);
      assert.equal(articles.location, '/admin/content/news?status=published');
      assert.match(all.body, /Ngày đăng/, 'the list shows the published date');
    });
  });
}
