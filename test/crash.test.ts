// What was acknowledged survives a crash: autosave over HTTP to a real server process, kill -9,
// start again, and the text is there; the same for a question sent by the public (SQLite file
// in WAL mode; PostgreSQL when TEST_DATABASE_URL is set).
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import pg from 'pg';
import { pgUrl, testDatabases } from './helpers/portal.ts';

const password = 'mat-khau-du-dai-1';

function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'test', DEMO_CONTENT: 'true', LOG_LEVEL: 'silent' }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (out.includes('congtin is serving')) {
        clearTimeout(timer);
        resolve({ child, base: `http://127.0.0.1:${port}` });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

class Jar {
  cookies = new Map<string, string>();
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  keep(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = pair!.split('=');
      this.cookies.set(k!.trim(), v ?? '');
    }
  }
  async fetch(url: string, init: RequestInit = {}) {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: this.header() } });
    this.keep(res);
    return res;
  }
}

async function signIn(base: string, email: string): Promise<{ jar: Jar; csrf: string }> {
  const jar = new Jar();
  const form = await (await jar.fetch(`${base}/admin/login`)).text();
  const token = /name="_csrf" value="([^"]+)"/.exec(form)![1]!;
  const res = await jar.fetch(`${base}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ _csrf: token, email, password, ve: '/admin' }).toString() });
  assert.equal(res.status, 303);
  const page = await (await jar.fetch(`${base}/admin/account`)).text();
  return { jar, csrf: /<meta name="csrf-token" content="([^"]+)"/.exec(page)![1]! };
}

for (const kind of testDatabases()) {
  describe(`what was acknowledged survives kill -9 (${kind})`, () => {
    it('autosaved text and an acknowledged question are there after the crash and a restart', async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-crash-'));
      let schemaUrl: string | undefined;
      let drop = async () => undefined as void;
      if (kind === 'postgres') {
        const db = `congtin_crash_${randomBytes(4).toString('hex')}`;
        const admin = new pg.Client({ connectionString: pgUrl });
        await admin.connect();
        await admin.query(`create database ${db}`);
        await admin.end();
        const url = new URL(pgUrl!);
        url.pathname = `/${db}`;
        schemaUrl = url.toString();
        drop = async () => {
          const c = new pg.Client({ connectionString: pgUrl });
          await c.connect();
          await c.query(`drop database if exists ${db} with (force)`);
          await c.end();
        };
      }
      const env = { DATA_DIR: dataDir, ...(schemaUrl ? { DATABASE_URL: schemaUrl } : { DATABASE_URL: '' }) };
      let server: { child: ChildProcess; base: string } | undefined;
      try {
        server = await startServer(env);
        // the first administrator, through the CLI like a real installation
        const create = spawn(process.execPath, ['bin/congtin.js', 'user', 'create', '--email', 'pv@bqlkkt.test', '--name', 'Phóng viên', '--role', 'contributor', '--password-stdin'], { env: { ...process.env, ...env }, stdio: ['pipe', 'ignore', 'inherit'] });
        create.stdin!.end(password);
        assert.equal(await new Promise((r) => create.on('exit', r)), 0);

        const { jar, csrf } = await signIn(server.base, 'pv@bqlkkt.test');
        const created = await jar.fetch(`${server.base}/admin/articles`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ _csrf: csrf, title: 'Bản nháp trước sự cố', category: '1' }).toString() });
        const id = /\/admin\/articles\/(\d+)/.exec(created.headers.get('location')!)![1];
        const text = '<p>Đoạn văn được tự động lưu ngay trước khi máy chủ bị tắt đột ngột.</p>';
        const saved = await jar.fetch(`${server.base}/admin/articles/${id}/autosave`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify({ title: 'Bản nháp trước sự cố', summary: '', body: text, baseRevision: 1 }) });
        assert.equal(saved.status, 200);

        const first = server;
        first.child.kill('SIGKILL');
        await new Promise((r) => first.child.on('exit', r));
        server = await startServer(env);
        const again = await signIn(server.base, 'pv@bqlkkt.test');
        const page = await (await again.jar.fetch(`${server.base}/admin/content/news/${id}`)).text();
        assert.ok(page.includes('Đoạn văn được tự động lưu ngay trước khi máy chủ bị tắt đột ngột.'), 'the autosaved text survived');

        // A question acknowledged with its tracking code is stored before the answer: kill -9
        // right after the acknowledgement, and the code still finds it.
        const form = await (await fetch(`${server.base}/hoi-dap/gui-cau-hoi`)).text();
        const formToken = /name="_t" value="([^"]+)"/.exec(form)![1]!;
        await new Promise((resolve) => setTimeout(resolve, 3_100)); // people take more than 3 s to fill a form
        const sent = await fetch(`${server.base}/hoi-dap/gui-cau-hoi`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ _t: formToken, 'f.field': 'dau-tu', 'f.title': 'Câu hỏi gửi ngay trước sự cố', 'f.content': 'Nội dung câu hỏi.', name: 'Lê Thị Hoa', email: 'hoa@example.vn' }).toString() });
        assert.equal(sent.status, 200);
        const code = /class="tracking-code">([A-Z2-9]{4}-[A-Z2-9]{4})</.exec(await sent.text())![1]!;
        const second = server;
        second.child.kill('SIGKILL');
        await new Promise((r) => second.child.on('exit', r));
        server = await startServer(env);
        const tracked = await fetch(`${server.base}/hoi-dap/tra-cuu?ma=${code}`);
        assert.equal(tracked.status, 200, 'the acknowledged question survived');
        assert.ok((await tracked.text()).includes('Câu hỏi gửi ngay trước sự cố'));
      } finally {
        // the server is stopped even when an assertion failed, before its folder is removed
        if (server && server.child.exitCode === null && server.child.signalCode === null) {
          const exited = new Promise((r) => server!.child.once('exit', r));
          server.child.kill('SIGKILL');
          await exited;
        }
        await drop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
}
