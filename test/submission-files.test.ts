// Files attached to what the public sends (issue 9): judged by their content like uploads to the
// media library, kept private under DATA_DIR/submissions (never in the media library, never served
// publicly), downloaded by staff who handle submissions with headers that keep browsers from
// rendering them, deleted with the sender's personal data and with demo data. Every refusal says
// why in the reader's language and leaves nothing behind: no row, no file.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { createUser } from '../src/core/auth/users.ts';
import { publishItem } from '../src/core/content-types/publish-item.ts';
import { mediaDb } from '../src/core/media/schema.ts';
import { sha256Of } from '../src/core/media/process.ts';
import { checkAttachment, submissionFilesDir, sweepSubmissionFiles } from '../src/core/submissions/files.ts';
import { formSecret } from '../src/core/submissions/form.tsx';
import { issueFormToken } from '../src/core/submissions/guard.ts';
import { submissionsDb } from '../src/core/submissions/schema.ts';
import { receive } from '../src/core/submissions/store.ts';
import { draftDeclaration } from '../src/modules/consultations/declaration.ts';
import { questionKind } from '../src/modules/questions/declaration.ts';
import { questionsModule } from '../src/modules/questions/index.ts';
import { multipart, type Part } from './fixtures/media/portal.ts';
import * as sample from './fixtures/media/samples.ts';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';
import { signedIn, testPassword } from './helpers/session.ts';

const mb = 1024 * 1024;
const day = 86_400_000;

