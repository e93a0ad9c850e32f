// What a public form sends, read the same way whether it came url-encoded (kinds without
// attachments, old pages, scripts) or as multipart/form-data (a form with a file input), and the
// scope in which a module registers its form routes so that multipart bodies are read there only.
//
// Multipart is read as a stream, with limits on the file size, the number of files, of fields and
// the size of a field (busboy's). The checks that need no file (form token, honeypot, limits per
// address, check question) run when the first file part arrives, before a byte of it is kept: a
// robot's request never makes the server hold a file. A refused upload stops being parsed at once
// (the file stream is destroyed, which unpipes the request). What happens to the rest of its body
// depends on the length the client declared:
// - a body not much larger than the largest upload a form takes (a photo a few MB over the limit)
//   is read on and thrown away, so that the browser, still sending, receives the form with its
//   message instead of a reset connection (a server that closes while the client sends makes the
//   client's kernel see a reset; nginx calls the remedy "lingering close");
// - anything larger (or of unknown length) is not read any further, and the response closes the
//   connection.
import formbody from '@fastify/formbody';
import multipart, { type Multipart } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import type { AppContext } from '../context.ts';
import { stripControls } from '../text/controls.ts';
import type { SubmissionKind } from './declaration.ts';
import { startSubmissionFilesSweeper } from './files.ts';

/** The name of the file input of the public forms. */
export const attachmentInput = 'attachment';

/** A field is at most this many bytes (the longest text of a kind is 5,000 characters, ≤ 20 KB in UTF-8). */
export const maxFieldBytes = 64 * 1024;

export interface SentFile {
  /** the file name the browser gave (not yet cleaned) */
  name: string;
  data: Buffer;
}

export type BodyFailure = { code: 'tooLarge'; name: string } | { code: 'tooManyFiles' | 'tooManyFields' | 'fieldTooLong' | 'malformed' };

export interface SentBody {
  /** text fields, the first value of each name, without control characters */
  fields: Map<string, string>;
  files: SentFile[];
  /** why the transport itself was refused (too large, too many files, malformed); nothing more was read */
  failure?: BodyFailure;
  /** the caller's check before the first file refused the form; nothing more was read */
  stopped?: boolean;
}

/** Busboy's limits for a kind's form. */
export function formLimits(kind: SubmissionKind) {
  const files = kind.attachments?.max ?? 0;
  // the kind's fields, _t, name, e-mail, phone, honeypot, check question and a module's hidden ones
  const fields = kind.fields.length + 12;
  return {
    fileSize: Math.max(1, Math.floor((kind.attachments?.maxMb ?? 0) * 1024 * 1024)),
    files,
    fields,
    fieldSize: maxFieldBytes,
    fieldNameSize: 100,
    // the specific limits above are reached first
    parts: fields + files + 2,
    headerPairs: 20,
  };
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** The whole file, or undefined as soon as it goes over the size limit (the stream is then destroyed). */
function readFile(file: Readable & { truncated?: boolean }): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const finish = (value: Buffer | undefined) => {
      file.removeAllListeners('data');
      resolve(value);
    };
    file.on('data', (chunk: Buffer) => chunks.push(chunk));
    file.once('limit', () => {
      // stop here: destroying the part makes @fastify/multipart unpipe the request
      file.destroy();
      finish(undefined);
    });
    file.once('end', () => finish(file.truncated ? undefined : Buffer.concat(chunks)));
    file.once('error', reject);
  });
}

/** Stops parsing a refused request; the scope's onSend hook decides whether the rest is drained or cut. */
function stopReading(request: FastifyRequest): void {
  if (request.raw.complete) return;
  request.raw.unpipe();
  request.raw.pause();
}

/** The largest declared body drained after a refusal: twice the largest upload a form takes, plus 1 MB. */
export function lingerLimit(kinds: SubmissionKind[]): number {
  const largest = Math.max(0, ...kinds.map((k) => (k.attachments ? k.attachments.max * k.attachments.maxMb * 1024 * 1024 : 0)));
  return 2 * largest + 1024 * 1024;
}

