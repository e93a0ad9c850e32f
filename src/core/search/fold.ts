// Tokenisation for search, the same for documents and queries and for both databases: the text is
// folded with foldVietnamese (NFC → NFD, drop marks, đ→d, lower case) and cut into words of letters
// and digits. Each word also keeps its "exact" form (lower-cased NFC, diacritics kept) so ranking
// can prefer "Đảng" over "đang", and its offsets in the original text so snippets can highlight
// the original. Document numbers and codes such as 18/2020/QĐ-UBND also give one extra "compound"
// token (18_2020_qd_ubnd), so that a number is found whole.
import { foldVietnamese } from '../text/fold.ts';

export interface Word {
  /** folded form: "dang" */
  folded: string;
  /** lower-cased NFC form with diacritics: "đảng" */
  exact: string;
  /** offsets in the analysed (NFC) text, end exclusive */
  start: number;
  end: number;
}

export interface Compound {
  /** safe single token: "18_2020_qd_ubnd" */
  token: string;
  start: number;
  end: number;
}

export interface Analysis {
  /** the analysed text (NFC, control characters replaced by spaces) */
  text: string;
  words: Word[];
  compounds: Compound[];
}

const wordPattern = /[\p{L}\p{N}]+/gu;
const asciiWordPattern = /[a-z0-9]+/g;
// Letters/digits joined by / - . : (18/2020/qd-ubnd, 01:2021/bxd, covid-19); a digit is required,
// so hyphenated words are left to phrase matching.
const compoundPattern = /[\p{L}\p{N}]+(?:[/\-.:][\p{L}\p{N}]+)+/gu;
const asciiCompoundPattern = /[a-z0-9]+(?:[/\-.:][a-z0-9]+)+/g;
const hasDigit = /\p{N}/u;
const separators = /[/\-.:]/g;
const maxCompoundLength = 64;
const maxWordLength = 60;
// After dropping Vietnamese marks: ASCII, or punctuation and spaces that are never part of a word
// (no-break space, « », “ ”, – —, …): then words are exactly [a-z0-9]+ and non-Unicode regular
// expressions do (several times faster in V8 than \p{L}).
// eslint-disable-next-line no-control-regex
const plainText = /^[\x00-\x7f\u00a0-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u2000-\u206f]*$/;

/** NFC, with NUL and other control characters (but not line breaks) turned into spaces. */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, ' ').normalize('NFC');
}

export interface Folded {
  folded: string;
  /** words are [a-z0-9]+ */
  plain: boolean;
  /** folded[i] comes from text[i] (one code unit for one code unit) */
  aligned: boolean;
}

/** foldVietnamese(text), with a fast path giving the same result for Vietnamese and ASCII text. */
export function fold(text: string): Folded {
  const stripped = text.normalize('NFD').replace(/[\u0300-\u036f]+/g, '').replace(/[đĐ]/g, 'd');
  if (plainText.test(stripped)) {
    const folded = stripped.toLowerCase();
    return { folded, plain: true, aligned: folded.length === text.length };
  }
  return { folded: foldVietnamese(text), plain: false, aligned: false };
}

interface FoldMap {
  folded: string;
  /** original start offset of each folded code unit */
  starts: number[];
  /** original end offset (exclusive) of each folded code unit */
  ends: number[];
}

/** Folds `text` (already NFC) code point by code point, keeping where each folded unit came from. */
function foldWithMap(text: string): FoldMap {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const f = foldVietnamese(ch);
    let end = i + ch.length;
    // marks that fold to nothing belong to the letter before them
    while (end < text.length && /\p{M}/u.test(text[end]!)) end++;
    for (let k = 0; k < f.length; k++) {
      starts.push(i);
      ends.push(end);
    }
    out += f;
    i += ch.length;
  }
  return { folded: out, starts, ends };
}

/** Words and compounds of a text, with offsets in the cleaned NFC text. */
export function analyze(raw: string): Analysis {
  const text = cleanText(raw);
  const f = fold(text);
  const lower = text.toLowerCase();
  const words: Word[] = [];
  const compounds: Compound[] = [];
  if (f.aligned && lower.length === text.length) {
    for (const m of f.folded.matchAll(asciiWordPattern)) {
      if (m[0].length > maxWordLength) continue;
      words.push({ folded: m[0], exact: lower.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length });
    }
    for (const m of f.folded.matchAll(asciiCompoundPattern)) {
      if (m[0].length <= maxCompoundLength && hasDigit.test(m[0])) {
        compounds.push({ token: m[0].replace(separators, '_'), start: m.index, end: m.index + m[0].length });
      }
    }
    return { text, words, compounds };
  }
  const map = foldWithMap(text);
  const span = (s: number, e: number) => ({ start: map.starts[s]!, end: map.ends[e - 1]! });
  for (const m of map.folded.matchAll(wordPattern)) {
    if (m[0].length > maxWordLength) continue;
    const { start, end } = span(m.index, m.index + m[0].length);
    words.push({ folded: m[0], exact: text.slice(start, end).toLowerCase(), start, end });
  }
  for (const m of map.folded.matchAll(compoundPattern)) {
    if (m[0].length > maxCompoundLength || !hasDigit.test(m[0])) continue;
    compounds.push({ token: m[0].replace(separators, '_'), ...span(m.index, m.index + m[0].length) });
  }
  return { text, words, compounds };
}

