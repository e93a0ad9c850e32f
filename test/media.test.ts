// The media library end to end, on SQLite and PostgreSQL: uploads through the real routes (session
// form with CSRF, and API tokens), what is stored and served, every kind of bad input (each one
// leaves the database and the media folder exactly as they were), editing, usage and deletion.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { actorOf, findUserById } from '../src/core/auth/users.ts';
import type { Actor } from '../src/core/auth/permissions.ts';
import { mediaDb, type Media } from '../src/core/media/schema.ts';
import { mediaUsageHook, recordMediaUsage } from '../src/core/media/usage.ts';
import { onContentChange } from '../src/core/workflow/hooks.ts';
import { createDraft, saveContent } from '../src/core/workflow/content.ts';
import { testDatabases } from './helpers/portal.ts';
import { makeStaff, type Staff } from './helpers/staff.ts';
import { createMediaPortal, mediaState, multipart, signIn, type MediaPortal, type Part, type Session } from './fixtures/media/portal.ts';
import * as sample from './fixtures/media/samples.ts';

const limitBytes = 2 * 1024 * 1024;
const vietnameseMarks = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

onContentChange(mediaUsageHook);

interface UploadJson {
  items: { id: number; kind: string; name: string; url: string; thumbUrl: string | null; alt: string; duplicate: boolean }[];
  errors: { code: string; message: string; messageVi: string }[];
}

