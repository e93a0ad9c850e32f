// The OpenAPI document describes every API route, and every documented path is routed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestPortal, type TestPortal } from './helpers/portal.ts';

/** "METHOD /path" for every route, read from Fastify's printed route tree. */
function routeList(tree: string): Set<string> {
  const out = new Set<string>();
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(.+?) \(([^)]+)\)$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    const segment = m[2]!;
    const parent = depth === 0 ? '' : stack[depth - 1]!;
    const path = depth === 0 ? segment : parent === '/' ? `/${segment}` : parent + segment;
    stack[depth] = path;
    for (const method of m[3]!.split(', ')) if (method !== 'HEAD') out.add(`${method} ${path}`);
  }
  return out;
}

describe('OpenAPI', () => {
  let portal: TestPortal;
  before(async () => {
    portal = await createTestPortal('sqlite', { demo: true });
  });
  after(() => portal.close());

  it('is served as OpenAPI 3.1 JSON', async () => {
    const res = await portal.app.inject('/api/v1/openapi.json');
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().openapi, '3.1.0');
  });

  it('documents exactly the /api/v1 routes the app has', async () => {
    const doc = (await portal.app.inject('/api/v1/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`)));
    const routed = new Set([...routeList(portal.app.printRoutes({ commonPrefix: false }))].filter((r) => r.includes(' /api/v1/') && !r.endsWith('/openapi.json')));
    assert.ok(routed.size >= 10, [...routed].join(', '));
    assert.deepEqual([...documented].sort(), [...routed].sort());
  });
});
