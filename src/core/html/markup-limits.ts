// Bounds on the shape of HTML before any parser sees it. sanitize-html (htmlparser2) and
// node-html-parser do super-linear work on deeply nested markup: 600,000 unclosed <b> (1.8 MB)
// took 158 s of synchronous work. This scanner walks the string once, in linear time, and refuses
// markup nested deeper than `maxDepth`, with more than `maxElements` elements, or with a tag of
// more than `maxAttributes` attributes.
//
// The depth is an estimate meant to be at least what the parsers build:
// - close tags pop to the matching open tag, as browsers and htmlparser2 do (the search is bounded
//   by the depth limit, so the walk stays linear);
// - an opening tag implicitly closes the element on top of the stack only where htmlparser2 AND
//   node-html-parser both do (a <p> closes an open <p>, an <li> an open <li>, a cell a cell, ...);
// - only the void elements all three (browsers, htmlparser2, node-html-parser) agree on do not
//   nest; `<b/>` opens a <b>, as in browsers;
// - comments are skipped to their first "-->" (an unterminated one is read as text), and so are the
//   raw-text elements (script, style, textarea, title, ...) to their close tag;
// - the element count counts every "<" followed by a letter, wherever it is (comments, attribute
//   values, raw text included): no parser can see more elements than that.
// Parsers disagree on odd markup, so the estimate is a first line only: sanitizing runs in a worker
// with a time limit, and its output (canonical, well-formed markup, where this count is exact) is
// checked again before it is stored (see sanitize.ts).

export interface MarkupLimits {
  maxDepth: number;
  maxElements: number;
  maxAttributes: number;
}

/**
 * A long article has a few hundred elements and a depth under 15; a large table pasted from Word
 * a few thousand elements. Browsers themselves stop nesting at 512.
 */
export const defaultMarkupLimits: Readonly<MarkupLimits> = Object.freeze({ maxDepth: 100, maxElements: 20_000, maxAttributes: 100 });

export type MarkupProblem = 'depth' | 'elements' | 'attributes';

export interface MarkupScan {
  ok: boolean;
  problem?: MarkupProblem;
  /** elements seen (the scan stops at the first limit passed) */
  elements: number;
  /** deepest nesting seen */
  depth: number;
}

