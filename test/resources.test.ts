// Resource exhaustion found by attacking the portal: slow headers and dripped bodies are cut off,
// the connection cap refuses extra sockets (a real server on 127.0.0.1, raw `net` sockets, short
// limits for the test); image conversions run at most N at a time through the queue; an image
// above the pixel limit is refused with a clear message and leaves nothing; files left by uploads
// killed half-way are swept when the app starts. Every wait is bounded; no duration is asserted.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { buildApp } from '../src/app.tsx';
import { mediaDb } from '../src/core/media/schema.ts';
import { imageQueue } from '../src/core/media/process.ts';
import { createTestPortal, testDatabases, type TestPortal } from './helpers/portal.ts';
import { makeStaff, type Staff } from './helpers/staff.ts';
import { createMediaPortal, mediaState, multipart, type MediaPortal } from './fixtures/media/portal.ts';

interface Outcome {
  closed: boolean;
  data: string;
}

/** Opens a raw connection, runs `drive` on it, and resolves when the server closes it or after `boundMs`. */
function rawConnection(port: number, drive: (socket: net.Socket) => void, boundMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let data = '';
    let settled = false;
    const finish = (closed: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(bound);
      socket.destroy();
      resolve({ closed, data });
    };
    const bound = setTimeout(() => finish(false), boundMs);
    socket.on('data', (chunk) => (data += chunk.toString('utf8')));
    socket.on('error', () => undefined);
    socket.on('close', () => finish(true));
    socket.on('connect', () => drive(socket));
  });
}

/** Writes `pieces` one every `everyMs` while the socket is open. */
function drip(socket: net.Socket, pieces: string[], everyMs: number): void {
  let i = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || i >= pieces.length) return clearInterval(timer);
    socket.write(pieces[i++]!);
  }, everyMs);
  socket.once('close', () => clearInterval(timer));
}

const port = (portal: TestPortal) => (portal.app.server.address() as AddressInfo).port;

describe('slow clients are cut off (real server on 127.0.0.1)', () => {
  let portal: TestPortal;
  before(async () => {
    portal = await createTestPortal('sqlite', { app: { limits: { headersTimeoutMs: 1000, bodyTimeoutMs: 1000, uploadTimeoutMs: 60_000, idleTimeoutMs: 60_000 } } });
    await portal.app.listen({ host: '127.0.0.1', port: 0 });
  });
  after(() => portal?.close());

  it('closes a connection that sends its headers a line at a time (slowloris)', async () => {
    // a header line every 200 ms keeps the socket busy (never idle) but never finishes the headers
    const lines = ['GET / HTTP/1.1\r\n', 'Host: portal.test\r\n', ...Array.from({ length: 200 }, (_, i) => `X-Slow-${i}: a\r\n`)];
    const outcome = await rawConnection(port(portal), (s) => drip(s, lines, 200), 20_000);
    assert.ok(outcome.closed, 'the server closed the connection');
    assert.ok(outcome.data === '' || outcome.data.startsWith('HTTP/1.1 408'), `nothing or a 408, got ${outcome.data.slice(0, 40)}`);
    // and a normal client is still served
    const normal = await rawConnection(port(portal), (s) => s.write('GET /healthz HTTP/1.1\r\nHost: portal.test\r\nConnection: close\r\n\r\n'), 20_000);
    assert.match(normal.data, /^HTTP\/1\.1 200 /);
  });

  it('answers 408 and closes a connection whose body is dripped byte by byte', async () => {
    const head = 'POST /admin/login HTTP/1.1\r\nHost: portal.test\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n';
    const outcome = await rawConnection(port(portal), (s) => {
      s.write(head);
      drip(s, Array.from({ length: 1000 }, () => 'a'), 200);
    }, 20_000);
    assert.ok(outcome.closed, 'the server closed the connection');
    assert.match(outcome.data, /^HTTP\/1\.1 408 /);
    assert.match(outcome.data, /Yêu cầu gửi đến quá chậm/);
    assert.match(outcome.data, /arrived too slowly/);
  });

});

describe('the connection cap refuses extra sockets', () => {
  let portal: TestPortal;
  const held: net.Socket[] = [];
  before(async () => {
    portal = await createTestPortal('sqlite', { app: { limits: { maxConnections: 3, headersTimeoutMs: 60_000, bodyTimeoutMs: 60_000, idleTimeoutMs: 60_000 } } });
    await portal.app.listen({ host: '127.0.0.1', port: 0 });
  });
  after(async () => {
    for (const s of held) s.destroy();
    await portal?.close();
  });

  it('closes the fourth connection at once while three are open, and serves again when one goes', async () => {
    for (let i = 0; i < 3; i++) {
      const socket = net.connect({ host: '127.0.0.1', port: port(portal) });
      socket.on('error', () => undefined);
      held.push(socket);
      // each one starts a request, so the server has surely accepted it before the next
      socket.write('GET /healthz HTTP/1.1\r\nHost: portal.test\r\n\r\n');
      await new Promise<void>((resolve, reject) => {
        const bound = setTimeout(() => reject(new Error('no answer on a held connection')), 10_000);
        socket.once('data', () => (clearTimeout(bound), resolve()));
      });
    }
    const refused = await rawConnection(port(portal), (s) => s.write('GET /healthz HTTP/1.1\r\nHost: portal.test\r\n\r\n'), 10_000);
    assert.ok(refused.closed, 'the extra connection was closed');
    assert.equal(refused.data, '', 'and got no answer');
    assert.ok(held.every((s) => !s.destroyed), 'the three first stay open');

    held.shift()!.destroy();
    // the server notices the closed socket asynchronously: retry a few times, bounded
    let served: Outcome | undefined;
    for (let attempt = 0; attempt < 20 && !/^HTTP\/1\.1 200 /.test(served?.data ?? ''); attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, 100));
      served = await rawConnection(port(portal), (s) => s.write('GET /healthz HTTP/1.1\r\nHost: portal.test\r\nConnection: close\r\n\r\n'), 5000);
    }
    assert.match(served!.data, /^HTTP\/1\.1 200 /);
  });
});

