// Search: relevance buckets (query.ts) filled newest first until the page is full, the "some
// words" tier ordered by how many words each item has, a capped total, and snippets built on the
// original text. The same steps and the same order on SQLite and PostgreSQL.
import type { Dialect } from '../db/connect.ts';
import { keyFrom, keyTo } from './document.ts';
import { parseQuery, type ParsedQuery } from './fold.ts';
import { anyTerm, oneTerm, relevanceBuckets } from './query.ts';
import { highlight, snippet } from './snippet.ts';
import { searchStore, type AnyDb, type Filters, type Plan, type Store } from './store.ts';

export interface SearchOptions {
  q: string;
  type?: string | string[];
  categoryId?: number | number[];
  /** publication date range, inclusive */
  from?: Date | string;
  to?: Date | string;
  language?: string;
  /** 1-based */
  page?: number;
  /** default 10, at most 50 */
  pageSize?: number;
  /** "now", for what counts as published (tests) */
  now?: Date;
}

export interface SearchHit {
  contentId: number;
  type: string;
  /** the original title */
  title: string;
  /** the title as HTML with the query's words in <mark>, everything else escaped */
  titleHtml: string;
  url: string;
  /** safe HTML: a passage of the original text, matches in <mark>, everything else escaped */
  snippet: string;
  publishedAt: string;
}

export interface SearchResult {
  items: SearchHit[];
  /** number of matching items, counted up to maxResults */
  total: number;
  /** true when there are more than `total` matches (the count stopped at maxResults) */
  totalIsCapped: boolean;
  /** true when some item has every word of the query (not only some of them) */
  hasAllWords: boolean;
  page: number;
  pageSize: number;
}

/** Results beyond this rank are neither counted nor paged (50 pages of 20). */
export const maxResults = 1000;
/** How many of the newest "some words" matches are ordered by how many words they contain. */
const someWordsCandidates = 200;

/** The filters, or null when one is malformed (nothing can match it). */
function filtersOf(options: SearchOptions): Filters | null {
  const valid = (t: Date | string | undefined) => t === undefined || !Number.isNaN(new Date(t).getTime());
  if (!valid(options.from) || !valid(options.to)) return null;
  const now = options.now ?? new Date();
  const to = options.to === undefined ? now : new Date(Math.min(new Date(options.to).getTime(), now.getTime()));
  const types = options.type === undefined ? undefined : [options.type].flat().map((t) => String(t).slice(0, 60));
  const categoryIds = options.categoryId === undefined ? undefined : [options.categoryId].flat().filter((c) => Number.isSafeInteger(c));
  if (categoryIds?.length === 0 || types?.length === 0) return null;
  const filters: Filters = {
    keyFrom: options.from === undefined ? 0 : keyFrom(options.from),
    keyTo: keyTo(to),
    types,
    categoryIds,
    language: options.language === undefined ? undefined : String(options.language).slice(0, 20),
  };
  return filters.keyFrom <= filters.keyTo ? filters : null;
}

/** "Some words": the newest candidates, ordered by words matched, then words in the title, then recency. */
async function someWords(store: Store, q: ParsedQuery, filters: Filters, seen: Set<number>, plan: Plan): Promise<{ keys: number[]; complete: boolean }> {
  const limit = someWordsCandidates + seen.size;
  const found = await store.keys(anyTerm(q), filters, limit, plan);
  const candidates = found.filter((k) => !seen.has(k));
  if (candidates.length === 0) return { keys: [], complete: found.length < limit };
  const range = { ...filters, keyFrom: Math.min(...candidates), keyTo: Math.max(...candidates) };
  // many matches: the candidates are the newest few, a narrow range of keys
  const perTerm: Plan = plan === 'dense' ? 'range' : 'sparse';
  const score = new Map(candidates.map((k) => [k, 0]));
  for (const t of q.terms) {
    const [inAny, inTitle] = await Promise.all([store.keys(oneTerm(t.folded, 'any'), range, limit, perTerm), store.keys(oneTerm(t.folded, 'title'), range, limit, perTerm)]);
    for (const k of inAny) if (score.has(k)) score.set(k, score.get(k)! + 100);
    for (const k of inTitle) if (score.has(k)) score.set(k, score.get(k)! + 1);
  }
  candidates.sort((a, b) => score.get(b)! - score.get(a)! || b - a);
  return { keys: candidates, complete: found.length < limit };
}

/** Ranked keys of the matches: the relevance buckets in order, at least `need` of them when there are that many. */
interface Ranking {
  keys: number[];
  /** keys placed by a bucket whose items have every word (every tier above "some words") */
  allWords: Set<number>;
  /** the loosest bucket was read to its end: `keys` holds every match */
  complete: boolean;
}

