// Rating the portal and polls (/danh-gia, Decree 42/2022 A13): polls edited as a declared type,
// votes once per browser (signed cookie) with a daily limit per address, results as plain HTML with
// the count and the percentage as text, the four-criteria rating 1–5, demo data removed exactly.
// Every refusal stores nothing.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse, type HTMLElement } from 'node-html-parser';
import { publishItem } from '../src/core/content-types/publish-item.ts';
import { FieldsInvalid, validateFields } from '../src/core/content-types/validate.ts';
import { formSecret } from '../src/core/submissions/form.tsx';
import { issueFormToken } from '../src/core/submissions/guard.ts';
import { pollDeclaration, stateOf } from '../src/modules/polls/declaration.ts';
import { readDemoPolls } from '../src/modules/polls/demo.ts';
import { pollsModule } from '../src/modules/polls/index.ts';
import { ratingFormKind, voteFormKind } from '../src/modules/polls/routes.tsx';
import { pollsDb } from '../src/modules/polls/schema.ts';
import { ratingsPerAddressPerDay, votesPerAddressPerDay } from '../src/modules/polls/store.ts';
import { addressUnit, voterCookieName, voterCookieOptions } from '../src/modules/polls/voter.ts';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';
import { signedIn } from './helpers/session.ts';
import { makeStaff } from './helpers/staff.ts';

const demo = readDemoPolls();
const day = 86_400_000;
const cookieName = voterCookieName(false);

type Reply = Awaited<ReturnType<TestPortal['app']['inject']>>;

/** The voter cookie a reply set, as a Cookie header ("congtin_voter=…"), if any. */
function voterCookie(res: Reply): string | undefined {
  const c = res.cookies.find((x) => x.name === cookieName);
  return c ? `${c.name}=${c.value}` : undefined;
}

/** The results table as [answer, count, percent, meter value] rows. */
function resultRows(html: HTMLElement): [string, string, string, string][] {
  return html.querySelectorAll('table.poll-results tbody tr').map((tr) => [
    tr.querySelector('th')!.text.trim(),
    tr.querySelector('.poll-results__count')!.text.trim(),
    tr.querySelector('.poll-results__percent')!.text.trim(),
    tr.querySelector('meter')!.getAttribute('value')!,
  ]);
}

