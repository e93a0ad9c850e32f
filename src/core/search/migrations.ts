// The search index (tìm kiếm): one row per published content item in search_documents (original
// title and plain-text body for snippets, filters, a time-ordered key), plus
// - SQLite: two contentless FTS5 tables keyed by search_key, one over folded body and title, exact
//   (diacritic) forms and filter tokens, one over titles alone with prefix indexes (type-ahead and
//   title-only tiers); a trigger drops their rows when a document row goes (also through the
//   cascade from content);
// - PostgreSQL: a tsvector built by our own tokeniser (the `simple` configuration's parser would
//   split 18_2020_qd_ubnd) with a GIN index, and pg_trgm;
// - both: search_terms, the vocabulary of titles with the number of titles using each word, kept
//   by triggers, for "did you mean"; search_queries, for popular searches.
import { sql, type Kysely, type Migration } from 'kysely';
import { isSqlite } from '../db/dialect.ts';

/** FTS5 tokenizer over text we tokenised ourselves: split on spaces, keep '_' and marks. */
export const fts5Tokenizer = `unicode61 remove_diacritics 0 tokenchars '_' categories 'L* N* Co M*'`;

async function createSqliteIndex(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `create virtual table search_fts using fts5(body, title, exact, meta,
         tokenize = "${fts5Tokenizer}", content = '', contentless_delete = 1)`,
    )
    .execute(db);
  await sql
    .raw(
      `create virtual table search_titles using fts5(title, exact, meta,
         tokenize = "${fts5Tokenizer}", prefix = '1 2 3', content = '', contentless_delete = 1)`,
    )
    .execute(db);
  // folded_title holds words of letters and digits separated by single spaces: as a JSON array
  // it splits with json_each (common table expressions are not allowed in SQLite triggers)
  const words = (row: 'new' | 'old') =>
    `select distinct value as term from json_each('["' || replace(${row}.folded_title, ' ', '","') || '"]') where value <> ''`;
  await sql
    .raw(
      `create trigger search_documents_insert after insert on search_documents begin
         insert into search_terms (term, doc_count) select term, 1 from (${words('new')}) where true
         on conflict (term) do update set doc_count = doc_count + 1;
       end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger search_documents_delete after delete on search_documents begin
         delete from search_fts where rowid = old.search_key;
         delete from search_titles where rowid = old.search_key;
         update search_terms set doc_count = doc_count - 1 where term in (${words('old')});
       end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger search_documents_update after update of folded_title on search_documents begin
         update search_terms set doc_count = doc_count - 1 where term in (${words('old')});
         insert into search_terms (term, doc_count) select term, 1 from (${words('new')}) where true
         on conflict (term) do update set doc_count = doc_count + 1;
       end`,
    )
    .execute(db);
}

async function createPostgresIndex(db: Kysely<unknown>): Promise<void> {
  // Vectors stored in the row (compressed) rather than out of line: a scan that reads every vector
  // then costs what the planner thinks it costs (pages), so it prefers the GIN index for rare words
  // instead of decompressing every out-of-line vector.
  // A larger sample of lexemes in the statistics lets it tell rare words from common ones.
  await sql`
    alter table search_documents alter column tsv set storage main, alter column title_tsv set storage main,
      alter column tsv set statistics 1000, alter column title_tsv set statistics 1000`.execute(db);
  await sql`create index search_documents_tsv on search_documents using gin (tsv)`.execute(db);
  await sql`create index search_documents_title_tsv on search_documents using gin (title_tsv)`.execute(db);
  await db.schema.createIndex('search_documents_filters').on('search_documents').columns(['type', 'language', 'category_id']).execute();

  // Extensions belong to a schema: put pg_trgm in public (tests run in a schema of their own with
  // search_path set to it alone) and tolerate a concurrent creator. Queries qualify its operators
  // with the schema it actually lives in (store.ts).
  await sql`
    do $$ begin
      create extension if not exists pg_trgm schema public;
    exception when unique_violation or duplicate_object then null;
    end $$`.execute(db);
  const { rows } = await sql<{ schema: string }>`
    select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'pg_trgm'`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('The pg_trgm extension could not be created (it needs the CREATE privilege on the database)');
  await sql`create index search_terms_trgm on search_terms using gin (term ${sql.id(schema)}.gin_trgm_ops)`.execute(db);

  // One statement per change, terms in sorted order, so concurrent writers lock rows in the same order.
  await sql`
    create function search_terms_sync() returns trigger language plpgsql as $$
    begin
      insert into search_terms as t (term, doc_count)
      select term, sum(delta)::integer from (
        select distinct unnest(string_to_array(case when tg_op <> 'INSERT' then old.folded_title end, ' ')) as term, -1 as delta
        union all
        select distinct unnest(string_to_array(case when tg_op <> 'DELETE' then new.folded_title end, ' ')), 1
      ) d
      where term <> ''
      group by term having sum(delta) <> 0
      order by term
      on conflict (term) do update set doc_count = t.doc_count + excluded.doc_count;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger search_documents_terms after insert or update of folded_title or delete on search_documents
    for each row execute function search_terms_sync()`.execute(db);
}

export const searchMigrations: Record<string, Migration> = {
  '2026_11_27_0600_search_index': {
    async up(db: Kysely<unknown>) {
      const sqlite = isSqlite(db);
      await db.schema
        .createTable('search_documents')
        .addColumn('content_id', 'integer', (c) => c.primaryKey().references('content.id').onDelete('cascade'))
        .addColumn('search_key', sqlite ? 'integer' : 'bigint', (c) => c.notNull().unique())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('category_id', 'integer')
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body_text', 'text', (c) => c.notNull())
        .addColumn('folded_title', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('indexed_at', 'text', (c) => c.notNull())
        .addColumn('source_hash', 'text', (c) => c.notNull())
        .$call((t) =>
          sqlite ? t : t.addColumn('tsv', sql`tsvector`, (c) => c.notNull()).addColumn('title_tsv', sql`tsvector`, (c) => c.notNull()),
        )
        .execute();

      // byte order on both (PostgreSQL's default collation may not be), for the prefix ranges
      await db.schema
        .createTable('search_terms')
        .addColumn('term', sqlite ? 'text' : sql`text collate "C"`, (c) => c.primaryKey())
        .addColumn('doc_count', 'integer', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('search_queries')
        .addColumn('query', 'text', (c) => c.primaryKey())
        .addColumn('display', 'text', (c) => c.notNull())
        .addColumn('hits', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('results', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('search_queries_hits').on('search_queries').columns(['hits']).execute();

      await (sqlite ? createSqliteIndex(db) : createPostgresIndex(db));
    },
  },
};