async function rank(store: Store, q: ParsedQuery, filters: Filters, need: number): Promise<Ranking> {
  // PostgreSQL plans better knowing whether matches are many (see Store.keys)
  const common = ((await store.estimate(q.terms.map((t) => oneTerm(t.folded, 'any')))) ?? []).map((n) => n > maxResults);
  const allCommon: Plan = common.length > 0 && common.every(Boolean) ? 'dense' : 'sparse';
  const someCommon: Plan = common.some(Boolean) ? 'dense' : 'sparse';

  const ordered: number[] = [];
  const seen = new Set<number>();
  const allWords = new Set<number>();
  const add = (keys: number[], hasAll: boolean) => {
    for (const k of keys) {
      if (seen.has(k)) continue;
      seen.add(k);
      ordered.push(k);
      if (hasAll) allWords.add(k);
    }
  };
  let complete = false;
  const buckets = relevanceBuckets(q);
  for (const [i, bucket] of buckets.entries()) {
    if (ordered.length >= need) break;
    if (bucket.name === 'some') {
      const some = await someWords(store, q, filters, seen, someCommon);
      add(some.keys, false);
      complete = some.complete;
      if (ordered.length < need && !complete) {
        // deeper pages: the older "some words" matches, newest first
        const older = await store.keys(anyTerm(q), filters, need, someCommon);
        add(older, false);
        complete = older.length < need;
      }
    } else {
      // a bucket may repeat every item already placed: ask for `need` to get the missing ones
      const keys = await store.keys(bucket.expr, filters, need, allCommon);
      add(keys, true);
      if (i === buckets.length - 1) complete = keys.length < need;
    }
  }
  return { keys: ordered, allWords, complete };
}

/** Keys of the current minute may belong to items still ahead of `now` (keys cover whole minutes): their keys. */
async function scheduled(store: Store, keys: number[], now: Date): Promise<Set<number>> {
  const edge = keys.filter((k) => k >= keyFrom(now));
  if (edge.length === 0) return new Set();
  const iso = now.toISOString();
  return new Set((await store.rows(edge, false)).filter((r) => r.published_at > iso).map((r) => Number(r.search_key)));
}

export type RankedOptions = Omit<SearchOptions, 'page' | 'pageSize'> & {
  /** how many ids at most; default and at most maxResults */
  limit?: number;
};

export interface RankedIds {
  /** content ids of the matches, most relevant first (search's order), at most `limit` */
  ids: number[];
  /** those of `ids` that have every word of the query (search's tiers above "some words") */
  allWordIds: Set<number>;
}

/**
 * Every match's content id in relevance order, in one pass: the ranking of search() without
 * counting, paging, rows or snippets. For lists that rank by the index and filter on their own.
 */
export async function searchIds(db: AnyDb, dialect: Dialect, options: RankedOptions): Promise<RankedIds> {
  const limit = Math.max(1, Math.min(maxResults, Math.floor(Number(options.limit ?? maxResults)) || maxResults));
  const q = parseQuery(options.q);
  const filters = filtersOf(options);
  if (q.terms.length === 0 || !filters) return { ids: [], allWordIds: new Set() };
  const store = searchStore(db, dialect);
  const ranking = await rank(store, q, filters, limit);
  const now = options.now ?? new Date();
  const iso = now.toISOString();
  // one read of the placed rows (no bodies): their content ids, and which are not yet published
  const rows = new Map((await store.rows(ranking.keys, false)).map((r) => [Number(r.search_key), r]));
  const ids: number[] = [];
  const allWordIds = new Set<number>();
  for (const k of ranking.keys) {
    if (ids.length >= limit) break;
    const r = rows.get(k);
    if (!r || r.published_at > iso) continue;
    const id = Number(r.content_id);
    ids.push(id);
    if (ranking.allWords.has(k)) allWordIds.add(id);
  }
  return { ids, allWordIds };
}

export async function search(db: AnyDb, dialect: Dialect, options: SearchOptions): Promise<SearchResult> {
  const pageSize = Math.max(1, Math.min(50, Math.floor(Number(options.pageSize ?? 10)) || 10));
  const page = Math.max(1, Math.floor(Number(options.page ?? 1)) || 1);
  const empty: SearchResult = { items: [], total: 0, totalIsCapped: false, hasAllWords: false, page, pageSize };
  const q = parseQuery(options.q);
  const filters = filtersOf(options);
  if (q.terms.length === 0 || !filters) return empty;
  const store = searchStore(db, dialect);

  const offset = (page - 1) * pageSize;
  const need = Math.min(offset + pageSize, maxResults);
  const ranking = await rank(store, q, filters, need);
  const hasAllWords = ranking.allWords.size > 0;
  // items of the current minute still ahead of `now` are not published
  const ahead = await scheduled(store, ranking.keys, options.now ?? new Date());
  const early = ahead.size;
  const ordered = early > 0 ? ranking.keys.filter((k) => !ahead.has(k)) : ranking.keys;
  const counted = (ranking.complete ? ordered.length + early : await store.count(anyTerm(q), filters, maxResults + 1)) - early;
  const total = Math.min(maxResults, Math.max(counted, ordered.length));

  const pageKeys = ordered.slice(offset, offset + pageSize);
  const rows = new Map((await store.rows(pageKeys, true)).map((r) => [Number(r.search_key), r]));
  const items: SearchHit[] = [];
  for (const k of pageKeys) {
    const r = rows.get(k);
    if (!r) continue;
    items.push({
      contentId: Number(r.content_id),
      type: r.type,
      title: r.title,
      titleHtml: highlight(r.title, q),
      url: r.url,
      snippet: snippet(r.body_text, q),
      publishedAt: r.published_at,
    });
  }
  return { items, total, totalIsCapped: counted > maxResults, hasAllWords, page, pageSize };
}
