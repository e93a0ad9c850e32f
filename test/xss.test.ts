// Every body goes through the server's allowlist: a corpus of XSS vectors sent through the admin
// API comes back, stored and on the published page, without anything that could run.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { parse } from 'node-html-parser';
import { sanitizeBody } from '../src/core/html/sanitize.ts';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';
import { api, makeStaff, type Staff } from './helpers/staff.ts';

const vectors = fs.readFileSync('test/fixtures/xss-vectors.txt', 'utf8').split('\n').filter(Boolean);

/** Whatever sanitising produced, these must never be in it. */
function dangers(html: string): string[] {
  const found: string[] = [];
  const root = parse(html);
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form', 'input', 'svg', 'math', 'body', 'video', 'audio', 'source', 'template', 'details', 'noscript'].includes(tag)) found.push(`<${tag}>`);
    for (const [name, value] of Object.entries(el.attributes)) {
      if (/^on/i.test(name)) found.push(`${tag}[${name}]`);
      if (['style', 'srcdoc', 'background', 'srcset', 'formaction', 'action'].includes(name.toLowerCase())) found.push(`${tag}[${name}]`);
      if (['href', 'src'].includes(name.toLowerCase()) && !/^(https?:\/\/[^/]|\/(?!\/)|#|mailto:|tel:)/i.test(value.trim())) found.push(`${tag}[${name}=${value}]`);
    }
  }
  return found;
}

for (const kind of testDatabases()) describe(`XSS corpus on ${kind}`, () => {
  let portal: TestPortal;
  let writer: Staff, boss: Staff;
  before(async () => {
    portal = await createTestPortal(kind, { demo: true });
    writer = await makeStaff(portal, 'editor', 'xss-writer');
    boss = await makeStaff(portal, 'approver', 'xss-boss');
  });
  after(() => portal.close());

  it(`the sanitiser neutralises all ${vectors.length} vectors`, async () => {
    assert.ok(vectors.length >= 50);
    const results = await Promise.all(vectors.map(async (v) => ({ v, out: await sanitizeBody(`<p>trước</p>${v}<p>sau</p>`) })));
    const failures = results.filter(({ out }) => dangers(out).length > 0 || !out.includes('trước'));
    assert.deepEqual(failures, []);
  });

  it('stored bodies and the page as the public would see it carry none of them', async () => {
    const body = vectors.map((v, i) => `<p>Đoạn ${i}</p>${v}`).join('\n');
    const created = await api(portal, writer)('POST', '/api/v1/admin/articles', { title: 'Bài kiểm tra an toàn nội dung', body, category: 'thong-bao' });
    assert.equal(created.status, 201);
    const id = created.body.id as number;
    await api(portal, writer)('POST', `/api/v1/admin/articles/${id}/submit`);
    await api(portal, boss)('POST', `/api/v1/admin/articles/${id}/approve`);
    const refused = await api(portal, boss)('POST', `/api/v1/admin/articles/${id}/publish`);
    assert.equal(refused.body.error?.code, 'IMAGE_ALT_MISSING', 'the vectors leave images without alt text: not publishable as is');
    const stored = await portal.ctx.db.kysely.selectFrom('content').select('body').where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(dangers(stored.body), []);
    const revisions = (await api(portal, boss)('GET', `/api/v1/admin/articles/${id}/revisions`)).body.items as { previewUrl: string }[];
    const page = parse((await portal.app.inject(new URL(revisions[0]!.previewUrl).pathname)).body);
    assert.deepEqual(dangers(page.querySelector('.article-body')!.innerHTML), []);
    assert.ok(page.querySelector('.article-body')!.text.includes('Đoạn 0'));
  });
});
