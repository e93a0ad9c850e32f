// The allowlist every stored body passes through: article markup only, no scripts, no event
// handlers, no javascript:/data: links, no inline styles.
//
// Sanitizing is heavy HTML work on untrusted input: it runs in a worker thread with a time limit
// (sanitizeBody), after a linear check of the markup's shape (markup-limits.ts), so that no body
// can hold the request thread (600,000 nested <b> took 158 s on it). The worker checks its own
// output again: every stored body is within the limits, exactly.
import { Worker } from 'node:worker_threads';
import sanitizeHtml from 'sanitize-html';
import { assertMarkupWithinLimits, MarkupTooComplexError } from './markup-limits.ts';

/** Links: http(s), mail, phone, a path on this site, or an anchor. */
const safeLink = /^(https?:\/\/[^\s/]|mailto:|tel:|\/(?![/\\])|#)/i;
const safeImage = /^(https?:\/\/[^\s/]|\/(?![/\\]))/i;

const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'blockquote',
    'ul', 'ol', 'li', 'a', 'figure', 'figcaption', 'img', 'table', 'thead', 'tbody', 'tfoot', 'tr',
    'th', 'td', 'caption', 'hr',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'width', 'height', 'loading'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  transformTags: {
    h1: 'h2',
    a: (tagName, attribs) => {
      const { href, ...rest } = attribs;
      if (!href || !safeLink.test(href.trim())) return { tagName, attribs: rest };
      const external = /^https?:\/\//i.test(href.trim());
      return { tagName, attribs: external ? { href: href.trim(), ...rest, rel: 'noopener noreferrer' } : { href: href.trim(), ...rest } };
    },
    // Images only from this site's paths or http(s): no relative tricks, no odd schemes.
    img: (tagName, attribs) => {
      const { src, ...rest } = attribs;
      return { tagName, attribs: src && safeImage.test(src.trim()) ? { src: src.trim(), ...rest } : rest };
    },
  },
  exclusiveFilter: (frame) => frame.tag === 'p' && !frame.text.replace(/[\s\u00a0]/g, '') && !frame.mediaChildren.length,
};
options.allowedAttributes = { ...options.allowedAttributes, a: ['href', 'title', 'rel'] };

/** The sanitiser itself, on the calling thread: for the worker (sanitize-worker.mjs) only. */
export function sanitizeBodyInThisThread(html: string): string {
  assertMarkupWithinLimits(html);
  const out = sanitizeHtml(html, options).trim();
  assertMarkupWithinLimits(out);
  return out;
}

export interface SanitizerSettings {
  /** longest a body may take in the worker before it is stopped and the body refused */
  timeoutMs: number;
  /** the worker's script (tests replace it with one that never answers) */
  workerUrl: URL;
}

const defaults: SanitizerSettings = { timeoutMs: 5000, workerUrl: new URL('./sanitize-worker.mjs', import.meta.url) };

interface Job {
  html: string;
  resolve: (html: string) => void;
  reject: (error: Error) => void;
}

type Reply = { ok: true; html: string } | { ok: false; problem?: MarkupTooComplexError['problem']; message: string };

/** One worker, a queue: a worker busy past the time limit is terminated and replaced. */
class SanitizerThread {
  private worker: Worker | undefined;
  private ready = false;
  private current: { job: Job; timer: NodeJS.Timeout } | undefined;
  private readonly queue: Job[] = [];

  constructor(readonly settings: SanitizerSettings) {}

  run(html: string): Promise<string> {
    return new Promise((resolve, reject) => {
      this.queue.push({ html, resolve, reject });
      this.next();
    });
  }

  get state(): { running: number; queued: number } {
    return { running: this.current ? 1 : 0, queued: this.queue.length };
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = false;
    const error = new Error('the sanitizer was closed');
    if (this.current) {
      clearTimeout(this.current.timer);
      this.current.job.reject(error);
      this.current = undefined;
    }
    this.queue.splice(0).forEach((job) => job.reject(error));
    await worker?.terminate();
  }

  private start(): Worker {
    const worker = new Worker(this.settings.workerUrl);
    this.worker = worker;
    this.ready = false;
    worker.on('message', (message: 'ready' | Reply) => {
      if (worker !== this.worker) return;
      if (message === 'ready') {
        this.ready = true;
        this.next();
        return;
      }
      const current = this.current;
      if (!current) return;
      clearTimeout(current.timer);
      this.current = undefined;
      if (message.ok) current.job.resolve(message.html);
      else current.job.reject(message.problem ? new MarkupTooComplexError(message.problem, message.message) : new Error(message.message));
      this.next();
    });
    const fail = (error: Error) => {
      if (worker !== this.worker) return;
      this.worker = undefined;
      this.ready = false;
      const current = this.current;
      this.current = undefined;
      if (current) clearTimeout(current.timer);
      // A worker that cannot start would fail every job: say why, to each of them.
      (current ? [current.job] : []).concat(this.queue.splice(0)).forEach((job) => job.reject(error));
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the sanitizer worker stopped (exit code ${code})`)));
    return worker;
  }

  private next(): void {
    if (this.current) return;
    if (this.queue.length === 0) {
      // An idle worker does not keep the process alive; one with work does.
      this.worker?.unref();
      return;
    }
    const worker = this.worker ?? this.start();
    worker.ref();
    if (!this.ready) return;
    const job = this.queue.shift()!;
    const timer = setTimeout(() => {
      if (this.current?.job !== job) return;
      this.current = undefined;
      this.worker = undefined;
      this.ready = false;
      void worker.terminate();
      job.reject(new MarkupTooComplexError('timeout', `sanitizing took more than ${this.settings.timeoutMs} ms`));
      this.next();
    }, this.settings.timeoutMs);
    this.current = { job, timer };
    worker.postMessage(job.html);
  }
}

let thread = new SanitizerThread(defaults);

/**
 * The body as it may be stored. Refuses (MarkupTooComplexError) markup past the limits, before any
 * parser runs, and markup the worker could not clean within the time limit.
 */
export async function sanitizeBody(html: string): Promise<string> {
  assertMarkupWithinLimits(html);
  return thread.run(html);
}

/** Replaces the sanitizer's settings (tests); the running worker is stopped. */
export async function configureSanitizer(settings: Partial<SanitizerSettings> = {}): Promise<void> {
  const old = thread;
  thread = new SanitizerThread({ ...defaults, ...settings });
  await old.close();
}

/** Bodies being sanitized and waiting (for monitoring, and for tests that need to know). */
export function sanitizerState(): { running: number; queued: number } {
  return thread.state;
}
