// Highlighting on the original text: the query is matched on the folded words of the text, whose
// offsets point back into the original (see fold.ts), so "hoi nghi" marks "Hội nghị" as written.
// Output is HTML: <mark> around matches, everything else escaped.
import { escapeHtml } from '../html/escape.ts';
import { analyze, cleanText, fold, type ParsedQuery } from './fold.ts';

interface Range {
  start: number;
  end: number;
  /** which query term matched, to prefer windows with more different terms */
  term: string;
}

const patterns = new WeakMap<ParsedQuery, RegExp | null>();

/** One regular expression over folded text for the query's words and numbers (number parts may be joined by / - . :). */
function pattern(q: ParsedQuery): RegExp | null {
  if (patterns.has(q)) return patterns.get(q)!;
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = [
    ...q.terms.filter((t) => !t.folded.includes('_')).map((t) => escape(t.folded)),
    ...q.compounds.filter((c) => c.parts.length > 0).map((c) => c.parts.map(escape).join('[/\\-.:]')),
  ].sort((x, y) => y.length - x.length);
  // used on aligned folded text only, whose words are [a-z0-9]+
  const re = alternatives.length ? new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|')})(?![a-z0-9])`, 'g') : null;
  patterns.set(q, re);
  return re;
}

function matchRanges(raw: string, q: ParsedQuery): { text: string; ranges: Range[] } {
  const text = cleanText(raw);
  const re = pattern(q);
  if (!re) return { text, ranges: [] };
  const f = fold(text);
  const ranges: Range[] = [];
  if (f.aligned) {
    for (const m of f.folded.matchAll(re)) ranges.push({ start: m.index, end: m.index + m[0].length, term: m[0] });
    return { text, ranges };
  }
  // rare: text whose folding changes lengths; match word by word with offsets
  const { words } = analyze(text);
  const wanted = new Set(q.terms.filter((t) => !t.folded.includes('_')).map((t) => t.folded));
  for (const w of words) if (wanted.has(w.folded)) ranges.push({ start: w.start, end: w.end, term: w.folded });
  for (const c of q.compounds) {
    for (let i = 0; c.parts.length > 0 && i + c.parts.length <= words.length; i++) {
      const last = words[i + c.parts.length - 1]!;
      if (c.parts.every((p, k) => words[i + k]!.folded === p) && !/\s/.test(text.slice(words[i]!.end, last.start))) {
        ranges.push({ start: words[i]!.start, end: last.end, term: c.token });
      }
    }
  }
  ranges.sort((x, y) => x.start - y.start || y.end - x.end);
  const merged: Range[] = [];
  for (const r of ranges) {
    const prev = merged[merged.length - 1];
    if (prev && r.start < prev.end) prev.end = Math.max(prev.end, r.end);
    else merged.push({ ...r });
  }
  return { text, ranges: merged };
}

function render(text: string, ranges: Range[], from: number, to: number): string {
  let out = '';
  let at = from;
  for (const r of ranges) {
    if (r.end <= from || r.start >= to) continue;
    const s = Math.max(r.start, from);
    const e = Math.min(r.end, to);
    out += escapeHtml(text.slice(at, s)) + '<mark>' + escapeHtml(text.slice(s, e)) + '</mark>';
    at = e;
  }
  return (out + escapeHtml(text.slice(at, to))).replace(/\s+/g, ' ');
}

/** The whole text with the query's words marked (for titles). */
export function highlight(text: string, q: ParsedQuery): string {
  const m = matchRanges(text, q);
  return render(m.text, m.ranges, 0, m.text.length);
}

/**
 * A window of about `length` characters of `text` holding the most different query terms,
 * cut at spaces, with … where the text goes on; the start of the text when nothing matches.
 */
export function snippet(text: string, q: ParsedQuery, length = 240): string {
  const m = matchRanges(text, q);
  const t = m.text;
  if (t.length <= length) return render(t, m.ranges, 0, t.length);
  let bestStart = 0;
  let bestScore = -1;
  for (let i = 0, j = 0; i < m.ranges.length; i++) {
    const limit = m.ranges[i]!.start + length * 0.8;
    if (j < i) j = i;
    while (j + 1 < m.ranges.length && m.ranges[j + 1]!.end <= limit) j++;
    const window = m.ranges.slice(i, j + 1);
    const score = new Set(window.map((r) => r.term)).size * 1000 + window.length;
    if (score > bestScore) {
      bestScore = score;
      bestStart = m.ranges[i]!.start;
    }
  }
  let from = Math.max(0, bestStart - Math.floor(length * 0.2));
  if (from > 0) {
    const space = t.slice(from, bestStart).search(/\s/);
    if (space >= 0) from += space + 1;
  }
  let to = Math.min(t.length, from + length);
  if (to < t.length) {
    const cut = t.slice(from, to).search(/\s\S*$/);
    if (cut > length / 2) to = from + cut;
  }
  // never cut through a mark
  for (const r of m.ranges) if (r.start < to && r.end > to) to = r.end;
  return `${from > 0 ? '… ' : ''}${render(t, m.ranges, from, to).trim()}${to < t.length ? ' …' : ''}`;
}
