// Questions and answers on the submissions mechanism (Decree 42/2022 A12, A15): ask with anti-spam
// (form token and fill time, honeypot, limits, a question after repeated attempts), get a tracking
// code, follow it; staff assign, note, answer, publish, erase personal data; published answers on
// /hoi-dap never show contact details. Bad input and spam change nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { createUser } from '../src/core/auth/users.ts';
import { formSecret } from '../src/core/submissions/form.tsx';
import { challengeAfter, issueFormToken, normalizeTrackingCode } from '../src/core/submissions/guard.ts';
import { submissionsDb } from '../src/core/submissions/schema.ts';
import { readDemoQuestions } from '../src/modules/questions/demo.ts';
import { questionsModule } from '../src/modules/questions/index.ts';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';
import { signedIn, testPassword } from './helpers/session.ts';

const demo = readDemoQuestions();
const words: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9 };

for (const kind of testDatabases()) {
  describe(`questions and answers on ${kind}`, () => {
    let portal: TestPortal;
    let ipCounter = 0;
    /** a fresh client address, so that the limits of one test do not reach another */
    const newIp = () => `198.51.100.${++ipCounter}`;

    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
      for (const [role, email] of [
        ['editor', 'bien-tap-hd@bqlkkt.test'],
        ['approver', 'lanh-dao-hd@bqlkkt.test'],
        ['contributor', 'cong-tac-vien-hd@bqlkkt.test'],
      ] as const) {
        await createUser(portal.ctx.db.kysely, { email, name: `Cán bộ ${role}`, role, password: testPassword, categoryIds: null });
      }
    });
    after(() => portal.close());

    const db = () => portal.ctx.db.kysely;
    const count = async () => Number((await submissionsDb(db()).selectFrom('submissions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const get = (url: string, ip = '203.0.113.1') => portal.app.inject({ method: 'GET', url, remoteAddress: ip });
    /** A form token as if the form had been opened `ageMs` ago. */
    const token = async (ageMs = 10_000) => issueFormToken(await formSecret(db()), 'question', new Date(Date.now() - ageMs));
    const valid = { 'f.field': 'dau-tu', 'f.title': 'Thủ tục thuê đất trong khu công nghiệp', 'f.content': 'Xin hỏi thủ tục thuê lại đất trong Khu công nghiệp Thạnh Lộc?', name: 'Trần Văn Bình', email: 'binh@example.vn', phone: '' };
    const ask = async (form: Record<string, string>, ip: string) =>
      portal.app.inject({ method: 'POST', url: '/hoi-dap/gui-cau-hoi', remoteAddress: ip, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(form).toString() });
    const problems = (body: string) => parse(body).querySelectorAll('.error-summary li').map((li) => li.text.trim());
    const codeOf = (body: string) => parse(body).querySelector('.tracking-code')!.text;

    it('/hoi-dap lists the published answers, filters by field and finds words without diacritics', async () => {
      const page = parse((await get('/hoi-dap')).body);
      assert.equal(page.querySelector('.qa-count')!.text, `${demo.length} câu hỏi đã được trả lời`);
      assert.equal(page.querySelectorAll('.qa-item').length, Math.min(10, demo.length));
      assert.ok(!page.toString().includes('Người hỏi (mẫu)'), 'the asker’s name is never shown');
      const labour = parse((await get('/hoi-dap?linh-vuc=lao-dong')).body).querySelectorAll('.qa-item__title').map((h) => h.text.trim());
      assert.deepEqual(labour.sort(), demo.filter((q) => q.field === 'lao-dong').map((q) => q.title).sort());
      const found = parse((await get('/hoi-dap?q=giay+phep+lao+dong')).body).querySelectorAll('.qa-item__title').map((h) => h.text.trim());
      assert.ok(found.includes('Hồ sơ đề nghị cấp giấy phép lao động cho chuyên gia nước ngoài'), found.join(' | '));
      const first = page.querySelector('.qa-item__title a')!.getAttribute('href')!;
      const one = await get(first);
      assert.equal(one.statusCode, 200);
      assert.ok(parse(one.body).querySelector('.qa-answer'));
      assert.equal((await get('/en/questions')).statusCode, 200);
      assert.equal((await get('/hoi-dap?linh-vuc=khong-co')).statusCode, 400, 'an unknown field is a clear 400');
      assert.equal((await get('/hoi-dap?trang=99')).statusCode, 404);
      assert.equal((await get('/hoi-dap/999999')).statusCode, 404);
      assert.equal((await get('/hoi-dap/abc')).statusCode, 404);
    });

    it('spam and bad input change nothing and say why, beside the field and in a summary', async () => {
      const before = await count();
      const form = parse((await get('/hoi-dap/gui-cau-hoi')).body);
      assert.ok(form.querySelector('input[name="_t"]')?.getAttribute('value'), 'the form carries its token');
      assert.equal(form.querySelector('.form-honeypot')?.getAttribute('aria-hidden'), 'true');
      assert.equal(form.querySelector('input[name="challenge"]'), null, 'no question at first');

      const fast = await ask({ ...valid, _t: form.querySelector('input[name="_t"]')!.getAttribute('value')! }, newIp());
      assert.equal(fast.statusCode, 400);
      assert.match(problems(fast.body)[0]!, /gửi quá nhanh/);
      assert.equal((await ask({ ...valid }, newIp())).statusCode, 400, 'no token');
      const honey = await ask({ ...valid, _t: await token(), website: 'http://spam.example' }, newIp());
      assert.equal(honey.statusCode, 400);
      assert.match(problems(honey.body)[0]!, /tự động/);
      const old = await ask({ ...valid, _t: await token(25 * 3_600_000) }, newIp());
      assert.match(problems(old.body)[0]!, /quá một ngày/);

      const bad = await ask({ ...valid, _t: await token(), 'f.title': '', 'f.content': 'x'.repeat(5001), email: 'khong-phai-email', 'f.field': 'khong-co' }, newIp());
      assert.equal(bad.statusCode, 400);
      const page = parse(bad.body);
      assert.deepEqual(
        page.querySelectorAll('.error-summary a').map((a) => a.getAttribute('href')),
        ['#sf-email', '#sf-f-field', '#sf-f-title', '#sf-f-content'],
      );
      assert.equal(page.querySelector('#sf-f-content')?.getAttribute('aria-invalid'), 'true');
      assert.match(page.querySelector('#sf-email-error')!.text, /không đúng dạng/);
      assert.equal(page.querySelector('#sf-f-content')!.text.length, 5001, 'what was typed is kept');
      const neither = await ask({ ...valid, _t: await token(), email: '', phone: '' }, newIp());
      assert.match(problems(neither.body).join(' '), /thư điện tử hoặc số điện thoại/);
      const english = await portal.app.inject({ method: 'POST', url: '/en/questions/ask', remoteAddress: newIp(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ ...valid, _t: await token(), email: 'x@' }).toString() });
      assert.match(problems(english.body).join(' '), /not valid/);
      assert.equal(await count(), before, 'nothing stored');
    });

    it('after repeated attempts an address must answer a question in words; limits answer 429 with the wait', async () => {
      const ip = newIp();
      for (let i = 0; i < challengeAfter; i++) await ask({ ...valid, _t: 'sai' }, ip);
      const form = parse((await get('/hoi-dap/gui-cau-hoi', ip)).body);
      const label = form.querySelector('label[for="sf-challenge"]')!.text;
      const [, a, b] = /Câu hỏi kiểm tra: (\S+) cộng (\S+) bằng mấy/i.exec(label)!;
      const t = form.querySelector('input[name="_t"]')!.getAttribute('value')!;
      // the form was opened "now": wait past the minimum fill time with a token of the same nonce is not possible, so use the page's token after 3 s
      await new Promise((resolve) => setTimeout(resolve, 3_100));
      const wrong = await ask({ ...valid, _t: t, challenge: '99' }, ip);
      assert.equal(wrong.statusCode, 400);
      assert.match(problems(wrong.body)[0]!, /câu hỏi kiểm tra/);
      const right = await ask({ ...valid, _t: t, challenge: String(words[a!.toLowerCase()]! + words[b!]!) }, ip);
      assert.equal(right.statusCode, 200, problems(right.body).join(' | '));
      assert.match(codeOf(right.body), /^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

      // the same e-mail address: three an hour
      const contact = { ...valid, email: 'nhieu-lan@example.vn' };
      for (let i = 0; i < 3; i++) assert.equal((await ask({ ...contact, _t: await token() }, newIp())).statusCode, 200);
      const before = await count();
      const limited = await ask({ ...contact, _t: await token() }, newIp());
      assert.equal(limited.statusCode, 429);
      assert.ok(Number(limited.headers['retry-after']) > 0);
      assert.match(problems(limited.body)[0]!, /thử lại sau khoảng \d+ phút/);
      assert.equal(await count(), before);
    });

    it('a question is stored with a readable code the asker follows; an unknown code is a clear not found', async () => {
      const sent = await ask({ ...valid, 'f.content': 'Câu hỏi có <script>alert(1)</script> trong nội dung.', _t: await token() }, newIp());
      assert.equal(sent.statusCode, 200);
      const code = codeOf(sent.body);
      const row = await submissionsDb(db()).selectFrom('submissions').selectAll().where('tracking_code', '=', code).executeTakeFirstOrThrow();
      assert.deepEqual([row.status, row.name, row.email, row.kind], ['received', 'Trần Văn Bình', 'binh@example.vn', 'question']);
      const typed = code.toLowerCase().replace('-', ' ');
      const status = await get(`/hoi-dap/tra-cuu?ma=${encodeURIComponent(typed)}`);
      assert.equal(status.statusCode, 200);
      assert.equal(parse(status.body).querySelector('.qa-state')!.text, 'Đã tiếp nhận');
      for (const unknown of ['ZZZZ-ZZZZ', 'abc', '<b>x</b>']) {
        const res = await get(`/hoi-dap/tra-cuu?ma=${encodeURIComponent(unknown)}`);
        assert.equal(res.statusCode, 404, unknown);
        assert.match(res.body, /Không tìm thấy câu hỏi nào có mã này/);
        assert.ok(!res.body.includes('<b>x</b>'), 'what was typed is shown as text');
      }
      assert.equal(normalizeTrackingCode(' hd7k 4m9q '), 'HD7K-4M9Q');
    });

    it('staff assign, note, answer and publish; the asker sees each step; contact details stay private', async () => {
      const sent = await ask({ ...valid, 'f.title': 'Hỏi về ưu đãi đầu tư tại Kiên Lương', 'f.content': 'Dự án <b>điện gió</b> được ưu đãi gì?', email: '', phone: '0912 345 678', _t: await token() }, newIp());
      const code = codeOf(sent.body);
      const row = await submissionsDb(db()).selectFrom('submissions').select(['id']).where('tracking_code', '=', code).executeTakeFirstOrThrow();
      const editor = await signedIn(portal, 'bien-tap-hd@bqlkkt.test');
      const dashboard = parse((await editor.get('/admin')).body);
      const waiting = dashboard.querySelector('#queue-submissions');
      assert.match(waiting?.text ?? '', /Ý kiến, câu hỏi chờ xử lý\s*[1-9]/, 'the dashboard counts what waits');
      assert.ok(dashboard.querySelector('.submission-counts a[href="/admin/submissions?loai=question"]'), 'and links to the questions');
      const list = await editor.get('/admin/submissions?tinh-trang=received');
      assert.equal(list.status, 200);
      assert.ok(list.body.includes('Hỏi về ưu đãi đầu tư tại Kiên Lương'));
      const me = await db().selectFrom('users').select('id').where('email', '=', 'bien-tap-hd@bqlkkt.test').executeTakeFirstOrThrow();
      assert.equal((await editor.post(`/admin/submissions/${row.id}/giao`, { user: String(me.id) })).status, 303);
      assert.equal(parse((await get(`/hoi-dap/tra-cuu?ma=${code}`)).body).querySelector('.qa-state')!.text, 'Đang xử lý');
      assert.ok((await editor.get('/admin/submissions?cua-toi=1')).body.includes('Hỏi về ưu đãi đầu tư tại Kiên Lương'));

      assert.equal((await editor.post(`/admin/submissions/${row.id}/ghi-chu`, { note: '' })).status, 400, 'an empty note is refused');
      assert.equal((await editor.post(`/admin/submissions/${row.id}/ghi-chu`, { note: 'Chuyển Phòng Quản lý Đầu tư xem xét.' })).status, 303);
      assert.equal((await editor.post(`/admin/submissions/${row.id}/tra-loi`, { answer: '   ', answeredBy: '' })).status, 400);
      assert.equal((await editor.post(`/admin/submissions/${row.id}/tra-loi`, { answer: 'Dự án được hưởng ưu đãi theo Luật Đầu tư.\n\nLiên hệ Phòng Quản lý Đầu tư.', answeredBy: 'Phòng Quản lý Đầu tư' })).status, 303);
      const tracked = parse((await get(`/hoi-dap/tra-cuu?ma=${code}`)).body);
      assert.equal(tracked.querySelector('.qa-state')!.text, 'Đã trả lời');
      assert.equal(tracked.querySelectorAll('.qa-answer p').length, 3, 'two paragraphs and who answered');
      assert.equal((await editor.post(`/admin/submissions/${row.id}/cong-bo`, {})).status, 403, 'editors do not publish');
      assert.equal((await get(`/hoi-dap/${row.id}`)).statusCode, 404, 'not public yet');

      const approver = await signedIn(portal, 'lanh-dao-hd@bqlkkt.test');
      assert.equal((await approver.post(`/admin/submissions/${row.id}/cong-bo`, {})).status, 303);
      const published = await get(`/hoi-dap/${row.id}`);
      assert.equal(published.statusCode, 200);
      const article = parse(published.body).querySelector('article.qa-item')!;
      assert.equal(article.querySelector('b'), null, 'markup is never executed or rendered');
      assert.ok(article.text.includes('Dự án <b>điện gió</b> được ưu đãi gì?'), 'it is shown as the text typed');
      assert.ok(!published.body.includes('0912 345 678') && !published.body.includes('Trần Văn Bình'), 'no contact details');
      assert.ok((await get('/hoi-dap')).body.includes('Hỏi về ưu đãi đầu tư tại Kiên Lương'));
      const detail = await editor.get(`/admin/submissions/${row.id}`);
      assert.ok(detail.body.includes('Chuyển Phòng Quản lý Đầu tư xem xét.'), 'the internal note');
      assert.ok(detail.body.includes('0912 345 678'), 'staff see the contact details');

      assert.equal((await editor.post(`/admin/submissions/${row.id}/xoa-du-lieu-ca-nhan`, { confirm: '1' })).status, 403, 'editors do not erase');
      assert.equal((await approver.post(`/admin/submissions/${row.id}/xoa-du-lieu-ca-nhan`, {})).status, 400, 'the confirmation box is needed');
      assert.equal((await approver.post(`/admin/submissions/${row.id}/xoa-du-lieu-ca-nhan`, { confirm: '1' })).status, 303);
      const erased = await submissionsDb(db()).selectFrom('submissions').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
      assert.deepEqual([erased.name, erased.email, erased.phone, Boolean(erased.erased_at)], [null, null, null, true]);
      const actions = (await db().selectFrom('audit_log').select('action').where('target_type', '=', 'submission').where('target_id', '=', String(row.id)).orderBy('id').execute()).map((r) => r.action);
      assert.deepEqual(actions, ['submission.assign', 'submission.note', 'submission.answer', 'submission.publish', 'submission.erase']);

      const contributor = await signedIn(portal, 'cong-tac-vien-hd@bqlkkt.test');
      assert.equal((await contributor.get('/admin/submissions')).status, 403, 'contributors do not handle submissions');
      assert.equal(parse((await contributor.get('/admin')).body).querySelector('#queue-submissions'), null, 'nor see them counted');
      assert.equal((await editor.get('/admin/submissions?loai=khong-co')).status, 400);
      assert.equal((await editor.get('/admin/submissions/99999999')).status, 404);
    });

    it('demo questions are removed exactly', async () => {
      const before = await count();
      assert.equal(await questionsModule.removeDemo!(portal.ctx), demo.length);
      assert.equal(await count(), before - demo.length);
      assert.equal(parse((await get('/hoi-dap')).body).querySelectorAll('.qa-item').length, 1, 'the one published in the staff test stays');
    });
  });
}
