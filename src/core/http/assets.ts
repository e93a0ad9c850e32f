// Static files of public/ with a content hash in their URL (?v=…), so they can be cached for a
// year and still change the moment a file changes.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const publicDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../public');

const hashes = new Map<string, string>();

/** "/static/css/site.css?v=1a2b3c4d" for "css/site.css"; hashes each file once per process. */
export function assetUrl(file: string): string {
  let hash = hashes.get(file);
  if (!hash) {
    hash = createHash('sha256').update(fs.readFileSync(path.join(publicDir, file))).digest('hex').slice(0, 10);
    hashes.set(file, hash);
  }
  return `/static/${file}?v=${hash}`;
}
