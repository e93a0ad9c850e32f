// Things that must happen in the same transaction as any change to content (the search index,
// caches later). Core services register here; the workflow calls them.
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

export type ContentChangeHook = (trx: Transaction<Database>, contentId: number) => Promise<void>;

const hooks: ContentChangeHook[] = [];

export function onContentChange(hook: ContentChangeHook): void {
  if (!hooks.includes(hook)) hooks.push(hook);
}

export async function contentChanged(trx: Transaction<Database>, contentId: number): Promise<void> {
  for (const hook of hooks) await hook(trx, contentId);
}
