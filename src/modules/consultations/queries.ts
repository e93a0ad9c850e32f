// Reads of drafts for the public pages: open ones first (closing soonest), then those opening
// soon, then closed ones (most recently closed first) — what a reader can still act on comes first.
import type { Kysely } from 'kysely';
import { readableItems, type ReadableItem } from '../../core/content-types/published.ts';
import type { Database } from '../../core/db/schema.ts';
import { publishedSubmissions, parseData } from '../../core/submissions/store.ts';
import { draftType, stateOf, type DraftState } from './declaration.ts';

export interface DraftItem {
  item: ReadableItem;
  state: DraftState;
  opensAt: string;
  closesAt: string;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

export function asDraft(item: ReadableItem, now: Date): DraftItem {
  return { item, state: stateOf(item.values, now), opensAt: text(item.values.opensAt), closesAt: text(item.values.closesAt) };
}

const rank: Record<DraftState, number> = { open: 0, upcoming: 1, closed: 2 };

export async function listDrafts(db: Kysely<Database>, now: Date): Promise<DraftItem[]> {
  const drafts = (await readableItems(db, draftType, { now })).map((i) => asDraft(i, now));
  return drafts.sort((a, b) => {
    if (a.state !== b.state) return rank[a.state] - rank[b.state];
    if (a.state === 'open') return a.closesAt.localeCompare(b.closesAt);
    if (a.state === 'upcoming') return a.opensAt.localeCompare(b.opensAt);
    return b.closesAt.localeCompare(a.closesAt);
  });
}

export async function findDraft(db: Kysely<Database>, slug: string, now: Date): Promise<DraftItem | undefined> {
  const rows = await readableItems(db, draftType, { now, statuses: ['published', 'withdrawn'] });
  const item = rows.find((r) => r.slug === slug);
  return item ? asDraft(item, now) : undefined;
}

export interface PublishedComment {
  id: number;
  article: string;
  content: string;
  at: string;
}

/** Approved comments on a draft, oldest first (a conversation reads in order); never who sent them. */
export async function approvedComments(db: Kysely<Database>, draftId: number): Promise<PublishedComment[]> {
  const rows = await publishedSubmissions(db, 'comment', draftId);
  return rows
    .map((row) => {
      const data = parseData(row);
      return { id: row.id, article: text(data.article), content: text(data.content), at: row.created_at };
    })
    .sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
}
