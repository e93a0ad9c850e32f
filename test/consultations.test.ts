// Drafts open for public comment (Decree 42/2022 A11, A15): open, upcoming and closed drafts; a
// comment on an article or the whole draft while it is open, shown only after moderation; after
// closing, no form and the report on the comments. Bad input changes nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { createUser } from '../src/core/auth/users.ts';
import { publishItem } from '../src/core/content-types/publish-item.ts';
import { FieldsInvalid, validateFields } from '../src/core/content-types/validate.ts';
import { formSecret } from '../src/core/submissions/form.tsx';
import { issueFormToken } from '../src/core/submissions/guard.ts';
import { submissionsDb } from '../src/core/submissions/schema.ts';
import { consultationClock } from '../src/modules/consultations/clock.ts';
import { draftDeclaration } from '../src/modules/consultations/declaration.ts';
import { readDemoDrafts } from '../src/modules/consultations/demo.ts';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';
import { signedIn, testPassword } from './helpers/session.ts';

const demo = readDemoDrafts();
const day = 86_400_000;

for (const kind of testDatabases()) {
  describe(`consultations on ${kind}`, () => {
    let portal: TestPortal;
    let slug: string;
    let draftId: number;
    let ip = 0;
    const newIp = () => `192.0.2.${++ip}`;

    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
      await createUser(portal.ctx.db.kysely, { email: 'duyet-gy@bqlkkt.test', name: 'Lãnh đạo duyệt', role: 'approver', password: testPassword, categoryIds: null });
      const now = Date.now();
      draftId = await publishItem(portal.ctx.db.kysely, draftDeclaration, {
        title: 'Dự thảo Quy định thử nghiệm về giờ làm việc tại Bộ phận Một cửa',
        summary: 'Dự thảo dùng trong kiểm thử.',
        fields: { issuer: 'Văn phòng Ban Quản lý', opensAt: new Date(now - day).toISOString(), closesAt: new Date(now + 10 * day).toISOString(), articles: 'Điều 1. Giờ tiếp nhận hồ sơ\nĐiều 2. Trả kết quả' },
        publishedAt: new Date(now - 2 * day),
        sourceKey: 'test:draft:1',
      });
      slug = (await portal.ctx.db.kysely.selectFrom('content').select('slug').where('id', '=', draftId).executeTakeFirstOrThrow()).slug;
    });
    after(() => {
      consultationClock.now = () => new Date();
      return portal.close();
    });

    const get = (url: string) => portal.app.inject({ method: 'GET', url });
    const token = async () => issueFormToken(await formSecret(portal.ctx.db.kysely), 'comment', new Date(Date.now() - 10_000));
    const send = async (form: Record<string, string>, url = `/gop-y-du-thao/${slug}`) =>
      portal.app.inject({ method: 'POST', url, remoteAddress: newIp(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(form).toString() });
    const comments = async () => Number((await submissionsDb(portal.ctx.db.kysely).selectFrom('submissions').select((eb) => eb.fn.countAll<number>().as('n')).where('subject_id', '=', draftId).executeTakeFirstOrThrow()).n);

    it('lists the drafts open first, then upcoming, then closed, each with its state', async () => {
      const page = parse((await get('/gop-y-du-thao')).body);
      const states = page.querySelectorAll('.consultation-item .state-badge').map((b) => b.text);
      assert.equal(states.length, demo.length + 1);
      const order = states.map((s) => ['Đang lấy ý kiến', 'Sắp lấy ý kiến', 'Đã hết hạn góp ý'].indexOf(s));
      assert.ok(order.every((o) => o >= 0), states.join(', '));
      assert.deepEqual(order, [...order].sort((a, b) => a - b), 'open, then upcoming, then closed');
      assert.equal((await get('/en/consultations')).statusCode, 200);
    });

    it('an open draft takes a comment on an article; it appears only after an approver publishes it', async () => {
      const page = parse((await get(`/gop-y-du-thao/${slug}`)).body);
      const options = page.querySelectorAll('select[name="f.article"] option').map((o) => o.text);
      assert.deepEqual(options, ['Toàn bộ dự thảo', 'Điều 1. Giờ tiếp nhận hồ sơ', 'Điều 2. Trả kết quả']);
      const sent = await send({ _t: await token(), 'f.article': 'Điều 1. Giờ tiếp nhận hồ sơ', 'f.content': 'Đề nghị tiếp nhận hồ sơ cả sáng thứ Bảy.', name: 'Phạm Minh Tuấn', email: 'tuan@example.vn' });
      assert.equal(sent.statusCode, 200);
      assert.match(parse(sent.body).querySelector('[role="status"]')!.text, /sau khi được kiểm duyệt/);
      const row = await submissionsDb(portal.ctx.db.kysely).selectFrom('submissions').selectAll().where('subject_id', '=', draftId).executeTakeFirstOrThrow();
      assert.equal(row.kind, 'comment');
      assert.ok(!(await get(`/gop-y-du-thao/${slug}`)).body.includes('cả sáng thứ Bảy'), 'not shown before moderation');

      const approver = await signedIn(portal, 'duyet-gy@bqlkkt.test');
      const detail = await approver.get(`/admin/submissions/${row.id}`);
      assert.ok(detail.body.includes(`/admin/content/draft/${draftId}`), 'staff see which draft it is about');
      assert.equal((await approver.post(`/admin/submissions/${row.id}/cong-bo`, {})).status, 303);
      const shown = parse((await get(`/gop-y-du-thao/${slug}`)).body);
      const listed = shown.querySelectorAll('.consultation-comments__list li');
      assert.equal(listed.length, 1);
      assert.match(listed[0]!.text, /Điều 1\. Giờ tiếp nhận hồ sơ/);
      assert.ok(!shown.toString().includes('Phạm Minh Tuấn') && !shown.toString().includes('tuan@example.vn'), 'never who sent it');
    });

    it('refuses what it cannot take and stores nothing: an article not in the draft, an empty comment, a closed or upcoming draft', async () => {
      const before = await comments();
      const unknown = await send({ _t: await token(), 'f.article': 'Điều 99. Không có', 'f.content': 'Góp ý.', name: 'Phạm Minh Tuấn', email: 'tuan2@example.vn' });
      assert.equal(unknown.statusCode, 400);
      assert.match(parse(unknown.body).querySelector('.error-summary')!.text, /Hãy chọn một điều, mục/);
      const empty = await send({ _t: await token(), 'f.content': '', name: 'Phạm Minh Tuấn', email: 'tuan3@example.vn' });
      assert.equal(empty.statusCode, 400);

      consultationClock.now = () => new Date(Date.now() + 11 * day);
      try {
        const closed = parse((await get(`/gop-y-du-thao/${slug}`)).body);
        assert.equal(closed.querySelector('form.submission-form'), null, 'no form once closed');
        assert.match(closed.querySelector('.consultation-report')!.text, /Báo cáo tổng hợp ý kiến sẽ được đăng tại đây/);
        assert.equal(closed.querySelectorAll('.consultation-comments__list li').length, 1, 'approved comments stay');
        const late = await send({ _t: await token(), 'f.content': 'Góp ý muộn.', name: 'Phạm Minh Tuấn', email: 'tuan4@example.vn' });
        assert.equal(late.statusCode, 400);
        assert.match(late.body, /hết thời gian lấy ý kiến/);
      } finally {
        consultationClock.now = () => new Date();
      }
      consultationClock.now = () => new Date(Date.now() - 1.5 * day); // published, not open yet
      try {
        const early = await send({ _t: await token(), 'f.content': 'Góp ý sớm.', name: 'Phạm Minh Tuấn', email: 'tuan5@example.vn' });
        assert.equal(early.statusCode, 400, 'not open yet');
      } finally {
        consultationClock.now = () => new Date();
      }
      assert.equal(await comments(), before);
      assert.equal((await get('/gop-y-du-thao/khong-co-du-thao-nay')).statusCode, 404);
    });

    it('a closed demo draft shows its report; the declaration refuses a period that ends before it starts', async () => {
      const closedWithReport = demo.find((d) => d.report)!;
      const row = await portal.ctx.db.kysely.selectFrom('content').select('slug').where('title', '=', closedWithReport.title).executeTakeFirstOrThrow();
      const page = parse((await get(`/gop-y-du-thao/${row.slug}`)).body);
      assert.match(page.querySelector('.consultation-report')!.text, /tiếp thu/);
      assert.equal(page.querySelector('form.submission-form'), null);
      await assert.rejects(
        validateFields(draftDeclaration, { issuer: 'Văn phòng', opensAt: '2026-12-10T01:00:00.000Z', closesAt: '2026-12-01T01:00:00.000Z' }, 'json'),
        (e: unknown) => e instanceof FieldsInvalid && e.problems.some((p) => p.field === 'closesAt' && p.message.vi === 'Thời hạn góp ý phải sau thời điểm bắt đầu.'),
      );
    });
  });
}