for (const kind of testDatabases()) {
  describe(`polls and rating on ${kind}`, () => {
    let portal: TestPortal;
    let n = 0;
    /** a new address for each request that should not share a limit */
    const newIp = () => `10.${kind === 'sqlite' ? 1 : 2}.${Math.floor(++n / 250)}.${(n % 250) + 1}`;
    const polls: Record<string, { id: number; slug: string }> = {};
    const db = () => portal.ctx.db.kysely;

    const addPoll = async (key: string, fields: Record<string, unknown>, publishedAt = new Date(Date.now() - 2 * day)) => {
      const id = await publishItem(db(), pollDeclaration, { title: `Câu hỏi thử nghiệm ${key}: phương án nào phù hợp nhất?`, fields, publishedAt, sourceKey: `test:poll:${key}` });
      const { slug } = await db().selectFrom('content').select('slug').where('id', '=', id).executeTakeFirstOrThrow();
      polls[key] = { id, slug };
    };
    const options = (...labels: string[]) => labels.map((label) => ({ label }));
    const iso = (offset: number) => new Date(Date.now() + offset).toISOString();

    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
      await addPoll('open', { options: options('Phương án Một', 'Phương án Hai', 'Phương án Ba'), opensAt: iso(-day), closesAt: iso(10 * day), showResults: 'always' });
      await addPoll('limit', { options: options('Có', 'Không'), opensAt: iso(-day), showResults: 'always' });
      await addPoll('other', { options: options('Có', 'Không'), opensAt: iso(-day), showResults: 'always' });
      await addPoll('closed', { options: options('Có', 'Không'), opensAt: iso(-10 * day), closesAt: iso(-day), showResults: 'always' });
      await addPoll('upcoming', { options: options('Có', 'Không'), opensAt: iso(2 * day), closesAt: iso(9 * day), showResults: 'always' });
      await addPoll('afterClosing', { options: options('Có', 'Không'), opensAt: iso(-day), closesAt: iso(5 * day), showResults: 'afterClosing' });
      await addPoll('afterVoting', { options: options('Có', 'Không'), opensAt: iso(-day), showResults: 'afterVoting' });
    });
    after(() => portal.close());

    const get = (url: string, cookie?: string) => portal.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
    const page = async (url: string, cookie?: string) => {
      const res = await get(url, cookie);
      assert.equal(res.statusCode, 200, url);
      return parse(res.body);
    };
    const token = async (formKind = voteFormKind, ageMs = 10_000) => issueFormToken(await formSecret(db()), formKind, new Date(Date.now() - ageMs));
    const post = (url: string, form: Record<string, string>, options: { ip?: string; cookie?: string | undefined } = {}) =>
      portal.app.inject({
        method: 'POST',
        url,
        remoteAddress: options.ip ?? newIp(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...(options.cookie ? { cookie: options.cookie } : {}) },
        payload: new URLSearchParams(form).toString(),
      });
    const vote = async (key: string, option: string, options: { ip?: string; cookie?: string | undefined } = {}) => post(`/danh-gia/${polls[key]!.slug}`, { _t: await token(), option }, options);
    const votes = async (key: string) => (await pollsDb(db()).selectFrom('poll_votes').select(['option_index', 'voter', 'address']).where('poll_id', '=', polls[key]!.id).orderBy('id').execute()).map((r) => ({ ...r, option_index: Number(r.option_index) }));
    const ratings = async () => Number((await pollsDb(db()).selectFrom('portal_ratings').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

    it('answers 200 with the demo: the rating form, open and closed polls, each poll and its results, in both languages', async () => {
      const home = await page('/danh-gia');
      assert.equal(home.querySelector('h1')!.text, 'Đánh giá, thăm dò ý kiến');
      const fieldsets = home.querySelectorAll('form.rating-form fieldset');
      assert.deepEqual(fieldsets.map((f) => f.querySelector('legend')!.text), ['Giao diện', 'Nội dung', 'Chất lượng thông tin', 'Hỗ trợ']);
      for (const f of fieldsets) assert.deepEqual(f.querySelectorAll('input[type="radio"]').map((r) => r.getAttribute('value')), ['1', '2', '3', '4', '5']);
      const items = home.querySelectorAll('.poll-list .poll-item');
      assert.ok(items.length >= demo.polls.length + Object.keys(polls).length - 1, 'the demo polls and the test ones');
      const states = items.map((li) => li.querySelector('.state-badge')!.text);
      assert.ok(states.includes('Đang nhận bình chọn') && states.includes('Đã kết thúc') && states.includes('Sắp diễn ra'), states.join(', '));
      const order = states.map((s) => ['Đang nhận bình chọn', 'Sắp diễn ra', 'Đã kết thúc'].indexOf(s));
      assert.deepEqual(order, [...order].sort((a, b) => a - b), 'open, then upcoming, then closed');

      const english = await page('/en/rating');
      assert.equal(english.querySelector('html')!.getAttribute('lang'), 'en');
      assert.equal(english.querySelector('h1')!.text, 'Rating and polls');
      assert.deepEqual(english.querySelectorAll('form.rating-form legend').map((l) => l.text), ['Interface', 'Content', 'Quality of information', 'Support']);

      const demoPolls = await db().selectFrom('content').select(['slug', 'title']).where('type', '=', 'poll').where('is_demo', '=', 1).execute();
      assert.equal(demoPolls.length, demo.polls.length);
      for (const p of demoPolls) {
        for (const url of [`/danh-gia/${p.slug}`, `/danh-gia/${p.slug}/ket-qua`, `/en/rating/${p.slug}`, `/en/rating/${p.slug}/results`]) {
          const res = await get(url);
          assert.equal(res.statusCode, 200, url);
          assert.ok(parse(res.body).querySelector('h1')!.text.includes(p.title), url);
        }
      }
      assert.equal((await get('/danh-gia/khong-co-cuoc-tham-do-nay')).statusCode, 404);
      assert.equal((await get('/danh-gia/khong-co/ket-qua')).statusCode, 404);
    });

    it('shows a closed demo poll’s results: each answer with its count and percentage as text, and a bar', async () => {
      const sample = demo.polls.find((p) => p.title.startsWith('Kênh nào'))!;
      assert.deepEqual(sample.votes, [66, 91, 14, 28]);
      const { slug } = await db().selectFrom('content').select('slug').where('title', '=', sample.title).executeTakeFirstOrThrow();
      const html = await page(`/danh-gia/${slug}/ket-qua`);
      assert.equal(html.querySelector('table.poll-results caption')!.text, 'Kết quả bình chọn (tổng số 199 phiếu)');
      assert.deepEqual(resultRows(html), [
        ['Cổng thông tin điện tử', '66', '33,2%', '33.2'],
        ['Trang mạng xã hội của Ban Quản lý', '91', '45,7%', '45.7'],
        ['Thư điện tử', '14', '7%', '7'],
        ['Báo chí, truyền hình', '28', '14,1%', '14.1'],
      ]);
      const english = parse((await get(`/en/rating/${slug}/results`)).body);
      assert.equal(english.querySelector('table.poll-results caption')!.text, 'Results (199 votes in all)');
      assert.equal(resultRows(english)[1]![2], '45.7%');
    });

    it('counts a vote: 303 to the results, a signed HttpOnly SameSite=Lax cookie, only keyed hashes stored', async () => {
      const ip = newIp();
      const res = await vote('open', '1', { ip });
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
      assert.equal(res.headers.location, `/danh-gia/${polls.open!.slug}/ket-qua`);
      const set = res.cookies.find((c) => c.name === cookieName)!;
      assert.ok(set, 'the browser gets its cookie');
      assert.equal(set.httpOnly, true);
      assert.equal(set.sameSite, 'Lax');
      assert.equal(set.secure, undefined, 'not Secure over plain http');
      assert.equal(set.path, '/');
      assert.ok(set.maxAge! >= 365 * 24 * 3600, 'long-lived');
      const stored = await votes('open');
      assert.equal(stored.length, 1);
      assert.equal(stored[0]!.option_index, 1);
      const browserId = set.value.slice(0, set.value.lastIndexOf('.'));
      for (const value of [stored[0]!.voter, stored[0]!.address]) {
        assert.ok(!value.includes(ip) && !value.includes(browserId), 'neither the address nor the browser id is stored');
        assert.match(value, /^[\w-]{40,}$/);
      }

      const cookie = voterCookie(res)!;
      const results = await page(`/danh-gia/${polls.open!.slug}/ket-qua`, cookie);
      assert.equal(results.querySelector('[role="status"]')!.text, 'Bạn đã bình chọn “Phương án Hai”. Cảm ơn bạn đã tham gia!');
      assert.equal(results.querySelector('table.poll-results caption')!.text, 'Kết quả bình chọn (tổng số 1 phiếu)');
      assert.deepEqual(resultRows(results), [
        ['Phương án Một', '0', '0%', '0'],
        ['Phương án Hai (lựa chọn của bạn)', '1', '100%', '100'],
        ['Phương án Ba', '0', '0%', '0'],
      ]);
      // a second person, from another address, without a cookie
      assert.equal((await vote('open', '0')).statusCode, 303);
      assert.deepEqual(
        resultRows(await page(`/danh-gia/${polls.open!.slug}/ket-qua`)).map((r) => r.slice(0, 3)),
        [
          ['Phương án Một', '1', '50%'],
          ['Phương án Hai', '1', '50%'],
          ['Phương án Ba', '0', '0%'],
        ],
      );
      const pollPage = await page(`/danh-gia/${polls.open!.slug}`, cookie);
      assert.equal(pollPage.querySelector('form.poll-form'), null, 'no form once this browser voted');
      assert.match(pollPage.querySelector('[role="status"]')!.text, /Phương án Hai/);
    });

    it('refuses a second vote from the same browser with 409 and changes nothing, from any address', async () => {
      const first = await vote('open', '2');
      assert.equal(first.statusCode, 303);
      const cookie = voterCookie(first)!;
      const before = await votes('open');
      for (const ip of [newIp(), newIp()]) {
        const again = await vote('open', '0', { ip, cookie });
        assert.equal(again.statusCode, 409);
        assert.equal(parse(again.body).querySelector('.error-summary li')!.text, 'Bạn đã bình chọn trong cuộc thăm dò này; mỗi trình duyệt chỉ được bình chọn một lần. Phiếu đã ghi nhận không thay đổi.');
        assert.equal(again.cookies.length, 0, 'no new cookie');
      }
      assert.deepEqual(await votes('open'), before);
      const english = await post(`/en/rating/${polls.open!.slug}`, { _t: await token(), option: '1' }, { cookie });
      assert.equal(english.statusCode, 409);
      assert.match(english.body, /You have already voted in this poll/);
      assert.deepEqual(await votes('open'), before);
    });

    it('ignores a forged cookie: the browser is treated as new', async () => {
      const forged = `${cookieName}=AAAAAAAAAAAAAAAAAAAAAAAA.bm90LWEtc2lnbmF0dXJl`;
      const res = await vote('other', '0', { cookie: forged });
      assert.equal(res.statusCode, 303);
      assert.notEqual(voterCookie(res), forged, 'a genuine cookie replaces it');
      assert.equal((await vote('other', '1', { cookie: forged })).statusCode, 303, 'the forged value never identified a voter');
    });

    it(`stops votes without the cookie from one address at ${votesPerAddressPerDay} a day with 429; other addresses and polls go on`, async () => {
      const ip = newIp();
      for (let i = 0; i < votesPerAddressPerDay; i++) assert.equal((await vote('limit', String(i % 2), { ip })).statusCode, 303, `vote ${i + 1}`);
      const over = await vote('limit', '0', { ip });
      assert.equal(over.statusCode, 429);
      const retry = Number(over.headers['retry-after']);
      assert.ok(Number.isInteger(retry) && retry > 0 && retry <= 86_400, `Retry-After: ${over.headers['retry-after']}`);
      assert.match(parse(over.body).querySelector('.error-summary')!.text, /quá nhiều phiếu cho cuộc thăm dò này trong hôm nay/);
      assert.equal(over.cookies.length, 0);
      assert.equal((await votes('limit')).length, votesPerAddressPerDay, 'the refused vote is not stored');
      assert.equal((await vote('limit', '0', { ip: newIp() })).statusCode, 303, 'another address');
      assert.equal((await vote('other', '0', { ip })).statusCode, 303, 'the same address on another poll');
      // an IPv6 subscriber counts by its /64
      assert.equal(addressUnit('2001:db8:1:2:aaaa::1'), addressUnit('2001:db8:1:2:bbbb:cccc:dddd:2'));
      assert.notEqual(addressUnit('2001:db8:1:2::1'), addressUnit('2001:db8:1:3::1'));
      assert.equal(addressUnit('::ffff:192.0.2.7'), '192.0.2.7');
    });

    it('takes no vote on a closed or not yet open poll', async () => {
      const closed = await vote('closed', '0');
      assert.equal(closed.statusCode, 400);
      assert.match(parse(closed.body).querySelector('.error-summary')!.text, /Cuộc thăm dò đã kết thúc, không nhận thêm bình chọn\./);
      const closedPage = await page(`/danh-gia/${polls.closed!.slug}`);
      assert.equal(closedPage.querySelector('form.poll-form'), null, 'no form on a closed poll');
      const upcoming = await vote('upcoming', '0');
      assert.equal(upcoming.statusCode, 400);
      assert.match(upcoming.body, /Cuộc thăm dò chưa bắt đầu nhận bình chọn\./);
      assert.equal(upcoming.cookies.length, 0);
      assert.deepEqual(await votes('closed'), []);
      assert.deepEqual(await votes('upcoming'), []);
    });

    it('refuses an answer the poll does not have', async () => {
      const before = await votes('open');
      for (const option of ['3', '-1', '99', 'abc', '', '1.0', '01x']) {
        const res = await vote('open', option);
        assert.equal(res.statusCode, 400, `option ${JSON.stringify(option)}`);
        const summary = parse(res.body).querySelector('.error-summary')!;
        assert.equal(summary.querySelector('a')!.text, 'Hãy chọn một trong các phương án.');
        assert.equal(summary.querySelector('a')!.getAttribute('href'), '#po-0', 'the link goes to the first answer');
      }
      assert.deepEqual(await votes('open'), before);
    });

    it('refuses a form sent too fast, without a genuine token, or with the honeypot filled', async () => {
      const before = await votes('open');
      const url = `/danh-gia/${polls.open!.slug}`;
      const cases: [Record<string, string>, RegExp][] = [
        [{ _t: await token(voteFormKind, 0), option: '0' }, /quá nhanh sau khi mở/],
        [{ option: '0' }, /Biểu mẫu không hợp lệ hoặc đã cũ/],
        [{ _t: `${Date.now() - 10_000}.abc.forged`, option: '0' }, /Biểu mẫu không hợp lệ hoặc đã cũ/],
        [{ _t: await token(ratingFormKind), option: '0' }, /Biểu mẫu không hợp lệ hoặc đã cũ/],
        [{ _t: await token(voteFormKind, 2 * day), option: '0' }, /mở quá một ngày/],
        [{ _t: await token(), option: '0', website: 'http://quang-cao.example' }, /được điền tự động/],
      ];
      for (const [form, message] of cases) {
        const res = await post(url, form);
        assert.equal(res.statusCode, 400, JSON.stringify(form));
        assert.match(parse(res.body).querySelector('.error-summary')!.text, message);
        assert.equal(res.cookies.length, 0);
      }
      assert.deepEqual(await votes('open'), before);
      const rating = { interface: '4', content: '4', quality: '4', support: '4' };
      const count = await ratings();
      assert.equal((await post('/danh-gia', { _t: await token(ratingFormKind, 0), ...rating })).statusCode, 400, 'a rating too fast');
      assert.equal((await post('/danh-gia', { _t: await token(ratingFormKind), ...rating, website: 'x' })).statusCode, 400, 'a rating with the honeypot');
      assert.equal((await post('/danh-gia', { _t: await token(voteFormKind), ...rating })).statusCode, 400, 'a rating with a vote’s token');
      assert.equal(await ratings(), count);
    });

    it('works without JavaScript: plain forms that post, results as a table with a caption', async () => {
      const pollPage = await page(`/danh-gia/${polls.open!.slug}`);
      const form = pollPage.querySelector('form.poll-form')!;
      assert.equal(form.getAttribute('method'), 'post');
      assert.equal(form.getAttribute('action'), `/danh-gia/${polls.open!.slug}`);
      assert.deepEqual(form.querySelectorAll('input[type="radio"][name="option"]').map((r) => [r.getAttribute('value'), pollPage.querySelector(`label[for="${r.id}"]`)!.text]), [
        ['0', 'Phương án Một'],
        ['1', 'Phương án Hai'],
        ['2', 'Phương án Ba'],
      ]);
      assert.equal(form.querySelector('fieldset legend')!.text, 'Chọn một phương án');
      assert.ok(form.querySelector('button[type="submit"]'));
      assert.ok(form.querySelector('input[name="_t"]')!.getAttribute('value'));
      assert.equal(form.querySelector('input[name="website"]')!.getAttribute('tabindex'), '-1');

      const results = await page(`/danh-gia/${polls.open!.slug}/ket-qua`);
      const table = results.querySelector('table.poll-results')!;
      assert.ok(table.querySelector('caption'));
      assert.deepEqual(table.querySelectorAll('thead th').map((th) => th.text), ['Phương án', 'Số phiếu', 'Tỷ lệ']);
      assert.deepEqual(table.querySelectorAll('tbody th').map((th) => th.getAttribute('scope')), ['row', 'row', 'row']);
      for (const meter of table.querySelectorAll('meter')) {
        assert.equal(meter.getAttribute('min'), '0');
        assert.equal(meter.getAttribute('max'), '100');
        assert.match(meter.text, /^\d+(,\d)?%$/, 'the bar has its figure as fallback text');
      }
      assert.equal(results.querySelectorAll('[style]').length, 0, 'no inline style: the strict CSP would drop it');
    });

    it('shows results by the poll’s rule: after closing, or once this browser voted', async () => {
      const hidden = await page(`/danh-gia/${polls.afterClosing!.slug}/ket-qua`);
      assert.equal(hidden.querySelector('table.poll-results'), null);
      assert.match(hidden.querySelector('.notice')!.text, /Kết quả được công bố sau khi kết thúc thăm dò \(\d\d:\d\d \| \d\d\/\d\d\/\d{4}\)\./);
      const voted = await vote('afterClosing', '0');
      assert.equal(voted.statusCode, 303);
      const still = await page(`/danh-gia/${polls.afterClosing!.slug}/ket-qua`, voterCookie(voted));
      assert.equal(still.querySelector('table.poll-results'), null, 'not even to those who voted');
      assert.match(still.querySelector('[role="status"]')!.text, /Bạn đã bình chọn “Có”/);

      const before = await page(`/danh-gia/${polls.afterVoting!.slug}/ket-qua`);
      assert.equal(before.querySelector('table.poll-results'), null);
      assert.match(before.querySelector('.notice')!.text, /Kết quả hiển thị sau khi bạn bình chọn\./);
      const mine = await vote('afterVoting', '1');
      const after = await page(`/danh-gia/${polls.afterVoting!.slug}/ket-qua`, voterCookie(mine));
      assert.deepEqual(resultRows(after).map((r) => r.slice(0, 3)), [
        ['Có', '0', '0%'],
        ['Không (lựa chọn của bạn)', '1', '100%'],
      ]);
      assert.equal((await page(`/danh-gia/${polls.afterVoting!.slug}/ket-qua`)).querySelector('table.poll-results'), null, 'still hidden from another browser');
    });

    it('rates the portal 1–5 on each criterion: 0, 6, missing or not a number refused; once per browser per day', async () => {
      const good = { interface: '5', content: '4', quality: '3', support: '2' };
      const count = await ratings();
      for (const [bad, label] of [
        [{ ...good, interface: '0' }, 'Giao diện'],
        [{ ...good, content: '6' }, 'Nội dung'],
        [{ ...good, quality: '' }, 'Chất lượng thông tin'],
        [{ ...good, support: 'năm' }, 'Hỗ trợ'],
        [{ ...good, support: '4.5' }, 'Hỗ trợ'],
      ] as const) {
        const res = await post('/danh-gia', { _t: await token(ratingFormKind), ...bad });
        assert.equal(res.statusCode, 400, JSON.stringify(bad));
        const html = parse(res.body);
        assert.deepEqual(html.querySelectorAll('.error-summary li').map((li) => li.text), [`Hãy chọn điểm từ 1 đến 5 cho tiêu chí “${label}”.`]);
        assert.ok(html.querySelector('.error-summary a')!.getAttribute('href')!.startsWith('#rf-'));
        assert.equal(html.querySelector('input[name="interface"][value="5"]')!.hasAttribute('checked'), bad.interface === '5', 'the choices are kept');
      }
      const missing = await post('/danh-gia', { _t: await token(ratingFormKind) });
      assert.equal(parse(missing.body).querySelectorAll('.error-summary li').length, 4);
      assert.equal(await ratings(), count, 'nothing stored');

      const ok = await post('/danh-gia', { _t: await token(ratingFormKind), ...good });
      assert.equal(ok.statusCode, 303, ok.body.slice(0, 300));
      assert.equal(ok.headers.location, '/danh-gia#danh-gia-cong');
      const cookie = voterCookie(ok)!;
      assert.equal(await ratings(), count + 1);
      const shown = await page('/danh-gia', cookie);
      assert.equal(shown.querySelector('form.rating-form'), null, 'no form once rated today');
      assert.match(shown.querySelector('[role="status"]')!.text, /Giao diện 5\/5 · Nội dung 4\/5 · Chất lượng thông tin 3\/5 · Hỗ trợ 2\/5/);

      const again = await post('/danh-gia', { _t: await token(ratingFormKind), ...good, interface: '1' }, { cookie });
      assert.equal(again.statusCode, 409);
      assert.match(parse(again.body).querySelector('.error-summary')!.text, /Bạn đã đánh giá Cổng thông tin hôm nay/);
      assert.equal(await ratings(), count + 1);

      // the averages, from what is stored
      const all = await pollsDb(db()).selectFrom('portal_ratings').select(['score_interface', 'score_support']).execute();
      const avg = (xs: number[]) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10);
      const table = shown.querySelector('table.rating-results')!;
      assert.equal(table.querySelector('caption')!.text, `Điểm trung bình theo từng tiêu chí, thang điểm 1–5 (${all.length} lượt đánh giá)`);
      const rows = table.querySelectorAll('tbody tr').map((tr) => [tr.querySelector('th')!.text, tr.querySelector('.poll-results__percent')!.text]);
      assert.deepEqual(rows[0], ['Giao diện', `${avg(all.map((r) => Number(r.score_interface)))}/5`]);
      assert.deepEqual(rows[3], ['Hỗ trợ', `${avg(all.map((r) => Number(r.score_support)))}/5`]);

      const english = await post('/en/rating', { _t: await token(ratingFormKind), ...good });
      assert.equal(english.statusCode, 303);
      assert.equal(english.headers.location, '/en/rating#danh-gia-cong');
      const englishBad = await post('/en/rating', { _t: await token(ratingFormKind), ...good, interface: '6' });
      assert.equal(parse(englishBad.body).querySelector('.error-summary li')!.text, 'Choose a score from 1 to 5 for “Interface”.');
    });

    it(`limits ratings from one address to ${ratingsPerAddressPerDay} a day`, async () => {
      const ip = newIp();
      const good = { interface: '4', content: '4', quality: '4', support: '4' };
      for (let i = 0; i < ratingsPerAddressPerDay; i++) assert.equal((await post('/danh-gia', { _t: await token(ratingFormKind), ...good }, { ip })).statusCode, 303);
      const count = await ratings();
      const over = await post('/danh-gia', { _t: await token(ratingFormKind), ...good }, { ip });
      assert.equal(over.statusCode, 429);
      assert.ok(Number(over.headers['retry-after']) > 0);
      assert.equal(await ratings(), count);
    });

    it('declares polls with 2–10 distinct answers, a closing time after the opening, and one when results wait for it', async () => {
      const base = { opensAt: '2026-12-01T01:00:00.000Z', showResults: 'always' };
      const refused = async (fields: Record<string, unknown>, message: RegExp) =>
        assert.rejects(validateFields(pollDeclaration, { ...base, ...fields }, 'json'), (e: unknown) => e instanceof FieldsInvalid && e.problems.some((p) => message.test(p.message.vi)));
      await refused({ options: options('Chỉ một') }, /^Cần ít nhất 2 phương án\.$/);
      await refused({ options: options(...Array.from({ length: 11 }, (_, i) => `Phương án ${i + 1}`)) }, /Tối đa 10 dòng/);
      await refused({ options: options('Có', 'Không', 'có') }, /^Dòng 3, Phương án: Trùng với phương án ở dòng 1\.$/);
      await refused({ options: options('Có', 'Không'), closesAt: '2026-11-30T01:00:00.000Z' }, /kết thúc phải sau thời điểm bắt đầu/);
      await refused({ options: options('Có', 'Không'), showResults: 'afterClosing' }, /cần thời điểm kết thúc/);
      await refused({ options: options('Có', 'Không'), showResults: 'sometimes' }, /./);
      const ok = await validateFields(pollDeclaration, { ...base, options: options('Có', 'Không'), showResults: 'afterClosing', closesAt: '2026-12-31T01:00:00.000Z' }, 'json');
      assert.deepEqual(ok.options, options('Có', 'Không'));
    });

    it('is edited in the back office like any declared type (/admin/content/poll)', async () => {
      const editor = await makeStaff(portal, 'editor', `tham-do-${kind}`);
      const b = await signedIn(portal, editor.email);
      const list = await b.get('/admin/content/poll');
      assert.equal(list.status, 200);
      assert.ok(list.body.includes(demo.polls[0]!.title), 'the demo polls are listed');
      const form = parse((await b.get('/admin/content/poll/new')).body);
      assert.ok(form.querySelector('input[name="f.options.0.label"]'), 'the answers are rows');
      assert.equal(form.querySelector('select[name="f.showResults"] option[selected]')!.getAttribute('value'), 'afterVoting');
      const envelope = { title: 'Bạn có dùng chữ ký số khi nộp hồ sơ trực tuyến?', summary: '', body: '', 'f.opensAt': '2026-12-01T08:00', 'f.showResults': 'always' };
      const one = await b.post('/admin/content/poll', { ...envelope, 'f.options.0.label': 'Có' });
      assert.equal(one.status, 400);
      assert.match(one.body, /Cần ít nhất 2 phương án\./);
      const created = await b.post('/admin/content/poll', { ...envelope, 'f.options.0.label': 'Có', 'f.options.1.label': '', 'f.options.2.label': 'Không' });
      assert.equal(created.status, 303, created.body.slice(0, 300));
      const row = await db().selectFrom('content').select('fields').where('title', '=', envelope.title).executeTakeFirstOrThrow();
      assert.deepEqual((JSON.parse(row.fields) as { options: unknown }).options, options('Có', 'Không'), 'the empty row is dropped');
    });

    it('sets a Secure cookie with the __Host- prefix under https', () => {
      assert.equal(voterCookieName(true), '__Host-congtin_voter');
      assert.deepEqual(voterCookieOptions(true), { path: '/', httpOnly: true, secure: true, sameSite: 'lax', maxAge: 400 * 24 * 3600 });
      assert.equal(voterCookieOptions(false).secure, false);
    });
  });

  describe(`polls demo on ${kind}`, () => {
    let portal: TestPortal;
    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
    });
    after(() => portal.close());

    it('loads flagged demo polls (open and closed) with their votes and ratings, and removes exactly those', async () => {
      const db = portal.ctx.db.kysely;
      const pdb = pollsDb(db);
      const count = async (table: 'poll_votes' | 'portal_ratings', demoOnly: boolean) => Number((await pdb.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('is_demo', demoOnly ? '=' : '>=', demoOnly ? 1 : 0).executeTakeFirstOrThrow()).n);
      const demoPolls = await db.selectFrom('content').select(['id', 'fields']).where('type', '=', 'poll').where('is_demo', '=', 1).execute();
      assert.ok(demoPolls.length >= 8);
      assert.equal(demoPolls.length, demo.polls.length);
      const states = demoPolls.map((p) => stateOf(JSON.parse(p.fields) as Record<string, unknown>, new Date()));
      assert.ok(states.includes('open') && states.includes('closed') && states.includes('upcoming'), states.join(', '));
      assert.equal(await count('poll_votes', true), demo.polls.reduce((a, p) => a + p.votes.reduce((x, y) => x + y, 0), 0));
      assert.equal(await count('portal_ratings', true), demo.ratings.length);

      // real data: a poll with a vote, a vote on a demo poll, a rating
      const realId = await publishItem(db, pollDeclaration, { title: 'Thăm dò thật: bạn có dùng dịch vụ công trực tuyến?', fields: { options: [{ label: 'Có' }, { label: 'Không' }], opensAt: new Date(Date.now() - day).toISOString(), showResults: 'always' }, publishedAt: new Date(Date.now() - day), sourceKey: 'test:real-poll' });
      const realSlug = (await db.selectFrom('content').select('slug').where('id', '=', realId).executeTakeFirstOrThrow()).slug;
      const openDemo = demoPolls[states.indexOf('open')]!;
      const openDemoSlug = (await db.selectFrom('content').select('slug').where('id', '=', openDemo.id).executeTakeFirstOrThrow()).slug;
      const secret = await formSecret(db);
      const send = (url: string, form: Record<string, string>, ip: string) => portal.app.inject({ method: 'POST', url, remoteAddress: ip, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(form).toString() });
      const old = new Date(Date.now() - 10_000);
      assert.equal((await send(`/danh-gia/${realSlug}`, { _t: issueFormToken(secret, voteFormKind, old), option: '0' }, '192.0.2.10')).statusCode, 303);
      assert.equal((await send(`/danh-gia/${openDemoSlug}`, { _t: issueFormToken(secret, voteFormKind, old), option: '0' }, '192.0.2.11')).statusCode, 303);
      assert.equal((await send('/danh-gia', { _t: issueFormToken(secret, ratingFormKind, old), interface: '4', content: '4', quality: '5', support: '3' }, '192.0.2.12')).statusCode, 303);

      const removed = await pollsModule.removeDemo!(portal.ctx);
      assert.equal(removed, demo.polls.length, 'the demo polls (content items)');
      assert.deepEqual((await db.selectFrom('content').select('id').where('type', '=', 'poll').execute()).map((r) => r.id), [realId]);
      const left = await pdb.selectFrom('poll_votes').select(['poll_id', 'is_demo']).execute();
      assert.deepEqual(left.map((v) => [Number(v.poll_id), Number(v.is_demo)]), [[realId, 0]], 'only the real poll’s vote: a vote on a demo poll goes with it');
      assert.equal(await count('portal_ratings', false), 1, 'only the real rating');
      assert.equal(await count('portal_ratings', true), 0);
      assert.equal(await pollsModule.removeDemo!(portal.ctx), 0, 'removing twice removes nothing more');
      const after = await portal.app.inject('/danh-gia');
      assert.equal(after.statusCode, 200);
      assert.equal(parse(after.body).querySelectorAll('.poll-list .poll-item').length, 1);
    });
  });
}
