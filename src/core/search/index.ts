// Site search (tìm kiếm), core service: one index over all published content of every type and
// language. Modules call indexDocument / removeDocument inside the transaction that writes the
// content, so what is searchable is exactly what is published; routes call search, suggest and
// didYouMean; the CLI calls rebuildIndex.
import type { Dialect } from '../db/connect.ts';
import { toIndexForm, type SearchDocument } from './document.ts';
import { searchStore, type AnyDb } from './store.ts';

export { searchMigrations } from './migrations.ts';
export { htmlToSearchText, type SearchDocument } from './document.ts';
export { search, searchIds, maxResults, type RankedIds, type RankedOptions, type SearchHit, type SearchOptions, type SearchResult } from './search.ts';
export { suggest, didYouMean, type Suggestion, type SuggestOptions } from './suggest.ts';
export { compactIndex, rebuildIndex, type RebuildOptions, type RebuildProgress, type RebuildResult } from './rebuild.ts';
export { recordSearch, popularSearches } from './popular.ts';
export type { AnyDb } from './store.ts';

/**
 * Adds or replaces the item in the index. Call it in the transaction that publishes or edits
 * published content; scheduled items (publication time in the future) may be indexed already,
 * search hides them until their time.
 */
export async function indexDocument(db: AnyDb, dialect: Dialect, doc: SearchDocument, now = new Date()): Promise<void> {
  await searchStore(db, dialect).write(doc, toIndexForm(doc), now.toISOString());
}

/** Removes the item (unpublished, withdrawn, deleted); nothing of it stays searchable. */
export async function removeDocument(db: AnyDb, dialect: Dialect, contentId: number): Promise<void> {
  await searchStore(db, dialect).remove(contentId);
}
