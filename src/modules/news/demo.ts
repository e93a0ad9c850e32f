// Demo content for a first start: the real seed article (through the importer, as a real
// article) and the demo set from demo/articles.json (read and checked by demo-data.ts, saved
// through saveArticle like an import, flagged is_demo, removable with `congtin demo --remove`).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { isSqlite } from '../../core/db/dialect.ts';
import { removeDocument } from '../../core/search/index.ts';
import type { Database } from '../../core/db/schema.ts';
import { escapeHtml } from '../../core/html/escape.ts';
import { parseLocalInput } from '../../core/text/datetime.ts';
import { articleSourceKey, type ArticleInput } from './import/article-input.ts';
import { importFiles } from './import/importer.ts';
import { readDemoArticles, type DemoArticle } from './demo-data.ts';
import { newsType, saveArticle } from './save.ts';

export const seedFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../demo');

function demoInput(article: DemoArticle): ArticleInput {
  const publishedAt = parseLocalInput(article.publishedAt);
  if (!publishedAt) throw new Error(`Demo article "${article.title}" has a bad time ${article.publishedAt}`);
  const blocks = article.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`);
  if (article.figure) {
    const f = article.figure;
    const figure = `<figure><img src="${escapeHtml(f.src)}" alt="${escapeHtml(f.alt)}" width="1200" height="675" loading="lazy"><figcaption>${escapeHtml(f.caption)}</figcaption></figure>`;
    blocks.splice(Math.min(f.afterParagraph + 1, blocks.length), 0, figure);
  }
  return {
    title: article.title,
    summary: article.summary,
    body: blocks.join('\n'),
    categoryName: article.category,
    publishedAt,
    sourceKey: `demo:${articleSourceKey(article.title, publishedAt)}`,
    author: article.author,
    source: article.source,
  };
}

export async function loadNewsDemo(db: Kysely<Database>): Promise<number> {
  // read and checked before anything is written: a malformed file changes nothing
  const demoArticles = readDemoArticles();
  const seeded = await importFiles(db, [path.join(seedFolder, '000_a669bda985d7232c.txt')]);
  const failed = seeded.find((r) => r.outcome === 'failed');
  if (failed) throw new Error(`The seed article could not be imported: ${failed.reason}`);
  await db.transaction().execute(async (trx) => {
    for (const article of demoArticles) {
      await saveArticle(trx, demoInput(article), { isDemo: true, isFeatured: article.featured ?? false });
    }
  });
  return seeded.length + demoArticles.length;
}

/** Deletes the demo articles, then the categories that only they used. Real content stays. */
export async function removeNewsDemo(db: Kysely<Database>): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const demo = await trx.selectFrom('content').select('id').where('type', '=', newsType).where('is_demo', '=', 1).execute();
    const ids = demo.map((r) => r.id);
    if (ids.length > 0) {
      const dialect = isSqlite(trx as unknown as Kysely<unknown>) ? 'sqlite' : 'postgres';
      for (const id of ids) await removeDocument(trx, dialect, id);
      await trx.deleteFrom('news_articles').where('content_id', 'in', ids).execute();
      await trx.deleteFrom('content').where('id', 'in', ids).execute();
    }
    await trx
      .deleteFrom('categories')
      .where('type', '=', newsType)
      .where('is_demo', '=', 1)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('content').select('content.id').whereRef('content.category_id', '=', 'categories.id'))))
      .execute();
    return ids.length;
  });
}
