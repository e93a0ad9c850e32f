// `congtin reindex`: rebuilds the search index from the published content, in short batches
// (safe while the site is live), with a progress bar; entries of content no longer published go.
import type { AppContext } from '../core/context.ts';
import type { Content } from '../core/db/schema.ts';
import { searchDocumentOf } from '../core/content/search-hook.ts';
import { rebuildIndex, type SearchDocument } from '../core/search/index.ts';
import { createProgress } from './progress.ts';

const batchSize = 500;

async function* batches(ctx: AppContext): AsyncGenerator<SearchDocument[]> {
  let after = 0;
  for (;;) {
    const rows = (await ctx.db.kysely.selectFrom('content').selectAll().where('status', '=', 'published').where('id', '>', after).orderBy('id').limit(batchSize).execute()) as Content[];
    if (rows.length === 0) return;
    after = rows[rows.length - 1]!.id;
    const docs: SearchDocument[] = [];
    for (const row of rows) {
      const doc = await searchDocumentOf(ctx.db.kysely, row);
      if (doc) docs.push(doc);
    }
    yield docs;
  }
}

export async function reindexCommand(ctx: AppContext): Promise<number> {
  const { n } = await ctx.db.kysely.selectFrom('content').select((eb) => eb.fn.countAll().as('n')).where('status', '=', 'published').executeTakeFirstOrThrow();
  const total = Math.max(1, Math.ceil(Number(n) / batchSize));
  const progress = createProgress(total, 'Reindexing');
  const result = await rebuildIndex(ctx.db.kysely, ctx.db.dialect, batches(ctx), {
    onProgress: (p) => progress.tick(`${p.indexed + p.unchanged} items (${p.indexed} written)`),
  });
  progress.stop();
  console.log(`Search index rebuilt: ${result.indexed} written, ${result.unchanged} unchanged, ${result.removed} removed, in ${(result.elapsedMs / 1000).toFixed(1)} s.`);
  return 0;
}
