// Every public route on a portal with the demo content: pages, errors, the text-size control,
// security headers, static files and health probes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { createTestPortal, postgresSkipReason, testDatabases, type TestPortal } from './helpers/portal.ts';

const seedTitle = 'Hội nghị sơ kết 6 tháng đầu năm 2020 Đảng bộ Ban Quản lý Khu kinh tế tỉnh Kiên Giang';
const seedUrl = '/tin-tuc/tin-ban-quan-ly/hoi-nghi-so-ket-6-thang-dau-nam-2020-dang-bo-ban-quan-ly-khu-kinh-te-tinh-kien-giang';

for (const kind of testDatabases()) {
  describe(`public routes on ${kind}`, () => {
    let portal: TestPortal;
    const get = async (url: string, headers: Record<string, string> = {}) => {
      const res = await portal.app.inject({ method: 'GET', url, headers });
      return { res, html: parse(res.body) };
    };
    before(async () => {
      portal = await createTestPortal(kind, {
        demo: true,
        extraRoutes: (app) => app.get('/__boom', async () => {
          throw new Error('database on fire');
        }),
      });
    });
    after(() => portal.close());

    it('home: lead story, latest news, a section per category, identity from settings', async () => {
      const { res, html } = await get('/');
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['content-type'] as string, /text\/html; charset=utf-8/);
      assert.equal(html.querySelector('h1')?.text, 'Cổng thông tin điện tử Ban Quản lý Khu kinh tế tỉnh Kiên Giang');
      assert.equal(html.querySelector('.brand__name')?.text, 'Ban Quản lý Khu kinh tế tỉnh Kiên Giang');
      assert.ok(html.querySelector('.lead__title a'));
      assert.ok(html.querySelectorAll('.home-latest__list li').length >= 5);
      const sections = html.querySelectorAll('.home-category .section-title').map((h) => h.text);
      for (const name of ['Tin Ban Quản lý', 'Tin đầu tư', 'Tin khu kinh tế, khu công nghiệp', 'Thông báo']) assert.ok(sections.includes(name), name);
      assert.match(html.querySelector('.site-footer')!.text, /Chịu trách nhiệm chính/);
    });

    it('home and menus link only to pages that exist', async () => {
      const { html } = await get('/');
      const links = new Set(html.querySelectorAll('a').map((a) => a.getAttribute('href')!).filter((h) => h.startsWith('/') && !h.startsWith('/co-chu')));
      for (const href of links) {
        const { res } = await get(href);
        assert.equal(res.statusCode, 200, href);
      }
    });

    it('/tin-tuc is paginated newest first; out of range is 404, malformed is 400', async () => {
      const first = await get('/tin-tuc');
      assert.equal(first.res.statusCode, 200);
      const times = first.html.querySelectorAll('.card time').map((t) => t.getAttribute('datetime')!);
      assert.ok(times.length === 12);
      assert.deepEqual([...times].sort().reverse(), times);
      const pageLinks = first.html.querySelectorAll('.pagination a').map((a) => a.getAttribute('href'));
      assert.ok(pageLinks.includes('/tin-tuc?trang=2'));
      const last = first.html.querySelector('.page-count')!.text.match(/\/(\d+)/)![1];
      assert.equal((await get(`/tin-tuc?trang=${last}`)).res.statusCode, 200);
      assert.equal((await get(`/tin-tuc?trang=${Number(last) + 1}`)).res.statusCode, 404);
      for (const bad of ['0', '-1', 'abc', '1.5', '1e3', '', '99999999999']) {
        const { res, html } = await get(`/tin-tuc?trang=${encodeURIComponent(bad)}`);
        assert.equal(res.statusCode, 400, bad);
        assert.match(html.querySelector('main')!.text, /Số trang phải là số nguyên dương/);
      }
    });

    it('a category lists only its articles; an unknown category is 404 in the site style', async () => {
      const { res, html } = await get('/tin-tuc/thong-bao');
      assert.equal(res.statusCode, 200);
      assert.equal(html.querySelector('h1')?.text, 'Thông báo');
      assert.equal(html.querySelector('.breadcrumb [aria-current=page]')?.text, 'Thông báo');
      const cards = html.querySelectorAll('.card');
      assert.ok(cards.length > 0);
      for (const a of html.querySelectorAll('.card__title a')) assert.ok(a.getAttribute('href')!.startsWith('/tin-tuc/thong-bao/'));
      for (const url of ['/tin-tuc/khong-co-muc-nay', '/tin-tuc/Thông-báo', "/tin-tuc/x'%20or%201=1--", '/khong-co-trang']) {
        const r = await get(url);
        assert.equal(r.res.statusCode, 404, url);
        assert.equal(r.html.querySelector('h1')?.text, 'Không tìm thấy trang');
        assert.ok(r.html.querySelector('.site-header'), 'styled like the site');
      }
      assert.equal((await get('/tin-tuc/thong-bao?trang=x')).res.statusCode, 400);
    });

    it('the seed article reads as the original', async () => {
      const { res, html } = await get(seedUrl);
      assert.equal(res.statusCode, 200);
      assert.equal(html.querySelector('h1')?.text, seedTitle);
      assert.equal(html.querySelector('.article-time time')?.text, '(13:42 | 07/07/2020)');
      assert.equal(html.querySelector('.article-time time')?.getAttribute('datetime'), '2020-07-07T13:42+07:00');
      const crumbs = html.querySelectorAll('.breadcrumb li').map((li) => li.text.trim());
      assert.deepEqual(crumbs, ['Trang chủ', 'Tin tức', 'Tin Ban Quản lý']);
      const paragraphs = html.querySelectorAll('.article-body p').map((p) => p.text);
      assert.equal(paragraphs.length, 7);
      assert.ok(paragraphs[0]!.startsWith('Ngày 03/7/2020, Đảng ủy Ban Quản lý Khu kinh tế tỉnh Kiên Giang tổ chức'));
      assert.ok(paragraphs[6]!.endsWith('năm 2020 đã đề ra./.'));
      assert.match(html.querySelector('.font-size')!.text, /Xem với cỡ chữ\s*A-\s*A\s*A\+/);
      const share = html.querySelectorAll('.share a').map((a) => a.getAttribute('href')!);
      assert.ok(share.some((h) => h.startsWith('https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Fportal.test%2Ftin-tuc')));
      assert.ok(share.some((h) => h.startsWith('mailto:?subject=')));
      assert.ok(html.querySelector('[data-print]'));
      const related = html.querySelectorAll('.related__list a');
      assert.ok(related.length > 0, 'related articles from the same category');
      assert.equal(html.querySelector('link[rel=canonical]')?.getAttribute('href'), 'http://portal.test' + seedUrl);
      assert.equal(html.querySelectorAll('script').length, 1, 'one external script, no inline code');
      assert.ok(html.querySelector('script')!.getAttribute('src')!.startsWith('/static/js/site.js?v='));
    });

    it('an article under a wrong category redirects to its address; unknown slugs are 404', async () => {
      const moved = await get(seedUrl.replace('tin-ban-quan-ly', 'thong-bao'));
      assert.equal(moved.res.statusCode, 301);
      assert.equal(moved.res.headers.location, seedUrl);
      assert.equal((await get('/tin-tuc/tin-ban-quan-ly/khong-co-bai-nay')).res.statusCode, 404);
      assert.equal((await get('/tin-tuc/khong-co/khong-co-bai-nay')).res.statusCode, 404);
      assert.equal((await get(`/tin-tuc/tin-ban-quan-ly/${'a'.repeat(400)}`)).res.statusCode, 404);
      const overlong = await get(`/tin-tuc/tin-ban-quan-ly/${'a'.repeat(3000)}`);
      assert.equal(overlong.res.statusCode, 414);
      assert.ok(overlong.html.querySelector('.site-header'), 'in the site style');
      const badEncoding = await get('/tin-tuc/%E0%A4%A');
      assert.ok([400, 404].includes(badEncoding.res.statusCode));
      assert.ok(badEncoding.html.querySelector('.site-header'), 'in the site style');
    });

    it('demo articles show their figures with captions', async () => {
      const { html } = await get('/tin-tuc');
      let found = false;
      for (const page of [1, 2, 3]) {
        const list = page === 1 ? html : (await get(`/tin-tuc?trang=${page}`)).html;
        for (const a of list.querySelectorAll('.card__title a')) {
          const article = (await get(a.getAttribute('href')!)).html;
          const figure = article.querySelector('.article-body figure');
          if (figure) {
            assert.ok(figure.querySelector('img')!.getAttribute('alt')!.length > 5);
            assert.ok(figure.querySelector('figcaption')!.text.length > 5);
            const img = await portal.app.inject(figure.querySelector('img')!.getAttribute('src')!);
            assert.equal(img.statusCode, 200);
            found = true;
            break;
          }
        }
        if (found) break;
      }
      assert.ok(found, 'at least one demo article has a figure');
    });

    it('text size: links work without JavaScript, persist in a cookie, and only go back to this site', async () => {
      const up = await portal.app.inject(`/co-chu/tang?ve=${encodeURIComponent('/tin-tuc?trang=2')}`);
      assert.equal(up.statusCode, 303);
      assert.equal(up.headers.location, '/tin-tuc?trang=2');
      const cookie = up.cookies.find((c) => c.name === 'co-chu');
      assert.equal(cookie?.value, '3');
      const page = await get('/tin-tuc', { cookie: 'co-chu=3' });
      assert.equal(page.html.querySelector('html')?.getAttribute('class'), 'fs-3');
      const upAgain = await portal.app.inject({ url: '/co-chu/tang?ve=/', headers: { cookie: 'co-chu=4' } });
      assert.equal(upAgain.cookies.find((c) => c.name === 'co-chu')?.value, '4', 'stays at the largest size');
      const down = await portal.app.inject({ url: '/co-chu/giam?ve=/', headers: { cookie: 'co-chu=0' } });
      assert.equal(down.cookies.find((c) => c.name === 'co-chu')?.value, '0');
      const reset = await portal.app.inject({ url: '/co-chu/mac-dinh', headers: { cookie: 'co-chu=4' } });
      assert.equal(reset.headers.location, '/');
      assert.equal(reset.cookies.find((c) => c.name === 'co-chu')?.value, '2');
      assert.equal((await get('/', { cookie: 'co-chu=9' })).html.querySelector('html')?.getAttribute('class'), 'fs-2', 'bad cookie → default');
      for (const evil of ['//evil.example/', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)', '/a b']) {
        const r = await portal.app.inject(`/co-chu/tang?ve=${encodeURIComponent(evil)}`);
        assert.equal(r.statusCode, 400, evil);
        assert.equal(r.headers.location, undefined);
      }
      assert.equal((await portal.app.inject('/co-chu/to-hon')).statusCode, 404);
    });

    it('sends a strict Content-Security-Policy and other security headers', async () => {
      const { res } = await get('/');
      const csp = res.headers['content-security-policy'] as string;
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.match(csp, /style-src 'self'(;|$)/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:/);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.ok(res.headers['referrer-policy']);
      assert.equal(res.headers['x-powered-by'], undefined);
    });

    it('serves fingerprinted static files with a year of caching', async () => {
      const { html } = await get('/');
      const css = html.querySelector('link[rel=stylesheet]')!.getAttribute('href')!;
      assert.match(css, /^\/static\/css\/site\.css\?v=[0-9a-f]{10}$/);
      const res = await portal.app.inject(css);
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['cache-control'] as string, /immutable/);
      assert.match(res.headers['content-type'] as string, /text\/css/);
      assert.equal((await portal.app.inject('/static/khong-co.css')).statusCode, 404);
      assert.equal((await portal.app.inject('/static/../package.json')).statusCode, 404);
    });

    it('compresses pages for clients that accept it', async () => {
      const res = await portal.app.inject({ url: '/', headers: { 'accept-encoding': 'gzip' } });
      assert.equal(res.headers['content-encoding'], 'gzip');
    });

    it('an unexpected error shows the 500 page with a reference, never the error itself', async () => {
      const { res, html } = await get('/__boom');
      assert.equal(res.statusCode, 500);
      assert.equal(html.querySelector('h1')?.text, 'Hệ thống đang gặp sự cố');
      assert.ok(html.querySelector('.error-page__ref code')?.text);
      assert.doesNotMatch(res.body, /database on fire/);
    });

    it('health probes', async () => {
      const live = await portal.app.inject('/healthz');
      assert.equal(live.statusCode, 200);
      assert.deepEqual(live.json(), { status: 'ok' });
      const ready = await portal.app.inject('/readyz');
      assert.equal(ready.statusCode, 200);
      assert.deepEqual(ready.json(), { status: 'ready', database: kind });
    });
  });
}

describe('public routes on postgres', { skip: postgresSkipReason }, () => {
  it('runs above when TEST_DATABASE_URL is set', () => undefined);
});

describe('readiness when the database is gone', () => {
  it('/readyz answers 503 while /healthz still answers', async () => {
    const portal = await createTestPortal('sqlite');
    await portal.ctx.db.close();
    const ready = await portal.app.inject('/readyz');
    assert.equal(ready.statusCode, 503);
    assert.equal(ready.json().status, 'unavailable');
    assert.equal((await portal.app.inject('/healthz')).statusCode, 200);
    await portal.app.close();
  });
});
