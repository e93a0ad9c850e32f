// The photo gallery (Decree 42/2022 A19): albums of media-library photos on /thu-vien-anh and
// /en/photos, an album's page as a plain list of figures (alt text and captions from the library,
// width and height, lazy after the first) with the viewer script on album pages only, refusals
// that change nothing, photos counted as uses of the library, and demo albums whose pictures are
// real library items, loaded and removed exactly.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { publishItem } from '../src/core/content-types/publish-item.ts';
import { checkLinks, FieldsInvalid, validateFields } from '../src/core/content-types/validate.ts';
import { mediaDb } from '../src/core/media/schema.ts';
import { albumDeclaration, albumType } from '../src/modules/gallery/declaration.ts';
import { demoMediaIds, demoMediaPrefix, readDemoAlbums } from '../src/modules/gallery/demo.ts';
import { galleryModule } from '../src/modules/gallery/index.ts';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';
import { api, makeStaff } from './helpers/staff.ts';

const demo = readDemoAlbums();
const viewerScript = /<script src="\/static\/js\/gallery\.js\?v=[0-9a-f]{10}" defer><\/script>/g;

for (const kind of testDatabases()) {
  describe(`photo gallery on ${kind}`, () => {
    let portal: TestPortal;
    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
    });
    after(() => portal.close());

    const get = (url: string) => portal.app.inject({ method: 'GET', url });
    const page = async (url: string) => {
      const res = await get(url);
      assert.equal(res.statusCode, 200, url);
      return { html: parse(res.body), body: res.body };
    };
    const db = () => portal.ctx.db.kysely;
    const albumCount = async () => Number((await db().selectFrom('content').select((eb) => eb.fn.countAll<number>().as('n')).where('type', '=', albumType).executeTakeFirstOrThrow()).n);
    /** The demo album of this key, as stored. */
    const stored = async (key: string) => db().selectFrom('content').select(['id', 'slug', 'fields']).where('source_key', '=', `demo:album:${key}`).executeTakeFirstOrThrow();

    it('/thu-vien-anh lists every demo album with its cover, title, date and number of photos, newest event first', async () => {
      const { html, body } = await page('/thu-vien-anh');
      assert.equal(html.querySelector('h1')!.text, 'Thư viện ảnh');
      const cards = html.querySelectorAll('.album-grid > li.album-card');
      assert.equal(cards.length, demo.length);
      const byDate = [...demo].sort((a, b) => (a.eventDate < b.eventDate ? 1 : -1));
      assert.deepEqual(
        cards.map((c) => c.querySelector('.album-card__title a')!.text.trim()),
        byDate.map((a) => a.title),
        'newest event first',
      );
      cards.forEach((card, i) => {
        const album = byDate[i]!;
        assert.match(card.querySelector('.album-card__title a')!.getAttribute('href')!, /^\/thu-vien-anh\/[a-z0-9-]+$/);
        assert.equal(card.querySelector('time')!.getAttribute('datetime'), album.eventDate);
        assert.equal(card.querySelector('.album-card__count')!.text, `${album.photos.length} ảnh`);
        const cover = card.querySelector('.album-card__cover img')!;
        assert.equal(cover.getAttribute('alt'), '', 'the cover repeats the title: decorative');
        assert.ok(Number(cover.getAttribute('width')) > 0 && Number(cover.getAttribute('height')) > 0, 'width and height set');
        assert.equal(cover.getAttribute('loading'), i === 0 ? undefined : 'lazy');
        assert.ok(card.querySelector('.album-card__cover source[type="image/webp"]'), 'responsive sources');
      });
      // the chosen cover, not the first photo
      const chosen = demo.find((a) => a.cover)!;
      const fields = JSON.parse((await stored(chosen.key)).fields) as { photos: number[]; cover: number[] };
      assert.deepEqual(fields.cover, [fields.photos[chosen.cover! - 1]]);
      const card = cards.find((c) => c.querySelector('.album-card__title a')!.text.trim() === chosen.title)!;
      const coverKey = (await mediaDb(db()).selectFrom('media').select('key').where('id', '=', fields.cover[0]!).executeTakeFirstOrThrow()).key;
      assert.equal(card.querySelector('.album-card__cover img')!.getAttribute('src'), `/media/${coverKey}`);
      assert.equal(body.match(viewerScript), null, 'no viewer on the list');

      const english = await page('/en/photos');
      assert.equal(english.html.querySelector('h1')!.text, 'Photo gallery');
      const first = english.html.querySelector('.album-card')!;
      assert.match(first.querySelector('a')!.getAttribute('href')!, /^\/en\/photos\/[a-z0-9-]+$/);
      assert.equal(first.querySelector('a')!.getAttribute('lang'), 'vi', 'the Vietnamese title says so');
      assert.equal(first.querySelector('.album-card__count')!.text, `${byDate[0]!.photos.length} photos`);
    });

    it('an album page is a plain list of figures: alt text and captions from the library, width and height, lazy after the first, the viewer script once', async () => {
      const album = demo[0]!;
      const { slug } = await stored(album.key);
      const { html, body } = await page(`/thu-vien-anh/${slug}`);
      assert.equal(html.querySelector('h1')!.text, album.title);
      assert.equal(html.querySelector('.gallery-album__meta time')!.getAttribute('datetime'), album.eventDate);
      const list = html.querySelector('ol.gallery-photos')!;
      assert.ok(list.hasAttribute('data-gallery'));
      assert.equal(list.getAttribute('data-next'), 'Ảnh sau');
      assert.equal(list.getAttribute('data-position'), 'Ảnh {n}/{total}');
      const items = list.querySelectorAll(':scope > li');
      assert.equal(items.length, album.photos.length);
      for (const [i, li] of items.entries()) {
        const photo = album.photos[i]!;
        const figure = li.querySelector(':scope > figure')!;
        const img = figure.querySelector('a.gallery-photo__link img')!;
        assert.equal(img.getAttribute('alt'), photo.alt, `photo ${i + 1}: the library's description`);
        assert.equal(figure.querySelector('figcaption > span')!.text, photo.caption, `photo ${i + 1}: the library's caption`);
        assert.match(figure.querySelector('figcaption')!.text, /Ảnh: Hình vẽ minh hoạ \(dữ liệu mẫu\)/, 'the credit');
        assert.equal(img.getAttribute('width'), '480');
        assert.equal(img.getAttribute('height'), '320');
        assert.equal(img.getAttribute('loading'), i === 0 ? undefined : 'lazy', `photo ${i + 1}: lazy after the first`);
        assert.ok(figure.querySelector('picture > source[type="image/webp"]'));
        const link = figure.querySelector('a')!;
        assert.match(link.getAttribute('href')!, /^\/media\/[a-z2-7]{24}-480\.jpg$/);
        assert.match(link.getAttribute('data-srcset')!, /^\/media\/[a-z2-7]{24}-480\.webp 480w$/);
        assert.match(link.text, /\(xem ảnh lớn\)/);
      }
      const large = await get(items[1]!.querySelector('a')!.getAttribute('href')!);
      assert.equal(large.statusCode, 200);
      assert.equal(large.headers['content-type'], 'image/jpeg');
      assert.equal(body.match(viewerScript)?.length, 1, 'the viewer script, once');
      assert.equal(body.includes('<script>'), false, 'no inline script');
      const js = await get(/src="(\/static\/js\/gallery\.js\?v=[0-9a-f]+)"/.exec(body)![1]!);
      assert.equal(js.statusCode, 200);
      assert.match(String(js.headers['content-type']), /javascript/);

      const english = await page(`/en/photos/${slug}`);
      assert.equal(english.html.querySelector('.gallery-album__heading')!.text, 'Photos in this album');
      assert.equal(english.html.querySelector('h1')!.getAttribute('lang'), 'vi');
      assert.equal(english.html.querySelector('ol.gallery-photos')!.getAttribute('data-next'), 'Next photo');
      assert.equal(english.body.match(viewerScript)?.length, 1);
    });

    it('the viewer script is loaded by album pages only', async () => {
      for (const url of ['/', '/thu-vien-anh', '/en/photos', '/video', '/tin-tuc', '/lien-ket', '/so-do-trang']) {
        const res = await get(url);
        assert.equal(res.statusCode, 200, url);
        assert.equal(res.body.match(viewerScript), null, url);
      }
    });

    it('bad addresses change nothing: a bad page number is a 400, past the end or an unknown album a 404', async () => {
      for (const url of ['/thu-vien-anh?trang=0', '/thu-vien-anh?trang=abc', '/thu-vien-anh?trang=-1', '/thu-vien-anh?trang=1.5', '/en/photos?page=x', '/thu-vien-anh?trang=1&trang=2']) {
        assert.equal((await get(url)).statusCode, 400, url);
      }
      assert.equal((await get('/thu-vien-anh?trang=2')).statusCode, 404, 'one page of demo albums');
      for (const url of ['/thu-vien-anh/khong-co-album-nay', '/thu-vien-anh/KHONG', '/thu-vien-anh/a%20b', '/en/photos/khong-co']) {
        assert.equal((await get(url)).statusCode, 404, url);
      }
      assert.equal((await get('/thu-vien-anh?utm_source=x')).statusCode, 200, 'parameters a page does not read are tolerated');
    });

    it('refuses an album whose image is not in the library, two covers, no photos or no date; the API stores nothing', async () => {
      const refusal = async (fields: Record<string, unknown>) => {
        try {
          const values = await validateFields(albumDeclaration, fields, 'json');
          await checkLinks(db(), albumDeclaration, values);
          return undefined;
        } catch (error) {
          assert.ok(error instanceof FieldsInvalid, String(error));
          return error.problems.map((p) => [p.field, p.message.vi]);
        }
      };
      const photos = await demoMediaIds(db());
      assert.deepEqual(await refusal({ eventDate: '2024-05-01', photos: [photos[0], 987654] }), [['photos', 'Có ảnh không tồn tại trong thư viện.']]);
      assert.deepEqual(await refusal({ eventDate: '2024-05-01', photos: [photos[0]], cover: [photos[0], photos[1]] }), [['cover', 'Chỉ chọn một ảnh bìa.']]);
      assert.deepEqual(await refusal({ eventDate: '2024-05-01' }), [['photos', 'Bắt buộc nhập.']]);
      assert.deepEqual(await refusal({ photos: [photos[0]] }), [['eventDate', 'Bắt buộc nhập.']]);
      assert.ok((await refusal({ eventDate: '2024-02-30', photos: [photos[0]] }))?.some(([f]) => f === 'eventDate'));
      assert.ok((await refusal({ eventDate: '2024-05-01', photos: ['1; drop table media'] }))?.some(([f]) => f === 'photos'));
      assert.equal(await refusal({ eventDate: '2024-05-01', photos: [photos[0], photos[1]], cover: [photos[1]], location: 'KCN Thạnh Lộc' }), undefined);

      const editor = await makeStaff(portal, 'editor', `bien-tap-anh-${kind}`);
      const before = await albumCount();
      const bad = await api(portal, editor)('POST', '/api/v1/admin/content/album', { title: 'Album có ảnh lạ', fields: { eventDate: '2024-05-01', photos: [photos[0], 987654] } });
      assert.equal(bad.status, 400, JSON.stringify(bad.body));
      assert.equal(await albumCount(), before, 'nothing stored');
      const good = await api(portal, editor)('POST', '/api/v1/admin/content/album', { title: 'Album nháp', fields: { eventDate: '2024-05-01', photos: [photos[0]] } });
      assert.equal(good.status, 201, JSON.stringify(good.body));
      assert.equal((await get('/thu-vien-anh')).body.includes('Album nháp'), false, 'a draft is not listed');
    });

    it('an album’s photos are uses of the library: the library will not delete them while the album shows them', async () => {
      const album = await stored(demo[1]!.key);
      const fields = JSON.parse(album.fields) as { photos: number[] };
      const used = await mediaDb(db()).selectFrom('media_usage').select('media_id').where('content_id', '=', album.id).orderBy('media_id').execute();
      assert.deepEqual(used.map((u) => u.media_id), [...fields.photos].sort((a, b) => a - b));
    });

    it('pages: twelve albums a page, the next on ?trang=2', async () => {
      const photos = await demoMediaIds(db());
      // five real (not demo) albums reusing demo pictures: 13 albums in all
      for (let i = 1; i <= 5; i++) {
        await publishItem(db(), albumDeclaration, { title: `Album thật số ${i}`, fields: { eventDate: `2020-01-0${i}`, photos: [photos[i]!] }, publishedAt: new Date(Date.UTC(2020, 0, i)), sourceKey: `test:album:${i}` });
      }
      const first = await page('/thu-vien-anh');
      assert.equal(first.html.querySelectorAll('.album-card').length, 12);
      assert.match(first.html.querySelector('.gallery__count')!.text, /Có 13 album ảnh · Trang 1\/2/);
      assert.ok(first.html.querySelector('nav.pagination a[href="/thu-vien-anh?trang=2"]'));
      const second = await page('/thu-vien-anh?trang=2');
      assert.deepEqual(second.html.querySelectorAll('.album-card__title a').map((a) => a.text.trim()), ['Album thật số 1'], 'the oldest event last');
      assert.equal((await get('/en/photos?page=2')).statusCode, 200);
      assert.equal((await get('/thu-vien-anh?trang=3')).statusCode, 404);
    });

    it('removing the demo deletes exactly the demo albums and the demo pictures no real album uses (rows, variants, files); loading again restores them', async () => {
      const media = mediaDb(db());
      const filesOf = async (ids: number[]) => {
        if (ids.length === 0) return [];
        const rows = await media.selectFrom('media_variants').select('key').where('media_id', 'in', ids).execute();
        return rows.map((r) => r.key);
      };
      const onDisk = (key: string) => fs.existsSync(path.join(portal.ctx.config.dataDir, 'media', key.slice(0, 2), key));
      const demoPictures = await demoMediaIds(db());
      assert.equal(demoPictures.length, demo.reduce((n, a) => n + a.photos.length, 0), 'one library item per demo photo');
      const described = (await media.selectFrom('media').select(['id', 'alt', 'caption']).where('id', 'in', demoPictures).execute()).filter((m) => m.alt && m.caption);
      assert.equal(described.length, demoPictures.length, 'every demo picture has its description and caption');
      // the real albums of the previous test use photos 2–6, the draft photo 1
      const real = await db().selectFrom('content').select(['id', 'fields']).where('type', '=', albumType).where('is_demo', '=', 0).execute();
      const usedByReal = new Set(real.flatMap((r) => (JSON.parse(r.fields) as { photos: number[] }).photos));
      const files = await filesOf(demoPictures);
      assert.ok(files.length >= demoPictures.length * 3 && files.every(onDisk), 'variants stored on disk');
      const otherMedia = await media.selectFrom('media').select('id').where('original_name', 'not like', `${demoMediaPrefix}%`).where('deleted_at', 'is', null).execute();

      const removed = await galleryModule.removeDemo!(portal.ctx);
      assert.equal(removed, demo.length, 'the demo albums, counted');
      assert.equal(Number((await db().selectFrom('content').select((eb) => eb.fn.countAll<number>().as('n')).where('type', '=', albumType).where('is_demo', '=', 1).executeTakeFirstOrThrow()).n), 0);
      assert.deepEqual((await db().selectFrom('content').select('id').where('type', '=', albumType).orderBy('id').execute()).map((r) => r.id), real.map((r) => r.id).sort((a, b) => a - b), 'real albums stay');
      const left = await demoMediaIds(db());
      assert.deepEqual(left, demoPictures.filter((id) => usedByReal.has(id)), 'only the pictures real albums use stay');
      const gone = demoPictures.filter((id) => !usedByReal.has(id));
      assert.deepEqual(await filesOf(gone), [], 'no variant rows of deleted pictures');
      assert.ok(files.filter((key) => !onDisk(key)).length > 0 && (await filesOf(left)).every(onDisk), 'files of deleted pictures are gone, those kept stay');
      for (const id of gone) {
        const row = await media.selectFrom('media').select('deleted_at').where('id', '=', id).executeTakeFirstOrThrow();
        assert.ok(row.deleted_at, `picture ${id} deleted`);
      }
      assert.deepEqual(await media.selectFrom('media').select('id').where('original_name', 'not like', `${demoMediaPrefix}%`).where('deleted_at', 'is', null).execute(), otherMedia, 'other library items untouched');
      assert.equal(await galleryModule.removeDemo!(portal.ctx), 0, 'removing twice removes nothing more');
      const list = await page('/thu-vien-anh');
      assert.equal(list.html.querySelectorAll('.album-card').length, real.length - 1, 'the real published albums (not the draft)');

      assert.equal(await galleryModule.loadDemo!(portal.ctx), demo.length);
      assert.equal((await page('/thu-vien-anh')).html.querySelectorAll('.album-card').length, Math.min(12, demo.length + real.length - 1));
      assert.equal((await demoMediaIds(db())).length, demoPictures.length, 'the pictures real albums kept are reused, the others uploaded again');
    });
  });
}

