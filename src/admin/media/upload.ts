// Reading a multipart upload as a stream, one file at a time (at most one file is in memory).
//
// CSRF: the global check (core/http/auth.ts, a preHandler) reads `x-csrf-token` or
// `request.body._csrf`, but a streamed multipart body is not parsed before handlers run. So the
// upload route's preValidation hook reads just the *first* part: when it is the `_csrf` field
// (the form puts it before the file input), it becomes `request.body = { _csrf }` and the usual
// check applies, unchanged; any other first part is kept for the handler. Only that small field
// is read before the session and the token are checked; file bytes are read afterwards.
import type { Multipart, MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { MediaError } from '../../core/media/errors.ts';

export interface UploadLimits {
  maxBytes: number;
  maxFiles: number;
}

interface PartReader {
  iterator: AsyncIterator<Multipart>;
  pending: Multipart[];
  /** a failure met while reading the first part, reported by the handler */
  failure?: unknown;
}

const readers = new WeakMap<FastifyRequest, PartReader>();

export function multipartLimits(limits: UploadLimits) {
  return { fileSize: limits.maxBytes, files: limits.maxFiles, fields: 10, fieldSize: 4096, fieldNameSize: 100, parts: limits.maxFiles + 10, headerPairs: 20 };
}

function readerOf(request: FastifyRequest): PartReader {
  let reader = readers.get(request);
  if (!reader) {
    reader = { iterator: request.parts()[Symbol.asyncIterator](), pending: [] };
    readers.set(request, reader);
  }
  return reader;
}

/** preValidation of the upload route: exposes a leading `_csrf` field to the global CSRF check. */
export async function exposeLeadingCsrfField(request: FastifyRequest): Promise<void> {
  if (!request.isMultipart()) return;
  const reader = readerOf(request);
  let first: IteratorResult<Multipart>;
  try {
    first = await reader.iterator.next();
  } catch (error) {
    reader.failure = error; // reported by the handler, after authentication
    return;
  }
  if (first.done) return;
  const part = first.value;
  if (part.type === 'field' && part.fieldname === '_csrf' && typeof part.value === 'string') {
    request.body = { _csrf: part.value };
  } else {
    reader.pending.push(part);
  }
}

export interface UploadedFile {
  name: string;
  data: Buffer;
}

function errorCode(error: unknown): string {
  return (error as { code?: unknown })?.code === undefined ? '' : String((error as { code: unknown }).code);
}

/**
 * Calls `handle` for each uploaded file in order; refusals of the transport itself (too large,
 * too many files, malformed body) are returned as MediaErrors, like the handler's own.
 */
export async function eachUploadedFile(request: FastifyRequest, limits: UploadLimits, handle: (file: UploadedFile) => Promise<void>): Promise<{ files: number; failures: MediaError[] }> {
  const failures: MediaError[] = [];
  let files = 0;
  if (!request.isMultipart()) return { files, failures };
  const reader = readerOf(request);
  const maxMb = Math.round((limits.maxBytes / 1024 / 1024) * 10) / 10;
  let reportedTooLarge = false;
  for (;;) {
    let part: Multipart | undefined = reader.pending.shift();
    if (!part) {
      try {
        if (reader.failure !== undefined) throw reader.failure;
        const next = await reader.iterator.next();
        if (next.done) break;
        part = next.value;
      } catch (error) {
        const code = errorCode(error);
        if (code === 'FST_REQ_FILE_TOO_LARGE' && reportedTooLarge) break;
        if (code === 'FST_REQ_FILE_TOO_LARGE') failures.push(new MediaError('TOO_LARGE', { maxMb }));
        else if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') failures.push(new MediaError('TOO_MANY_FILES', { maxFiles: limits.maxFiles }));
        else failures.push(new MediaError('BAD_UPLOAD'));
        break;
      }
    }
    if (part.type !== 'file') continue;
    const file: MultipartFile = part;
    const name = file.filename ?? '';
    let data: Buffer;
    try {
      data = await file.toBuffer();
    } catch (error) {
      if (errorCode(error) !== 'FST_REQ_FILE_TOO_LARGE') {
        failures.push(new MediaError('BAD_UPLOAD'));
        break;
      }
      reportedTooLarge = true;
      failures.push(new MediaError('TOO_LARGE', { name, maxMb }));
      continue;
    }
    // A file input left empty still sends a part with no name and no bytes.
    if (name === '' && data.length === 0) continue;
    files++;
    try {
      await handle({ name: name || 'tep', data });
    } catch (error) {
      if (!(error instanceof MediaError)) throw error;
      failures.push(error);
    }
  }
  return { files, failures };
}
