// Type-ahead suggestions (prefix matching over titles) and "did you mean" (word corrections from
// the vocabulary of titles, chosen by edit distance and trigram similarity).
import type { Dialect } from '../db/connect.ts';
import { analyze, cleanText, maxQueryLength, maxQueryTerms, parseQuery } from './fold.ts';
import { keyFrom, keyTo } from './document.ts';
import { and, or, phraseOrTerm, term, type Expr } from './query.ts';
import { searchStore, type AnyDb, type Filters, type Store, type TitleRow } from './store.ts';
import { editDistance, trigramSimilarity, undoTelex } from './similarity.ts';

export interface Suggestion {
  contentId: number;
  title: string;
  url: string;
}

export interface SuggestOptions {
  language?: string;
  type?: string | string[];
  now?: Date;
}

/**
 * Titles whose words start with what was typed ("hoi ng" → "Hội nghị …"), newest first. The last
 * word is a prefix unless the input ends with a space; a document number being typed
 * ("18/2020/q") is a prefix of its compound token. One indexed FTS5/GIN lookup.
 */
export async function suggest(db: AnyDb, dialect: Dialect, prefix: string, limit = 8, options: SuggestOptions = {}): Promise<Suggestion[]> {
  const text = cleanText(String(prefix ?? '')).slice(0, maxQueryLength);
  const { words, compounds } = analyze(text);
  if (words.length === 0) return [];
  const open = !/\s$/.test(text);
  const parts: Expr[] = [];
  const lastCompound = compounds[compounds.length - 1];
  for (const [i, w] of words.entries()) {
    const compound = compounds.find((c) => w.start >= c.start && w.end <= c.end);
    if (compound) {
      if (w.start === compound.start) parts.push(term(compound.token, 'title', open && compound === lastCompound && compound.end === words[words.length - 1]!.end));
      continue;
    }
    parts.push(term(w.folded, 'title', open && i === words.length - 1));
  }
  const filters: Filters = {
    keyFrom: 0,
    keyTo: keyTo(options.now ?? new Date()),
    language: options.language === undefined ? undefined : String(options.language).slice(0, 20),
    types: options.type === undefined ? undefined : [options.type].flat().map((t) => String(t).slice(0, 60)),
  };
  const n = Math.max(1, Math.min(20, Math.floor(limit) || 8));
  const rows = await searchStore(db, dialect).titles(and(parts.slice(0, maxQueryTerms)), filters, n + 2);
  return published(rows, options.now)
    .slice(0, n)
    .map((r) => ({ contentId: Number(r.content_id), title: r.title, url: r.url }));
}

/** Keys cover whole minutes: drop items of the current minute whose exact time is still ahead. */
function published(rows: TitleRow[], now = new Date()): TitleRow[] {
  const iso = now.toISOString();
  return rows.filter((r) => r.published_at <= iso);
}

/** True when some published item has the word (folded, or as an exact form). */
async function isVisible(store: Store, word: string, now: Date): Promise<boolean> {
  const expr = or([term(word, 'any'), term(word, 'exact')]);
  if (await store.exists(expr, { keyFrom: 0, keyTo: keyFrom(now) - 1 })) return true;
  // the current minute: compare exact times
  const keys = await store.keys(expr, { keyFrom: keyFrom(now), keyTo: keyTo(now) }, 64);
  return published(await store.rows(keys, false), now).length > 0;
}

function visibleUntil(now: Date): Filters {
  return { keyFrom: 0, keyTo: keyTo(now) };
}

