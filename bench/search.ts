// Search benchmark on the embedded database: N generated Vietnamese articles (~3 KB each) in a
// temporary SQLite file; the index build (read content, HTML → text, tokenise, write, merge), the
// file size before and after, and p50/p95/p99 latency of a mixed query set (folded, exact, phrase,
// number, prefix, no-hit, did-you-mean), each against a naive LIKE '%…%' over the same rows of the
// same database, measured in the same run.
// `npx tsx bench/search.ts [--docs 100000] [--rounds 10] [--postgres postgres://…]`.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Migrator, sql, type Insertable, type Kysely } from 'kysely';
import pg from 'pg';
import { connectDatabase, type Db, type Dialect } from '../src/core/db/connect.ts';
import { coreMigrations } from '../src/core/db/migrations/core.ts';
import type { Database } from '../src/core/db/schema.ts';
import { didYouMean, htmlToSearchText, rebuildIndex, search, searchMigrations, suggest, type SearchDocument } from '../src/core/search/index.ts';
import { compactIndex } from '../src/core/search/rebuild.ts';
import { ArticleGenerator } from './search-corpus.ts';

export interface SearchBenchOptions {
  docs?: number;
  /** rounds over each kind's query list for our search */
  rounds?: number;
  /** LIKE baseline queries per kind (each scans every row) */
  likePerKind?: number;
  /** folder for the database file (a new temporary folder by default, removed afterwards) */
  dir?: string;
  /** run on PostgreSQL instead, in a new schema dropped afterwards */
  databaseUrl?: string;
  log?: (line: string) => void;
}

interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface SearchBenchResult {
  dialect: Dialect;
  docs: number;
  loadMs: number;
  indexMs: number;
  compactMs: number;
  /** a second rebuild, nothing changed (entries' fingerprints compared, nothing written) */
  unchangedMs: number;
  contentBytes: number;
  indexedBytes: number;
  kinds: { kind: string; ours: Stats; like: Stats }[];
  all: { ours: Stats; like: Stats };
}

type Kind = 'folded' | 'exact' | 'phrase' | 'number' | 'prefix' | 'no-hit' | 'did-you-mean';

const queries: Record<Exclude<Kind, 'number'>, string[]> = {
  folded: [
    'hoi nghi so ket', 'giai phong mat bang', 'phu quoc', 'chuyen doi so', 'cai cach hanh chinh', 'khu cong nghiep thanh loc',
    'bao ve moi truong', 'dang bo', 'tai dinh cu', 'cang hang khong quoc te', 'ha tien', 'von dau tu cong', 'nha dau tu nhat ban',
    'phong chay chua chay', 'dich vu cong truc tuyen', 'xuc tien dau tu', 'nguyen van hung', 'ban quan ly khu kinh te',
  ],
  exact: [
    'Hội nghị sơ kết', 'giải phóng mặt bằng', 'Phú Quốc', 'chuyển đổi số', 'cải cách hành chính', 'Khu công nghiệp Thạnh Lộc',
    'bảo vệ môi trường', 'Đảng bộ', 'tái định cư', 'đang triển khai', 'Hà Tiên', 'vốn đầu tư công', 'nhà đầu tư Nhật Bản',
    'phòng cháy, chữa cháy', 'Nguyễn Văn Hùng', 'Ban Quản lý Khu kinh tế',
  ],
  phrase: [
    '"thu hút đầu tư"', '"dịch vụ công trực tuyến mức độ 4"', '"khu phi thuế quan"', '"cơ chế một cửa liên thông"', '"tổng vốn đầu tư"',
    '"hạ tầng kỹ thuật"', '"an toàn vệ sinh lao động"', '"cảng hàng không quốc tế Phú Quốc"', '"lãnh đạo của Đảng"', '"chậm tiến độ"',
  ],
  prefix: ['h', 'hoi ng', 'phu q', 'giai ph', 'ke hoach p', 'du an kh', 'đảng b', 'chuyển đ', 'ban h', 'th', 'nghi', 'quy ho', '18/20'],
  'no-hit': ['blockchain', 'xyzzy plugh', 'kangaroo', 'pokémon go', 'quantum computing', 'zzz 000'],
  'did-you-mean': ['hoi nhgi', 'giai phong mat bnag', 'chuyen dooir so', 'phu quoc kihn te', 'hooij nghij', 'tai dinh cuw'],
};

function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99) };
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await run();
  return performance.now() - t;
}

async function databaseSize(db: Kysely<Database>, dialect: Dialect, file: string): Promise<number> {
  if (dialect === 'postgres') {
    const { rows } = await sql<{ n: string }>`
      select coalesce(sum(pg_total_relation_size(c.oid)), 0) as n from pg_class c
      where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r'`.execute(db);
    return Number(rows[0]!.n);
  }
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
  return fs.statSync(file).size + (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);
}

