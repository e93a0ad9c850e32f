// The few operations search needs from a database, implemented once for SQLite (FTS5) and once
// for PostgreSQL (tsvector): write a document, delete one, list matching keys newest first, count
// matches, and read stored rows. Everything above this file is the same on both.
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../db/connect.ts';
import { metaCategory, metaLanguage, metaType, tsvectorLiterals, type IndexForm, type SearchDocument } from './document.ts';
import { and, isTitleExpr, or, term, toFts5, toTsquery, type Expr } from './query.ts';

/** Any Kysely instance or transaction, whatever its table types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;

export interface Filters {
  types?: string[] | undefined;
  language?: string | undefined;
  categoryIds?: number[] | undefined;
  /** inclusive key range (publication time) */
  keyFrom: number;
  keyTo: number;
}

export interface StoredRow {
  content_id: number;
  search_key: number;
  type: string;
  title: string;
  url: string;
  published_at: string;
  body_text: string;
}

export type Plan = 'sparse' | 'dense' | 'range';

export interface TitleRow {
  content_id: number;
  title: string;
  url: string;
  published_at: string;
}

export interface Store {
  /**
   * Writes the entry unless the stored one has the same hash; true when written. `stored` is the
   * stored hash when the caller already read it (null: no entry).
   */
  write(doc: SearchDocument, form: IndexForm, indexedAt: string, stored?: string | null): Promise<boolean>;
  /** stored hashes of these items */
  hashes(contentIds: number[]): Promise<Map<number, string>>;
  remove(contentId: number): Promise<void>;
  /**
   * Keys of matching items, newest first. The plan matters on PostgreSQL only: `sparse` (default)
   * collects the matches from GIN and sorts them; `dense` (many items match) looks among the
   * newest items first; `range` (a narrow key range) walks the key index.
   */
  keys(expr: Expr, filters: Filters, limit: number, plan?: Plan): Promise<number[]>;
  /** PostgreSQL: the planner's estimate of how many items match each expression (SQLite: none) */
  estimate(exprs: Expr[]): Promise<number[] | null>;
  /** true when some item matches */
  exists(expr: Expr, filters: Filters): Promise<boolean>;
  /** number of matching items, counting at most `cap` */
  count(expr: Expr, filters: Filters, cap: number): Promise<number>;
  /** titles of items whose title matches (type-ahead), newest first */
  titles(expr: Expr, filters: Filters, limit: number): Promise<TitleRow[]>;
  rows(keys: number[], withBody: boolean): Promise<StoredRow[]>;
  /** title words in [from, to) with the number of titles using them, most used first */
  titleTerms(from: string, to: string, minLength: number, maxLength: number, limit: number): Promise<{ term: string; docs: number }[]>;
  /** title words similar to `word` by trigram similarity, where the database can index that */
  similarTitleTerms(word: string, limit: number): Promise<{ term: string; docs: number }[]>;
}

export function searchStore(db: AnyDb, dialect: Dialect): Store {
  return dialect === 'sqlite' ? sqliteStore(db) : postgresStore(db);
}

const num = (v: unknown) => Number(v);

/** Snippets are cut from the first this-many characters of a body (long legal texts stay cheap). */
export const snippetSource = 200_000;

async function storedHash(db: AnyDb, contentId: number): Promise<string | null> {
  const { rows } = await sql<{ h: string }>`select source_hash as h from search_documents where content_id = ${contentId}`.execute(db);
  return rows[0]?.h ?? null;
}

async function hashes(db: AnyDb, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const { rows } = await sql<{ id: number; h: string }>`
    select content_id as id, source_hash as h from search_documents where content_id in (${sql.join(ids)})`.execute(db);
  return new Map(rows.map((r) => [Number(r.id), r.h]));
}

async function titleTerms(db: AnyDb, from: string, to: string, minLength: number, maxLength: number, limit: number) {
  const { rows } = await sql<{ term: string; docs: number }>`
    select term, doc_count as docs from search_terms
    where term >= ${from} and term < ${to} and length(term) between ${minLength} and ${maxLength} and doc_count > 0
    order by doc_count desc limit ${limit}`.execute(db);
  return rows.map((r) => ({ term: r.term, docs: num(r.docs) }));
}

/**
 * The item's preferred key, or the next one not used by another item (many items can share a
 * publication minute, e.g. documents dated without a time).
 */
