// Limits on connections and on how long a client may take to send a request, so slow or idle
// clients cannot hold the process's sockets and file descriptors (slowloris: 20,000 connections
// sending headers a byte at a time; a body dripped one byte every 10 s). Node's own timers do most
// of it (headers, keep-alive, idle sockets, the whole request); a per-request deadline gives
// ordinary bodies a short limit and uploads to the media library a longer one.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Socket } from 'node:net';
import { errors } from '../errors.ts';

export interface ServerLimits {
  /** time to receive a request's headers (node `headersTimeout`; also closes connections that send nothing) */
  headersTimeoutMs: number;
  /** time to receive a whole ordinary request, headers and body */
  bodyTimeoutMs: number;
  /** time to receive a whole upload (a multipart POST: the media library, attachments to public forms) */
  uploadTimeoutMs: number;
  /** a socket with no traffic either way for this long is closed (Fastify `connectionTimeout`) */
  idleTimeoutMs: number;
  /** an idle keep-alive connection is closed after this long (Fastify `keepAliveTimeout`) */
  keepAliveTimeoutMs: number;
  /** connections served at once; more are refused (node `server.maxConnections`) */
  maxConnections: number;
}

/**
 * 10 s for headers (a browser sends them in one packet; nginx buffers them before it connects);
 * 30 s for an ordinary body (forms and JSON are a few KB); 10 min for an upload (20 MB at 300
 * kbit/s); 2 min idle (longer than any ordinary response takes to start); keep-alive 10 s; 1,000
 * connections (below the usual 1,024 open-file limit is not the point: behind nginx the portal
 * sees a few dozen pooled connections, so 1,000 only bites when it is exposed directly).
 */
export const defaultServerLimits: ServerLimits = {
  headersTimeoutMs: 10_000,
  bodyTimeoutMs: 30_000,
  uploadTimeoutMs: 600_000,
  idleTimeoutMs: 120_000,
  keepAliveTimeoutMs: 10_000,
  maxConnections: 1000,
};

export function serverLimits(overrides: Partial<ServerLimits> = {}): ServerLimits {
  const limits = { ...defaultServerLimits, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`server limit ${name} must be a positive whole number, got ${value}`);
  }
  return limits;
}

/**
 * Multipart bodies (uploads to the media library, and attachments to the public forms) get the
 * upload limit; everything else the ordinary one. A multipart body sent where no route reads one
 * is refused (415) before it is read, so the longer limit does not keep such connections open.
 */
export function isUploadRequest(request: FastifyRequest): boolean {
  return request.method === 'POST' && /^multipart\//i.test(request.headers['content-type'] ?? '');
}

/** The options Fastify passes on to node's HTTP server. */
export function fastifyServerOptions(limits: ServerLimits) {
  const longest = Math.max(limits.bodyTimeoutMs, limits.uploadTimeoutMs);
  return {
    connectionTimeout: limits.idleTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // node's own whole-request limit is the backstop for anything the per-request deadline misses
    requestTimeout: longest,
    http: {
      headersTimeout: Math.min(limits.headersTimeoutMs, longest),
      // node checks headers and request deadlines on this interval (default 30 s, far too coarse)
      connectionsCheckingInterval: Math.max(100, Math.min(2000, Math.floor(limits.headersTimeoutMs / 4))),
    },
  };
}

const timeoutBody = `${errors.REQUEST_TIMEOUT.vi}\n${errors.REQUEST_TIMEOUT.en}\n`;
const timeoutResponse =
  'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n' +
  `Content-Length: ${Buffer.byteLength(timeoutBody)}\r\n\r\n${timeoutBody}`;

/** Answers 408 (when no response has started) and closes the connection, as node does for its own timeouts. */
function cutOff(socket: Socket, responseStarted: boolean): void {
  if (socket.destroyed) return;
  if (!responseStarted && socket.writable) socket.write(timeoutResponse);
  socket.destroy();
}

/** Connection cap and per-request deadlines; call on the app before it listens. */
export function registerServerLimits(app: FastifyInstance, limits: ServerLimits): void {
  app.server.maxConnections = limits.maxConnections;
  app.addHook('onRequest', (request, reply, done) => {
    const socket = request.raw.socket;
    // requests injected in-process (tests) have no real connection to limit
    if (!(socket instanceof Socket)) return done();
    const upload = isUploadRequest(request);
    // an upload may wait for image processing longer than the ordinary idle limit
    if (upload) socket.setTimeout(limits.uploadTimeoutMs);
    const timer = setTimeout(() => {
      if (!request.raw.complete) cutOff(socket, reply.raw.headersSent);
    }, upload ? limits.uploadTimeoutMs : limits.bodyTimeoutMs);
    timer.unref();
    const clear = () => clearTimeout(timer);
    request.raw.once('end', clear);
    request.raw.once('close', clear);
    if (upload) reply.raw.once('finish', () => socket.setTimeout(limits.idleTimeoutMs));
    done();
  });
}
