// The sanitizer's worker thread (see sanitize.ts). Plain JavaScript, and it registers tsx itself:
// on Node 20 a worker does not get the parent's TypeScript loader, neither from an inherited
// `--import tsx` (execArgv) nor from bin/congtin.js's register(); a `.ts` worker URL fails with
// "Unknown file extension".
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { sanitizeBodyInThisThread } = await import('./sanitize.ts');
const { MarkupTooComplexError } = await import('./markup-limits.ts');

parentPort.on('message', (html) => {
  try {
    parentPort.postMessage({ ok: true, html: sanitizeBodyInThisThread(html) });
  } catch (error) {
    parentPort.postMessage({
      ok: false,
      problem: error instanceof MarkupTooComplexError ? error.problem : undefined,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
parentPort.postMessage('ready');
