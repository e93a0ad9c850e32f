// Scheduled articles go live exactly once, even with several app processes running the
// scheduler against the same database (SQLite file, or PostgreSQL).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import pg from 'pg';
import { modules } from '../src/modules/registry.ts';
import { prepareDatabase } from '../src/core/bootstrap.ts';
import { connectDatabase, type Db } from '../src/core/db/connect.ts';
import { findOrCreateCategory } from '../src/core/content/categories.ts';
import { createUser, actorOf } from '../src/core/auth/users.ts';
import { createDraft, transition } from '../src/core/workflow/content.ts';
import { acquireLease } from '../src/core/jobs/lease.ts';
import { pgUrl, testDatabases } from './helpers/portal.ts';

const run = promisify(execFile);

async function openTarget(kind: 'sqlite' | 'postgres'): Promise<{ db: Db; target: string; schema: string; drop: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-sched-'));
    const file = path.join(dir, 'db.sqlite');
    // drop() runs after db.close(): the folder, database file and WAL files go with it
    return { db: connectDatabase({ sqliteFile: file }), target: file, schema: '-', drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  return {
    db: connectDatabase({ databaseUrl: pgUrl, pgSchema: schema }),
    target: pgUrl!,
    schema,
    drop: async () => {
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

for (const kind of testDatabases()) {
  describe(`scheduled publishing on ${kind}`, () => {
    for (const mode of ['lease', 'raw'] as const) {
      it(`publishes each due article exactly once with two processes (${mode === 'lease' ? 'with the lease' : 'racing without a lease'})`, async () => {
        const { db, target, schema, drop } = await openTarget(kind);
        try {
          await prepareDatabase(db, modules);
          const k = db.kysely;
          const category = await k.transaction().execute((trx) => findOrCreateCategory(trx, 'news', 'Thông báo'));
          const writer = actorOf(await createUser(k, { email: 'pv@x.vn', name: 'PV', role: 'contributor', password: 'mat-khau-du-dai-1' }));
          const boss = actorOf(await createUser(k, { email: 'ld@x.vn', name: 'LĐ', role: 'approver', password: 'mat-khau-du-dai-1' }));
          const at = new Date(Date.now() + 1500).toISOString();
          const ids: number[] = [];
          for (let i = 0; i < 12; i++) {
            const c = await createDraft(k, writer, 'news', { title: `Thông báo số ${i + 1} về lịch làm việc`, body: '<p>Nội dung</p>', categoryId: category.id });
            await transition(k, writer, c.id, 'submit');
            await transition(k, boss, c.id, 'approve');
            await transition(k, boss, c.id, 'schedule', { publishAt: at });
            ids.push(c.id);
          }
          const worker = () => run(process.execPath, ['--import', 'tsx', 'test/fixtures/scheduler-worker.ts', mode, target, schema, '3500']);
          const [a, b] = await Promise.all([worker(), worker()]);
          const byA = JSON.parse(a.stdout.trim().split('\n').pop()!) as number[];
          const byB = JSON.parse(b.stdout.trim().split('\n').pop()!) as number[];
          assert.deepEqual([...byA, ...byB].sort((x, y) => x - y), ids, 'every article published, by exactly one process');
          const rows = await k.selectFrom('content').select(['status', 'published_at']).where('id', 'in', ids).execute();
          assert.ok(rows.every((r) => r.status === 'published' && r.published_at === at));
          const revisions = await k.selectFrom('revisions').select('content_id').where('note', '=', 'scheduled-publish').execute();
          assert.equal(revisions.length, ids.length);
          const audits = await k.selectFrom('audit_log').select('target_id').where('action', '=', 'content.publish').execute();
          assert.equal(audits.length, ids.length);
        } finally {
          await db.close();
          await drop();
        }
      });
    }

    it('a lease is held by one process until it expires', async () => {
      const { db, drop } = await openTarget(kind);
      try {
        await prepareDatabase(db, modules);
        const now = new Date();
        assert.equal(await acquireLease(db.kysely, 'job', 'a', 1000, now), true);
        assert.equal(await acquireLease(db.kysely, 'job', 'b', 1000, now), false);
        assert.equal(await acquireLease(db.kysely, 'job', 'a', 1000, now), true, 'the holder renews');
        assert.equal(await acquireLease(db.kysely, 'job', 'b', 1000, new Date(now.getTime() + 1500)), true, 'taken over after expiry');
      } finally {
        await db.close();
        await drop();
      }
    });
  });
}
