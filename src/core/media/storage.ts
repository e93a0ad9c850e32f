// Where media files live. The interface is what an S3-compatible store will also implement; the
// embedded default keeps files on local disk under <dataDir>/media/. Keys are made here, on the
// server (random, lower-case, one fixed shape), never taken from a request: a key that does not
// match the shape is refused before any path is built, so no name can reach outside the folder.
import { randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

export interface MediaStorage {
  /** Stores the bytes under a new key; durable when it resolves. */
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The stored bytes as a stream, or undefined when there is no such file. */
  get(key: string): Promise<Readable | undefined>;
  /** Removes the file; a missing file is not an error. */
  delete(key: string): Promise<void>;
}

/** "k3x…q" (24 base-32 characters), optional "-960" width, then the extension. */
const keyPattern = /^[a-z2-7]{24}(?:-\d{1,5})?\.(?:webp|avif|jpg|png|pdf|doc|docx|xls|xlsx|odt|ods)$/;

export function isMediaKey(key: string): boolean {
  return keyPattern.test(key);
}

const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';

/** A fresh random stem for one upload's files (120 bits). */
export function newMediaStem(): string {
  const bytes = randomBytes(24);
  let stem = '';
  for (const b of bytes) stem += alphabet[b & 31];
  return stem;
}

export function mediaKey(stem: string, ext: string, width?: number): string {
  const key = `${stem}${width === undefined ? '' : `-${width}`}.${ext}`;
  if (!isMediaKey(key)) throw new Error(`not a media key: ${key}`);
  return key;
}

export class LocalMediaStorage implements MediaStorage {
  readonly root: string;
  private readonly tmp: string;

  constructor(root: string) {
    this.root = path.resolve(root);
    this.tmp = path.join(this.root, '.tmp');
  }

  /** Two-character folders keep any one folder small. */
  pathOf(key: string): string {
    if (!isMediaKey(key)) throw new Error('invalid media key');
    return path.join(this.root, key.slice(0, 2), key);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await fsp.mkdir(this.tmp, { recursive: true, mode: 0o750 });
    await fsp.mkdir(path.dirname(target), { recursive: true, mode: 0o750 });
    const temp = path.join(this.tmp, `${newMediaStem()}.part`);
    // Written under a temporary name, flushed, then renamed: a crash leaves either nothing or the whole file.
    const handle = await fsp.open(temp, 'wx', 0o640);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await fsp.link(temp, target); // fails if the key exists: a file is never replaced
    } finally {
      await fsp.rm(temp, { force: true });
    }
    await syncDir(path.dirname(target));
  }

  async get(key: string): Promise<Readable | undefined> {
    if (!isMediaKey(key)) return undefined;
    const file = this.pathOf(key);
    try {
      const handle = await fsp.open(file, 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await fsp.rm(this.pathOf(key), { force: true });
  }
}

async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await fsp.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems cannot fsync a directory; the file itself is already flushed.
  }
}

export function mediaStorageFor(config: { dataDir: string }): MediaStorage {
  return new LocalMediaStorage(path.join(config.dataDir, 'media'));
}