async function freeKey(db: AnyDb, preferred: number, contentId: number, refused: ReadonlySet<number> = new Set()): Promise<number> {
  for (let from = preferred; ; from += 4096) {
    const { rows } = await sql<{ k: string | number }>`
      select search_key as k from search_documents where search_key >= ${from} and search_key < ${from + 4096}
      and content_id <> ${contentId} order by search_key`.execute(db);
    const used = new Set(rows.map((r) => num(r.k)));
    for (let k = from; k < from + 4096; k++) if (!used.has(k) && !refused.has(k)) return k;
  }
}

/** A unique violation on search_key: another transaction took the key since we looked. */
function isKeyTaken(error: unknown): boolean {
  const e = error as { code?: unknown; constraint?: unknown };
  return e?.code === '23505' && typeof e.constraint === 'string' && e.constraint.includes('search_key');
}

/**
 * Runs one statement so that a failure leaves the surrounding transaction usable (PostgreSQL
 * aborts the whole transaction on an error otherwise): inside a savepoint when in a transaction.
 */
async function tryStatement(db: AnyDb, run: () => Promise<unknown>): Promise<void> {
  if (!db.isTransaction) {
    await run();
    return;
  }
  await sql`savepoint search_key_write`.execute(db);
  try {
    await run();
  } catch (error) {
    await sql`rollback to savepoint search_key_write`.execute(db);
    throw error;
  }
  await sql`release savepoint search_key_write`.execute(db);
}

/** Attempts at a free key before giving up (each refused key is skipped on the next attempt). */
const maxKeyAttempts = 1000;

// ---- SQLite -----------------------------------------------------------------------------------
function metaExpr(f: Filters): Expr | null {
  const parts: Expr[] = [];
  if (f.types?.length) parts.push(or(f.types.map((t) => term(metaType(t), 'meta'))));
  if (f.language) parts.push(term(metaLanguage(f.language), 'meta'));
  if (f.categoryIds?.length) parts.push(or(f.categoryIds.map((c) => term(metaCategory(c), 'meta'))));
  return parts.length ? and(parts) : null;
}

function fts5Match(expr: Expr, f: Filters): string {
  const meta = metaExpr(f);
  return toFts5(meta ? and([expr, meta]) : expr);
}

function sqliteStore(db: AnyDb): Store {
  return {
    async write(doc, form, indexedAt, stored) {
      const previous = stored === undefined ? await storedHash(db, doc.contentId) : stored;
      if (previous === form.hash) return false;
      if (previous !== null) await sql`delete from search_documents where content_id = ${doc.contentId}`.execute(db);
      const key = await freeKey(db, form.key, doc.contentId);
      await sql`
        insert into search_documents (content_id, search_key, type, language, category_id, published_at, title, body_text, folded_title, url, indexed_at, source_hash)
        values (${doc.contentId}, ${key}, ${doc.type}, ${doc.language}, ${doc.categoryId}, ${form.publishedAt}, ${form.title},
                ${form.body}, ${form.foldedTitle}, ${doc.url}, ${indexedAt}, ${form.hash})`.execute(db);
      const meta = form.metaTokens.join(' ');
      const title = form.titleTokens.join(' ');
      await sql`insert into search_fts (rowid, title, body, exact, meta)
                values (${key}, ${title}, ${form.bodyTokens.join(' ')}, ${form.exactTokens.join(' ')}, ${meta})`.execute(db);
      await sql`insert into search_titles (rowid, title, exact, meta)
                values (${key}, ${title}, ${form.exactTitleTokens.join(' ')}, ${meta})`.execute(db);
      return true;
    },
    hashes: (ids) => hashes(db, ids),
    async remove(contentId) {
      // the trigger search_documents_delete removes the FTS rows
      await sql`delete from search_documents where content_id = ${contentId}`.execute(db);
    },
    async keys(expr, f, limit) {
      const table = sql.table(isTitleExpr(expr) ? 'search_titles' : 'search_fts');
      const { rows } = await sql<{ k: number }>`
        select rowid as k from ${table} where ${table} match ${fts5Match(expr, f)}
        and rowid between ${f.keyFrom} and ${f.keyTo} order by rowid desc limit ${limit}`.execute(db);
      return rows.map((r) => r.k);
    },
    estimate: async () => null,
    async exists(expr, f) {
      const table = sql.table(isTitleExpr(expr) ? 'search_titles' : 'search_fts');
      const { rows } = await sql`
        select 1 from ${table} where ${table} match ${fts5Match(expr, f)} and rowid between ${f.keyFrom} and ${f.keyTo} limit 1`.execute(db);
      return rows.length > 0;
    },
    async count(expr, f, cap) {
      const table = sql.table(isTitleExpr(expr) ? 'search_titles' : 'search_fts');
      const { rows } = await sql<{ n: number }>`
        select count(*) as n from (select rowid from ${table} where ${table} match ${fts5Match(expr, f)}
        and rowid between ${f.keyFrom} and ${f.keyTo} limit ${cap})`.execute(db);
      return num(rows[0]?.n ?? 0);
    },
    async titles(expr, f, limit) {
      const { rows } = await sql<TitleRow>`
        select d.content_id, d.title, d.url, d.published_at from
          (select rowid as k from search_titles where search_titles match ${fts5Match(expr, f)}
           and rowid between ${f.keyFrom} and ${f.keyTo} order by rowid desc limit ${limit}) m
        join search_documents d on d.search_key = m.k order by m.k desc`.execute(db);
      return rows;
    },
    async rows(keys, withBody) {
      if (keys.length === 0) return [];
      const body = withBody ? sql`substr(body_text, 1, ${snippetSource}) as body_text` : sql`'' as body_text`;
      const { rows } = await sql<StoredRow>`
        select content_id, search_key, type, title, url, published_at, ${body} from search_documents
        where search_key in (${sql.join(keys)})`.execute(db);
      return rows;
    },
    titleTerms: (from, to, min, max, limit) => titleTerms(db, from, to, min, max, limit),
    async similarTitleTerms() {
      return []; // no trigram index on SQLite: the prefix ranges of titleTerms are the candidates
    },
  };
}

