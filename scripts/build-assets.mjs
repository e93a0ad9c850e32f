// Bundles the back office's browser islands (today: the article editor) with esbuild:
// src/admin/editor/editor.ts → public/build/editor.js (+ .map). Offline, about 0.1 s.
// Run before start and before the tests; exits non-zero when the build fails.
//   node scripts/build-assets.mjs
// With NODE_ENV=production no source map is written (and an old one is removed): a map is the
// whole original source, for the developer's machine only. The server never serves *.map anyway
// (src/core/http/headers.ts).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'public/build');

const bundles = [{ entry: 'src/admin/editor/editor.ts', out: 'editor.js' }];
const production = process.env.NODE_ENV === 'production';

const started = performance.now();
try {
  fs.mkdirSync(outdir, { recursive: true });
  for (const { entry, out } of bundles) {
    const outfile = path.join(outdir, out);
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile,
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      platform: 'browser',
      sourcemap: production ? false : 'linked',
      legalComments: 'eof',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    for (const warning of result.warnings) {
      console.warn(esbuild.formatMessagesSync([warning], { kind: 'warning' }).join(''));
    }
    if (production) fs.rmSync(`${outfile}.map`, { force: true });
    const code = fs.readFileSync(outfile);
    const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
    console.log(`build-assets: ${path.relative(root, outfile)} ${kib(code.length)} (${kib(gzipSync(code).length)} gzip)`);
  }
  console.log(`build-assets: done in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  const messages = error && Array.isArray(error.errors) && error.errors.length > 0
    ? esbuild.formatMessagesSync(error.errors, { kind: 'error' }).join('')
    : String(error && error.stack ? error.stack : error);
  console.error(`build-assets: build failed\n${messages}`);
  process.exit(1);
}
