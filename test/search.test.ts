// Site search on both databases: folding, ranking tiers, document numbers, suggestions, "did you
// mean", filters, pagination, snippets on the original text, hostile queries, removal, rebuilds,
// and the same top results on SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../src/core/db/connect.ts';
import type { Database } from '../src/core/db/schema.ts';
import { analyze, parseQuery } from '../src/core/search/fold.ts';
import {
  didYouMean, htmlToSearchText, indexDocument, popularSearches, rebuildIndex, recordSearch, removeDocument, search,
  searchIds, searchMigrations, suggest, type SearchDocument,
} from '../src/core/search/index.ts';
import { createTestPortal, testDatabases, type DbKind, type TestPortal } from './helpers/portal.ts';

/** Applies the search migration unless the portal's own migrations already did. */
async function ensureSearchSchema(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  const exists =
    dialect === 'sqlite'
      ? (await sql`select 1 from sqlite_master where name = 'search_documents'`.execute(db)).rows.length > 0
      : (await sql<{ t: string | null }>`select to_regclass('search_documents')::text as t`.execute(db)).rows[0]?.t != null;
  if (!exists) await searchMigrations['2026_11_27_0600_search_index']!.up(db);
}

const day = 86_400_000;
const now = new Date();
const ago = (days: number) => new Date(now.getTime() - days * day);

interface Item {
  key: string;
  title: string;
  body: string;
  publishedAt: Date;
  type?: string;
  language?: 'vi' | 'en';
  category?: 'news' | 'docs';
}

const items: Item[] = [
  {
    key: 'conference',
    title: 'Hội nghị sơ kết 6 tháng đầu năm 2020 Đảng bộ Ban Quản lý',
    body: '<p>Sáng 7/7, Đảng bộ Ban Quản lý Khu kinh tế tổ chức hội nghị sơ kết.</p><p>Thực hiện Quyết định số 18/2020/QĐ-UBND của UBND tỉnh.</p>',
    publishedAt: ago(2000),
  },
  {
    key: 'projects',
    title: 'Dự án đang triển khai tại Phú Quốc',
    body: '<p>Các dự án đang được đôn đốc. Nghị quyết của tỉnh được hội đồng thông qua.</p>',
    publishedAt: ago(300),
  },
  {
    key: 'reception',
    title: 'Thông báo lịch tiếp công dân',
    body: '<p>Ban Quản lý tổ chức hội nghị giao ban với các doanh nghiệp.</p>',
    publishedAt: ago(700),
  },
  {
    key: 'digital',
    title: 'Kế hoạch chuyển đổi số năm 2024',
    body: '<p>Văn bản có <code>&lt;script&gt;alert("x")&lt;/script&gt;</code> &amp; ký tự đặc biệt; căn cứ Thông tư 01/2024/TT-BTTTT.</p>',
    publishedAt: ago(100),
    type: 'documents',
    category: 'docs',
  },
  {
    key: 'english',
    title: 'Investment incentives in Phu Quoc',
    body: '<p>The conference on investment in the economic zone.</p>',
    publishedAt: ago(200),
    language: 'en',
  },
  {
    key: 'decision',
    title: 'Quyết định 123/QĐ-BQL về quy chế phối hợp',
    body: '<p>Ban hành quy chế phối hợp giữa các phòng.</p>',
    publishedAt: ago(50),
    type: 'documents',
    category: 'docs',
  },
  {
    key: 'scattered-number',
    title: 'Thống kê năm 2020',
    body: '<p>Năm 2020 có 18 văn bản; QĐ của UBND được ban hành đúng hạn.</p>',
    publishedAt: ago(40),
  },
  {
    key: 'economy',
    title: 'Phát triển kinh tế biển',
    body: '<p>Kinh tế biển là động lực tăng trưởng.</p>',
    publishedAt: ago(60),
  },
  {
    key: 'scheduled',
    title: 'Thông cáo Zalopay về sân bay mới',
    body: '<p>Nội dung chưa được công bố: zalopay.</p>',
    publishedAt: new Date(now.getTime() + 3 * day),
  },
  ...Array.from({ length: 25 }, (_, i) => ({
    key: `tour-${i}`,
    title: `Tin du lịch Kiên Giang số ${i + 1}`,
    body: `<p>Bản tin du lịch thứ ${i + 1} của tỉnh.</p>`,
    publishedAt: ago(1000 + i),
  })),
];

interface Seeded {
  ids: Map<string, number>;
  categories: { news: number; docs: number };
}