export interface IndexTokens {
  /** the cleaned NFC text */
  text: string;
  /** folded words in order, then the compound tokens */
  tokens: string[];
  /** distinct exact forms that differ from their folded form */
  exact: Set<string>;
  /** number of words at the start of `tokens` (the rest are compounds) */
  wordCount: number;
}

/** What indexing needs: analyze()'s words and compounds without offsets, faster. */
export function indexTokens(raw: string): IndexTokens {
  const text = cleanText(raw);
  const f = fold(text);
  const lower = text.toLowerCase();
  if (!f.aligned || lower.length !== text.length) {
    const a = analyze(text);
    const tokens = a.words.map((w) => w.folded);
    const wordCount = tokens.length;
    for (const c of a.compounds) tokens.push(c.token);
    return { text, tokens, wordCount, exact: new Set(a.words.filter((w) => w.exact !== w.folded).map((w) => w.exact)) };
  }
  const tokens: string[] = [];
  const exact = new Set<string>();
  const pattern = new RegExp(asciiWordPattern);
  for (let m = pattern.exec(f.folded); m; m = pattern.exec(f.folded)) {
    const w = m[0];
    if (w.length > maxWordLength) continue;
    tokens.push(w);
    const e = lower.slice(m.index, m.index + w.length);
    if (e !== w) exact.add(e);
  }
  const wordCount = tokens.length;
  if (/[a-z0-9][/\-.:][a-z0-9]/.test(f.folded)) {
    for (const m of f.folded.matchAll(asciiCompoundPattern)) {
      if (m[0].length <= maxCompoundLength && hasDigit.test(m[0])) tokens.push(m[0].replace(separators, '_'));
    }
  }
  return { text, tokens, exact, wordCount };
}

// --- queries ---------------------------------------------------------------------------------

export const maxQueryLength = 200;
export const maxQueryTerms = 12;

export interface QueryTerm {
  /** folded token (a word, or a compound token for a document number) */
  folded: string;
  /** exact form, only when it differs from the folded one (the query was typed with diacritics) */
  exact: string | null;
}

export interface ParsedQuery {
  /** the cleaned, length-capped query text */
  text: string;
  /** words in order, for phrase matching (compound numbers appear as their parts) */
  phrase: string[];
  /** distinct terms for boolean matching; a number's parts are replaced by its compound token */
  terms: QueryTerm[];
  /** true when some term was typed with diacritics, so an exact-diacritic tier exists */
  hasExact: boolean;
  /** document numbers typed in the query, with their folded parts, for highlighting */
  compounds: { token: string; parts: string[] }[];
}

/**
 * Turns any user input into plain terms: syntax characters, quotes, operators and SQL fragments
 * are just text here; nothing of the input ever reaches a query except these tokens.
 */
export function parseQuery(input: string): ParsedQuery {
  const text = cleanText(String(input ?? '')).slice(0, maxQueryLength);
  const { words, compounds } = analyze(text);
  const inCompound = (w: Word) => compounds.some((c) => w.start >= c.start && w.end <= c.end);
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (folded: string, exact: string | null) => {
    if (seen.has(folded) || terms.length >= maxQueryTerms) return;
    seen.add(folded);
    terms.push({ folded, exact: exact !== null && exact !== folded ? exact : null });
  };
  let c = 0;
  for (const w of words) {
    while (c < compounds.length && compounds[c]!.end <= w.start) c++;
    const compound = compounds[c];
    if (compound && inCompound(w)) {
      if (w.start === compound.start) add(compound.token, null);
      continue;
    }
    add(w.folded, w.exact);
  }
  const phrase = words.slice(0, maxQueryTerms * 2).map((w) => w.folded);
  return {
    text,
    phrase,
    terms,
    hasExact: terms.some((t) => t.exact !== null),
    compounds: compounds.map((x) => ({
      token: x.token,
      parts: words.filter((w) => w.start >= x.start && w.end <= x.end).map((w) => w.folded),
    })),
  };
}
