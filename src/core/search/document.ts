// What a module hands to the index, and the indexed form both databases store: folded title and
// body token streams (numbers' compound tokens appended to the stream they came from), the exact
// (diacritic) forms that differ from the folded ones, and filter tokens.
import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';
import { markupToText, withinMarkupLimits } from '../html/markup-limits.ts';
import { indexTokens } from './fold.ts';

export interface SearchDocument {
  contentId: number;
  /** content type: 'news', 'documents', ... */
  type: string;
  language: string;
  categoryId: number | null;
  /** publication time; the item shows in results only once it has passed */
  publishedAt: Date | string;
  /** original title (NFC, with diacritics) */
  title: string;
  /** plain text with diacritics: summary and body (see htmlToSearchText), and any typed fields */
  body: string;
  /** public address of the item, returned as is */
  url: string;
}

export interface IndexForm {
  /** fingerprint of the document and of this tokeniser's version: unchanged → nothing to write */
  hash: string;
  key: number;
  publishedAt: string;
  title: string;
  body: string;
  /** folded title words joined by spaces (the vocabulary for "did you mean") */
  foldedTitle: string;
  titleTokens: string[];
  bodyTokens: string[];
  /** distinct exact forms that differ from their folded form, of the title and of title and body */
  exactTitleTokens: string[];
  exactTokens: string[];
  /** filter tokens (SQLite): _t_<type>, _l_<language>, _c_<category id> (no query token starts with _) */
  metaTokens: string[];
}

const maxBodyLength = 1_000_000;
/** Bump when tokenisation or the stored form changes: a rebuild then rewrites every entry. */
export const indexVersion = 1;

export function documentHash(doc: SearchDocument): string {
  const publishedAt = new Date(doc.publishedAt).toISOString();
  return createHash('sha1')
    .update(JSON.stringify([indexVersion, doc.type, doc.language, doc.categoryId, publishedAt, doc.url, doc.title, doc.body]))
    .digest('base64url');
}

// ---- time-ordered keys ------------------------------------------------------------------------
// Both databases key the index by publication minute × 64 + (content id mod 64, or the next free
// slot): scanning keys downward is scanning by recency, and a date range or "already published" is
// a key range (search re-checks the exact time of items of the current minute). Keys are small
// (under 2^33) and close together, which keeps FTS5 doclists compact (rowid deltas are varints).
export const keySlots = 64;
const maxMinutes = Math.floor((2 ** 32 - 1) / 60);

function minutes(time: Date | string): number {
  const ms = (time instanceof Date ? time : new Date(time)).getTime();
  if (Number.isNaN(ms)) throw new Error(`Invalid time: ${String(time)}`);
  return Math.min(maxMinutes, Math.max(0, Math.floor(ms / 60_000)));
}

export function searchKey(publishedAt: Date | string, contentId: number): number {
  return minutes(publishedAt) * keySlots + (contentId % keySlots);
}

/** The smallest key of items published in the minute of `time` or later. */
export function keyFrom(time: Date | string): number {
  return minutes(time) * keySlots;
}

/** The largest key of items published in the minute of `time` or earlier. */
export function keyTo(time: Date | string): number {
  return minutes(time) * keySlots + keySlots - 1;
}

// ---- filter tokens ----------------------------------------------------------------------------
function metaValue(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 40) || '_';
}
export const metaType = (type: string) => `_t_${metaValue(type)}`;
export const metaLanguage = (language: string) => `_l_${metaValue(language)}`;
export const metaCategory = (id: number | null) => `_c_${id ?? 'none'}`;

// ---- indexed form -----------------------------------------------------------------------------
export function toIndexForm(doc: SearchDocument): IndexForm {
  const title = indexTokens(doc.title);
  const body = indexTokens(doc.body.length > maxBodyLength ? doc.body.slice(0, maxBodyLength) : doc.body);
  const exact = new Set([...title.exact, ...body.exact]);
  return {
    hash: documentHash(doc),
    key: searchKey(doc.publishedAt, doc.contentId),
    publishedAt: new Date(doc.publishedAt).toISOString(),
    title: title.text.replace(/\s+/g, ' ').trim(),
    body: body.text,
    foldedTitle: title.tokens.slice(0, title.wordCount).join(' '),
    titleTokens: title.tokens,
    bodyTokens: body.tokens,
    exactTitleTokens: [...title.exact],
    exactTokens: [...exact],
    metaTokens: [metaType(doc.type), metaLanguage(doc.language), metaCategory(doc.categoryId)],
  };
}

/**
 * PostgreSQL tsvector literals, without weights (a weight in a query makes GIN recheck every row):
 * `all` has the title tokens from position 1 and the body tokens after a gap (so no phrase spans
 * title and body, as with FTS5's separate columns) and the exact forms; `title` has the title's
 * tokens and exact forms alone (title-only queries and type-ahead stay on small vectors).
 * Folded and exact forms never coincide, so one vector holds both. PostgreSQL keeps positions up
 * to 16383 and 256 per lexeme.
 */
export function tsvectorLiterals(form: IndexForm): { all: string; title: string } {
  const vector = (streams: { tokens: string[]; from: number }[], exact: string[]) => {
    const lexemes = new Map<string, number[]>();
    const add = (token: string, position: number) => {
      let list = lexemes.get(token);
      if (!list) lexemes.set(token, (list = []));
      if (list.length < 256) list.push(Math.min(position, 16383));
    };
    for (const { tokens, from } of streams) tokens.forEach((t, i) => add(t, from + i));
    for (const t of exact) add(t, 1);
    let out = '';
    for (const [token, positions] of lexemes) out += `${quoteLexeme(token)}:${positions.join(',')} `;
    return out;
  };
  const title = { tokens: form.titleTokens, from: 1 };
  return {
    all: vector([title, { tokens: form.bodyTokens, from: form.titleTokens.length + 10 }], form.exactTokens),
    title: vector([title], form.exactTitleTokens),
  };
}

export function quoteLexeme(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * Plain text of a sanitised HTML body for indexing and snippets: block elements become line
 * breaks (node-html-parser's `.text` would glue "<p>a</p><p>b</p>" into "ab"), entities decoded,
 * no-break spaces made plain.
 */
export function htmlToSearchText(html: string): string {
  // Markup past the limits (a body stored before they existed) is not parsed: tags are dropped.
  return (withinMarkupLimits(html) ? parse(html).structuredText : markupToText(html))
    .replace(/[\u00a0\t ]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}
