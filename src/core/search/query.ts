// Match expressions built only from our own tokens, and their translation into an FTS5 MATCH
// string and a PostgreSQL tsquery literal. User input never reaches either except as tokens of
// letters, digits, marks and '_', each one quoted: operators, quotes, '*', NEAR, parentheses or SQL
// in a query are just words. Both strings are sent as bound parameters.
import type { ParsedQuery } from './fold.ts';
import { quoteLexeme } from './document.ts';

/**
 * Where a token is looked for. any: folded title or body; exact: diacritic forms, title or body;
 * title / titleExact: the title alone (SQLite: the small titles table, so title-only queries never
 * walk the bodies' long lists); meta: filter tokens (SQLite).
 */
export type Field = 'any' | 'exact' | 'title' | 'titleExact' | 'meta';

export type Expr =
  | { kind: 'term'; token: string; field: Field; prefix?: boolean }
  | { kind: 'phrase'; tokens: string[]; field: Field }
  | { kind: 'and' | 'or'; items: Expr[] };

export const term = (token: string, field: Field, prefix = false): Expr => ({ kind: 'term', token, field, prefix });
export const and = (items: Expr[]): Expr => (items.length === 1 ? items[0]! : { kind: 'and', items });
export const or = (items: Expr[]): Expr => (items.length === 1 ? items[0]! : { kind: 'or', items });

export function phraseOrTerm(tokens: string[], field: Field): Expr {
  return tokens.length === 1 ? term(tokens[0]!, field) : { kind: 'phrase', tokens, field };
}

/** True when the expression looks at titles only (SQLite runs it on the titles table). */
export function isTitleExpr(e: Expr): boolean {
  switch (e.kind) {
    case 'and':
    case 'or':
      return e.items.some(isTitleExpr);
    default:
      return e.field === 'title' || e.field === 'titleExact';
  }
}

/**
 * Relevance tiers, best first (the order): every exact (diacritic) form present, then the
 * phrase, then all words, then some words; inside each tier, items matching in the title first.
 * Inside a bucket, items are ordered newest first: recency only ever orders items of equal
 * relevance, it never lifts a weaker match above a stronger one.
 */
export interface Bucket {
  name: 'exact-title' | 'exact' | 'phrase-title' | 'phrase' | 'all-title' | 'all' | 'some';
  expr: Expr;
}

/** A document number matches as a prefix, so "18/2020" finds 18/2020/QĐ-UBND. */
const isNumber = (token: string) => token.includes('_');

function allTerms(q: ParsedQuery, field: 'any' | 'title'): Expr {
  return and(q.terms.map((t) => term(t.folded, field, isNumber(t.folded))));
}

function exactTerms(q: ParsedQuery, field: 'any' | 'title'): Expr {
  const exact = field === 'any' ? 'exact' : 'titleExact';
  return and(q.terms.map((t) => (t.exact ? term(t.exact, exact) : term(t.folded, field, isNumber(t.folded)))));
}

export function relevanceBuckets(q: ParsedQuery): Bucket[] {
  const buckets: Bucket[] = [];
  if (q.hasExact) {
    buckets.push({ name: 'exact-title', expr: exactTerms(q, 'title') });
    buckets.push({ name: 'exact', expr: exactTerms(q, 'any') });
  }
  // a query of numbers alone has its phrase in the number tokens already
  if (q.phrase.length >= 2 && !q.terms.every((t) => isNumber(t.folded))) {
    buckets.push({ name: 'phrase-title', expr: phraseOrTerm(q.phrase, 'title') });
    buckets.push({ name: 'phrase', expr: phraseOrTerm(q.phrase, 'any') });
  }
  buckets.push({ name: 'all-title', expr: allTerms(q, 'title') });
  buckets.push({ name: 'all', expr: allTerms(q, 'any') });
  if (q.terms.length >= 2) buckets.push({ name: 'some', expr: anyTerm(q) });
  return buckets;
}

/** Some words: what the total counts. */
export function anyTerm(q: ParsedQuery): Expr {
  return or(q.terms.map((t) => term(t.folded, 'any', isNumber(t.folded))));
}

/** One query word, for counting how many words an item has. */
export function oneTerm(token: string, field: 'any' | 'title'): Expr {
  return term(token, field, isNumber(token));
}

// ---- FTS5 -------------------------------------------------------------------------------------
// Folded, exact and filter tokens never coincide (exact forms are the ones folding changes;
// filter tokens start with '_', which no query token does), so `any` needs no column filter.
const fts5Columns: Record<Field, string> = { any: '', exact: 'exact : ', title: 'title : ', titleExact: 'exact : ', meta: 'meta : ' };

const quoteFts5 = (token: string) => `"${token.replace(/"/g, '""')}"`;

export function toFts5(e: Expr): string {
  switch (e.kind) {
    case 'term':
      return `${fts5Columns[e.field]}${quoteFts5(e.token)}${e.prefix ? ' *' : ''}`;
    case 'phrase':
      return `${fts5Columns[e.field]}${quoteFts5(e.tokens.join(' '))}`;
    case 'and':
    case 'or':
      return `(${e.items.map(toFts5).join(e.kind === 'and' ? ' AND ' : ' OR ')})`;
  }
}

// ---- PostgreSQL tsquery -----------------------------------------------------------------------
// The field chooses the vector (title expressions run on title_tsv, see store.ts); folded and exact
// forms never coincide, so no weights are needed (and none make GIN recheck rows).
export function toTsquery(e: Expr): string {
  switch (e.kind) {
    case 'term':
      return `${quoteLexeme(e.token)}${e.prefix ? ':*' : ''}`;
    case 'phrase':
      return `(${e.tokens.map(quoteLexeme).join(' <-> ')})`;
    case 'and':
    case 'or':
      return `(${e.items.map(toTsquery).join(e.kind === 'and' ? ' & ' : ' | ')})`;
  }
}
