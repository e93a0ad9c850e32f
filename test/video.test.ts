// Videos (Decree 42/2022 A19): links to where a video is published, with a poster from the media
// library. /video and /en/videos list them; a video's page loads nothing from another origin (no
// frame, no script, no image) and offers a plain link that says it leaves the portal. Addresses
// that are not plain https are refused; demo videos and their posters load and go exactly.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse, type HTMLElement } from 'node-html-parser';
import { checkLinks, FieldsInvalid, validateFields } from '../src/core/content-types/validate.ts';
import { mediaDb } from '../src/core/media/schema.ts';
import { videoDeclaration, videoType } from '../src/modules/video/declaration.ts';
import { demoMediaIds, demoMediaPrefix, readDemoVideos } from '../src/modules/video/demo.ts';
import { videoModule } from '../src/modules/video/index.ts';
import { siteOf } from '../src/modules/video/urls.ts';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';
import { api, makeStaff } from './helpers/staff.ts';

const demo = readDemoVideos();

/** Every address the page makes the browser fetch by itself (not links the reader follows). */
function fetchedAddresses(html: HTMLElement): string[] {
  const out: string[] = [];
  for (const el of html.querySelectorAll('[src], [srcset], [poster], [data], link[href], use[href]')) {
    for (const attr of ['src', 'poster', 'data']) {
      const v = el.getAttribute(attr);
      if (v !== undefined) out.push(v);
    }
    const srcset = el.getAttribute('srcset');
    if (srcset) out.push(...srcset.split(',').map((s) => s.trim().split(/\s+/)[0]!));
    if (el.tagName === 'LINK' || el.tagName === 'USE') out.push(el.getAttribute('href')!);
  }
  return out;
}

/** The portal's own: a path, or an address on its base URL (a canonical link). */
const sameOrigin = (url: string) => (url.startsWith('/') && !url.startsWith('//')) || url.startsWith('http://portal.test/');

