// The editor's image dialog against the real routes, on SQLite and PostgreSQL: the picker's JSON
// (file names, alt text, where to upload, where to save alt text), an upload as the dialog sends
// it (multipart with the CSRF header), and the alt text saved back to the library item:
// only when the item has none unless `replace`, with the permission and audit entry of editing it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { mediaDb } from '../src/core/media/schema.ts';
import { testDatabases } from './helpers/portal.ts';
import { makeStaff, type Staff } from './helpers/staff.ts';
import { createMediaPortal, multipart, signIn, type MediaPortal, type Session } from './fixtures/media/portal.ts';
import * as sample from './fixtures/media/samples.ts';

interface PickerItem {
  id: number;
  name: string;
  url: string;
  thumbUrl: string;
  alt: string;
  missingAlt: boolean;
  altUrl: string | null;
}

for (const kind of testDatabases()) {
  describe(`editor's media picker and alt text (${kind})`, () => {
    let portal: MediaPortal;
    let alice: Staff;
    let bob: Staff;
    let editor: Staff;
    let aliceSession: Session;
    let bobSession: Session;
    let photoId: number;

    const db = () => mediaDb(portal.ctx.db.kysely);
    const photo = () => db().selectFrom('media').selectAll().where('id', '=', photoId).executeTakeFirstOrThrow();
    const saveAlt = (session: Session, id: number, payload: Record<string, unknown>, headers: Record<string, string> = { 'x-csrf-token': session.csrf }) =>
      portal.app.inject({ method: 'POST', url: `/admin/media/${id}/alt`, headers: { cookie: session.cookie, 'content-type': 'application/json', accept: 'application/json', ...headers }, payload: JSON.stringify(payload) });

    before(async () => {
      portal = await createMediaPortal(kind);
      alice = await makeStaff(portal, 'contributor', 'alice-picker');
      bob = await makeStaff(portal, 'contributor', 'bob-picker');
      editor = await makeStaff(portal, 'editor', 'editor-picker');
      aliceSession = await signIn(portal, alice.email);
      bobSession = await signIn(portal, bob.email);
    });
    after(async () => portal?.close());

    it('uploads as the dialog does (multipart, CSRF header, JSON answer) and offers where to save alt text', async () => {
      const body = multipart([{ name: 'files', filename: 'Cầu cảng Hòn Chông.jpg', data: await sample.jpegWithGps() }]);
      const noHeader = await portal.app.inject({ method: 'POST', url: '/admin/media', headers: { ...body.headers, cookie: aliceSession.cookie, accept: 'application/json' }, payload: body.payload });
      assert.equal(noHeader.statusCode, 403, 'no CSRF token: refused');
      const res = await portal.app.inject({ method: 'POST', url: '/admin/media', headers: { ...body.headers, cookie: aliceSession.cookie, accept: 'application/json', 'x-csrf-token': aliceSession.csrf }, payload: body.payload });
      assert.equal(res.statusCode, 201, res.body);
      const item = (JSON.parse(res.body) as { items: (PickerItem & { duplicate: boolean })[] }).items[0]!;
      assert.equal(item.name, 'Cầu cảng Hòn Chông.jpg');
      assert.match(item.url, /^\/media\/[a-z2-7]{24}-\d+\.webp$/);
      assert.equal(item.altUrl, `/admin/media/${item.id}/alt`);
      photoId = item.id;
    });

    it('lists each image with its file name, alt text and, for items the user may edit, where to save alt text', async () => {
      const pdf = multipart([{ name: 'files', filename: 'quyet-dinh.pdf', data: sample.pdf('picker') }]);
      await portal.app.inject({ method: 'POST', url: '/admin/media', headers: { ...pdf.headers, authorization: `Bearer ${alice.token}`, accept: 'application/json' }, payload: pdf.payload });
      const mine = JSON.parse((await portal.app.inject({ method: 'GET', url: '/admin/media/picker', headers: { cookie: aliceSession.cookie, accept: 'application/json' } })).body) as { items: PickerItem[]; uploadUrl: string };
      assert.equal(mine.uploadUrl, '/admin/media');
      assert.equal(mine.items.length, 1, 'images only');
      assert.equal(mine.items[0]!.name, 'Cầu cảng Hòn Chông.jpg');
      assert.equal(mine.items[0]!.alt, '');
      assert.equal(mine.items[0]!.missingAlt, true);
      assert.equal(mine.items[0]!.altUrl, `/admin/media/${photoId}/alt`);
      const bobs = JSON.parse((await portal.app.inject({ method: 'GET', url: '/admin/media/picker', headers: { cookie: bobSession.cookie } })).body) as { items: PickerItem[] };
      assert.equal(bobs.items[0]!.altUrl, null, 'another contributor may use the image but not edit it');
      const byName = JSON.parse((await portal.app.inject({ method: 'GET', url: '/admin/media/picker?q=cau%20cang', headers: { cookie: aliceSession.cookie } })).body) as { items: PickerItem[] };
      assert.equal(byName.items.length, 1, 'found by its file name without diacritics');
    });

    it('saves the alt text typed in the dialog to an item without one; audited', async () => {
      const noCsrf = await saveAlt(aliceSession, photoId, { alt: 'Không có token' }, {});
      assert.equal(noCsrf.statusCode, 403);
      assert.equal((await photo()).alt, '');

      const empty = await saveAlt(aliceSession, photoId, { alt: '   ' });
      assert.equal(empty.statusCode, 400);
      assert.equal(JSON.parse(empty.body).error.code, 'ALT_REQUIRED');

      const ok = await saveAlt(aliceSession, photoId, { alt: '  Tàu cập   cầu cảng Hòn Chông ' });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.deepEqual(JSON.parse(ok.body), { id: photoId, alt: 'Tàu cập cầu cảng Hòn Chông', saved: true });
      const saved = await photo();
      assert.equal(saved.alt, 'Tàu cập cầu cảng Hòn Chông');
      assert.match(saved.search_text, / tau cap cau cang hon chong /, 'searchable by its new description');
      const audit = await db().selectFrom('audit_log').selectAll().where('action', '=', 'media.change').where('target_id', '=', String(photoId)).executeTakeFirstOrThrow();
      assert.equal(audit.user_id, alice.id);
      assert.equal(JSON.parse(audit.details!).to.alt, 'Tàu cập cầu cảng Hòn Chông');
      assert.equal(JSON.parse(audit.details!).from.alt, '');
    });

    it('keeps an existing description unless asked to replace it; others may not change it', async () => {
      const kept = await saveAlt(aliceSession, photoId, { alt: 'Mô tả khác' });
      assert.equal(kept.statusCode, 200);
      assert.deepEqual(JSON.parse(kept.body), { id: photoId, alt: 'Tàu cập cầu cảng Hòn Chông', saved: false });
      assert.equal((await photo()).alt, 'Tàu cập cầu cảng Hòn Chông');

      const deniedWithout = await saveAlt(bobSession, photoId, { alt: 'Bob sửa' });
      assert.equal(deniedWithout.statusCode, 403, 'refused before anything else');
      const denied = await saveAlt(bobSession, photoId, { alt: 'Bob sửa', replace: true });
      assert.equal(denied.statusCode, 403);
      assert.equal(JSON.parse(denied.body).error.code, 'FORBIDDEN');
      assert.equal((await photo()).alt, 'Tàu cập cầu cảng Hòn Chông');

      const replaced = await saveAlt(aliceSession, photoId, { alt: 'Tàu hàng cập cầu cảng Hòn Chông', replace: true });
      assert.equal(replaced.statusCode, 200);
      assert.equal((await photo()).alt, 'Tàu hàng cập cầu cảng Hòn Chông');
      assert.equal((await photo()).caption, '', 'caption and credit untouched');

      const byEditorToken = await portal.app.inject({ method: 'POST', url: `/admin/media/${photoId}/alt`, headers: { authorization: `Bearer ${editor.token}` }, payload: { alt: 'Biên tập viên sửa', replace: true } });
      assert.equal(byEditorToken.statusCode, 200, 'editors may edit anyone’s items');
      assert.equal((await photo()).alt, 'Biên tập viên sửa');

      const audits = await db().selectFrom('audit_log').select('user_id').where('action', '=', 'media.change').where('target_id', '=', String(photoId)).orderBy('id').execute();
      assert.deepEqual(audits.map((a) => a.user_id), [alice.id, alice.id, editor.id], 'one entry per change, none for refusals');

      const missing = await saveAlt(aliceSession, 999999, { alt: 'x' });
      assert.equal(missing.statusCode, 404);
      const anonymous = await portal.app.inject({ method: 'POST', url: `/admin/media/${photoId}/alt`, headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ alt: 'x', replace: true }) });
      assert.equal(anonymous.statusCode, 401);
    });
  });
}