async function openBenchDatabase(options: SearchBenchOptions, file: string): Promise<{ database: Db; schema?: string; drop: () => Promise<void> }> {
  if (!options.databaseUrl) return { database: connectDatabase({ sqliteFile: file }), drop: async () => undefined };
  const url = options.databaseUrl;
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await admin(`create schema ${schema}`);
  return { database: connectDatabase({ databaseUrl: url, pgSchema: schema }), schema, drop: () => admin(`drop schema ${schema} cascade`) };
}

export async function loadContent(db: Kysely<Database>, docs: number, log: (l: string) => void): Promise<string[]> {
  const generator = new ArticleGenerator(2026);
  const now = new Date().toISOString();
  const categories = [];
  for (const [i, name] of ['Tin Ban Quản lý', 'Tin khu kinh tế', 'Đầu tư', 'Thông báo', 'Văn bản', 'Đảng - Đoàn thể'].entries()) {
    categories.push(
      await db
        .insertInto('categories')
        .values({ type: 'news', parent_id: null, slug: `cm-${i}`, name, name_en: null })
        .returning('id')
        .executeTakeFirstOrThrow(),
    );
  }
  const numbers: string[] = [];
  const batch = 200;
  for (let start = 0; start < docs; start += batch) {
    const rows: Insertable<Database['content']>[] = [];
    for (let i = start; i < Math.min(docs, start + batch); i++) {
      const a = generator.article();
      if (i % Math.max(1, Math.floor(docs / 40)) === 0) numbers.push(a.number);
      rows.push({
        type: 'news', language: 'vi' as const, translation_group: null, slug: `bai-${i}`, title: a.title, summary: a.summary,
        body: a.paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n'),
        cover_image: null, cover_alt: null, category_id: categories[a.categoryIndex]!.id, status: 'published' as const,
        created_at: now, updated_at: now, published_at: a.publishedAt.toISOString(), scheduled_at: null, source_key: null,
      });
    }
    await db.transaction().execute((trx) => trx.insertInto('content').values(rows).execute());
    if ((start / batch) % 100 === 0) log(`  content ${start + rows.length}/${docs}`);
  }
  return numbers;
}

export async function* contentBatches(db: Kysely<Database>, size: number): AsyncGenerator<SearchDocument[]> {
  for (let after = 0; ; ) {
    const rows = await db
      .selectFrom('content')
      .select(['id', 'type', 'language', 'category_id', 'published_at', 'title', 'summary', 'body', 'slug'])
      .where('status', '=', 'published')
      .where('id', '>', after)
      .orderBy('id')
      .limit(size)
      .execute();
    if (rows.length === 0) return;
    after = rows[rows.length - 1]!.id;
    yield rows.map((r) => ({
      contentId: r.id,
      type: r.type,
      language: r.language,
      categoryId: r.category_id,
      publishedAt: r.published_at!,
      title: r.title,
      body: `${r.summary}\n${htmlToSearchText(r.body)}`,
      url: `/tin-tuc/${r.slug}`,
    }));
  }
}

