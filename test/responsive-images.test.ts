// Responsive images on public pages (core/media/responsive.ts): the rewrite of a stored body's
// library images into <picture> with AVIF and WebP sources, width/height and lazy loading, as a
// pure function; then end to end on SQLite and PostgreSQL: an image uploaded through
// /admin/media, an article using it, and its public page with the picture markup and og:image.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { actorOf, findUserById } from '../src/core/auth/users.ts';
import { imageKeysIn, loadResponsiveImages, responsiveHtml, shareImageUrl, type ResponsiveImage } from '../src/core/media/responsive.ts';
import { mediaDb } from '../src/core/media/schema.ts';
import { createDraft } from '../src/core/workflow/content.ts';
import { testDatabases } from './helpers/portal.ts';
import { makeStaff, type Staff } from './helpers/staff.ts';
import { createMediaPortal, multipart, type MediaPortal } from './fixtures/media/portal.ts';
import * as sample from './fixtures/media/samples.ts';

const stem = 'abcdefghijklmnopqrstuvwx';
const image: ResponsiveImage = {
  mediaId: 7,
  width: 2000,
  height: 1500,
  fallbackKey: `${stem}-1600.jpg`,
  webp: [480, 960, 1600].map((w) => ({ key: `${stem}-${w}.webp`, width: w })),
  avif: [480, 960].map((w) => ({ key: `${stem}-${w}.avif`, width: w })),
};
const images = new Map([...image.webp, ...image.avif, { key: image.fallbackKey }].map((v) => [v.key, image]));
const figure = (src: string, alt: string) => `<figure><img src="${src}" alt="${alt}"><figcaption>Chú thích</figcaption></figure>`;