/** Close words of the titles' vocabulary that published items have, best first. */
async function corrections(store: Store, word: string, now: Date, limit: number): Promise<string[]> {
  const telex = undoTelex(word);
  if (telex && (await isVisible(store, telex, now))) return [telex];
  if (word.length < 3 || /^\p{N}+$/u.test(word)) return [];
  const maxDistance = word.length <= 4 ? 1 : 2;
  const next = (c: string) => String.fromCharCode(c.charCodeAt(0) + 1);
  // words sharing the first letter, or starting at the second (a first letter dropped or swapped)
  const ranges = [...new Set([word[0]!, word[1]!])];
  const lists = await Promise.all([
    ...ranges.map((c) => store.titleTerms(c, next(c), word.length - maxDistance, word.length + maxDistance, 2000)),
    store.similarTitleTerms(word, 50),
  ]);
  const candidates = new Map<string, number>();
  for (const list of lists) for (const { term: t, docs } of list) candidates.set(t, Math.max(docs, candidates.get(t) ?? 0));
  const ranked: { term: string; distance: number; similarity: number; docs: number }[] = [];
  for (const [t, docs] of candidates) {
    if (t === word) continue;
    const distance = editDistance(word, t, maxDistance);
    if (distance <= maxDistance) ranked.push({ term: t, distance, similarity: trigramSimilarity(word, t), docs });
  }
  ranked.sort((a, b) => a.distance - b.distance || b.similarity - a.similarity || b.docs - a.docs || (a.term < b.term ? -1 : 1));
  // the vocabulary also holds words of scheduled items: never suggest a word nobody can find yet
  const visible: string[] = [];
  for (const r of ranked.slice(0, limit * 2)) {
    if (visible.length >= limit) break;
    if (await isVisible(store, r.term, now)) visible.push(r.term);
  }
  return visible;
}

/** The words as a title writes them (diacritics), preferring the place where they stand together. */
function titleForms(title: string, words: string[]): Map<number, string> {
  const t = analyze(title).words;
  const forms = new Map<number, string>();
  for (let i = 0; i + words.length <= t.length; i++) {
    if (words.every((w, k) => t[i + k]!.folded === w)) {
      words.forEach((_, k) => forms.set(k, t[i + k]!.exact));
      return forms;
    }
  }
  words.forEach((w, k) => {
    const found = t.find((x) => x.folded === w);
    if (found) forms.set(k, found.exact);
  });
  return forms;
}

/**
 * A corrected query when some of its words are in no published item: each unknown word becomes a
 * close word of the titles' vocabulary (Telex/VNI typing undone first; then fewest edits, highest
 * trigram similarity, most used; then the one found next to its neighbours); shown with the
 * diacritics of a title.
 * Null when every word is known or nothing close exists.
 */
export async function didYouMean(db: AnyDb, dialect: Dialect, q: string, options: { now?: Date } = {}): Promise<string | null> {
  const now = options.now ?? new Date();
  const store = searchStore(db, dialect);
  const words = analyze(parseQuery(q).text).words.slice(0, maxQueryTerms);
  if (words.length === 0) return null;
  const choices: string[][] = [];
  let changed = false;
  for (const w of words) {
    const known = w.folded.length < 2 || (await isVisible(store, w.folded, now));
    const options = known ? [] : await corrections(store, w.folded, now, 4);
    if (options.length > 0) changed = true;
    choices.push(options.length > 0 ? options : [w.folded]);
  }
  if (!changed) return null;

  // among close words, the one that stands next to its neighbours in some title ("kihn te" →
  // "kinh tế", not the more frequent "kiên"); titles, like the vocabulary, and fast to search
  const visible = visibleUntil(now);
  const together = (pair: string[]) => store.exists(phraseOrTerm(pair, 'title'), visible);
  const chosen = choices.map((c) => c[0]!);
  for (const [i, options] of choices.entries()) {
    if (options.length < 2) continue;
    let best = -1;
    for (const option of options) {
      const score =
        (i > 0 && (await together([chosen[i - 1]!, option])) ? 1 : 0) +
        (i + 1 < chosen.length && (await together([option, chosen[i + 1]!])) ? 1 : 0);
      if (score > best) [best, chosen[i]] = [score, option];
    }
  }

  // diacritics from the newest title with the words together, or all of them, or the corrected ones
  const corrected = chosen.map((w, i) => w !== words[i]!.folded);
  const inTitles = async (expr: Expr) => published(await store.titles(expr, visible, 3), now)[0];
  const title =
    (await inTitles(phraseOrTerm(chosen, 'title'))) ??
    (await inTitles(and(chosen.map((w) => term(w, 'title'))))) ??
    (await inTitles(and(chosen.filter((_, i) => corrected[i]).map((w) => term(w, 'title')))));
  const forms = title ? titleForms(title.title, chosen) : new Map<number, string>();
  return chosen
    .map((w, i) => {
      const typed = words[i]!;
      // keep what the user typed with diacritics; give diacritics to corrections and plain typing
      const plain = typed.exact === typed.folded;
      return corrected[i] || plain ? (forms.get(i) ?? w) : typed.exact;
    })
    .join(' ');
}