function likeQuery(db: Kysely<Database>, kind: Kind, q: string) {
  const text = q.replace(/"/g, '');
  if (kind === 'prefix') {
    return sql`select id, title from content where status = 'published' and title like ${`%${text}%`} order by published_at desc limit 8`.execute(db);
  }
  return sql`select id, title, body from content where status = 'published' and (title like ${`%${text}%`} or body like ${`%${text}%`})
             order by published_at desc limit 10`.execute(db);
}

export async function runSearchBench(options: SearchBenchOptions = {}): Promise<SearchBenchResult> {
  const docs = options.docs ?? 100_000;
  const rounds = options.rounds ?? 10;
  const likePerKind = options.likePerKind ?? 3;
  const log = options.log ?? ((l: string) => console.log(l));
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-search-bench-'));
  const file = path.join(dir, 'bench.db');
  const { database, schema, drop } = await openBenchDatabase(options, file);
  const { dialect } = database;
  const db = database.kysely;
  try {
    // Kysely looks for its migration tables in every schema unless told which one
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => ({ ...coreMigrations, ...searchMigrations }) },
      ...(schema ? { migrationTableSchema: schema } : {}),
    });
    const migrated = await migrator.migrateToLatest();
    if (migrated.error) throw migrated.error;

    log(`Generating and storing ${docs} articles in ${database.description}`);
    let t = performance.now();
    const numbers = await loadContent(db, docs, log);
    const loadMs = performance.now() - t;
    const contentBytes = await databaseSize(db, dialect, file);

    log('Building the search index');
    t = performance.now();
    await rebuildIndex(db, dialect, contentBatches(db, 1000), {
      compact: false,
      onProgress: (p) => p.batches % 10 === 0 && log(`  indexed ${p.indexed} (${(p.elapsedMs / 1000).toFixed(1)} s)`),
    });
    const indexMs = performance.now() - t;
    t = performance.now();
    await compactIndex(db, dialect);
    const compactMs = performance.now() - t;
    const indexedBytes = await databaseSize(db, dialect, file);
    log('Rebuilding again (nothing changed)');
    t = performance.now();
    await rebuildIndex(db, dialect, contentBatches(db, 1000), { compact: false });
    const unchangedMs = performance.now() - t;

    const list: { kind: Kind; q: string }[] = [];
    for (const [kind, qs] of Object.entries(queries) as [Kind, string[]][]) for (const q of qs) list.push({ kind, q });
    for (const q of numbers) list.push({ kind: 'number', q });
    const runOurs = (kind: Kind, q: string) =>
      kind === 'prefix' ? suggest(db, dialect, q, 8) : kind === 'did-you-mean' ? didYouMean(db, dialect, q) : search(db, dialect, { q, pageSize: 10 });

    log('Querying');
    for (const { kind, q } of list) await runOurs(kind, q); // warm-up
    const ours = new Map<Kind, number[]>();
    for (let r = 0; r < rounds; r++) {
      for (const { kind, q } of list) {
        const ms = await time(() => runOurs(kind, q));
        ours.set(kind, [...(ours.get(kind) ?? []), ms]);
      }
    }
    const like = new Map<Kind, number[]>();
    for (const kind of ours.keys()) {
      for (const { q } of list.filter((x) => x.kind === kind).slice(0, likePerKind)) {
        like.set(kind, [...(like.get(kind) ?? []), await time(() => likeQuery(db, kind, q))]);
      }
    }
    const kinds = [...ours.keys()].map((kind) => ({ kind, ours: stats(ours.get(kind)!), like: stats(like.get(kind) ?? []) }));
    const result: SearchBenchResult = {
      dialect,
      docs, loadMs, indexMs, compactMs, unchangedMs, contentBytes, indexedBytes, kinds,
      all: { ours: stats([...ours.values()].flat()), like: stats([...like.values()].flat()) },
    };
    printReport(result, log);
    return result;
  } finally {
    await database.close();
    await drop();
    if (!options.dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

function printReport(r: SearchBenchResult, log: (l: string) => void): void {
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
  const ms = (x: number) => x.toFixed(x < 10 ? 2 : 0);
  log('');
  log(`${r.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'}, ${r.docs} articles`);
  log('');
  log(`| build | time | vs storing the content |`);
  log('|---|---:|---:|');
  log(`| store content rows (baseline) | ${(r.loadMs / 1000).toFixed(1)} s | 1.0× |`);
  log(`| build the index (read, HTML → text, tokenise, write) | ${(r.indexMs / 1000).toFixed(1)} s | ${(r.indexMs / r.loadMs).toFixed(1)}× |`);
  log(`| ${r.dialect === 'sqlite' ? 'merge FTS5 segments' : 'analyze'} | ${(r.compactMs / 1000).toFixed(1)} s | ${(r.compactMs / r.loadMs).toFixed(1)}× |`);
  log(`| rebuild again, nothing changed | ${(r.unchangedMs / 1000).toFixed(1)} s | ${(r.unchangedMs / r.loadMs).toFixed(1)}× |`);
  log('');
  log(`| database | size | vs content alone |`);
  log('|---|---:|---:|');
  log(`| content only (baseline) | ${mb(r.contentBytes)} | 1.0× |`);
  log(`| content + search index | ${mb(r.indexedBytes)} | ${(r.indexedBytes / r.contentBytes).toFixed(2)}× |`);
  log('');
  log('| queries | n | p50 ms | p95 ms | p99 ms | LIKE n | LIKE p50 ms | LIKE p95 ms | LIKE p50 / ours p50 |');
  log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const k of [...r.kinds, { kind: 'all', ...r.all }]) {
    const ratio = k.like.n ? `${(k.like.p50 / k.ours.p50).toFixed(0)}×` : '–';
    log(`| ${k.kind} | ${k.ours.n} | ${ms(k.ours.p50)} | ${ms(k.ours.p95)} | ${ms(k.ours.p99)} | ${k.like.n} | ${ms(k.like.p50)} | ${ms(k.like.p95)} | ${ratio} |`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const docs = arg('docs');
  const rounds = arg('rounds');
  const i = process.argv.indexOf('--postgres');
  const databaseUrl = i > 0 ? process.argv[i + 1] : undefined;
  await runSearchBench({ ...(docs ? { docs } : {}), ...(rounds ? { rounds } : {}), ...(databaseUrl ? { databaseUrl } : {}) });
}