for (const kind of testDatabases()) {
  describe(`attached files of submissions on ${kind}`, () => {
    let portal: TestPortal;
    let ipCounter = 0;
    /** a fresh client address, so that the limits of one test do not reach another */
    const newIp = () => `198.51.100.${++ipCounter}`;
    let mailCounter = 0;
    const newEmail = () => `nguoi-gui-${++mailCounter}@example.vn`;

    before(async () => {
      // a long body deadline: only the refusal itself may close the connection of the huge upload below
      portal = await createTestPortal(kind, { app: { limits: { bodyTimeoutMs: 120_000 } } });
      for (const [role, email] of [
        ['editor', 'bien-tap-tep@bqlkkt.test'],
        ['approver', 'lanh-dao-tep@bqlkkt.test'],
        ['contributor', 'cong-tac-vien-tep@bqlkkt.test'],
      ] as const) {
        await createUser(portal.ctx.db.kysely, { email, name: `Cán bộ ${role}`, role, password: testPassword, categoryIds: null });
      }
    });
    after(() => portal.close());

    const db = () => portal.ctx.db.kysely;
    const sdb = () => submissionsDb(db());
    const folder = () => submissionFilesDir(portal.ctx.config.dataDir);
    /** every file under DATA_DIR/submissions, temporary ones included */
    const filesOnDisk = (): string[] => (fs.existsSync(folder()) ? (fs.readdirSync(folder(), { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(folder(), f)).isFile()).sort() : []);
    const count = async (table: 'submissions' | 'submission_files') => Number((await sdb().selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const state = async () => ({ submissions: await count('submissions'), files: await count('submission_files'), disk: filesOnDisk(), media: Number((await mediaDb(db()).selectFrom('media').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n) });
    const token = async (kindName = 'question', ageMs = 10_000) => issueFormToken(await formSecret(db()), kindName, new Date(Date.now() - ageMs));
    const problems = (body: string) => parse(body).querySelectorAll('.error-summary li').map((li) => li.text.trim());
    const codeOf = (body: string) => parse(body).querySelector('.tracking-code')!.text;

    /** The question form's parts in the browser's order: token, fields, contact, honeypot, then the file(s). */
    const questionParts = async (files: Part[], extra: Record<string, string> = {}, t?: string): Promise<Part[]> => {
      const fields: Record<string, string> = { 'f.field': 'dat-dai', 'f.title': 'Hồ sơ thuê đất kèm công văn', 'f.content': 'Xin xem công văn đính kèm và cho biết thủ tục thuê lại đất.', name: 'Lê Thị Hoa', email: newEmail(), phone: '', website: '', ...extra };
      return [{ name: '_t', value: t ?? (await token()) }, ...Object.entries(fields).map(([name, value]) => ({ name, value })), ...files];
    };
    const post = async (url: string, parts: Part[], ip = newIp()) => {
      const { payload, headers } = multipart(parts);
      return portal.app.inject({ method: 'POST', url, remoteAddress: ip, headers, payload });
    };
    const ask = async (files: Part[], extra: Record<string, string> = {}, url = '/hoi-dap/gui-cau-hoi') => post(url, await questionParts(files, extra));
    const file = (filename: string, data: Buffer, type = 'application/pdf'): Part => ({ name: 'attachment', filename, data, type });

    it('the question form takes one file, says which types and how large, and is sent as multipart', async () => {
      for (const [url, words] of [
        ['/hoi-dap/gui-cau-hoi', /Một tệp, không quá 10 MB\. Nhận tài liệu PDF, Word \(DOC, DOCX\), Excel \(XLS, XLSX\), ODT, ODS và ảnh JPEG, PNG/],
        ['/en/questions/ask', /One file of at most 10 MB\. Accepted: PDF, Word \(DOC, DOCX\), Excel \(XLS, XLSX\), ODT and ODS documents, JPEG and PNG images/],
      ] as const) {
        const form = parse((await portal.app.inject({ method: 'GET', url })).body).querySelector('form.submission-form')!;
        assert.equal(form.getAttribute('enctype'), 'multipart/form-data');
        const input = form.querySelector('input[type="file"]')!;
        assert.equal(input.getAttribute('name'), 'attachment');
        assert.equal(input.getAttribute('multiple'), undefined, 'one file only');
        assert.match(input.getAttribute('accept')!, /\.pdf,.*\.docx,.*\.png/);
        assert.ok(form.querySelector(`label[for="${input.id}"]`), 'the input has a label');
        const hint = form.querySelector(`#${input.getAttribute('aria-describedby')!.split(' ')[0]!}`)!.text;
        assert.match(hint, words);
        const names = form.querySelectorAll('input, textarea, select').map((i) => i.getAttribute('name'));
        assert.equal(names.at(-1), 'attachment', 'the file comes after every other input, so the checks run before it is read');
      }
    });

    it('a question with a PDF is stored with its file and acknowledged; the file is private', async () => {
      const before = await state();
      const bytes = sample.pdf('cong-van-12');
      const res = await ask([file('C:\\Tài liệu\\Công văn số 12 – đất đai.pdf', bytes)]);
      assert.equal(res.statusCode, 200, problems(res.body).join(' | '));
      const code = codeOf(res.body);
      const row = await sdb().selectFrom('submissions').select(['id']).where('tracking_code', '=', code).executeTakeFirstOrThrow();
      const files = await sdb().selectFrom('submission_files').selectAll().where('submission_id', '=', row.id).execute();
      assert.equal(files.length, 1);
      const stored = files[0]!;
      assert.deepEqual([stored.original_name, stored.mime, Number(stored.size), stored.sha256], ['Công văn số 12 – đất đai.pdf', 'application/pdf', bytes.length, sha256Of(bytes)]);
      assert.match(stored.key, /^[a-z2-7]{24}\.pdf$/);
      const disk = filesOnDisk();
      assert.deepEqual(disk, [...before.disk, path.join(stored.key.slice(0, 2), stored.key)].sort());
      assert.deepEqual(fs.readFileSync(path.join(folder(), stored.key.slice(0, 2), stored.key)), bytes, 'the bytes as sent');
      assert.equal((await state()).media, before.media, 'not in the media library');
      assert.equal((await portal.app.inject({ method: 'GET', url: `/media/${stored.key}` })).statusCode, 404, 'never served publicly');
      assert.ok(!fs.existsSync(path.join(portal.ctx.config.dataDir, 'media', stored.key.slice(0, 2), stored.key)));
    });

    it('staff who handle submissions download it with safe headers; a contributor or a visitor cannot', async () => {
      const bytes = sample.pdf('tai-ve');
      const res = await ask([file('Đơn đề nghị.pdf', bytes)], { 'f.title': 'Câu hỏi có tệp để tải về' });
      assert.equal(res.statusCode, 200, problems(res.body).join(' | '));
      const row = await sdb().selectFrom('submissions').select(['id']).where('tracking_code', '=', codeOf(res.body)).executeTakeFirstOrThrow();
      const stored = await sdb().selectFrom('submission_files').selectAll().where('submission_id', '=', row.id).executeTakeFirstOrThrow();
      const url = `/admin/submissions/${row.id}/tep/${stored.id}`;

      const editor = await signedIn(portal, 'bien-tap-tep@bqlkkt.test');
      const page = parse((await editor.get(`/admin/submissions/${row.id}`)).body);
      const link = page.querySelector(`a[href="${url}"]`)!;
      assert.equal(link.text.trim(), 'Đơn đề nghị.pdf', 'the submission’s page lists the file');

      const download = await portal.app.inject({ method: 'GET', url, headers: { cookie: Object.entries(editor.cookies).map(([k, v]) => `${k}=${v}`).join('; ') } });
      assert.equal(download.statusCode, 200);
      assert.deepEqual(download.rawPayload, bytes);
      assert.equal(download.headers['content-type'], 'application/pdf');
      assert.equal(download.headers['content-disposition'], `attachment; filename="Don de nghi.pdf"; filename*=UTF-8''${encodeURIComponent('Đơn đề nghị.pdf')}`);
      assert.equal(download.headers['x-content-type-options'], 'nosniff');
      assert.equal(download.headers['content-security-policy'], "default-src 'none'; sandbox");
      assert.match(String(download.headers['cache-control']), /no-store/);

      const contributor = await signedIn(portal, 'cong-tac-vien-tep@bqlkkt.test');
      const refused = await contributor.get(url);
      assert.equal(refused.status, 403);
      assert.ok(!refused.body.includes('%PDF'), 'no byte of the file');
      const visitor = await portal.app.inject({ method: 'GET', url });
      assert.equal(visitor.statusCode, 303, 'a visitor is sent to the sign-in page');
      assert.match(String(visitor.headers.location), /^\/admin\/login/);
      assert.ok(!visitor.body.includes('%PDF'));
      const other = await ask([], { 'f.title': 'Câu hỏi khác không có tệp' });
      const otherRow = await sdb().selectFrom('submissions').select(['id']).where('tracking_code', '=', codeOf(other.body)).executeTakeFirstOrThrow();
      assert.equal((await editor.get(`/admin/submissions/${otherRow.id}/tep/${stored.id}`)).status, 404, 'a file only through its own submission');
      assert.equal((await editor.get(`/admin/submissions/${row.id}/tep/99999999`)).status, 404);
      assert.equal((await editor.get(`/admin/submissions/${row.id}/tep/abc`)).status, 404);
    });

    it('refuses a disguised page, a program, an archive, an empty file, a GIF, a file over the limit and a second file: clearly, storing nothing', async () => {
      const gif = await sample.smallGif();
      const refusals: { what: string; files: Part[]; status: number; vi: RegExp; en: RegExp }[] = [
        { what: 'HTML named .pdf', files: [file('cong-van.pdf', sample.htmlAsJpeg)], status: 400, vi: /“cong-van\.pdf” là văn bản HTML, XML hoặc mã lệnh/, en: /“cong-van\.pdf” is HTML, XML or script text/ },
        { what: 'a script named .pdf', files: [file('bao-cao.pdf', Buffer.from('#!/bin/sh\nrm -rf /\n'))], status: 400, vi: /chương trình chạy được/, en: /executable program/ },
        { what: 'an EXE', files: [file('bieu-mau.exe', sample.executable, 'application/x-msdownload')], status: 400, vi: /“bieu-mau\.exe” là chương trình chạy được \(exe\)/, en: /is an executable program \(exe\)/ },
        { what: 'a ZIP', files: [file('ho-so.zip', sample.plainZip(), 'application/zip')], status: 400, vi: /“ho-so\.zip” là tệp nén \(zip\): không được nhận/, en: /“ho-so\.zip” is an archive \(zip\): not accepted/ },
        { what: 'an empty file', files: [file('trong.pdf', Buffer.alloc(0))], status: 400, vi: /“trong\.pdf” rỗng \(0 byte\)/, en: /“trong\.pdf” is empty \(0 bytes\)/ },
        { what: 'a GIF (the library takes it, a form does not)', files: [file('anh.gif', gif, 'image/gif')], status: 400, vi: /“anh\.gif” có loại không được nhận \(gif\)\. Chỉ nhận tài liệu PDF/, en: /“anh\.gif” is of a type that is not accepted \(gif\)/ },
        { what: 'a file over the limit', files: [file('lon.pdf', Buffer.concat([sample.pdf('lon'), Buffer.alloc(10 * mb)]))], status: 413, vi: /“lon\.pdf” quá lớn: dung lượng tối đa là 10 MB/, en: /“lon\.pdf” is too large: the limit is 10 MB/ },
        { what: 'two files when one is allowed', files: [file('mot.pdf', sample.pdf('mot')), file('hai.pdf', sample.pdf('hai'))], status: 413, vi: /Chỉ được đính kèm tối đa 1 tệp/, en: /At most 1 file can be attached/ },
      ];
      for (const r of refusals) {
        for (const [url, words] of [
          ['/hoi-dap/gui-cau-hoi', r.vi],
          ['/en/questions/ask', r.en],
        ] as const) {
          const before = await state();
          const res = await ask(r.files, { 'f.title': 'Câu hỏi bị từ chối vì tệp' }, url);
          assert.equal(res.statusCode, r.status, `${r.what} on ${url}`);
          const said = problems(res.body).join(' | ');
          assert.match(said, words, `${r.what} on ${url}: ${said}`);
          const page = parse(res.body);
          assert.equal(page.querySelector('#sf-attachment')?.getAttribute('aria-invalid'), 'true', `${r.what}: the file input is marked`);
          assert.equal(page.querySelector('#sf-f-title')?.getAttribute('value'), 'Câu hỏi bị từ chối vì tệp', `${r.what}: what was typed is kept`);
          assert.deepEqual(await state(), before, `${r.what} on ${url}: nothing stored`);
        }
      }
    });

    it('the form still works without a file, and with a DOCX or a photo', async () => {
      const before = await state();
      const none = await ask([{ name: 'attachment', filename: '', data: Buffer.alloc(0) }]);
      assert.equal(none.statusCode, 200, problems(none.body).join(' | '));
      const plain = await portal.app.inject({
        method: 'POST',
        url: '/hoi-dap/gui-cau-hoi',
        remoteAddress: newIp(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _t: await token(), 'f.field': 'khac', 'f.title': 'Câu hỏi gửi không kèm tệp', 'f.content': 'Nội dung câu hỏi.', name: 'Phạm Văn Tâm', email: newEmail() }).toString(),
      });
      assert.equal(plain.statusCode, 200, 'url-encoded forms still work');
      const docx = await ask([file('Bảng đề xuất.docx', sample.docx(), 'application/octet-stream')], {}, '/en/questions/ask');
      assert.equal(docx.statusCode, 200, problems(docx.body).join(' | '));
      const png = await ask([file('anh-chup.png', await sample.transparentPng(), 'image/png')]);
      assert.equal(png.statusCode, 200, problems(png.body).join(' | '));
      const after = await state();
      assert.equal(after.submissions, before.submissions + 4);
      assert.equal(after.files, before.files + 2);
      const mimes = (await sdb().selectFrom('submission_files').select('mime').orderBy('id', 'desc').limit(2).execute()).map((r) => r.mime);
      assert.deepEqual(mimes, ['image/png', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']);
    });

    it('spam checks apply to multipart posts, before the file is read', async () => {
      const before = await state();
      const fast = await post('/hoi-dap/gui-cau-hoi', await questionParts([file('a.pdf', sample.pdf('nhanh'))], {}, await token('question', 0)));
      assert.equal(fast.statusCode, 400);
      assert.match(problems(fast.body)[0]!, /gửi quá nhanh/);
      const honey = await ask([file('a.pdf', sample.pdf('mat-ong'))], { website: 'http://spam.example' });
      assert.equal(honey.statusCode, 400);
      assert.match(problems(honey.body)[0]!, /tự động/);
      const noToken = await post('/hoi-dap/gui-cau-hoi', (await questionParts([file('a.pdf', sample.pdf('khong-ma'))])).slice(1));
      assert.match(problems(noToken.body)[0]!, /Biểu mẫu không hợp lệ/);
      // a robot's oversized file is refused for being a robot: the file was never read
      const robot = await post('/hoi-dap/gui-cau-hoi', await questionParts([file('lon.pdf', Buffer.alloc(11 * mb))], {}, await token('question', 0)));
      assert.equal(robot.statusCode, 400);
      assert.match(problems(robot.body)[0]!, /gửi quá nhanh/);
      assert.deepEqual(await state(), before, 'nothing stored');
    });

    /**
     * Sends a question whose file part is `fileBytes` long (declaring the whole body's length) over
     * a real connection, as fast as the server takes it, until it answers or closes.
     */
    async function rawUpload(fileBytes: number): Promise<{ response: string; sent: number; declared: number; closed: boolean }> {
      if (!portal.app.server.listening) await portal.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = portal.app.server.address() as AddressInfo;
      const boundary = '----congtinRaw';
      const head = Buffer.from(
        (await questionParts([])).map((p) => `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"\r\n\r\n${'value' in p ? p.value : ''}\r\n`).join('') +
          `--${boundary}\r\nContent-Disposition: form-data; name="attachment"; filename="rat-lon.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
      );
      const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
      const declared = head.length + fileBytes + tail.length;
      const socket = net.connect(port, '127.0.0.1');
      const received: Buffer[] = [];
      let closed = false;
      socket.on('data', (d: Buffer) => received.push(d));
      socket.on('error', () => undefined); // the server may close while we still write
      const closing = new Promise<void>((resolve) => socket.once('close', () => ((closed = true), resolve())));
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      socket.write(`POST /hoi-dap/gui-cau-hoi HTTP/1.1\r\nHost: portal.test\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${declared}\r\n\r\n`);
      socket.write(head);
      let sent = head.length;
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      while (!closed && sent < head.length + fileBytes) {
        const piece = chunk.subarray(0, Math.min(chunk.length, head.length + fileBytes - sent));
        sent += piece.length;
        if (!socket.write(piece)) {
          await new Promise<void>((resolve) => {
            const go = () => resolve();
            socket.once('drain', go);
            socket.once('close', go);
          });
        }
      }
      if (!closed) {
        socket.write(tail);
        sent += tail.length;
      }
      // the answer (a page of a few KB) has come once the page's end is in
      const bound = setTimeout(() => socket.destroy(), 60_000);
      const text = () => Buffer.concat(received).toString('utf8');
      await Promise.race([closing, new Promise<void>((resolve) => socket.on('data', () => text().includes('</html>') && resolve()))]);
      clearTimeout(bound);
      socket.destroy();
      return { response: text(), sent, declared, closed };
    }

    it('a file a little over the limit, sent over a real connection: the browser gets the form and its message', async () => {
      const before = await state();
      const { response, sent, declared } = await rawUpload(12 * mb);
      assert.equal(sent, declared, 'the rest of the body was read and thrown away');
      assert.match(response, /^HTTP\/1\.1 413 /);
      assert.match(response, /quá lớn: dung lượng tối đa là 10 MB/);
      assert.doesNotMatch(response, /\r\nconnection: close\r\n/i);
      assert.deepEqual(await state(), before, 'nothing stored');
    });

    it('a huge upload is not read to the end: the server stops reading and closes the connection', async () => {
      const before = await state();
      const { response, sent, declared, closed } = await rawUpload(300 * mb);
      assert.ok(closed, 'the server closed the connection');
      assert.ok(sent < declared / 4, `the server stopped reading: ${Math.round(sent / mb)} MB of ${Math.round(declared / mb)} MB sent`);
      // the client may see the reset before it reads the answer; when it did read it, it is the refusal
      if (response !== '') assert.match(response, /^HTTP\/1\.1 413 [\s\S]*\r\nconnection: close\r\n/i);
      assert.deepEqual(await state(), before, 'nothing stored');
    });

    it('erasing the sender’s personal data deletes the files too, and says so in the audit log', async () => {
      const res = await ask([file('CCCD Lê Thị Hoa.jpg', await sample.jpegWithGps(), 'image/jpeg')], { 'f.title': 'Câu hỏi có ảnh giấy tờ' });
      assert.equal(res.statusCode, 200, problems(res.body).join(' | '));
      const row = await sdb().selectFrom('submissions').select(['id']).where('tracking_code', '=', codeOf(res.body)).executeTakeFirstOrThrow();
      const stored = await sdb().selectFrom('submission_files').selectAll().where('submission_id', '=', row.id).executeTakeFirstOrThrow();
      assert.equal(stored.mime, 'image/jpeg');
      const onDisk = path.join(folder(), stored.key.slice(0, 2), stored.key);
      assert.ok(fs.existsSync(onDisk));

      const editor = await signedIn(portal, 'bien-tap-tep@bqlkkt.test');
      assert.equal((await editor.post(`/admin/submissions/${row.id}/xoa-du-lieu-ca-nhan`, { confirm: '1' })).status, 403, 'editors do not erase');
      assert.ok(fs.existsSync(onDisk), 'a refused erasure deletes nothing');
      const approver = await signedIn(portal, 'lanh-dao-tep@bqlkkt.test');
      assert.equal((await approver.post(`/admin/submissions/${row.id}/xoa-du-lieu-ca-nhan`, { confirm: '1' })).status, 303);
      assert.ok(!fs.existsSync(onDisk), 'the file is gone');
      assert.equal(Number((await sdb().selectFrom('submission_files').select((eb) => eb.fn.countAll<number>().as('n')).where('submission_id', '=', row.id).executeTakeFirstOrThrow()).n), 0);
      const entry = await db().selectFrom('audit_log').select(['details']).where('action', '=', 'submission.erase').where('target_id', '=', String(row.id)).executeTakeFirstOrThrow();
      assert.deepEqual(JSON.parse(entry.details!), { filesDeleted: 1 });
      assert.equal((await approver.get(`/admin/submissions/${row.id}/tep/${stored.id}`)).status, 404);
      assert.match((await approver.get(`/admin/submissions/${row.id}`)).body, /các tệp \(nếu có\) đã được xóa cùng dữ liệu cá nhân/);
    });

    it('a contact message and a comment on a draft take a file too; a published comment never shows it', async () => {
      const contact = await post('/lien-he', [
        { name: '_t', value: await token('contact') },
        { name: 'f.subject', value: 'Gửi kèm bản chụp hợp đồng' },
        { name: 'f.message', value: 'Xin xem tệp đính kèm.' },
        { name: 'name', value: 'Võ Minh Khoa' },
        { name: 'email', value: newEmail() },
        { name: 'website', value: '' },
        file('Hợp đồng.pdf', sample.pdf('hop-dong')),
      ]);
      assert.equal(contact.statusCode, 200, problems(contact.body).join(' | '));
      const contactRow = await sdb().selectFrom('submissions').select(['id']).where('tracking_code', '=', codeOf(contact.body)).executeTakeFirstOrThrow();
      assert.equal((await sdb().selectFrom('submission_files').select('original_name').where('submission_id', '=', contactRow.id).executeTakeFirstOrThrow()).original_name, 'Hợp đồng.pdf');

      const now = Date.now();
      const draftId = await publishItem(db(), draftDeclaration, {
        title: 'Dự thảo thử nghiệm nhận góp ý kèm tệp',
        fields: { issuer: 'Văn phòng Ban Quản lý', opensAt: new Date(now - day).toISOString(), closesAt: new Date(now + 10 * day).toISOString(), articles: 'Điều 1. Phạm vi' },
        publishedAt: new Date(now - 2 * day),
        sourceKey: 'test:draft:tep',
      });
      const slug = (await db().selectFrom('content').select('slug').where('id', '=', draftId).executeTakeFirstOrThrow()).slug;
      const draftPage = parse((await portal.app.inject({ method: 'GET', url: `/gop-y-du-thao/${slug}` })).body);
      assert.equal(draftPage.querySelector('form.submission-form')!.getAttribute('enctype'), 'multipart/form-data');
      const comment = await post(`/gop-y-du-thao/${slug}`, [
        { name: '_t', value: await token('comment') },
        { name: 'f.article', value: 'Điều 1. Phạm vi' },
        { name: 'f.content', value: 'Đề nghị bổ sung phạm vi, xem bảng đính kèm.' },
        { name: 'name', value: 'Đặng Thu Trang' },
        { name: 'email', value: newEmail() },
        { name: 'website', value: '' },
        file('Bảng góp ý.pdf', sample.pdf('gop-y')),
      ]);
      assert.equal(comment.statusCode, 200, problems(comment.body).join(' | '));
      const commentRow = await sdb().selectFrom('submissions').select(['id']).where('subject_id', '=', draftId).executeTakeFirstOrThrow();
      const approver = await signedIn(portal, 'lanh-dao-tep@bqlkkt.test');
      assert.equal((await approver.post(`/admin/submissions/${commentRow.id}/cong-bo`, {})).status, 303);
      const published = (await portal.app.inject({ method: 'GET', url: `/gop-y-du-thao/${slug}` })).body;
      assert.ok(published.includes('Đề nghị bổ sung phạm vi'), 'the comment is public');
      assert.ok(!published.includes('Bảng góp ý') && !published.includes('/tep/'), 'its file is not');
    });

    it('removing demo data deletes the files of the demo submissions', async () => {
      const checked = await checkAttachment(sample.pdf('mau'), 'mau.pdf');
      const { id } = await receive(db(), questionKind, { name: 'Người hỏi (mẫu)' }, { field: 'khac', title: 'Câu hỏi mẫu có tệp', content: 'Mẫu.' }, null, new Date(), { dataDir: portal.ctx.config.dataDir, files: [checked] });
      await sdb().updateTable('submissions').set({ is_demo: 1 }).where('id', '=', id).execute();
      const key = (await sdb().selectFrom('submission_files').select('key').where('submission_id', '=', id).executeTakeFirstOrThrow()).key;
      assert.ok(filesOnDisk().some((f) => f.endsWith(key)));
      const before = await count('submissions');
      assert.equal(await questionsModule.removeDemo!(portal.ctx), 1);
      assert.equal(await count('submissions'), before - 1);
      assert.ok(!filesOnDisk().some((f) => f.endsWith(key)), 'the file went with its row');
      assert.equal(Number((await sdb().selectFrom('submission_files').select((eb) => eb.fn.countAll<number>().as('n')).where('key', '=', key).executeTakeFirstOrThrow()).n), 0);
    });

    it('when storing fails nothing is left behind; the sweep removes only files without a row', async () => {
      const before = await state();
      const checked = await checkAttachment(sample.pdf('that-bai'), 'that-bai.pdf');
      // a draft that does not exist: the row is refused by its foreign key after the file was written
      await assert.rejects(receive(db(), questionKind, { name: 'Người hỏi' }, { field: 'khac', title: 'Không lưu được', content: 'x' }, 2_000_000_000, new Date(), { dataDir: portal.ctx.config.dataDir, files: [checked] }));
      assert.deepEqual(await state(), before, 'no row, no file');

      const orphan = path.join(folder(), 'zz', 'zzzzzzzzzzzzzzzzzzzzzzzz.pdf');
      fs.mkdirSync(path.dirname(orphan), { recursive: true });
      fs.writeFileSync(orphan, sample.pdf('mo-coi'));
      const notOurs = path.join(folder(), 'zz', 'ghi-chu.txt');
      fs.writeFileSync(notOurs, 'không phải tệp của cổng');
      const young = await sweepSubmissionFiles(db(), portal.ctx.config.dataDir);
      assert.deepEqual(young.orphans, [], 'files younger than the grace period are left alone');
      const swept = await sweepSubmissionFiles(db(), portal.ctx.config.dataDir, { graceMs: 0, now: Date.now() + 1000 });
      assert.deepEqual(swept.orphans, ['zzzzzzzzzzzzzzzzzzzzzzzz.pdf']);
      assert.ok(!fs.existsSync(orphan));
      assert.ok(fs.existsSync(notOurs), 'a file that is not a storage key is never touched');
      fs.rmSync(notOurs);
      assert.deepEqual(filesOnDisk(), before.disk, 'every file with a row stays');
    });
  });
}
