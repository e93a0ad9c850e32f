// The audit log reads as sentences in the user's language: every action code written in src/
// has a Vietnamese and an English label, an unknown code is shown as it is, content targets link
// to their edit pages, and the CSV keeps the raw codes with a label column.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { auditLabel, auditLabels, isAuditCode } from '../src/admin/audit-i18n.ts';
import { audit } from '../src/core/audit/log.ts';
import { createUser } from '../src/core/auth/users.ts';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';
import { signedIn, testPassword } from './helpers/session.ts';

/** Every quoted action code in the `action:` of an `audit(...)` call under src/. */
function codesInSource(): Set<string> {
  const out = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) {
        const text = fs.readFileSync(full, 'utf8');
        for (const call of text.matchAll(/\baudit\(/g)) {
          const snippet = text.slice(call.index, call.index + 600);
          const action = /action:\s*([^\n]*?)(?:,\s*(?:userId|actor|targetType|details|ip)\b|\n)/.exec(snippet);
          if (!action) continue;
          for (const code of action[1]!.matchAll(/'([a-z]+(?:\.[a-z-]+)+)'/g)) out.add(code[1]!);
        }
      }
    }
  };
  walk(path.join(import.meta.dirname, '..', 'src'));
  return out;
}

describe('audit labels', () => {
  it('every action code written in src/ has a label in both languages', () => {
    const codes = codesInSource();
    assert.ok(codes.size > 30, `found ${codes.size} codes`);
    for (const code of ['content.create', 'auth.login.failure', 'settings.change', 'category.hide', 'auth.totp.replace']) assert.ok(codes.has(code), code);
    const missing = [...codes].filter((c) => !isAuditCode(c));
    assert.deepEqual(missing, []);
    for (const code of codes) {
      assert.notEqual(auditLabel(code, 'vi'), code);
      assert.notEqual(auditLabel(code, 'en'), code);
      assert.notEqual(auditLabel(code, 'vi'), auditLabel(code, 'en'), code);
    }
    // the workflow's moves are written as `content.${move}`: each has a label (the type forces it)
    for (const move of ['submit', 'return', 'approve', 'publish', 'schedule', 'unpublish']) assert.ok(isAuditCode(`content.${move}`), move);
    assert.equal(auditLabels.vi['content.publish'], 'Đăng bài');
    assert.equal(auditLabel('something.new', 'vi'), 'something.new');
  });
});

for (const kind of testDatabases()) {
  describe(`readable audit log on ${kind}`, () => {
    let portal: TestPortal;
    let newsId: number;
    let documentId: number;
    before(async () => {
      portal = await createTestPortal(kind, { demo: true });
      const db = portal.ctx.db.kysely;
      await createUser(db, { email: 'admin@bqlkkt.test', name: 'Quản trị', role: 'admin', password: testPassword });
      newsId = (await db.selectFrom('content').select('id').where('type', '=', 'news').orderBy('id').executeTakeFirstOrThrow()).id;
      documentId = (await db.selectFrom('content').select('id').where('type', '=', 'document').orderBy('id').executeTakeFirstOrThrow()).id;
      await audit(db, { action: 'content.publish', actor: 'scheduler', targetType: 'news', targetId: newsId });
      await audit(db, { action: 'content.approve', actor: 'bien-tap@bqlkkt.test', targetType: 'document', targetId: documentId });
      await audit(db, { action: 'legacy.thing', actor: 'script', targetType: 'widget', targetId: 'w-1' });
    });
    after(() => portal.close());

    it('shows labels in Vietnamese, links content to its edit page, keeps unknown codes as they are', async () => {
      const admin = await signedIn(portal, 'admin@bqlkkt.test');
      const page = await admin.get('/admin/audit');
      assert.equal(page.status, 200);
      const rows = parse(page.body).querySelectorAll('tbody tr');
      const rowOf = (code: string) => rows.find((r) => r.querySelector('code')?.text === code)!;
      const published = rowOf('content.publish');
      assert.ok(published, 'the raw code stays visible');
      assert.match(published.text, /Đăng bài/);
      const title = (await portal.ctx.db.kysely.selectFrom('content').select('title').where('id', '=', newsId).executeTakeFirstOrThrow()).title;
      const link = published.querySelector(`a[href="/admin/content/news/${newsId}"]`);
      assert.ok(link, 'news links to its own editor');
      assert.ok(link.text.includes(title), link.text);
      const approved = rowOf('content.approve');
      assert.match(approved.text, /Duyệt bài/);
      assert.ok(approved.querySelector(`a[href="/admin/content/document/${documentId}"]`), 'a declared type links to the generic form');
      assert.match(rowOf('auth.login.success').text, /Đăng nhập/);
      const unknown = rowOf('legacy.thing');
      assert.match(unknown.text, /legacy\.thing/);
      assert.match(unknown.text, /widget w-1/);
    });

    it('shows the English labels in the English interface', async () => {
      const admin = await signedIn(portal, 'admin@bqlkkt.test');
      await admin.get('/admin/ngon-ngu/en?ve=/admin/audit');
      const page = await admin.get('/admin/audit');
      const rows = parse(page.body).querySelectorAll('tbody tr');
      const published = rows.find((r) => r.querySelector('code')?.text === 'content.publish')!;
      assert.match(published.text, /Published/);
      assert.doesNotMatch(published.text, /Đăng bài/);
      assert.match(rows.find((r) => r.querySelector('code')?.text === 'content.approve')!.text, /Approved an item/);
    });

    it('the CSV keeps the raw codes and adds a label column', async () => {
      const admin = await signedIn(portal, 'admin@bqlkkt.test');
      const csv = await admin.get('/admin/audit.csv?action=content');
      assert.equal(csv.status, 200);
      const lines = csv.body.replace(/^\uFEFF/, '').split(/\r?\n/);
      assert.ok(lines[0]!.startsWith('id,at,user_id,actor,action,action_label,target_type,target_id'), lines[0]);
      assert.ok(lines.some((l) => l.includes(',content.publish,Đăng bài,news,')), lines.join('\n'));
    });
  });
}