describe('demo albums file (src/modules/gallery/demo/albums.json)', () => {
  it('has at least 8 albums of several photos, each with a description and a caption', () => {
    assert.ok(demo.length >= 8);
    for (const album of demo) {
      assert.ok(album.photos.length >= 3, album.key);
      for (const p of album.photos) assert.ok(p.alt.length > 20 && p.caption.length > 10, album.key);
    }
  });

  it('refuses a malformed entry naming it, before anything is written', () => {
    const dir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'congtin-albums-'));
    const file = path.join(dir, 'albums.json');
    const write = (albums: unknown[]) => fs.writeFileSync(file, JSON.stringify({ note: 'Dữ liệu giả định.', albums }));
    const good = { key: 'a', title: 'A', summary: 'S', eventDate: '2024-01-01', publishedAt: '2024-01-01 08:00', photos: [{ scene: 'hall', alt: 'Mô tả', caption: 'Chú thích' }] };
    try {
      write([good, { ...good, key: 'b', photos: [{ scene: 'volcano', alt: 'x', caption: 'y' }] }]);
      assert.throws(() => readDemoAlbums(new URL(`file://${file}`)), /album 2 \(b\): photo 1: "scene" must be one of/);
      write([{ ...good, cover: 3 }]);
      assert.throws(() => readDemoAlbums(new URL(`file://${file}`)), /"cover" must be the number of one of its photos/);
      write([good, good]);
      assert.throws(() => readDemoAlbums(new URL(`file://${file}`)), /"key" must be unique/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

