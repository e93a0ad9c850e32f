// `npm test`: runs every *.test.ts under src/ and test/ with node:test through tsx, listing the
// files explicitly (node 20 does not expand globs, and with no file it runs 0 tests and exits 0),
// and fails when no test ran. Extra arguments are file filters: `npm test -- import`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const filters = process.argv.slice(2);
const files = ['src', 'test']
  .flatMap((dir) => fs.readdirSync(dir, { recursive: true }).map((f) => path.join(dir, String(f))))
  .filter((f) => f.endsWith('.test.ts') || f.endsWith('.test.tsx'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

if (files.length === 0) {
  console.error('run-tests: no test file matched');
  process.exit(1);
}

const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...files], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, NODE_ENV: 'test' },
});
let tail = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  tail = (tail + chunk.toString()).slice(-65536);
});
child.on('close', (code) => {
  const tests = /(?:ℹ|#) tests (\d+)/.exec(tail);
  const pass = /(?:ℹ|#) pass (\d+)/.exec(tail);
  if (!tests || Number(tests[1]) === 0 || !pass || Number(pass[1]) === 0) {
    console.error('run-tests: no test ran; failing on purpose');
    process.exit(1);
  }
  process.exit(code ?? 1);
});
