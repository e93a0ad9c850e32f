// Contact (Decree 42/2022 A2): /lien-he and /en/contact show the agency's contacts from the site
// settings and the contact points edited in the back office, with tel: and mailto: links that
// open in place; the contact form stores a message with a tracking code, handled by staff at
// /admin/submissions and never published; bad input and spam change nothing; the demo contact
// points are loaded through publishItem and removed exactly.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { createUser } from '../src/core/auth/users.ts';
import { publishItem } from '../src/core/content-types/publish-item.ts';
import { formSecret } from '../src/core/submissions/form.tsx';
import { issueFormToken } from '../src/core/submissions/guard.ts';
import { submissionsDb } from '../src/core/submissions/schema.ts';
import { contactPersonDeclaration, contactPersonType } from '../src/modules/contact/declaration.ts';
import { demoFile, readDemoContactPersons } from '../src/modules/contact/demo.ts';
import { contactModule } from '../src/modules/contact/index.ts';
import { telHref } from '../src/modules/contact/views/pages.tsx';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';
import { signedIn, testPassword } from './helpers/session.ts';
import { api, makeStaff } from './helpers/staff.ts';

const demo = readDemoContactPersons();
const byOrder = [...demo].sort((a, b) => (a.order ?? 9999) - (b.order ?? 9999) || a.name.localeCompare(b.name, 'vi'));

describe('demo contact points file (src/modules/contact/demo/contact-persons.json)', () => {
  it('holds at least four invented officials, marked as sample data, with official-looking contacts', () => {
    const file = JSON.parse(fs.readFileSync(demoFile, 'utf8')) as { note?: unknown };
    assert.match(String(file.note), /DỮ LIỆU MINH HOẠ.*invented/s);
    assert.ok(demo.length >= 4);
    assert.equal(new Set(demo.map((p) => p.key)).size, demo.length, 'keys are unique');
    for (const p of demo) {
      assert.match(p.phone ?? '', /^\(0297\) 3 \d{3} \d{3}$/, p.key);
      assert.match(p.email ?? '', /^[a-z0-9.]+@kiengiang\.gov\.vn$/, p.key);
    }
  });

  it('turns a telephone number as printed into a tel: address', () => {
    assert.equal(telHref('(0297) 3 862 779'), 'tel:+842973862779');
    assert.equal(telHref('+84 297 3862 779'), 'tel:+842973862779');
    assert.equal(telHref('1900 1234'), 'tel:19001234');
  });
});