const isMultipart = (request: FastifyRequest) => typeof request.isMultipart === 'function' && request.isMultipart();

/**
 * Reads a sent form. `beforeFile` runs once, with the fields read so far, when the first file part
 * arrives; when it answers false the file is not read and the body is left unread.
 */
export async function readSentBody(request: FastifyRequest, kind: SubmissionKind, beforeFile?: (fields: Map<string, string>) => Promise<boolean>): Promise<SentBody> {
  const fields = new Map<string, string>();
  const files: SentFile[] = [];
  if (!isMultipart(request)) {
    const body = request.body && typeof request.body === 'object' ? (request.body as Record<string, unknown>) : {};
    for (const [name, value] of Object.entries(body)) if (typeof value === 'string') fields.set(name, value);
    return { fields, files };
  }
  const fail = (failure: BodyFailure): SentBody => {
    stopReading(request);
    return { fields, files, failure };
  };
  let checked = false;
  const parts: AsyncIterableIterator<Multipart> = request.parts({ limits: formLimits(kind) });
  try {
    for await (const part of parts) {
      if (part.type === 'field') {
        if (part.valueTruncated || part.fieldnameTruncated) return fail({ code: 'fieldTooLong' });
        if (typeof part.value === 'string' && !fields.has(part.fieldname)) fields.set(part.fieldname, stripControls(part.value));
        continue;
      }
      if (!checked && beforeFile) {
        checked = true;
        if (!(await beforeFile(fields))) {
          part.file.destroy();
          stopReading(request);
          return { fields, files, stopped: true };
        }
      }
      const data = await readFile(part.file);
      if (data === undefined) return fail({ code: 'tooLarge', name: part.filename ?? '' });
      // a file input left empty still sends a part with no name and no bytes
      if (!part.filename && data.length === 0) continue;
      files.push({ name: part.filename || 'tep', data });
    }
  } catch (error) {
    const code = errorCode(error);
    if (code === 'FST_REQ_FILE_TOO_LARGE') return fail({ code: 'tooLarge', name: '' });
    if (code === 'FST_FILES_LIMIT') return fail({ code: 'tooManyFiles' });
    if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') return fail({ code: 'tooManyFields' });
    return fail({ code: 'malformed' });
  }
  return { fields, files };
}

/**
 * Registers a module's public form routes (the POSTs of its forms) in a scope of their own where
 * multipart bodies are read: `routes` adds them to `scope`. Url-encoded bodies are read there too.
 * Await it (or return it from registerRoutes) before the app is ready.
 */
export function submissionFormRoutes(app: FastifyInstance, ctx: AppContext, routes: (scope: FastifyInstance) => void): PromiseLike<unknown> {
  startSubmissionFilesSweeper(app, ctx.db.kysely, ctx.config.dataDir);
  const drainable = lingerLimit(ctx.modules.flatMap((m) => m.submissionKinds ?? []));
  return app.register(async (scope) => {
    // The plugin's own limits are the strictest; each form passes its kind's (formLimits).
    await scope.register(multipart, { limits: { fileSize: 1, files: 0, fields: 20, fieldSize: maxFieldBytes, fieldNameSize: 100, parts: 22, headerPairs: 20 } });
    // the back office registers the url-encoded parser for the whole app, possibly after this scope was made
    if (!scope.hasContentTypeParser('application/x-www-form-urlencoded')) await scope.register(formbody, { bodyLimit: 1024 * 1024 });
    // A refused request whose body was not read to the end: drained when it is small enough for
    // the browser to get the answer, else not read further and its connection closed.
    scope.addHook('onSend', async (request, reply) => {
      if (!isMultipart(request) || request.raw.complete) return;
      const declared = Number(request.headers['content-length']);
      if (Number.isSafeInteger(declared) && declared <= drainable) {
        request.raw.unpipe();
        request.raw.resume();
      } else {
        request.raw.unpipe();
        request.raw.pause();
        reply.header('Connection', 'close');
      }
    });
    routes(scope);
  });
}