for (const kind of testDatabases()) {
  describe(`media library (${kind})`, () => {
    let portal: MediaPortal;
    let editor: Staff;
    let alice: Staff;
    let bob: Staff;
    let aliceSession: Session;
    let categoryId: number;

    const db = () => mediaDb(portal.ctx.db.kysely);
    const file = (filename: string, data: Buffer): Part => ({ name: 'files', filename, data });

    async function upload(who: Staff, parts: Part[]) {
      const body = multipart(parts);
      const res = await portal.app.inject({ method: 'POST', url: '/admin/media', headers: { ...body.headers, authorization: `Bearer ${who.token}`, accept: 'application/json' }, payload: body.payload });
      return { status: res.statusCode, json: JSON.parse(res.body) as UploadJson };
    }

    async function uploadAsSession(session: Session, parts: Part[], headers: Record<string, string> = {}) {
      const body = multipart(parts);
      return portal.app.inject({ method: 'POST', url: '/admin/media', headers: { ...body.headers, cookie: session.cookie, ...headers }, payload: body.payload });
    }

    async function actor(staff: Staff): Promise<Actor> {
      return actorOf((await findUserById(portal.ctx.db.kysely, staff.id))!);
    }

    async function variants(mediaId: number) {
      return db().selectFrom('media_variants').selectAll().where('media_id', '=', mediaId).orderBy('format').orderBy('width').execute();
    }

    before(async () => {
      portal = await createMediaPortal(kind, { uploadMaxBytes: limitBytes });
      editor = await makeStaff(portal, 'editor', 'bien-tap');
      alice = await makeStaff(portal, 'contributor', 'alice');
      bob = await makeStaff(portal, 'contributor', 'bob');
      aliceSession = await signIn(portal, alice.email);
      const category = await portal.ctx.db.kysely.insertInto('categories').values({ type: 'news', parent_id: null, slug: 'tin-media', name: 'Tin thử' }).returning('id').executeTakeFirstOrThrow();
      categoryId = category.id;
    });
    after(async () => portal?.close());

    it('stores a photo with GPS as upright, metadata-free variants and serves them with their recorded type', async (t) => {
      const jpeg = await sample.jpegWithGps();
      const input = await sharp(jpeg).metadata();
      assert.ok(sample.exifHasGps(input.exif), 'the sample really carries GPS');
      assert.ok(jpeg.includes('SECRET-CAMERA-OWNER'));

      const started = performance.now();
      const res = await uploadAsSession(aliceSession, [{ name: '_csrf', value: aliceSession.csrf }, file('Ảnh hội nghị.jpg', jpeg)]);
      t.diagnostic(`2000×1500 JPEG (${jpeg.length} bytes) uploaded and processed in ${Math.round(performance.now() - started)} ms`);
      assert.equal(res.statusCode, 303, res.body);
      assert.equal(res.headers.location, '/admin/media?uploaded=1');

      const media = await db().selectFrom('media').selectAll().where('original_name', '=', 'Ảnh hội nghị.jpg').executeTakeFirstOrThrow();
      assert.equal(media.kind, 'image');
      assert.equal(media.mime, 'image/jpeg');
      assert.deepEqual([media.width, media.height], [1500, 2000], 'EXIF orientation applied');
      assert.equal(media.created_by, alice.id);
      assert.equal(media.alt, '');

      const rows = await variants(media.id);
      const byFormat = (f: string) => rows.filter((r) => r.format === f).map((r) => [r.width, r.height]);
      assert.deepEqual(byFormat('webp'), [[480, 640], [960, 1280], [1500, 2000]]);
      assert.deepEqual(byFormat('avif'), [[480, 640], [960, 1280]]);
      assert.deepEqual(byFormat('jpeg'), [[1500, 2000]]);
      assert.equal(media.key, rows.find((r) => r.format === 'jpeg')!.key, 'the main key is the largest fallback');
      assert.equal((await mediaState(portal)).files.length, rows.length, 'one file per variant, no original kept');

      for (const row of rows) {
        const served = await portal.app.inject({ method: 'GET', url: `/media/${row.key}` });
        assert.equal(served.statusCode, 200);
        assert.equal(served.headers['content-type'], `image/${row.format}`);
        assert.equal(served.headers['x-content-type-options'], 'nosniff');
        assert.match(String(served.headers['cache-control']), /max-age=31536000, immutable/);
        assert.equal(served.headers['content-disposition'], undefined);
        const meta = await sharp(served.rawPayload).metadata();
        assert.equal(meta.format === 'heif' ? 'avif' : meta.format, row.format);
        assert.deepEqual([meta.width, meta.height], [row.width, row.height]);
        assert.equal(meta.exif, undefined, `${row.key} has no EXIF`);
        assert.ok(!sample.exifHasGps(meta.exif));
        assert.ok(!served.rawPayload.includes('SECRET-CAMERA-OWNER'), `${row.key} leaks nothing of the camera block`);
        assert.equal(served.rawPayload.length, row.size);
      }
      const audit = await db().selectFrom('audit_log').selectAll().where('action', '=', 'media.upload').where('target_id', '=', String(media.id)).executeTakeFirst();
      assert.equal(audit?.user_id, alice.id);
    });

    it('keeps transparency as a PNG fallback, takes the first frame of a GIF, and answers JSON to API clients', async () => {
      const { status, json } = await upload(alice, [file('so-do.png', await sample.transparentPng()), file('hoat-hinh.gif', await sample.smallGif())]);
      assert.equal(status, 201, JSON.stringify(json));
      assert.equal(json.errors.length, 0);
      const [png, gif] = json.items;
      assert.ok(png && gif);
      assert.match(png.url, /^\/media\/[a-z2-7]{24}-800\.webp$/);
      assert.match(png.thumbUrl ?? '', /^\/media\/[a-z2-7]{24}-480\.webp$/);
      assert.deepEqual((await variants(png.id)).filter((v) => v.format === 'png').map((v) => v.width), [800]);
      assert.deepEqual((await variants(gif.id)).map((v) => `${v.format}:${v.width}`), ['avif:300', 'jpeg:300', 'webp:300'], 'never enlarged');
    });

    it('accepts documents by their content and serves them as downloads with an RFC 5987 name', async () => {
      const name = 'Báo cáo tháng 11 – Kiên Giang.pdf';
      const { status, json } = await upload(alice, [
        file(name, sample.pdf('report')),
        file('quyet-dinh.docx', sample.docx()),
        file('so-lieu.ods', sample.ods()),
        file('cong-van.doc', sample.legacyDoc()),
        file('hinh.jpg', sample.pdf('named like an image')),
      ]);
      assert.equal(status, 201, JSON.stringify(json));
      const rows = await db().selectFrom('media').selectAll().where('id', 'in', json.items.map((i) => i.id)).orderBy('id').execute();
      assert.deepEqual(
        rows.map((r) => [r.kind, r.mime]),
        [
          ['attachment', 'application/pdf'],
          ['attachment', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
          ['attachment', 'application/vnd.oasis.opendocument.spreadsheet'],
          ['attachment', 'application/msword'],
          ['attachment', 'application/pdf'],
        ],
      );

      const pdf = await portal.app.inject({ method: 'GET', url: `/media/${rows[0]!.key}` });
      assert.equal(pdf.statusCode, 200);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      assert.equal(pdf.headers['x-content-type-options'], 'nosniff');
      assert.match(String(pdf.headers['content-security-policy']), /sandbox/);
      const disposition = String(pdf.headers['content-disposition']);
      assert.match(disposition, /^attachment; filename="Bao cao thang 11 - Kien Giang\.pdf"; filename\*=UTF-8''/);
      assert.equal(decodeURIComponent(disposition.split("UTF-8''")[1]!), name);
      assert.ok(pdf.rawPayload.equals(sample.pdf('report')), 'documents are stored as uploaded');

      const renamed = await portal.app.inject({ method: 'GET', url: `/media/${rows[4]!.key}` });
      assert.equal(renamed.headers['content-type'], 'application/pdf', 'the type comes from the content, not the name');
      assert.match(String(renamed.headers['content-disposition']), /filename="hinh\.pdf"/);
    });

    const refusals: { label: string; parts: () => Promise<Part[]> | Part[]; status: number; code: string }[] = [
      { label: 'an SVG with a script', parts: () => [file('logo.svg', sample.svgWithScript)], status: 415, code: 'SVG_REFUSED' },
      { label: 'an SVG named .png', parts: () => [file('logo.png', sample.svgWithScript)], status: 415, code: 'SVG_REFUSED' },
      { label: 'HTML named .jpg', parts: () => [file('anh.jpg', sample.htmlAsJpeg)], status: 415, code: 'MARKUP_REFUSED' },
      { label: 'a renamed executable', parts: () => [file('anh-dep.jpg', sample.executable)], status: 415, code: 'EXECUTABLE_REFUSED' },
      { label: 'a ZIP archive named .docx', parts: () => [file('tai-lieu.docx', sample.plainZip())], status: 415, code: 'ARCHIVE_REFUSED' },
      { label: 'a plain text file', parts: () => [file('ghi-chu.txt', Buffer.from('Ghi chú cuộc họp\n'))], status: 415, code: 'UNSUPPORTED_TYPE' },
      { label: 'a Word container named .pdf', parts: () => [file('cong-van.pdf', sample.legacyDoc('Data'))], status: 415, code: 'LEGACY_OFFICE_NAME' },
      { label: 'a .doc with macros', parts: () => [file('macro.doc', sample.legacyDoc('Macros'))], status: 415, code: 'MACRO_REFUSED' },
      { label: 'a truncated JPEG', parts: async () => [file('hong.jpg', await sample.truncatedJpeg())], status: 422, code: 'CORRUPT_IMAGE' },
      { label: 'a decompression bomb', parts: () => [file('bom.png', sample.decompressionBomb())], status: 422, code: 'IMAGE_TOO_MANY_PIXELS' },
      { label: 'a file over the size limit', parts: () => [file('lon.pdf', Buffer.concat([sample.pdf(), Buffer.alloc(limitBytes)]))], status: 413, code: 'TOO_LARGE' },
      { label: 'an empty file', parts: () => [file('rong.pdf', Buffer.alloc(0))], status: 400, code: 'EMPTY_FILE' },
      { label: 'no file at all (an empty file input)', parts: () => [file('', Buffer.alloc(0))], status: 400, code: 'NO_FILE' },
      { label: 'no file part at all', parts: () => [{ name: 'note', value: 'x' }], status: 400, code: 'NO_FILE' },
    ];

    for (const refusal of refusals) {
      it(`refuses ${refusal.label} with a clear error and changes nothing`, async () => {
        const beforeState = await mediaState(portal);
        const { status, json } = await upload(alice, await refusal.parts());
        assert.equal(status, refusal.status, JSON.stringify(json));
        assert.equal(json.items.length, 0);
        assert.equal(json.errors[0]?.code, refusal.code);
        assert.ok(json.errors[0]!.message.length > 10);
        assert.match(json.errors[0]!.messageVi, vietnameseMarks, 'the Vietnamese message has its diacritics');
        assert.deepEqual(await mediaState(portal), beforeState);
      });
    }

    it('refuses a malformed multipart body with 400 and changes nothing', async () => {
      const beforeState = await mediaState(portal);
      const body = multipart([file('a.pdf', sample.pdf('cut'))]);
      const res = await portal.app.inject({ method: 'POST', url: '/admin/media', headers: { ...body.headers, authorization: `Bearer ${alice.token}`, accept: 'application/json' }, payload: body.payload.subarray(0, body.payload.length - 60) });
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(JSON.parse(res.body).errors[0].code, 'BAD_UPLOAD');
      assert.deepEqual(await mediaState(portal), beforeState);
    });

    it('refuses a body that is not multipart at all past its boundary with 400', async () => {
      const beforeState = await mediaState(portal);
      const res = await portal.app.inject({ method: 'POST', url: '/admin/media', headers: { 'content-type': 'multipart/form-data; boundary=xyz', authorization: `Bearer ${alice.token}`, accept: 'application/json' }, payload: 'garbage without any boundary' });
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(JSON.parse(res.body).errors[0].code, 'BAD_UPLOAD');
      assert.deepEqual(await mediaState(portal), beforeState);
    });

    it('shows an oversized upload from the form as a 413 page in Vietnamese and English', async () => {
      const beforeState = await mediaState(portal);
      const res = await uploadAsSession(aliceSession, [{ name: '_csrf', value: aliceSession.csrf }, file('video.pdf', Buffer.alloc(limitBytes + 10, 1))]);
      assert.equal(res.statusCode, 413);
      assert.match(String(res.headers['content-type']), /text\/html/);
      assert.match(res.body, /Tệp “video\.pdf” quá lớn: dung lượng tối đa là 2 MB\./);
      assert.deepEqual(await mediaState(portal), beforeState);
      const en = await portal.app.inject({ method: 'POST', url: '/admin/media', ...multipartWith(aliceSession, 'en', [{ name: '_csrf', value: aliceSession.csrf }, file('video.pdf', Buffer.alloc(limitBytes + 10, 1))]) });
      assert.equal(en.statusCode, 413);
      assert.match(en.body, /The file “video\.pdf” is too large: the limit is 2 MB\./);
    });

    function multipartWith(session: Session, lang: 'vi' | 'en', parts: Part[]) {
      const body = multipart(parts);
      return { headers: { ...body.headers, cookie: `${session.cookie}; ngon-ngu-quan-tri=${lang}` }, payload: body.payload };
    }

    it('checks CSRF on session uploads: a leading _csrf field or the header; missing or late → 403, nothing stored', async () => {
      const beforeState = await mediaState(portal);
      const missing = await uploadAsSession(aliceSession, [file('a.pdf', sample.pdf('csrf-1'))]);
      assert.equal(missing.statusCode, 403);
      const wrong = await uploadAsSession(aliceSession, [{ name: '_csrf', value: 'x'.repeat(43) }, file('a.pdf', sample.pdf('csrf-2'))]);
      assert.equal(wrong.statusCode, 403);
      const late = await uploadAsSession(aliceSession, [file('a.pdf', sample.pdf('csrf-3')), { name: '_csrf', value: aliceSession.csrf }]);
      assert.equal(late.statusCode, 403, 'the token must come before the files');
      assert.deepEqual(await mediaState(portal), beforeState);

      const header = await uploadAsSession(aliceSession, [file('a.pdf', sample.pdf('csrf-4'))], { 'x-csrf-token': aliceSession.csrf, accept: 'application/json' });
      assert.equal(header.statusCode, 201, header.body);
    });

    it('refuses uploads without a signed-in user (401) and leaves everything unchanged', async () => {
      const beforeState = await mediaState(portal);
      const body = multipart([file('a.pdf', sample.pdf('anon'))]);
      const res = await portal.app.inject({ method: 'POST', url: '/admin/media', headers: body.headers, payload: body.payload });
      assert.equal(res.statusCode, 401);
      assert.deepEqual(await mediaState(portal), beforeState);
    });

    it('handles several files at once: each one stored whole or refused with its own reason', async () => {
      const beforeState = await mediaState(portal);
      const { status, json } = await upload(alice, [file('mot.pdf', sample.pdf('batch-1')), file('xau.svg', sample.svgWithScript), file('hai.pdf', sample.pdf('batch-2'))]);
      assert.equal(status, 415);
      assert.deepEqual(json.items.map((i) => i.name), ['mot.pdf', 'hai.pdf']);
      assert.deepEqual(json.errors.map((e) => e.code), ['SVG_REFUSED']);
      assert.match(json.errors[0]!.messageVi, /“xau\.svg”/);
      const afterState = await mediaState(portal);
      assert.equal(afterState.media, beforeState.media + 2);
      assert.equal(afterState.files.length, beforeState.files.length + 2);
    });

    it('stops after 20 files per request and says so', async () => {
      const parts = Array.from({ length: 21 }, (_, i) => file(`tep-${i}.pdf`, sample.pdf(`many-${i}`)));
      const { status, json } = await upload(alice, parts);
      assert.equal(status, 413);
      assert.equal(json.items.length, 20);
      assert.deepEqual(json.errors.map((e) => e.code), ['TOO_MANY_FILES']);
    });

    it('reuses an item when the same bytes are uploaded again', async () => {
      const bytes = sample.pdf('duplicate');
      const first = await upload(alice, [file('ban-goc.pdf', bytes)]);
      const beforeState = await mediaState(portal);
      const again = await upload(bob, [file('ban-sao.pdf', bytes)]);
      assert.equal(again.status, 201);
      assert.equal(again.json.items[0]!.id, first.json.items[0]!.id);
      assert.equal(again.json.items[0]!.duplicate, true);
      assert.deepEqual(await mediaState(portal), beforeState);
    });

    it('lists the library: upload form that works without JavaScript, search without diacritics, filters, pages', async () => {
      const page = await portal.app.inject({ method: 'GET', url: '/admin/media', headers: { cookie: aliceSession.cookie } });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<form method="post" action="\/admin\/media" enctype="multipart\/form-data"/);
      assert.ok(page.body.indexOf('name="_csrf"', page.body.indexOf('enctype="multipart')) < page.body.indexOf('type="file"'), '_csrf precedes the file input');
      assert.match(page.body, /type="file"[^>]*multiple/);
      assert.match(page.body, /<script src="\/static\/js\/media\.js\?v=[0-9a-f]{10}" defer>/);
      const images = await portal.app.inject({ method: 'GET', url: '/admin/media?kind=image', headers: { cookie: aliceSession.cookie } });
      assert.match(images.body, /Thiếu mô tả ảnh/, 'images without alt are flagged');
      assert.doesNotMatch(page.body, /style="/, 'no inline styles (CSP)');

      const found = await portal.app.inject({ method: 'GET', url: '/admin/media?q=HOI+nghi', headers: { cookie: aliceSession.cookie } });
      assert.match(found.body, /Ảnh hội nghị\.jpg/);
      assert.doesNotMatch(found.body, /so-do\.png/);
      const docs = await portal.app.inject({ method: 'GET', url: '/admin/media?kind=attachment', headers: { cookie: aliceSession.cookie } });
      assert.doesNotMatch(docs.body, /Ảnh hội nghị\.jpg/);
      assert.match(docs.body, /quyet-dinh\.docx|tep-\d+\.pdf/);
      const missing = await portal.app.inject({ method: 'GET', url: '/admin/media?missingAlt=1', headers: { cookie: aliceSession.cookie } });
      assert.match(missing.body, /Ảnh hội nghị\.jpg/);
      assert.doesNotMatch(missing.body, /quyet-dinh\.docx/);

      const total = Number((await db().selectFrom('media').select((eb) => eb.fn.countAll().as('n')).where('deleted_at', 'is', null).executeTakeFirstOrThrow()).n);
      assert.ok(total > 24, 'enough items for two pages');
      assert.match(page.body, /Trang 1\/2/);
      const second = await portal.app.inject({ method: 'GET', url: '/admin/media?trang=2', headers: { cookie: aliceSession.cookie } });
      assert.equal(second.statusCode, 200);
      assert.match(second.body, /rel="prev"/);
      const bad = await portal.app.inject({ method: 'GET', url: '/admin/media?trang=abc', headers: { cookie: aliceSession.cookie } });
      assert.equal(bad.statusCode, 400);
    });

    it('gives the editor a picker: images only, newest first, with alt, caption and whether alt is missing', async () => {
      const res = await portal.app.inject({ method: 'GET', url: '/admin/media/picker', headers: { authorization: `Bearer ${bob.token}` } });
      assert.equal(res.statusCode, 200);
      const { items } = JSON.parse(res.body) as { items: Record<string, unknown>[] };
      assert.deepEqual(Object.keys(items[0]!).sort(), ['alt', 'altUrl', 'caption', 'credit', 'height', 'id', 'missingAlt', 'name', 'thumbUrl', 'url', 'width']);
      assert.ok(items.every((i) => /^\/media\/[a-z2-7]{24}-\d+\.webp$/.test(String(i.url)) && /^\/media\//.test(String(i.thumbUrl))));
      const ids = items.map((i) => Number(i.id));
      assert.deepEqual(ids, [...ids].sort((a, b) => b - a), 'newest first');
      assert.equal(items.length, 3, 'the photo, the PNG and the GIF; no documents');
      assert.ok(items.every((i) => i.missingAlt === true && i.alt === ''));
      const searched = JSON.parse((await portal.app.inject({ method: 'GET', url: '/admin/media/picker?q=hoat%20hinh', headers: { authorization: `Bearer ${bob.token}` } })).body);
      assert.equal(searched.items.length, 1);
    });

    async function photo(): Promise<Media> {
      return db().selectFrom('media').selectAll().where('original_name', '=', 'Ảnh hội nghị.jpg').executeTakeFirstOrThrow();
    }

    it('edits alt text, caption and credit: alt required, own items only for contributors, audited', async () => {
      const media = await photo();
      const form = (session: Session, values: Record<string, string>) =>
        portal.app.inject({ method: 'POST', url: `/admin/media/${media.id}`, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: session.cookie }, payload: new URLSearchParams({ _csrf: session.csrf, ...values }).toString() });

      const empty = await form(aliceSession, { alt: '  ', caption: 'Chú thích', credit: '' });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /Cần nhập mô tả ảnh \(alt\)/);
      assert.equal((await photo()).caption, '', 'nothing saved');

      const ok = await form(aliceSession, { alt: 'Hội nghị sơ kết 6 tháng đầu năm', caption: 'Quang cảnh hội nghị', credit: 'Minh Trung' });
      assert.equal(ok.statusCode, 303);
      const saved = await photo();
      assert.deepEqual([saved.alt, saved.caption, saved.credit], ['Hội nghị sơ kết 6 tháng đầu năm', 'Quang cảnh hội nghị', 'Minh Trung']);
      const audit = await db().selectFrom('audit_log').selectAll().where('action', '=', 'media.change').where('target_id', '=', String(media.id)).executeTakeFirstOrThrow();
      assert.equal(JSON.parse(audit.details!).to.alt, 'Hội nghị sơ kết 6 tháng đầu năm');

      const bobSession = await signIn(portal, bob.email);
      const denied = await form(bobSession, { alt: 'Bob was here', caption: '', credit: '' });
      assert.equal(denied.statusCode, 403);
      assert.equal((await photo()).alt, 'Hội nghị sơ kết 6 tháng đầu năm');

      const byEditor = await portal.app.inject({ method: 'POST', url: `/admin/media/${media.id}`, headers: { authorization: `Bearer ${editor.token}`, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'alt=H%E1%BB%99i+ngh%E1%BB%8B&caption=&credit=Minh+Trung' });
      assert.equal(byEditor.statusCode, 200);
      assert.equal((await photo()).alt, 'Hội nghị');

      const searched = await portal.app.inject({ method: 'GET', url: '/admin/media?q=minh%20trung', headers: { cookie: aliceSession.cookie } });
      assert.match(searched.body, /Ảnh hội nghị\.jpg/, 'credit is searchable');
      const itemPage = await portal.app.inject({ method: 'GET', url: `/admin/media/${media.id}`, headers: { cookie: aliceSession.cookie } });
      assert.equal(itemPage.statusCode, 200);
      assert.match(itemPage.body, /Chưa có nội dung nào dùng tệp này/);
    });

    it('records usage from bodies, refuses to delete used items (409), and deletes unused ones with their files', async () => {
      const media = await photo();
      const webp = (await variants(media.id)).find((v) => v.format === 'webp' && v.width === 960)!;
      const content = await createDraft(portal.ctx.db.kysely, await actor(alice), 'news', { title: 'Hội nghị sơ kết', body: `<figure><img src="/media/${webp.key}" alt="Hội nghị"><figcaption>Ảnh</figcaption></figure>`, categoryId });
      const usage = await db().selectFrom('media_usage').selectAll().where('content_id', '=', content.id).execute();
      assert.deepEqual(usage.map((u) => u.media_id), [media.id], 'the content-change hook recorded the image');

      const beforeState = await mediaState(portal);
      const used = await portal.app.inject({ method: 'POST', url: `/admin/media/${media.id}/delete`, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: aliceSession.cookie }, payload: `_csrf=${aliceSession.csrf}` });
      assert.equal(used.statusCode, 409);
      assert.match(used.body, /đang được dùng trong bài viết/);
      assert.match(used.body, /Hội nghị sơ kết/, 'the page names the content using it');
      const usedJson = await portal.app.inject({ method: 'POST', url: `/admin/media/${media.id}/delete`, headers: { authorization: `Bearer ${editor.token}`, accept: 'application/json' } });
      assert.equal(usedJson.statusCode, 409);
      assert.equal(JSON.parse(usedJson.body).error.code, 'IN_USE');
      assert.deepEqual(await mediaState(portal), beforeState);

      // Links to documents count too, through recordMediaUsage called directly.
      const doc = await db().selectFrom('media').selectAll().where('original_name', '=', 'quyet-dinh.docx').executeTakeFirstOrThrow();
      await portal.ctx.db.kysely.transaction().execute((trx) => recordMediaUsage(trx, content.id, `<p><a href="http://portal.test/media/${doc.key}?tai=1">Quyết định</a><img src="/media/${webp.key}" alt="x"></p>`));
      assert.deepEqual((await db().selectFrom('media_usage').select('media_id').where('content_id', '=', content.id).orderBy('media_id').execute()).map((r) => r.media_id), [media.id, doc.id].sort((a, b) => a - b));

      // Saving the article without the image frees it.
      await saveContent(portal.ctx.db.kysely, await actor(alice), content.id, { body: '<p>Không còn ảnh.</p>' });
      assert.equal((await db().selectFrom('media_usage').selectAll().where('content_id', '=', content.id).execute()).length, 0);

      const bobSession = await signIn(portal, bob.email);
      const notHis = await portal.app.inject({ method: 'POST', url: `/admin/media/${media.id}/delete`, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: bobSession.cookie }, payload: `_csrf=${bobSession.csrf}` });
      assert.equal(notHis.statusCode, 403);
      assert.deepEqual((await mediaState(portal)).files, beforeState.files);

      const keys = [media.key, ...(await variants(media.id)).map((v) => v.key)];
      const own = await portal.app.inject({ method: 'POST', url: `/admin/media/${media.id}/delete`, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: aliceSession.cookie }, payload: `_csrf=${aliceSession.csrf}` });
      assert.equal(own.statusCode, 303);
      assert.equal(own.headers.location, '/admin/media?deleted=1');
      const afterState = await mediaState(portal);
      assert.deepEqual(afterState.files, beforeState.files.filter((f) => !keys.some((k) => f.endsWith(k))), 'every file of the item is gone');
      assert.equal(afterState.variants, beforeState.variants - (keys.length - 1));
      assert.ok((await db().selectFrom('media').select('deleted_at').where('id', '=', media.id).executeTakeFirstOrThrow()).deleted_at, 'the row stays, marked deleted');
      assert.equal((await portal.app.inject({ method: 'GET', url: `/media/${webp.key}` })).statusCode, 404);
      assert.equal((await portal.app.inject({ method: 'GET', url: `/admin/media/${media.id}`, headers: { cookie: aliceSession.cookie } })).statusCode, 404);
      const audit = await db().selectFrom('audit_log').selectAll().where('action', '=', 'media.delete').where('target_id', '=', String(media.id)).executeTakeFirst();
      assert.equal(audit?.user_id, alice.id);

      // Editors may delete anyone's unused items.
      const bobs = await upload(bob, [file('cua-bob.pdf', sample.pdf('bob'))]);
      const anyDelete = await portal.app.inject({ method: 'POST', url: `/admin/media/${bobs.json.items[0]!.id}/delete`, headers: { authorization: `Bearer ${editor.token}`, accept: 'application/json' } });
      assert.equal(anyDelete.statusCode, 204);
    });

    it('serves only known keys: traversal, malformed and unknown keys are 404', async () => {
      for (const url of ['/media/..%2F..%2Fetc%2Fpasswd', '/media/..%5C..%5Cconfig.ts', '/media/ABCDEFGHIJKLMNOPQRSTUVWX.pdf', `/media/${'a'.repeat(24)}.pdf`, `/media/${'a'.repeat(24)}.html`, '/media/.tmp']) {
        const res = await portal.app.inject({ method: 'GET', url });
        assert.equal(res.statusCode, 404, url);
        assert.doesNotMatch(String(res.headers['content-type']), /image|pdf/);
      }
    });
  });
}