async function png(width: number, height: number, seed: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: seed * 37 % 256, g: seed * 91 % 256, b: seed * 53 % 256 } } }).png().toBuffer();
}

for (const kind of testDatabases()) {
  describe(`image processing is bounded (${kind})`, () => {
    let portal: MediaPortal;
    let staff: Staff;
    const concurrency = imageQueue.concurrency;
    before(async () => {
      portal = await createMediaPortal(kind);
      staff = await makeStaff(portal, 'contributor', 'anh');
    });
    after(async () => {
      imageQueue.concurrency = concurrency;
      await portal?.close();
    });

    async function upload(name: string, data: Buffer) {
      const body = multipart([{ name: 'files', filename: name, data }]);
      const res = await portal.app.inject({ method: 'POST', url: '/admin/media', headers: { ...body.headers, authorization: `Bearer ${staff.token}`, accept: 'application/json' }, payload: body.payload });
      return { status: res.statusCode, json: JSON.parse(res.body) as { items: { id: number }[]; errors: { code: string; message: string; messageVi: string }[] } };
    }

    it('converts concurrent uploads at most N at a time', async () => {
      imageQueue.concurrency = 2;
      imageQueue.resetStats();
      const images = await Promise.all(Array.from({ length: 6 }, (_, i) => png(1200, 800, i + 1)));
      const results = await Promise.all(images.map((data, i) => upload(`anh-${i}.png`, data)));
      for (const r of results) assert.equal(r.json.items.length, 1, JSON.stringify(r.json.errors));
      assert.equal(imageQueue.done, 6, 'every image went through the queue');
      assert.ok(imageQueue.peak >= 1 && imageQueue.peak <= 2, `at most 2 at once, saw ${imageQueue.peak}`);
      assert.equal(imageQueue.active, 0);
      assert.equal(imageQueue.queued, 0);
    });

    it('refuses an image above 40 megapixels with a clear message, leaving no file and no row', async () => {
      const before = await mediaState(portal);
      const big = await png(6400, 6400, 7); // 40.96 megapixels
      const { status, json } = await upload('ban-do-khu-kinh-te.png', big);
      assert.equal(status, 422);
      assert.equal(json.errors[0]?.code, 'IMAGE_TOO_MANY_PIXELS');
      assert.match(json.errors[0]!.messageVi, /“ban-do-khu-kinh-te\.png” có kích thước quá lớn \(6400 × 6400 điểm ảnh, 41 megapixel\): tối đa 40 megapixel\. Hãy thu nhỏ ảnh/);
      assert.match(json.errors[0]!.message, /too many pixels \(6400 × 6400 pixels, 41 megapixels\): at most 40 megapixels/);
      assert.deepEqual(await mediaState(portal), before, 'no row, no audit entry, no file');
    });
  });

  describe(`files left by interrupted uploads are swept at start (${kind})`, () => {
    let portal: MediaPortal;
    let staff: Staff;
    before(async () => {
      portal = await createMediaPortal(kind);
      staff = await makeStaff(portal, 'contributor', 'quet');
    });
    after(async () => portal?.close());

    it('removes old orphans and .part files, keeps referenced and recent files', async () => {
      const body = multipart([{ name: 'files', filename: 'giu-lai.png', data: await png(700, 500, 11) }]);
      const res = await portal.app.inject({ method: 'POST', url: '/admin/media', headers: { ...body.headers, authorization: `Bearer ${staff.token}`, accept: 'application/json' }, payload: body.payload });
      assert.equal(res.statusCode, 201, res.body);
      const referenced = (await mediaState(portal)).files;
      assert.ok(referenced.length >= 3, 'the upload stored its variants');

      const old = new Date(Date.now() - 60 * 60_000);
      const write = (rel: string, mtime?: Date) => {
        const file = path.join(portal.mediaDir, rel);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, 'left by kill -9');
        if (mtime) fs.utimesSync(file, mtime, mtime);
        return rel;
      };
      // a killed upload: files written, rows never committed; a deleted item whose file stayed
      const orphans = [write('qq/qqqqqqqqqqqqqqqqqqqqqqqq-960.webp', old), write('qq/qqqqqqqqqqqqqqqqqqqqqqqq.png', old), write('rr/rrrrrrrrrrrrrrrrrrrrrrrr.pdf', old)];
      const parts = [write('.tmp/ssssssssssssssssssssssss.part', old)];
      // another process may be writing these right now: too recent to touch
      const recent = [write('tt/tttttttttttttttttttttttt.webp'), write('.tmp/uuuuuuuuuuuuuuuuuuuuuuuu.part')];
      // not a media key: never touched
      const foreign = [write('ghi-chu.txt', old)];

      const restarted = await buildApp(portal.ctx);
      await restarted.ready();
      await restarted.close();

      const files = (await mediaState(portal)).files;
      for (const rel of [...orphans, ...parts]) assert.ok(!files.includes(rel), `${rel} was removed`);
      for (const rel of [...referenced, ...recent, ...foreign]) assert.ok(files.includes(rel), `${rel} is still there`);
      const items = await mediaDb(portal.ctx.db.kysely).selectFrom('media').select('key').execute();
      assert.equal(items.length, 1);
      const served = await portal.app.inject({ method: 'GET', url: `/media/${items[0]!.key}` });
      assert.equal(served.statusCode, 200, 'the referenced file is still served');
    });
  });
}
