// Popular searches, shown beside "no results": queries counted by their folded form. Only queries
// of which some published item has every word are kept, so the list cannot be used to put
// arbitrary text on the site (words no published item has never show).
import { sql } from 'kysely';
import { parseQuery } from './fold.ts';
import type { AnyDb } from './store.ts';

const maxShownLength = 60;

/**
 * How a query is shown among popular searches: its words alone (letters, digits, and the - and /
 * of "18/2020" or "Covid-19"), NFC, single spaces. Symbols, emoji and markup never show, whatever
 * a visitor typed.
 */
export function popularDisplay(q: string): string {
  return q
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}\-/]+/gu, ' ')
    .replace(/(^|\s)[-/]+|[-/]+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxShownLength)
    .trim();
}

/** Counts a search the public made; pass the result search() gave for it. */
export async function recordSearch(db: AnyDb, q: string, result: { total: number; hasAllWords: boolean }, now = new Date()): Promise<void> {
  const parsed = parseQuery(q);
  if (parsed.terms.length === 0 || !result.hasAllWords) return;
  const resultCount = result.total;
  const key = parsed.phrase.join(' ').slice(0, 120);
  const display = popularDisplay(parsed.text);
  if (!display) return;
  // The first clean form of a query is how it is shown: a later visitor's variant of the same
  // words (other case, other spelling of the same folded form) never rewrites it for everyone.
  await sql`
    insert into search_queries (query, display, hits, results, last_at) values (${key}, ${display}, 1, ${resultCount}, ${now.toISOString()})
    on conflict (query) do update set hits = search_queries.hits + 1, results = excluded.results,
      display = case when search_queries.display = '' then excluded.display else search_queries.display end, last_at = excluded.last_at`.execute(db);
}

/** The most searched queries that had results, searched at least `minHits` times. */
export async function popularSearches(db: AnyDb, limit = 8, minHits = 3): Promise<string[]> {
  const { rows } = await sql<{ display: string }>`
    select display from search_queries where results > 0 and hits >= ${minHits}
    order by hits desc, last_at desc limit ${limit}`.execute(db);
  // cleaned again: rows recorded before displays were cleaned may hold symbols
  return rows.map((r) => popularDisplay(r.display)).filter(Boolean);
}
