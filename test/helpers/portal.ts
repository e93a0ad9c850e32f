// Test portals: a fresh database (in-memory SQLite, or a new PostgreSQL schema when
// TEST_DATABASE_URL is set), migrated, optionally with the demo content, and the Fastify app.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../src/app.tsx';
import { loadConfig, type Config } from '../../src/config.ts';
import { modules } from '../../src/modules/registry.ts';
import { createContext, loadDemoIfEmpty } from '../../src/core/bootstrap.ts';
import type { AppContext } from '../../src/core/context.ts';
import type { PortalModule } from '../../src/core/modules.ts';
import { connectDatabase } from '../../src/core/db/connect.ts';

export type DbKind = 'sqlite' | 'postgres';

export interface TestPortal {
  kind: DbKind;
  ctx: AppContext;
  app: FastifyInstance;
  close(): Promise<void>;
}

export const pgUrl = process.env.TEST_DATABASE_URL;

/** The databases this run covers; PostgreSQL only when TEST_DATABASE_URL is set. */
export function testDatabases(): DbKind[] {
  return pgUrl ? ['sqlite', 'postgres'] : ['sqlite'];
}

export const postgresSkipReason = pgUrl ? false : 'PostgreSQL tests skipped: TEST_DATABASE_URL is not set';

export function testConfig(overrides: Partial<Config> = {}): Config {
  // Uploads of a test portal go to a temporary folder, never into the working copy.
  const dataDir = overrides.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-test-'));
  return { ...loadConfig({ NODE_ENV: 'test', BASE_URL: 'http://portal.test' }), ...overrides, dataDir };
}

async function freshSchema(url: string): Promise<{ schema: string; drop: () => Promise<void> }> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  return {
    schema,
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}

export async function createTestPortal(
  kind: DbKind,
  options: { demo?: boolean; extraRoutes?: (app: FastifyInstance) => void; app?: AppOptions; config?: Partial<Config>; /** modules added after the registry's (a fake content type) */ extraModules?: PortalModule[] } = {},
): Promise<TestPortal> {
  let drop = async () => undefined as void;
  let db;
  if (kind === 'postgres') {
    if (!pgUrl) throw new Error('TEST_DATABASE_URL is not set');
    const fresh = await freshSchema(pgUrl);
    drop = fresh.drop;
    db = connectDatabase({ databaseUrl: pgUrl, pgSchema: fresh.schema });
  } else {
    db = connectDatabase({ sqliteFile: ':memory:' });
  }
  let ctx: AppContext;
  let app: FastifyInstance;
  try {
    ctx = await createContext(testConfig({ databaseUrl: kind === 'postgres' ? pgUrl : undefined, ...options.config }), [...modules, ...(options.extraModules ?? [])], db);
    if (options.demo) await loadDemoIfEmpty(ctx);
    app = await buildApp(ctx, options.app);
    options.extraRoutes?.(app);
    await app.ready();
  } catch (error) {
    // a portal that failed to start leaves no schema behind
    await db.close().catch(() => undefined);
    await drop().catch(() => undefined);
    throw error;
  }
  return {
    kind,
    ctx,
    app,
    close: async () => {
      await app.close();
      await db.close();
      await drop();
      fs.rmSync(ctx.config.dataDir, { recursive: true, force: true });
    },
  };
}