describe('responsiveHtml (pure)', () => {
  it('turns a library image into <picture> with AVIF and WebP sources, width, height; the first image is not lazy', () => {
    const body = `<p>Mở đầu</p>${figure(`/media/${stem}-1600.webp`, 'Hội nghị')}<p>Giữa</p>${figure(`/media/${stem}-960.webp`, 'Lần hai')}`;
    const out = responsiveHtml(body, images);
    const root = parse(out);
    const pictures = root.querySelectorAll('figure > picture');
    assert.equal(pictures.length, 2, out);
    const [first, second] = pictures;
    const avif = first!.querySelector('source[type="image/avif"]')!;
    const webp = first!.querySelector('source[type="image/webp"]')!;
    assert.equal(avif.getAttribute('srcset'), `/media/${stem}-480.avif 480w, /media/${stem}-960.avif 960w`);
    assert.equal(webp.getAttribute('srcset'), `/media/${stem}-480.webp 480w, /media/${stem}-960.webp 960w, /media/${stem}-1600.webp 1600w`);
    assert.ok(webp.getAttribute('sizes'), 'sizes on the WebP source');
    assert.ok(avif.getAttribute('media'), 'the AVIF (at most 960 px) is for narrow screens when a larger WebP exists');
    const img = first!.querySelector('img')!;
    assert.equal(img.getAttribute('src'), `/media/${stem}-1600.jpg`, 'the <img> fallback is the JPEG');
    assert.equal(img.getAttribute('alt'), 'Hội nghị');
    assert.equal(img.getAttribute('width'), '2000');
    assert.equal(img.getAttribute('height'), '1500');
    assert.equal(img.getAttribute('loading'), undefined, 'the first image loads at once');
    const img2 = second!.querySelector('img')!;
    assert.equal(img2.getAttribute('loading'), 'lazy');
    assert.equal(img2.getAttribute('decoding'), 'async');
    assert.equal(img2.getAttribute('alt'), 'Lần hai');
    // everything around the images is copied as it was
    assert.ok(out.startsWith('<p>Mở đầu</p><figure><picture>'));
    assert.ok(out.includes('</picture><figcaption>Chú thích</figcaption></figure><p>Giữa</p>'));
    assert.deepEqual(imageKeysIn(body), [`${stem}-1600.webp`, `${stem}-960.webp`]);
  });

  it('leaves external, unknown and malformed images unchanged, but counts them for lazy loading', () => {
    const external = figure('https://example.org/media/abcdefghijklmnopqrstuvwx-1600.webp', 'Ngoài');
    const unknown = figure('/media/zzzzzzzzzzzzzzzzzzzzzzzz-960.webp', 'Không rõ');
    const odd = '<p><img src="/media/../etc/passwd" alt="x"><img alt="không có src"></p>';
    const body = external + unknown + odd;
    assert.equal(responsiveHtml(body, images), body, 'nothing known: byte for byte the same');
    const withLibrary = responsiveHtml(external + figure(`/media/${stem}-960.webp`, 'Thư viện'), images);
    assert.ok(withLibrary.startsWith(external), 'the external image is untouched');
    assert.match(withLibrary, /<img src="\/media\/abcdefghijklmnopqrstuvwx-1600\.jpg" alt="Thư viện" width="2000" height="1500" loading="lazy" decoding="async">/, 'the second image of the body is lazy');
    assert.equal(responsiveHtml('<p>Không có ảnh</p>', images), '<p>Không có ảnh</p>');
  });

  it('keeps hostile attribute values escaped and drops the stored width/height/loading', () => {
    const body = `<p><img src="/media/${stem}-1600.webp" alt="&quot; onerror=&quot;alert(1)&quot; &lt;script&gt;alert(2)&lt;/script&gt; &amp; Ä" width="1" height="99999" loading="eager"></p>`;
    const out = responsiveHtml(body, images);
    assert.ok(!/onerror="/.test(out), out);
    assert.ok(!out.includes('<script'), out);
    assert.match(out, /alt="&quot; onerror=&quot;alert\(1\)&quot; &lt;script&gt;alert\(2\)&lt;\/script&gt; &amp; Ä"/);
    const img = parse(out).querySelector('img')!;
    assert.equal(img.getAttribute('alt'), '" onerror="alert(1)" <script>alert(2)</script> & Ä');
    assert.equal(img.getAttribute('width'), '2000');
    assert.equal(img.getAttribute('height'), '1500');
    assert.equal(out.match(/<img /g)?.length, 1);
    // a lookup returning nonsense never writes it out
    const bad = { ...image, width: Number.NaN };
    assert.equal(responsiveHtml(body, () => bad), body);
  });

  it('returns a body over the markup limits unchanged, in linear time', () => {
    const deep = '<div>'.repeat(200) + `<img src="/media/${stem}-1600.webp" alt="x">` + '</div>'.repeat(200);
    assert.equal(responsiveHtml(deep, images), deep);
    const many = `<p><img src="/media/${stem}-1600.webp" alt="ảnh"></p>`.repeat(5000);
    const started = performance.now();
    const out = responsiveHtml(many, images);
    assert.equal(out.match(/<picture>/g)?.length, 5000);
    assert.ok(performance.now() - started < 3000, 'linear: 5000 images in well under 3 s');
  });

  it('og:image: the cover if any, else the first library image as its largest JPEG', () => {
    const none = new Map<string, ResponsiveImage>();
    assert.equal(shareImageUrl('https://portal.test/', images, '/media/x.webp'), 'https://portal.test/media/x.webp');
    assert.equal(shareImageUrl('https://portal.test', images, 'https://cdn.example/a.jpg'), 'https://cdn.example/a.jpg');
    assert.equal(shareImageUrl('https://portal.test', none, 'javascript:alert(1)'), undefined);
    assert.equal(shareImageUrl('https://portal.test', images, 'javascript:alert(1)'), `https://portal.test/media/${stem}-1600.jpg`, 'a refused cover: the first library image');
    assert.equal(shareImageUrl('https://portal.test/', images), `https://portal.test/media/${stem}-1600.jpg`, 'the first library image, as its largest JPEG');
    assert.equal(shareImageUrl('https://portal.test', none), undefined, 'no library image (none in the body, or only external ones)');
  });
});

for (const kind of testDatabases()) {
  describe(`responsive images on the article page (${kind})`, () => {
    let portal: MediaPortal;
    let writer: Staff;
    let categoryId: number;

    before(async () => {
      portal = await createMediaPortal(kind);
      writer = await makeStaff(portal, 'admin', 'anh-admin');
      const category = await portal.ctx.db.kysely.insertInto('categories').values({ type: 'news', parent_id: null, slug: 'tin-anh', name: 'Tin ảnh' }).returning('id').executeTakeFirstOrThrow();
      categoryId = category.id;
    });
    after(async () => portal?.close());

    async function uploadPhoto(name: string, data?: Buffer) {
      const body = multipart([{ name: 'files', filename: name, data: data ?? (await sample.jpegWithGps()) }]);
      const res = await portal.app.inject({ method: 'POST', url: '/admin/media', headers: { ...body.headers, authorization: `Bearer ${writer.token}`, accept: 'application/json' }, payload: body.payload });
      assert.equal(res.statusCode, 201, res.body);
      return (JSON.parse(res.body) as { items: { id: number; url: string }[] }).items[0]!;
    }

    async function publish(title: string, body: string): Promise<string> {
      const actor = actorOf((await findUserById(portal.ctx.db.kysely, writer.id))!);
      const draft = await createDraft(portal.ctx.db.kysely, actor, 'news', { title, body, categoryId });
      await portal.ctx.db.kysely.updateTable('content').set({ status: 'published', published_at: new Date(Date.now() - 60_000).toISOString() }).where('id', '=', draft.id).execute();
      const row = await portal.ctx.db.kysely.selectFrom('content').select('slug').where('id', '=', draft.id).executeTakeFirstOrThrow();
      return `/tin-tuc/tin-anh/${row.slug}`;
    }

    it('an article with an uploaded image has <picture> with srcset, width/height, lazy after the first, and og:image', async () => {
      const uploaded = await uploadPhoto('Cảng Hòn Chông.jpg');
      const key = uploaded.url.replace('/media/', '');
      const media = await mediaDb(portal.ctx.db.kysely).selectFrom('media').selectAll().where('id', '=', uploaded.id).executeTakeFirstOrThrow();
      const url = await publish('Ảnh cảng biển', `<p>Mở đầu.</p>${figure(uploaded.url, 'Tàu cập cảng')}<p>Tiếp.</p>${figure(uploaded.url, 'Lần nữa')}${figure('https://example.org/x.jpg', 'Ngoài')}`);
      const res = await portal.app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 200, res.body);
      const root = parse(res.body);
      const body = root.querySelector('.article-body')!;
      const pictures = body.querySelectorAll('picture');
      assert.equal(pictures.length, 2);
      const webp = pictures[0]!.querySelector('source[type="image/webp"]')!.getAttribute('srcset')!;
      assert.match(webp, /^\/media\/[a-z2-7]{24}-480\.webp 480w, \/media\/[a-z2-7]{24}-960\.webp 960w, \/media\/[a-z2-7]{24}-(\d+)\.webp \1w$/);
      assert.ok(webp.includes(key));
      assert.match(pictures[0]!.querySelector('source[type="image/avif"]')!.getAttribute('srcset')!, /-480\.avif 480w, .*-960\.avif 960w$/);
      const [first, second] = body.querySelectorAll('picture img');
      assert.equal(first!.getAttribute('src'), `/media/${media.key}`);
      assert.ok(media.width! > 1000 && media.height! > 1000);
      assert.equal(first!.getAttribute('width'), String(media.width), 'the media row’s size');
      assert.equal(first!.getAttribute('height'), String(media.height));
      assert.equal(first!.getAttribute('loading'), undefined);
      assert.equal(second!.getAttribute('loading'), 'lazy');
      assert.equal(second!.getAttribute('decoding'), 'async');
      assert.equal(body.querySelector('img[src="https://example.org/x.jpg"]')?.getAttribute('loading'), undefined, 'the external image is unchanged');
      assert.equal(root.querySelector('meta[property="og:image"]')?.getAttribute('content'), `${portal.ctx.config.baseUrl.replace(/\/+$/, '')}/media/${media.key}`);
      // every address in the picture is served
      for (const source of pictures[0]!.querySelectorAll('source')) {
        for (const candidate of source.getAttribute('srcset')!.split(', ')) {
          const served = await portal.app.inject({ method: 'GET', url: candidate.split(' ')[0]! });
          assert.equal(served.statusCode, 200, candidate);
        }
      }
      // the CSP still allows only the site's own images
      assert.match(String(res.headers['content-security-policy']), /img-src 'self' data:/);
    });

    it('an image uploaded after the server started is responsive on the first view of the page using it', async () => {
      // the app is ready and serving before this image exists
      assert.equal((await portal.app.inject({ method: 'GET', url: '/tin-tuc' })).statusCode, 200);
      const uploaded = await uploadPhoto('Khu kinh tế Phú Quốc.jpg');
      const media = await mediaDb(portal.ctx.db.kysely).selectFrom('media').selectAll().where('id', '=', uploaded.id).executeTakeFirstOrThrow();
      // saved straight into the table (as another process would): no hook of this process ran
      const actor = actorOf((await findUserById(portal.ctx.db.kysely, writer.id))!);
      const draft = await createDraft(portal.ctx.db.kysely, actor, 'news', { title: 'Ảnh Phú Quốc', body: '<p>Chưa có ảnh.</p>', categoryId });
      await portal.ctx.db.kysely.updateTable('content').set({ body: figure(uploaded.url, 'Phú Quốc'), status: 'published', published_at: new Date(Date.now() - 60_000).toISOString() }).where('id', '=', draft.id).execute();
      const row = await portal.ctx.db.kysely.selectFrom('content').select('slug').where('id', '=', draft.id).executeTakeFirstOrThrow();
      const firstView = await portal.app.inject({ method: 'GET', url: `/tin-tuc/tin-anh/${row.slug}` });
      assert.equal(firstView.statusCode, 200);
      const root = parse(firstView.body);
      const img = root.querySelector('.article-body picture img');
      assert.ok(img, 'a <picture> on the first view');
      assert.equal(img.getAttribute('src'), `/media/${media.key}`);
      assert.equal(img.getAttribute('width'), String(media.width));
      assert.equal(img.getAttribute('height'), String(media.height));
      assert.equal(root.querySelector('meta[property="og:image"]')?.getAttribute('content'), `${portal.ctx.config.baseUrl.replace(/\/+$/, '')}/media/${media.key}`);
    });

    it('loadResponsiveImages: by every key of each image, the asked keys first in their order; unknown keys absent', async () => {
      const a = await uploadPhoto('Ảnh một.jpg');
      const b = await uploadPhoto('Ảnh hai.png', await sample.transparentPng());
      assert.notEqual(a.id, b.id);
      const keyA = a.url.replace('/media/', '');
      const keyB = b.url.replace('/media/', '');
      const loaded = await loadResponsiveImages(portal.ctx.db.kysely, [keyB, 'zzzzzzzzzzzzzzzzzzzzzzzz-960.webp', keyA, keyB]);
      assert.deepEqual([...loaded.keys()].slice(0, 2), [keyB, keyA]);
      assert.equal(loaded.get(keyB)?.mediaId, b.id);
      assert.equal(loaded.get(keyA)?.mediaId, a.id);
      assert.equal(loaded.has('zzzzzzzzzzzzzzzzzzzzzzzz-960.webp'), false);
      for (const variant of loaded.get(keyA)!.webp) assert.equal(loaded.get(variant.key)?.mediaId, a.id);
      assert.equal((await loadResponsiveImages(portal.ctx.db.kysely, [])).size, 0);
    });
  });
}
