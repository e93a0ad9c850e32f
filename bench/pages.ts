// Page rendering throughput through the whole Fastify stack (helmet, cookies, compression off),
// against /healthz in the same process as the baseline: the ratio shows what a full page costs
// compared with the cheapest route, on whatever machine runs it.
import { performance } from 'node:perf_hooks';
import { createTestPortal } from '../test/helpers/portal.ts';

async function measure(run: () => Promise<unknown>, iterations: number): Promise<{ perSecond: number; p95: number }> {
  for (let i = 0; i < 50; i++) await run(); // warm-up
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  return { perSecond: (iterations / total) * 1000, p95: times[Math.floor(times.length * 0.95)]! };
}

export async function runPagesBench(iterations = 1000): Promise<void> {
  const portal = await createTestPortal('sqlite', { demo: true });
  const seed = '/tin-tuc/tin-ban-quan-ly/hoi-nghi-so-ket-6-thang-dau-nam-2020-dang-bo-ban-quan-ly-khu-kinh-te-tinh-kien-giang';
  const routes: [string, string][] = [
    ['/healthz (baseline)', '/healthz'],
    ['home', '/'],
    ['news list', '/tin-tuc?trang=2'],
    ['article (seed)', seed],
    ['API list', '/api/v1/articles'],
  ];
  const rows: [string, number, number][] = [];
  for (const [name, url] of routes) {
    const r = await measure(() => portal.app.inject(url), iterations);
    rows.push([name, r.perSecond, r.p95]);
  }
  await portal.close();
  const base = rows[0]![1];
  console.log('| route | requests/s (in-process) | p95 ms | cost vs /healthz |');
  console.log('|---|---:|---:|---:|');
  for (const [name, perSecond, p95] of rows) console.log(`| ${name} | ${perSecond.toFixed(0)} | ${p95.toFixed(2)} | ${(base / perSecond).toFixed(1)}× |`);
}