for (const kind of testDatabases()) {
  describe(`videos on ${kind}`, () => {
    let portal: TestPortal;
    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
    });
    after(() => portal.close());

    const get = (url: string) => portal.app.inject({ method: 'GET', url });
    const page = async (url: string) => {
      const res = await get(url);
      assert.equal(res.statusCode, 200, url);
      return { html: parse(res.body), body: res.body, headers: res.headers };
    };
    const db = () => portal.ctx.db.kysely;
    const slugOf = async (key: string) => (await db().selectFrom('content').select('slug').where('source_key', '=', `demo:video:${key}`).executeTakeFirstOrThrow()).slug;
    const videoCount = async () => Number((await db().selectFrom('content').select((eb) => eb.fn.countAll<number>().as('n')).where('type', '=', videoType).executeTakeFirstOrThrow()).n);

    it('/video lists every demo video with its poster, title, date, length and the site it plays on, most recent first', async () => {
      const { html, body } = await page('/video');
      assert.equal(html.querySelector('h1')!.text, 'Video');
      const cards = html.querySelectorAll('.video-grid > li.video-card');
      assert.equal(cards.length, demo.length);
      const byDate = [...demo].sort((a, b) => (a.recordedOn! < b.recordedOn! ? 1 : -1));
      assert.deepEqual(cards.map((c) => c.querySelector('.video-card__title a')!.text.trim()), byDate.map((v) => v.title));
      cards.forEach((card, i) => {
        const v = byDate[i]!;
        assert.match(card.querySelector('.video-card__title a')!.getAttribute('href')!, /^\/video\/[a-z0-9-]+$/, 'to the portal’s page, not to the other site');
        const meta = card.querySelector('.video-card__meta')!.text;
        assert.ok(meta.includes(v.duration!) && meta.includes(`Trên ${siteOf(v.url)!.name}`), meta);
        assert.equal(card.querySelector('time')!.getAttribute('datetime'), v.recordedOn);
        const img = card.querySelector('.video-card__poster img')!;
        assert.equal(img.getAttribute('alt'), '');
        assert.equal(img.getAttribute('width'), '480');
        assert.equal(img.getAttribute('height'), '270');
      });
      assert.ok(fetchedAddresses(html).every(sameOrigin), 'the list loads nothing from elsewhere');
      assert.equal(/(?:href|src)="[^"]*(?:youtube|youtu\.be|kgtv)/i.test(body), false, 'the list does not even link elsewhere');
      const english = await page('/en/videos');
      assert.equal(english.html.querySelector('h1')!.text, 'Videos');
      assert.match(english.html.querySelector('.video-card a')!.getAttribute('href')!, /^\/en\/videos\/[a-z0-9-]+$/);
    });

    it('a video page loads nothing from another origin and offers a plain outbound link that says it leaves the portal', async () => {
      const v = demo.find((d) => d.url.includes('youtube.com') && d.transcript)!;
      const { html, body, headers } = await page(`/video/${await slugOf(v.key)}`);
      assert.equal(html.querySelector('h1')!.text, v.title);
      for (const tag of ['iframe', 'frame', 'object', 'embed', 'video', 'audio', 'script[src*="youtube"]']) assert.equal(html.querySelectorAll(tag).length, 0, `no ${tag}`);
      const fetched = fetchedAddresses(html);
      assert.ok(fetched.length > 0);
      assert.deepEqual(fetched.filter((u) => !sameOrigin(u)), [], 'every image, script and style is the portal’s own');
      const outbound = html.querySelectorAll('a[href^="http"]').filter((a) => !a.closest('.site-footer'));
      assert.deepEqual(outbound.map((a) => a.getAttribute('href')), [v.url], 'one link leaves the portal: the video’s');
      const link = outbound[0]!;
      assert.match(link.text, /Xem video trên YouTube/);
      assert.match(link.text, /\(mở trang ngoài cổng\)/);
      assert.equal(link.getAttribute('target'), undefined, 'same tab, like every link');
      assert.match(link.getAttribute('rel')!, /noopener/);
      const note = html.querySelector(`#${link.getAttribute('aria-describedby')}`)!;
      assert.match(note.text, /mở trang youtube\.com, bên ngoài Cổng thông tin điện tử/);
      assert.equal(body.split(v.url).length - 1, 1, 'the address appears once, as the link');
      const csp = String(headers['content-security-policy']);
      assert.match(csp, /default-src 'self'/);
      assert.doesNotMatch(csp, /frame-src|youtube/, 'no frame allowed from anywhere');
      const poster = html.querySelector('figure.video-poster img')!;
      assert.equal(poster.getAttribute('alt'), v.posterAlt, 'the poster’s description from the library');
      assert.equal(html.querySelectorAll('.video-transcript p').length, v.transcript!.length, 'the transcript, a paragraph each');
      assert.equal(/gallery\.js/.test(body), false, 'no viewer script');

      const tv = demo.find((d) => d.url.startsWith('https://kgtv.vn/'))!;
      const tvPage = await page(`/video/${await slugOf(tv.key)}`);
      assert.match(tvPage.html.querySelector('a.video-watch__link')!.text, /Xem video trên kgtv\.vn/);
      const english = await page(`/en/videos/${await slugOf(v.key)}`);
      assert.match(english.html.querySelector('a.video-watch__link')!.text, /Watch the video on YouTube/);
      assert.match(english.html.querySelector('.video-watch__note')!.text, /outside this portal/);
    });

    it('bad addresses change nothing: a bad page number is a 400, past the end or an unknown video a 404', async () => {
      for (const url of ['/video?trang=0', '/video?trang=x', '/en/videos?page=-2', '/video?trang=1&trang=2']) assert.equal((await get(url)).statusCode, 400, url);
      for (const url of ['/video?trang=2', '/video/khong-co-video-nay', '/video/A', '/en/videos/khong-co']) assert.equal((await get(url)).statusCode, 404, url);
    });

    it('refuses a video address that is not plain https, two posters or a poster not in the library; the API stores nothing', async () => {
      const refusal = async (fields: Record<string, unknown>) => {
        try {
          const values = await validateFields(videoDeclaration, fields, 'json');
          await checkLinks(db(), videoDeclaration, values);
          return undefined;
        } catch (error) {
          assert.ok(error instanceof FieldsInvalid, String(error));
          return error.problems.map((p) => [p.field, p.message.vi]);
        }
      };
      const notHttps = [['url', 'Phải là địa chỉ web đầy đủ, bắt đầu bằng https://, không có khoảng trắng.']];
      for (const url of [
        'http://www.youtube.com/watch?v=abc',
        'javascript:alert(1)',
        '//www.youtube.com/watch?v=abc',
        'https://www.youtube.com/watch?v=a b',
        'https://user:pass@www.youtube.com/watch',
        'https://www.youtube.com/"onmouseover="x',
        'https://192.168.1.1/video',
        'ftp://kgtv.vn/a.mp4',
        'youtube.com/watch?v=abc',
      ]) {
        assert.deepEqual(await refusal({ url }), notHttps, url);
      }
      const posters = await demoMediaIds(db());
      assert.deepEqual(await refusal({ url: 'https://youtu.be/abc', poster: [posters[0], posters[1]] }), [['poster', 'Chỉ chọn một ảnh đại diện.']]);
      assert.deepEqual(await refusal({ url: 'https://youtu.be/abc', poster: [987654] }), [['poster', 'Có ảnh không tồn tại trong thư viện.']]);
      assert.ok((await refusal({ url: 'https://youtu.be/abc', duration: '3 phút' }))?.some(([f]) => f === 'duration'));
      assert.deepEqual(await refusal({}), [['url', 'Bắt buộc nhập.']]);
      assert.equal(await refusal({ url: 'https://www.youtube.com/watch?v=kG8bqlkktA1&t=30s', poster: [posters[0]], duration: '1:02:45', recordedOn: '2024-01-02' }), undefined);

      const editor = await makeStaff(portal, 'editor', `bien-tap-video-${kind}`);
      const before = await videoCount();
      for (const fields of [{ url: 'http://www.youtube.com/watch?v=abc' }, { url: 'https://youtu.be/abc', poster: [987654] }]) {
        const res = await api(portal, editor)('POST', '/api/v1/admin/content/video', { title: 'Video sai', fields });
        assert.equal(res.status, 400, JSON.stringify(res.body));
      }
      assert.equal(await videoCount(), before, 'nothing stored');
    });

    it('a poster is a use of the library', async () => {
      const id = (await db().selectFrom('content').select(['id', 'fields']).where('source_key', '=', `demo:video:${demo[0]!.key}`).executeTakeFirstOrThrow());
      const poster = (JSON.parse(id.fields) as { poster: number[] }).poster;
      const used = await mediaDb(db()).selectFrom('media_usage').select('media_id').where('content_id', '=', id.id).execute();
      assert.deepEqual(used.map((u) => u.media_id), poster);
    });

    it('removing the demo deletes exactly the demo videos and their posters; loading again restores them', async () => {
      const media = mediaDb(db());
      const posters = await demoMediaIds(db());
      assert.equal(posters.length, demo.length, 'one poster per demo video');
      const others = await media.selectFrom('media').select('id').where('original_name', 'not like', `${demoMediaPrefix}%`).where('deleted_at', 'is', null).orderBy('id').execute();
      assert.equal(await videoModule.removeDemo!(portal.ctx), demo.length);
      assert.equal(await videoCount(), 0);
      assert.deepEqual(await demoMediaIds(db()), [], 'every demo poster deleted');
      assert.equal((await media.selectFrom('media_variants').select('key').where('media_id', 'in', posters).execute()).length, 0, 'with its variants');
      assert.deepEqual(await media.selectFrom('media').select('id').where('original_name', 'not like', `${demoMediaPrefix}%`).where('deleted_at', 'is', null).orderBy('id').execute(), others, 'other library items untouched');
      assert.equal((await page('/video')).html.querySelectorAll('.video-card').length, 0);
      assert.equal(await videoModule.removeDemo!(portal.ctx), 0);
      assert.equal(await videoModule.loadDemo!(portal.ctx), demo.length);
      assert.equal((await page('/video')).html.querySelectorAll('.video-card').length, demo.length);
    });
  });
}

describe('demo videos file (src/modules/video/demo/videos.json)', () => {
  it('has at least 8 videos, each a plain https address the declaration accepts', async () => {
    assert.ok(demo.length >= 8);
    for (const v of demo) await validateFields(videoDeclaration, { url: v.url, duration: v.duration, recordedOn: v.recordedOn }, 'json');
  });

  it('names the site a video plays on', () => {
    assert.deepEqual(siteOf('https://www.youtube.com/watch?v=x'), { host: 'youtube.com', name: 'YouTube' });
    assert.deepEqual(siteOf('https://youtu.be/x'), { host: 'youtu.be', name: 'YouTube' });
    assert.deepEqual(siteOf('https://m.youtube.com/watch?v=x'), { host: 'youtube.com', name: 'YouTube' });
    assert.deepEqual(siteOf('https://kgtv.vn/video/a'), { host: 'kgtv.vn', name: 'kgtv.vn' });
    assert.deepEqual(siteOf('https://notyoutube.com/x'), { host: 'notyoutube.com', name: 'notyoutube.com' });
    assert.equal(siteOf('not a url'), undefined);
  });
});