function toDoc(item: Item, id: number, categories: Seeded['categories']): SearchDocument {
  return {
    contentId: id,
    type: item.type ?? 'news',
    language: item.language ?? 'vi',
    categoryId: categories[item.category ?? 'news'],
    publishedAt: item.publishedAt,
    title: item.title,
    body: htmlToSearchText(item.body),
    url: `/x/${item.key}`,
  };
}

async function seed(db: Kysely<Database>, dialect: Dialect): Promise<Seeded> {
  const category = async (type: string, slug: string, name: string) =>
    (await db.insertInto('categories').values({ type, slug, name, parent_id: null, name_en: null }).returning('id').executeTakeFirstOrThrow()).id;
  const categories = { news: await category('news', 'tin-search', 'Tin'), docs: await category('documents', 'van-ban-search', 'Văn bản') };
  const ids = new Map<string, number>();
  for (const item of items) {
    await db.transaction().execute(async (trx) => {
      const iso = item.publishedAt.toISOString();
      const { id } = await trx
        .insertInto('content')
        .values({
          type: item.type ?? 'news', language: item.language ?? 'vi', translation_group: null, slug: `s-${item.key}`, title: item.title,
          summary: '', body: item.body, cover_image: null, cover_alt: null, category_id: categories[item.category ?? 'news'],
          status: 'published', created_at: iso, updated_at: iso, published_at: iso, scheduled_at: null, source_key: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.set(item.key, id);
      await indexDocument(trx, dialect, toDoc(item, id, categories));
    });
  }
  return { ids, categories };
}

const titlesOf = (r: { items: { title: string }[] }) => r.items.map((i) => i.title);
const title = (key: string) => items.find((i) => i.key === key)!.title;

/** Top results of a shared query set, per backend, compared at the end. */
const sharedQueries = ['hoi nghi', 'Hội nghị', 'Đảng', 'dang', 'đang', 'phu quoc', '18/2020/QĐ-UBND', 'du lich', 'quy che phoi hop', 'ban quan ly'];
const topResults = new Map<DbKind, string[][]>();

for (const kind of testDatabases()) {
  describe(`search on ${kind}`, () => {
    let portal: TestPortal;
    let db: Kysely<Database>;
    let dialect: Dialect;
    let seeded: Seeded;
    before(async () => {
      portal = await createTestPortal(kind);
      db = portal.ctx.db.kysely;
      dialect = portal.ctx.db.dialect;
      await ensureSearchSchema(db, dialect);
      seeded = await seed(db, dialect);
    });
    after(() => portal.close());

    const find = (q: string, extra: Record<string, unknown> = {}) => search(db, dialect, { q, pageSize: 50, ...extra });

    it('folds Vietnamese: "hoi nghi" finds "Hội nghị" and "dang" finds "Đảng"', async () => {
      assert.ok(titlesOf(await find('hoi nghi')).includes(title('conference')));
      const dang = titlesOf(await find('dang'));
      assert.ok(dang.includes(title('conference')), 'Đảng');
      assert.ok(dang.includes(title('projects')), 'đang');
      assert.ok(titlesOf(await find('HỘI NGHỊ'.normalize('NFD'))).includes(title('conference')), 'decomposed upper-case input');
    });

    it('ranks exact-diacritic matches first', async () => {
      assert.deepEqual(titlesOf(await find('Đảng')).slice(0, 2), [title('conference'), title('projects')]);
      assert.deepEqual(titlesOf(await find('đang')).slice(0, 2), [title('projects'), title('conference')]);
    });

    it('ranks a title match over a body match, and a phrase over scattered words', async () => {
      // conference: phrase in the title (oldest); reception: phrase in the body; projects: the
      // words apart in the body (newest)
      const order = titlesOf(await find('hoi nghi'));
      assert.deepEqual(order.slice(0, 3), [title('conference'), title('reception'), title('projects')]);
    });

    it('finds document numbers whole', async () => {
      for (const q of ['18/2020/QĐ-UBND', '18/2020/qd-ubnd', 'Quyết định 18/2020/QĐ-UBND']) {
        const r = await find(q);
        assert.equal(r.items[0]?.title, title('conference'), q);
        assert.ok(!titlesOf(r).includes(title('scattered-number')), `${q} must not match the parts apart`);
        assert.match(r.items[0]!.snippet, /<mark>18\/2020\/QĐ-UBND<\/mark>/);
      }
      assert.deepEqual(titlesOf(await find('123/QĐ-BQL')), [title('decision')]);
      assert.deepEqual(titlesOf(await find('01/2024/TT-BTTTT')), [title('digital')]);
    });

    it('suggests titles by prefix, also of a number being typed', async () => {
      assert.deepEqual((await suggest(db, dialect, 'hoi ng')).map((s) => s.title), [title('conference')]);
      assert.deepEqual((await suggest(db, dialect, 'Quyết định 12')).map((s) => s.title), [title('decision')]);
      assert.deepEqual((await suggest(db, dialect, '123/q')).map((s) => s.title), [title('decision')]);
      assert.equal((await suggest(db, dialect, 'tin du', 5)).length, 5);
      assert.deepEqual((await suggest(db, dialect, 'invest', 5, { language: 'vi' })).length, 0);
      assert.deepEqual((await suggest(db, dialect, 'invest', 5, { language: 'en' })).map((s) => s.url), ['/x/english']);
      assert.deepEqual(await suggest(db, dialect, 'thong cao z'), [], 'scheduled items are not suggested');
    });

    it('suggests a correction when words are unknown', async () => {
      assert.equal(await didYouMean(db, dialect, 'hoi nhgi'), 'hội nghị');
      assert.equal(await didYouMean(db, dialect, 'chuyen dooir so'), 'chuyển đổi số');
      // "kien" (25 titles) is as close to "kihn" as "kinh" (1 title), but only "kinh" stands before "te"
      assert.equal(await didYouMean(db, dialect, 'kihn te bien'), 'kinh tế biển');
      assert.equal(await didYouMean(db, dialect, 'Hội nghị'), null, 'known words need no correction');
      assert.equal(await didYouMean(db, dialect, 'qwxzqwxz'), null);
      assert.equal(await didYouMean(db, dialect, 'zalopy'), null, 'never a word only a scheduled item has');
    });

    it('filters by type, category, language and date range', async () => {
      assert.deepEqual(titlesOf(await find('ky tu dac biet', { type: 'documents' })), [title('digital')]);
      assert.deepEqual(titlesOf(await find('ky tu dac biet', { type: 'news' })), []);
      assert.deepEqual(new Set(titlesOf(await find('quy che', { categoryId: seeded.categories.docs }))), new Set([title('decision')]));
      assert.deepEqual(titlesOf(await find('phu quoc', { language: 'en' })), [title('english')]);
      assert.deepEqual(titlesOf(await find('phu quoc', { language: 'vi' })), [title('projects')]);
      const ranged = await find('du lich', { from: ago(1010), to: ago(1005) });
      assert.deepEqual(ranged.items.map((i) => i.url).sort(), [5, 6, 7, 8, 9, 10].map((i) => `/x/tour-${i}`).sort());
    });

    it('pages results newest first within a tier, with a total', async () => {
      // 25 items have both words; 2 more have one of them ("Dự án", "lịch tiếp") and come last
      const pages = [];
      for (let page = 1; page <= 3; page++) pages.push(await search(db, dialect, { q: 'du lich', page, pageSize: 10 }));
      assert.deepEqual(pages.map((p) => p.total), [27, 27, 27]);
      assert.deepEqual(pages.map((p) => p.items.length), [10, 10, 7]);
      const all = pages.flatMap((p) => p.items);
      assert.equal(new Set(all.map((i) => i.contentId)).size, 27);
      const tours = all.slice(0, 25);
      assert.ok(tours.every((i) => i.url.startsWith('/x/tour-')));
      const dates = tours.map((i) => i.publishedAt);
      assert.deepEqual(dates, [...dates].sort().reverse());
      assert.deepEqual(new Set(all.slice(25).map((i) => i.url)), new Set(['/x/projects', '/x/reception']));
      assert.deepEqual((await search(db, dialect, { q: 'du lich', page: 9, pageSize: 10 })).items, []);
    });

    it('lists every match\'s id in rank order in one pass, marking those with every word', async () => {
      const id = (key: string) => seeded.ids.get(key)!;
      const tours = Array.from({ length: 25 }, (_, i) => id(`tour-${i}`));
      const ranked = await searchIds(db, dialect, { q: 'du lich' });
      // the same order as search's pages: the 25 items with both words newest first, then the two with one
      const paged = [];
      for (let page = 1; page <= 3; page++) paged.push(...(await search(db, dialect, { q: 'du lich', page, pageSize: 10 })).items.map((i) => i.contentId));
      assert.deepEqual(ranked.ids, paged);
      assert.deepEqual(ranked.ids.slice(0, 25), tours, 'tour-0 is the newest');
      assert.deepEqual(new Set(ranked.ids.slice(25)), new Set([id('projects'), id('reception')]));
      assert.deepEqual(ranked.allWordIds, new Set(tours));
      assert.deepEqual((await searchIds(db, dialect, { q: 'du lich', limit: 3 })).ids, tours.slice(0, 3));
      // tiers: phrase in the title, phrase in the body, the words apart; all have every word
      const hoiNghi = await searchIds(db, dialect, { q: 'hoi nghi' });
      assert.deepEqual(hoiNghi.ids.slice(0, 3), [id('conference'), id('reception'), id('projects')]);
      assert.ok(hoiNghi.ids.every((x) => hoiNghi.allWordIds.has(x)));
      // only some of the words: matches, none with all of them
      const some = await searchIds(db, dialect, { q: 'hội nghị lừa đảo' });
      assert.ok(some.ids.includes(id('conference')));
      assert.equal(some.allWordIds.size, 0);
      // numbers, exact or folded; filters; scheduled items; nothing to search
      for (const q of ['18/2020/QĐ-UBND', '18/2020/qd-ubnd']) assert.deepEqual((await searchIds(db, dialect, { q })).ids, [id('conference')], q);
      assert.deepEqual((await searchIds(db, dialect, { q: 'quy che phoi hop', type: 'documents' })).ids, [id('decision')]);
      assert.deepEqual((await searchIds(db, dialect, { q: 'zalopay' })).ids, []);
      assert.deepEqual((await searchIds(db, dialect, { q: 'zalopay', now: new Date(now.getTime() + 4 * day) })).ids, [id('scheduled')]);
      assert.deepEqual(await searchIds(db, dialect, { q: '  ' }), { ids: [], allWordIds: new Set() });
    });

    it('builds snippets on the original text, highlighted and escaped', async () => {
      const [hit] = (await find('ky tu dac biet')).items;
      assert.ok(hit);
      assert.match(hit.snippet, /<mark>ký<\/mark> <mark>tự<\/mark> <mark>đặc<\/mark> <mark>biệt<\/mark>/);
      assert.match(hit.snippet, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; /);
      assert.doesNotMatch(hit.snippet.replace(/<\/?mark>/g, ''), /[<>]/);
      const [conference] = (await find('hoi nghi so ket')).items;
      assert.match(conference!.titleHtml, /^<mark>Hội<\/mark> <mark>nghị<\/mark> <mark>sơ<\/mark> <mark>kết<\/mark> 6 tháng/);
      assert.match(conference!.snippet, /<mark>hội<\/mark> <mark>nghị<\/mark> <mark>sơ<\/mark> <mark>kết<\/mark>/);
    });

    it('treats hostile or odd queries as plain words and never throws', async () => {
      const hostile = [
        '"', '""', "'", '*', 'hoi*', 'NEAR(hoi nghi, 2)', 'hoi AND nghi', 'hoi OR', 'NOT dang', '(((', ')', '{title}: x', 'title:hoi',
        "'; drop table content; --", '1=1; select * from content', '\u0000\u0001 hoi', 'a'.repeat(5000), 'hội '.repeat(2000), '-hoi +nghi',
        'x:*', "''::tsquery", '\\', '\uffff\ud800', '<script>alert(1)</script>', '%_%', ' ', '', '🙂 hội nghị',
      ];
      for (const q of hostile) {
        const r = await search(db, dialect, { q, page: 1, pageSize: 10 });
        assert.ok(Array.isArray(r.items) && Number.isInteger(r.total), q.slice(0, 20));
        await suggest(db, dialect, q);
        await didYouMean(db, dialect, q);
      }
      assert.ok(titlesOf(await find('NEAR(hoi nghi, 2)')).includes(title('conference')), 'operators are words');
      assert.ok(titlesOf(await find('🙂 hội nghị')).includes(title('conference')));
      const stillThere = await db.selectFrom('content').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(stillThere.n), items.length);
      const odd = await search(db, dialect, { q: 'hoi', page: -3, pageSize: 10_000, from: 'not a date' });
      assert.deepEqual(odd.items, []);
    });

    it('never shows scheduled items', async () => {
      assert.deepEqual(titlesOf(await find('zalopay')), []);
      assert.deepEqual(titlesOf(await find('zalopay', { now: new Date(now.getTime() + 4 * day) })), [title('scheduled')]);
    });

    it('records popular searches of which some item has every word', async () => {
      const record = async (q: string, times: number) => {
        for (let i = 0; i < times; i++) await recordSearch(db, q, await search(db, dialect, { q }));
      };
      await record('Hội nghị', 3);
      await record('không có gì zzqq', 5); // no results
      await record('hội nghị lừa đảo', 5); // only some of the words: never shown
      await record('Phú Quốc', 1); // not often enough
      assert.deepEqual(await popularSearches(db, 5), ['Hội nghị']);
    });

    it('returns the shared query set (compared across backends below)', async () => {
      const tops = [];
      for (const q of sharedQueries) tops.push(titlesOf(await search(db, dialect, { q, pageSize: 5 })));
      topResults.set(kind, tops);
    });

    it('forgets removed and deleted content, snippets included', async () => {
      const conference = seeded.ids.get('conference')!;
      await db.transaction().execute((trx) => removeDocument(trx, dialect, conference));
      assert.ok(!titlesOf(await find('hoi nghi')).includes(title('conference')));
      assert.ok(!(await find('18/2020/QĐ-UBND')).items.length);
      assert.deepEqual(await suggest(db, dialect, 'hoi nghi so'), []);
      const reception = seeded.ids.get('reception')!;
      await db.deleteFrom('content').where('id', '=', reception).execute(); // the cascade removes its entry
      const left = await find('hoi nghi');
      assert.ok(!titlesOf(left).includes(title('reception')));
      assert.ok(left.items.every((i) => !/giao ban/.test(i.snippet)));
    });

    it('rebuilds: writes what changed, skips unpublished items, removes what is gone', async () => {
      const decision = seeded.ids.get('decision')!;
      await db.updateTable('content').set({ status: 'withdrawn' }).where('id', '=', decision).execute();
      const rows = await db.selectFrom('content').selectAll().orderBy('id').execute();
      const docs = rows
        .filter((r) => r.title !== title('projects')) // no longer in the source: must leave the index
        .map((r) => toDoc(items.find((i) => i.title === r.title)!, r.id, seeded.categories));
      docs.find((d) => d.contentId === seeded.ids.get('digital'))!.title = 'Kế hoạch chuyển đổi số năm 2025';
      const progress: number[] = [];
      const result = await rebuildIndex(db, dialect, [docs.slice(0, 10), docs.slice(10)], { onProgress: (p) => progress.push(p.batches) });
      assert.deepEqual(progress.slice(0, 2), [1, 2]);
      assert.equal(result.indexed, 2, 'the edited title and the removed conference entry');
      assert.equal(result.removed, 1);
      assert.ok(result.skipped >= 1);
      assert.deepEqual(titlesOf(await find('quy che phoi hop')), []);
      assert.deepEqual(titlesOf(await find('phu quoc', { language: 'vi' })), []);
      assert.deepEqual(titlesOf(await find('chuyen doi so 2025')).slice(0, 1), ['Kế hoạch chuyển đổi số năm 2025']);
      assert.ok(titlesOf(await find('hoi nghi')).includes(title('conference')));
      const again = await rebuildIndex(db, dialect, [docs], {});
      assert.equal(again.indexed, 0);
    });
  });
}

describe('search backends agree', () => {
  it('SQLite and PostgreSQL return the same top results for the shared query set', (t) => {
    const sqlite = topResults.get('sqlite');
    const postgres = topResults.get('postgres');
    if (!sqlite || !postgres) return t.skip('PostgreSQL tests skipped: TEST_DATABASE_URL is not set');
    for (const [i, q] of sharedQueries.entries()) assert.deepEqual(postgres[i], sqlite[i], q);
    assert.ok(sqlite.some((r) => r.length > 0));
  });
});

describe('search tokenisation', () => {
  it('keeps document numbers whole and everything else as plain words', () => {
    const q = parseQuery('Quyết định 18/2020/QĐ-UBND "NEAR" AND (x*)');
    assert.deepEqual(q.terms.map((t) => t.folded), ['quyet', 'dinh', '18_2020_qd_ubnd', 'near', 'and', 'x']);
    assert.equal(q.terms[0]!.exact, 'quyết');
    assert.ok(q.hasExact);
    assert.ok(!parseQuery('hoi nghi').hasExact);
  });
  it('maps words back to the original text, also when it is decomposed or has stray marks', () => {
    const text = 'Đảng bộ q\u0323a x\u0301y';
    const a = analyze(text);
    assert.deepEqual(a.words.map((w) => a.text.slice(w.start, w.end)), ['Đảng', 'bộ', 'q\u0323a', 'x\u0301y']);
    assert.deepEqual(a.words.map((w) => w.folded), ['dang', 'bo', 'qa', 'xy']);
    const nfd = analyze('Hội nghị'.normalize('NFD'));
    assert.deepEqual(nfd.words.map((w) => nfd.text.slice(w.start, w.end)), ['Hội', 'nghị']);
  });
  it('caps the query', () => {
    assert.ok(parseQuery('từ '.repeat(500)).text.length <= 200);
    assert.ok(parseQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')).terms.length <= 12);
  });
});