// ---- PostgreSQL -------------------------------------------------------------------------------
/**
 * `byKey`: let the planner use the key index (to walk items newest first); otherwise the range is
 * written so that it cannot, leaving GIN as the way in.
 */
function pgFilters(f: Filters, byKey = false) {
  const parts = [byKey ? sql`search_key between ${f.keyFrom} and ${f.keyTo}` : sql`search_key + 0 between ${f.keyFrom} and ${f.keyTo}`];
  if (f.types?.length) parts.push(sql`type in (${sql.join(f.types)})`);
  if (f.language) parts.push(sql`language = ${f.language}`);
  if (f.categoryIds?.length) parts.push(sql`category_id in (${sql.join(f.categoryIds)})`);
  return sql.join(parts, sql` and `);
}

interface PlanNode {
  Plan: { 'Plan Rows': number; Plans?: { 'Plan Rows': number }[] };
}

function hasPhrase(e: Expr): boolean {
  return e.kind === 'phrase' || ((e.kind === 'and' || e.kind === 'or') && e.items.some(hasPhrase));
}

/** Title expressions run on the small title vector. */
function matches(expr: Expr) {
  return sql`${sql.ref(isTitleExpr(expr) ? 'title_tsv' : 'tsv')} @@ ${toTsquery(expr)}::tsquery`;
}

const densityProbe = 1000;

let trgmSchemaCache: string | undefined;