for (const kind of testDatabases()) {
  describe(`contact on ${kind}`, () => {
    let portal: TestPortal;
    let ipCounter = 0;
    /** a fresh client address, so that the limits of one test do not reach another */
    const newIp = () => `198.51.100.${++ipCounter}`;

    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
      for (const [role, email] of [
        ['editor', 'bien-tap-lh@bqlkkt.test'],
        ['approver', 'lanh-dao-lh@bqlkkt.test'],
      ] as const) {
        await createUser(portal.ctx.db.kysely, { email, name: `Cán bộ ${role}`, role, password: testPassword, categoryIds: null });
      }
    });
    after(() => portal.close());

    const db = () => portal.ctx.db.kysely;
    const count = async () => Number((await submissionsDb(db()).selectFrom('submissions').select((eb) => eb.fn.countAll<number>().as('n')).where('kind', '=', 'contact').executeTakeFirstOrThrow()).n);
    const people = async () => db().selectFrom('content').select(['id', 'is_demo', 'title']).where('type', '=', contactPersonType).orderBy('id').execute();
    const get = (url: string, ip = '203.0.113.1') => portal.app.inject({ method: 'GET', url, remoteAddress: ip });
    /** A form token as if the form had been opened `ageMs` ago. */
    const token = async (ageMs = 10_000) => issueFormToken(await formSecret(db()), 'contact', new Date(Date.now() - ageMs));
    const valid = { 'f.subject': 'Đề nghị cung cấp bản đồ quy hoạch Khu công nghiệp Thạnh Lộc', 'f.message': 'Doanh nghiệp chúng tôi cần bản đồ quy hoạch chi tiết để lập dự án.\n\nXin cảm ơn.', name: 'Trần Văn Bình', email: 'binh@example.vn', phone: '' };
    const send = async (form: Record<string, string>, ip = newIp(), url = '/lien-he') =>
      portal.app.inject({ method: 'POST', url, remoteAddress: ip, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(form).toString() });
    const problems = (body: string) => parse(body).querySelectorAll('.error-summary li').map((li) => li.text.trim());
    const codeOf = (body: string) => parse(body).querySelector('.tracking-code')!.text;

    it('/lien-he shows the agency’s facts from the settings and the contact points, with tel: and mailto: links that open in place', async () => {
      const settings = await portal.ctx.settings.get();
      const res = await get('/lien-he');
      assert.equal(res.statusCode, 200);
      const page = parse(res.body);
      assert.equal(page.querySelector('h1')!.text, 'Liên hệ');
      const agency = page.querySelector('.contact-agency')!;
      assert.equal(agency.querySelector('h2')!.text.trim(), settings.agencyName.vi);
      const facts = Object.fromEntries(agency.querySelectorAll('dt').map((dt) => [dt.text.trim(), dt.nextElementSibling!]));
      assert.equal(facts['Địa chỉ']!.text, settings.address.vi);
      assert.equal(facts['Điện thoại']!.querySelector('a')!.getAttribute('href'), `tel:+84${settings.phone.replace(/\D/g, '').slice(1)}`);
      assert.equal(facts['Điện thoại']!.text, settings.phone);
      assert.equal(facts['Fax']!.text, settings.fax);
      assert.equal(facts['Thư điện tử']!.querySelector('a')!.getAttribute('href'), `mailto:${settings.email}`);

      const cards = page.querySelectorAll('.contact-person');
      assert.deepEqual(
        cards.map((c) => c.querySelector('.contact-person__name')!.childNodes[0]!.text.trim()),
        byOrder.map((p) => p.name),
        'every demo contact point, in display order',
      );
      for (const [i, p] of byOrder.entries()) {
        const card = cards[i]!;
        assert.ok(card.querySelector('.contact-person__position')!.text.includes(p.position));
        assert.equal(card.querySelector('a[href^="tel:"]')!.getAttribute('href'), telHref(p.phone!));
        assert.equal(card.querySelector('a[href^="mailto:"]')!.getAttribute('href'), `mailto:${p.email}`);
        assert.equal(card.querySelector('a[href^="mailto:"]')!.text, p.email);
        if (p.topics) assert.ok(card.text.includes(p.topics), 'what to contact them about');
      }
      const contactLinks = page.querySelectorAll('main a[href^="tel:"], main a[href^="mailto:"]');
      assert.equal(contactLinks.length, 2 + 2 * demo.length);
      assert.ok(contactLinks.every((a) => a.getAttribute('target') === undefined), 'no target: the phone or mail program opens in place');
      assert.match(page.querySelector('.notice')!.text, /Dữ liệu minh hoạ/);
      const form = page.querySelector('#gui-thu form.submission-form')!;
      assert.equal(form.getAttribute('action'), '/lien-he#gui-thu');
      assert.ok(form.querySelector('input[name="_t"]')?.getAttribute('value'), 'the form carries its token');
      assert.deepEqual(
        form.querySelectorAll('input, textarea').map((i) => i.getAttribute('name')).filter((n) => n !== '_t'),
        ['f.subject', 'f.message', 'name', 'email', 'phone', 'website', 'attachment'],
      );
      assert.equal(form.getAttribute('enctype'), 'multipart/form-data', 'the form sends its one optional file');
      assert.equal(form.querySelector('input[name="attachment"]')!.getAttribute('type'), 'file');

      // the facts are the settings', not the template's
      await portal.ctx.settings.set('phone', '(0297) 3 111 222');
      try {
        const changed = parse((await get('/lien-he')).body);
        assert.equal(changed.querySelector('.contact-agency a[href^="tel:"]')!.getAttribute('href'), 'tel:+842973111222');
      } finally {
        await portal.ctx.settings.set('phone', settings.phone);
      }
    });

    it('/en/contact is the English page, with the same contact points and the form in English', async () => {
      const settings = await portal.ctx.settings.get();
      const res = await get('/en/contact');
      assert.equal(res.statusCode, 200);
      const page = parse(res.body);
      assert.equal(page.querySelector('html')!.getAttribute('lang'), 'en');
      assert.equal(page.querySelector('h1')!.text, 'Contact');
      assert.equal(page.querySelector('.contact-agency h2')!.text.trim(), settings.agencyName.en);
      assert.ok(page.querySelector('.contact-agency')!.text.includes(settings.address.en));
      assert.equal(page.querySelectorAll('.contact-person').length, demo.length);
      assert.match(page.querySelector('.contact__note')!.text, /in Vietnamese/);
      assert.equal(page.querySelector('label[for="sf-f-subject"]')!.childNodes[0]!.text.trim(), 'Subject');
      assert.equal(page.querySelector('#gui-thu form')!.getAttribute('action'), '/en/contact#gui-thu');
      assert.equal((await get('/en/contact/track')).statusCode, 200);
      assert.equal((await get('/lien-he?utm_source=x')).statusCode, 200, 'unknown parameters are tolerated');
    });

    it('contact points are edited in the back office: a published one appears, a bad e-mail or no way to reach them is refused', async () => {
      const editor = await makeStaff(portal, 'editor', `viet-lh-${kind}`);
      const approver = await makeStaff(portal, 'approver', `duyet-lh-${kind}`);
      const before = (await people()).length;
      const post = (fields: Record<string, unknown>) => api(portal, editor)('POST', `/api/v1/admin/content/${contactPersonType}`, { title: 'Mai Thị Hồng', fields });
      const bad = await post({ position: 'Chuyên viên', email: 'hong@@kiengiang' });
      assert.equal(bad.status, 400);
      assert.match(JSON.stringify(bad.body), /thư điện tử không hợp lệ/);
      const unreachable = await post({ position: 'Chuyên viên' });
      assert.equal(unreachable.status, 400);
      assert.match(JSON.stringify(unreachable.body), /ít nhất số điện thoại hoặc thư điện tử/);
      assert.equal((await people()).length, before, 'nothing stored');

      const created = await post({ position: 'Chuyên viên tiếp công dân', unit: 'Văn phòng', phone: '(0297) 3 900 299', email: 'mthong.bqlkkt@kiengiang.gov.vn', order: 0 });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      assert.ok(!(await get('/lien-he')).body.includes('Mai Thị Hồng'), 'a draft is not shown');
      const published = await api(portal, approver)('POST', `/api/v1/admin/content/${contactPersonType}/${created.body.id}/publishNow`, {});
      assert.equal(published.status, 200, JSON.stringify(published.body));
      const first = parse((await get('/lien-he')).body).querySelector('.contact-person')!;
      assert.equal(first.querySelector('.contact-person__name')!.text.trim(), 'Mai Thị Hồng', 'order 0 comes first');
      assert.equal(first.querySelector('.badge'), null, 'a real contact point is not marked as sample');
      assert.equal(first.querySelector('a[href^="mailto:"]')!.getAttribute('href'), 'mailto:mthong.bqlkkt@kiengiang.gov.vn');
    });

    it('a valid message is stored with its code, followed by the sender and handled by staff at /admin/submissions?loai=contact', async () => {
      const before = await count();
      const sent = await send({ ...valid, _t: await token() });
      assert.equal(sent.statusCode, 200, problems(sent.body).join(' | '));
      assert.equal(parse(sent.body).querySelector('h1')!.text, 'Đã tiếp nhận thư liên hệ');
      const code = codeOf(sent.body);
      assert.match(code, /^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      assert.equal(await count(), before + 1);
      const row = await submissionsDb(db()).selectFrom('submissions').selectAll().where('tracking_code', '=', code).executeTakeFirstOrThrow();
      assert.deepEqual([row.kind, row.status, row.name, row.email, row.published_at], ['contact', 'received', 'Trần Văn Bình', 'binh@example.vn', null]);
      assert.deepEqual(JSON.parse(row.data), { subject: valid['f.subject'], message: valid['f.message'] });

      const tracked = await get(`/lien-he/tra-cuu?ma=${encodeURIComponent(code.toLowerCase().replace('-', ' '))}`);
      assert.equal(tracked.statusCode, 200);
      assert.equal(parse(tracked.body).querySelector('.qa-state')!.text, 'Đã tiếp nhận');
      assert.equal(parse(tracked.body).querySelector('.qa-status h2')!.text, valid['f.subject']);
      for (const unknown of ['ZZZZ-ZZZZ', '<b>x</b>']) {
        const res = await get(`/lien-he/tra-cuu?ma=${encodeURIComponent(unknown)}`);
        assert.equal(res.statusCode, 404, unknown);
        assert.match(res.body, /Không tìm thấy thư liên hệ nào có mã này/);
        assert.ok(!res.body.includes('<b>x</b>'), 'what was typed is shown as text');
      }
      const question = await submissionsDb(db()).selectFrom('submissions').select('tracking_code').where('kind', '=', 'question').where('tracking_code', 'is not', null).executeTakeFirstOrThrow();
      assert.equal((await get(`/lien-he/tra-cuu?ma=${question.tracking_code}`)).statusCode, 404, 'a question’s code is not a contact message’s');

      const editor = await signedIn(portal, 'bien-tap-lh@bqlkkt.test');
      const list = await editor.get('/admin/submissions?loai=contact');
      assert.equal(list.status, 200);
      assert.ok(list.body.includes(valid['f.subject']), 'staff see the message in the queue');
      const detail = await editor.get(`/admin/submissions/${row.id}`);
      assert.equal(detail.status, 200);
      assert.ok(detail.body.includes('binh@example.vn'), 'staff see the contact details');
      assert.equal((await editor.post(`/admin/submissions/${row.id}/tinh-trang`, { status: 'answered' })).status, 303);
      assert.equal(parse((await get(`/lien-he/tra-cuu?ma=${code}`)).body).querySelector('.qa-state')!.text, 'Đã xử lý', 'the kind’s own label');
      const approver = await signedIn(portal, 'lanh-dao-lh@bqlkkt.test');
      assert.equal((await approver.post(`/admin/submissions/${row.id}/cong-bo`, {})).status, 400, 'a contact message is never published');
      const kept = await submissionsDb(db()).selectFrom('submissions').select('published_at').where('id', '=', row.id).executeTakeFirstOrThrow();
      assert.equal(kept.published_at, null);

      const english = await send({ ...valid, email: '', phone: '0912 345 678', _t: await token() }, newIp(), '/en/contact');
      assert.equal(english.statusCode, 200, problems(english.body).join(' | '));
      assert.equal(parse(english.body).querySelector('h1')!.text, 'Message received');
      const englishCode = codeOf(english.body);
      const status = parse((await get(`/en/contact/track?ma=${englishCode}`)).body);
      assert.equal(status.querySelector('.qa-state')!.text, 'Received');
    });

    it('bad input and spam change nothing and say why, beside the field and in a summary', async () => {
      const before = await count();
      const page = parse((await get('/lien-he')).body);
      const fresh = page.querySelector('#gui-thu input[name="_t"]')!.getAttribute('value')!;

      const fast = await send({ ...valid, _t: fresh });
      assert.equal(fast.statusCode, 400);
      assert.match(problems(fast.body)[0]!, /gửi quá nhanh/);
      const missing = await send({ ...valid });
      assert.equal(missing.statusCode, 400);
      assert.match(problems(missing.body)[0]!, /không hợp lệ hoặc đã cũ/);
      const wrongKind = await send({ ...valid, _t: issueFormToken(await formSecret(db()), 'question', new Date(Date.now() - 10_000)) });
      assert.equal(wrongKind.statusCode, 400, 'a question form’s token does not send a contact message');
      const honey = await send({ ...valid, _t: await token(), website: 'http://spam.example' });
      assert.equal(honey.statusCode, 400);
      assert.match(problems(honey.body)[0]!, /tự động/);

      const badEmail = await send({ ...valid, _t: await token(), email: 'khong-phai-email' });
      assert.equal(badEmail.statusCode, 400);
      assert.match(parse(badEmail.body).querySelector('#sf-email-error')!.text, /không đúng dạng/);
      assert.equal(parse(badEmail.body).querySelector('#sf-email')!.getAttribute('aria-invalid'), 'true');

      const empty = await send({ ...valid, _t: await token(), 'f.message': '   ' });
      assert.equal(empty.statusCode, 400);
      const emptyPage = parse(empty.body);
      assert.deepEqual(emptyPage.querySelectorAll('.error-summary a').map((a) => a.getAttribute('href')), ['#sf-f-message']);
      assert.match(emptyPage.querySelector('#sf-f-message-error')!.text, /Bắt buộc/);
      assert.equal(emptyPage.querySelector('#sf-f-subject')!.getAttribute('value'), valid['f.subject'], 'what was typed is kept');
      assert.match(emptyPage.querySelector('title')!.text, /^Chưa gửi được/);
      assert.ok(emptyPage.querySelectorAll('.contact-person').length > 0, 're-rendered as the whole page');

      const long = await send({ ...valid, _t: await token(), 'f.subject': 's'.repeat(201), 'f.message': 'x'.repeat(5001) });
      assert.equal(long.statusCode, 400);
      const longPage = parse(long.body);
      assert.deepEqual(longPage.querySelectorAll('.error-summary a').map((a) => a.getAttribute('href')), ['#sf-f-subject', '#sf-f-message']);
      assert.match(longPage.querySelector('#sf-f-message-error')!.text, /Tối đa 5000 ký tự/);
      assert.match(longPage.querySelector('#sf-f-subject-error')!.text, /Tối đa 200 ký tự/);
      assert.equal(longPage.querySelector('#sf-f-message')!.text.length, 5001);

      const neither = await send({ ...valid, _t: await token(), email: '', phone: '' });
      assert.match(problems(neither.body).join(' '), /thư điện tử hoặc số điện thoại/);
      const nameless = await send({ ...valid, _t: await token(), name: '' });
      assert.deepEqual(parse(nameless.body).querySelectorAll('.error-summary a').map((a) => a.getAttribute('href')), ['#sf-name']);
      const english = await send({ ...valid, _t: await token(), email: 'x@' }, newIp(), '/en/contact');
      assert.equal(english.statusCode, 400);
      assert.match(problems(english.body).join(' '), /not valid/);
      assert.equal(await count(), before, 'nothing stored');

      // the same e-mail address: three an hour, then 429 with the wait
      const contact = { ...valid, email: 'nhieu-lan-lh@example.vn' };
      for (let i = 0; i < 3; i++) assert.equal((await send({ ...contact, _t: await token() })).statusCode, 200);
      const limited = await send({ ...contact, _t: await token() });
      assert.equal(limited.statusCode, 429);
      assert.ok(Number(limited.headers['retry-after']) > 0);
      assert.match(problems(limited.body)[0]!, /thử lại sau khoảng \d+ phút/);
      assert.equal(await count(), before + 3);
    });

    it('senders’ contact details never appear on public pages', async () => {
      const sender = { name: 'Ông Riêng Tư Lạ', email: 'rieng-tu-la@example.vn', phone: '0987 654 321' };
      const sent = await send({ ...valid, ...sender, 'f.subject': 'Thư riêng về hồ sơ', _t: await token() });
      assert.equal(sent.statusCode, 200, problems(sent.body).join(' | '));
      const code = codeOf(sent.body);
      const pages = [sent.body];
      for (const url of ['/lien-he', '/en/contact', `/lien-he/tra-cuu?ma=${code}`, `/en/contact/track?ma=${code}`, '/hoi-dap', '/', `/tim-kiem?q=${encodeURIComponent('Thư riêng về hồ sơ')}`, '/so-do-trang']) {
        const res = await get(url);
        assert.equal(res.statusCode, 200, url);
        pages.push(res.body);
      }
      for (const body of pages) {
        for (const value of Object.values(sender)) assert.ok(!body.includes(value), `${value} is not shown`);
      }
      const row = await submissionsDb(db()).selectFrom('submissions').select(['name', 'email', 'phone']).where('tracking_code', '=', code).executeTakeFirstOrThrow();
      assert.deepEqual(row, sender, 'yet they are stored for staff');
    });

    it('demo contact points are loaded through publishItem and removed exactly; loading again does not duplicate', async () => {
      const real = await publishItem(db(), contactPersonDeclaration, { title: 'Cán bộ thật', fields: { position: 'Chuyên viên', email: 'that.bqlkkt@kiengiang.gov.vn' }, publishedAt: new Date(Date.now() - 60_000), sourceKey: 'test:contact:real' });
      const before = await people();
      assert.equal(before.filter((p) => p.is_demo === 1).length, demo.length);
      assert.deepEqual(before.filter((p) => p.is_demo === 1).map((p) => p.title).sort(), demo.map((p) => p.name).sort());

      assert.equal(await contactModule.removeDemo!(portal.ctx), demo.length);
      const left = await people();
      assert.deepEqual(left, before.filter((p) => p.is_demo === 0), 'exactly the demo rows are gone');
      assert.ok(left.some((p) => p.id === real));
      assert.equal(await contactModule.removeDemo!(portal.ctx), 0, 'removing twice removes nothing more');
      const page = parse((await get('/lien-he')).body);
      assert.equal(page.querySelector('.notice'), null, 'no sample-data notice without demo rows');
      assert.equal(page.querySelectorAll('.contact-person').length, left.length);
      const revisions = await db().selectFrom('revisions').select('content_id').where('content_id', 'in', before.filter((p) => p.is_demo === 1).map((p) => p.id)).execute();
      assert.equal(revisions.length, 0, 'no revisions of removed items');

      assert.equal(await contactModule.loadDemo!(portal.ctx), demo.length);
      assert.equal(await contactModule.loadDemo!(portal.ctx), demo.length);
      assert.equal((await people()).filter((p) => p.is_demo === 1).length, demo.length, 'the source key updates in place');
      assert.equal((await people()).length, left.length + demo.length);
    });
  });
}