/** Markup refused before parsing (too deep, too many elements or attributes), or sanitizing that ran out of time. */
export class MarkupTooComplexError extends Error {
  constructor(
    readonly problem: MarkupProblem | 'timeout',
    detail: string,
  ) {
    super(detail);
    this.name = 'MarkupTooComplexError';
  }
}

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content htmlparser2 (and browsers) read as text up to their close tag. */
const rawTextElements = new Set(['script', 'style', 'textarea', 'title', 'xmp']);
/** opening tag → open elements it closes when they are on top (what htmlparser2 and node-html-parser share) */
const impliedCloses = new Map<string, Set<string>>([
  ['li', new Set(['li'])],
  ['p', new Set(['p'])],
  ['div', new Set(['p'])],
  ['td', new Set(['td', 'th'])],
  ['th', new Set(['th'])],
  ['tr', new Set(['tr', 'td', 'th'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
]);

const GT = 62; // >
const SLASH = 47;
const EQ = 61;
const DQ = 34;
const SQ = 39;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

/** Walks `html` once; stops at the first limit passed. */
export function scanMarkup(html: string, limits: MarkupLimits = defaultMarkupLimits): MarkupScan {
  const n = html.length;
  const stack: string[] = [];
  let depth = 0;
  let elements = 0;
  // Elements: every "<" followed by a letter, counted ahead of the walk so that skipped regions count too.
  for (let i = html.indexOf('<'); i !== -1 && i + 1 < n; i = html.indexOf('<', i + 1)) {
    if (isLetter(html.charCodeAt(i + 1)) && ++elements > limits.maxElements) return { ok: false, problem: 'elements', elements, depth };
  }
  // Where the next "-->" is: looked up again only once the walk has passed it (keeps the walk linear).
  let nextCommentEnd = -2;
  const commentEnd = (from: number): number => {
    if (nextCommentEnd !== -1 && nextCommentEnd < from) nextCommentEnd = html.indexOf('-->', from);
    return nextCommentEnd;
  };

  let i = html.indexOf('<');
  while (i !== -1 && i < n) {
    const c1 = html.charCodeAt(i + 1);
    if (c1 === 33 /* ! */ && html.startsWith('<!--', i)) {
      const end = commentEnd(i + 4);
      i = end === -1 ? html.indexOf('<', i + 1) : html.indexOf('<', end + 3);
      continue;
    }
    const closing = c1 === SLASH;
    const nameStart = closing ? i + 2 : i + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    let j = nameStart + 1;
    while (j < n) {
      const c = html.charCodeAt(j);
      if (isSpace(c) || c === SLASH || c === GT) break;
      j++;
    }
    const name = html.slice(nameStart, j).toLowerCase();
    // Attributes, as the HTML tokenizer reads them: a quoted value may hold ">".
    let attributes = 0;
    while (j < n) {
      let c = html.charCodeAt(j);
      if (c === GT) break;
      if (isSpace(c)) {
        j++;
        continue;
      }
      if (c === SLASH) {
        j++;
        continue;
      }
      // attribute name (a leading "=" belongs to it)
      attributes++;
      j++;
      while (j < n) {
        c = html.charCodeAt(j);
        if (isSpace(c) || c === SLASH || c === GT || c === EQ) break;
        j++;
      }
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      if (html.charCodeAt(j) !== EQ) continue;
      j++;
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      c = html.charCodeAt(j);
      if (c === DQ || c === SQ) {
        const close = html.indexOf(c === DQ ? '"' : "'", j + 1);
        j = close === -1 ? n : close + 1;
      } else {
        while (j < n) {
          c = html.charCodeAt(j);
          if (isSpace(c) || c === GT) break;
          j++;
        }
      }
    }
    if (attributes > limits.maxAttributes) return { ok: false, problem: 'attributes', elements, depth };
    const tagEnd = j; // at ">" or the end of the input
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at !== -1) stack.length = at;
    } else if (!voidElements.has(name)) {
      // "<b/>" still opens a <b>, as in browsers
      const closes = impliedCloses.get(name);
      if (closes) while (stack.length > 0 && closes.has(stack[stack.length - 1]!)) stack.pop();
      stack.push(name);
      if (stack.length > depth) depth = stack.length;
      if (depth > limits.maxDepth) return { ok: false, problem: 'depth', elements, depth };
      if (rawTextElements.has(name)) {
        // Text up to "</name": nothing in between is markup (browsers, htmlparser2).
        const lower = `</${name}`;
        let k = tagEnd;
        let found = -1;
        while ((k = html.indexOf('</', k)) !== -1) {
          if (html.slice(k, k + lower.length).toLowerCase() === lower) {
            found = k;
            break;
          }
          k += 2;
        }
        if (found === -1) break;
        i = found;
        continue;
      }
    }
    i = html.indexOf('<', tagEnd);
  }
  return { ok: true, elements, depth };
}

const problemText: Record<MarkupProblem, (l: MarkupLimits) => string> = {
  depth: (l) => `the markup is nested more than ${l.maxDepth} levels deep`,
  elements: (l) => `the markup has more than ${l.maxElements} elements`,
  attributes: (l) => `a tag has more than ${l.maxAttributes} attributes`,
};

/** Throws MarkupTooComplexError when `html` passes a limit. */
export function assertMarkupWithinLimits(html: string, limits: MarkupLimits = defaultMarkupLimits): void {
  const scan = scanMarkup(html, limits);
  if (!scan.ok) throw new MarkupTooComplexError(scan.problem!, problemText[scan.problem!](limits));
}

export function withinMarkupLimits(html: string, limits: MarkupLimits = defaultMarkupLimits): boolean {
  return scanMarkup(html, limits).ok;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const blockTag = /^<\/?(?:p|div|h[1-6]|li|ul|ol|blockquote|figure|figcaption|table|tr|td|th|caption|br|hr)\b/i;

/**
 * Plain text of markup without parsing it (linear): tags dropped (block tags become line breaks),
 * common entities decoded. The fallback for text of bodies over the limits.
 */
export function markupToText(html: string): string {
  return html
    .replace(/<[^>]*>?/g, (tag) => (blockTag.test(tag) ? '\n' : ''))
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return entities[ref.toLowerCase()] ?? whole;
    });
}