async function pgTrgmSchema(db: AnyDb): Promise<string> {
  if (trgmSchemaCache) return trgmSchemaCache;
  const { rows } = await sql<{ schema: string }>`
    select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db);
  if (!rows[0]) throw new Error('pg_trgm is not installed');
  return (trgmSchemaCache = rows[0].schema);
}

function postgresStore(db: AnyDb): Store {
  return {
    async write(doc, form, indexedAt, stored) {
      if ((stored === undefined ? await storedHash(db, doc.contentId) : stored) === form.hash) return false;
      const vectors = tsvectorLiterals(form);
      // "Find a free key, then insert" races with concurrent transactions doing the same: the
      // unique index decides (a second insert of a key waits for the first transaction, then
      // fails), and the loser tries again with the next free key, never the refused one again
      // (under REPEATABLE READ the winner's row may stay invisible to this transaction).
      const refused = new Set<number>();
      for (let attempt = 1; ; attempt++) {
        const key = await freeKey(db, form.key, doc.contentId, refused);
        try {
          await tryStatement(db, () => insert(key));
          return true;
        } catch (error) {
          if (!isKeyTaken(error) || attempt >= maxKeyAttempts) throw error;
          refused.add(key);
        }
      }

      function insert(key: number) {
        return sql`
        insert into search_documents (content_id, search_key, type, language, category_id, published_at, title, body_text, folded_title, url, indexed_at, source_hash, tsv, title_tsv)
        values (${doc.contentId}, ${key}, ${doc.type}, ${doc.language}, ${doc.categoryId}, ${form.publishedAt},
                ${form.title}, ${form.body}, ${form.foldedTitle}, ${doc.url}, ${indexedAt}, ${form.hash}, ${vectors.all}::tsvector,
                ${vectors.title}::tsvector)
        on conflict (content_id) do update set search_key = excluded.search_key, type = excluded.type, language = excluded.language,
          category_id = excluded.category_id, published_at = excluded.published_at, title = excluded.title, body_text = excluded.body_text,
          folded_title = excluded.folded_title, url = excluded.url, indexed_at = excluded.indexed_at, source_hash = excluded.source_hash,
          tsv = excluded.tsv, title_tsv = excluded.title_tsv`.execute(db);
      }
    },
    hashes: (ids) => hashes(db, ids),
    async remove(contentId) {
      await sql`delete from search_documents where content_id = ${contentId}`.execute(db);
    },
    async keys(expr, f, limit, plan = 'sparse') {
      // The planner cannot tell how many rows a tsquery matches. With ORDER BY key LIMIT n it
      // tends to walk the key index: quick when matches are many, a scan of every vector when
      // they are few. So the caller says (from estimate()): with many, look among the newest
      // `densityProbe` items first; otherwise, or when that window has too few, sort what GIN
      // finds (the key range written so that the key index cannot be used).
      if (plan === 'range' || plan === 'dense') {
        const { rows } = await (plan === 'range'
          ? sql<{ k: string }>`
              select search_key as k from search_documents where ${matches(expr)} and ${pgFilters(f, true)}
              order by search_key desc limit ${limit}`
          : sql<{ k: string }>`
              select k from (select search_key as k, ${sql.ref(isTitleExpr(expr) ? 'title_tsv' : 'tsv')} as v from search_documents
                             where ${pgFilters(f, true)} order by search_key desc limit ${densityProbe}) newest
              where v @@ ${toTsquery(expr)}::tsquery order by k desc limit ${limit}`
        ).execute(db);
        // a phrase is checked on each row's vector (GIN has no positions): among many items with
        // the words, only the newest ones are looked at
        if (plan === 'range' || rows.length >= limit || hasPhrase(expr)) return rows.map((r) => num(r.k));
      }
      const { rows } = await sql<{ k: string }>`
        select search_key as k from search_documents where ${matches(expr)} and ${pgFilters(f)}
        order by search_key + 0 desc limit ${limit}`.execute(db);
      return rows.map((r) => num(r.k));
    },
    async estimate(exprs) {
      if (exprs.length === 0) return [];
      const parts = exprs.map((e) => sql`select 1 from search_documents where ${matches(e)}`);
      const { rows } = await sql<{ 'QUERY PLAN': PlanNode[] }>`explain (format json) ${sql.join(parts, sql` union all `)}`.execute(db);
      const top = rows[0]!['QUERY PLAN'][0]!.Plan;
      const nodes = exprs.length === 1 ? [top] : (top.Plans ?? []);
      return exprs.map((_, i) => nodes[i]?.['Plan Rows'] ?? 0);
    },
    async exists(expr, f) {
      // "offset 0" keeps LIMIT 1 from tempting the planner into a scan that reads every vector
      const { rows } = await sql`
        select 1 from (select 1 from search_documents where ${matches(expr)} and ${pgFilters(f)} offset 0) m limit 1`.execute(db);
      return rows.length > 0;
    },
    async count(expr, f, cap) {
      const { rows } = await sql<{ n: string }>`
        select count(*) as n from (select 1 from search_documents where ${matches(expr)} and ${pgFilters(f)}
        limit ${cap}) m`.execute(db);
      return num(rows[0]?.n ?? 0);
    },
    async titles(expr, f, limit) {
      // type-ahead prefixes are often common ("h*"): the newest items first, then all of GIN
      const keys = await this.keys(expr, f, limit, 'dense');
      if (keys.length === 0) return [];
      const { rows } = await sql<TitleRow>`
        select content_id, title, url, published_at from search_documents where search_key in (${sql.join(keys)})
        order by search_key desc`.execute(db);
      return rows;
    },
    async rows(keys, withBody) {
      if (keys.length === 0) return [];
      const body = withBody ? sql`substr(body_text, 1, ${snippetSource}) as body_text` : sql`'' as body_text`;
      const { rows } = await sql<StoredRow>`
        select content_id, search_key, type, title, url, published_at, ${body} from search_documents
        where search_key in (${sql.join(keys)})`.execute(db);
      return rows.map((r) => ({ ...r, search_key: num(r.search_key) }));
    },
    titleTerms: (from, to, min, max, limit) => titleTerms(db, from, to, min, max, limit),
    async similarTitleTerms(word, limit) {
      const schema = sql.id(await pgTrgmSchema(db));
      const { rows } = await sql<{ term: string; docs: number }>`
        select term, doc_count as docs from search_terms
        where term operator(${schema}.%) ${word} and doc_count > 0
        order by ${schema}.similarity(term, ${word}) desc, doc_count desc limit ${limit}`.execute(db);
      return rows;
    },
  };
}
