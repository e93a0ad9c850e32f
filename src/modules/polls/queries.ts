// Reads of polls for the public pages: open ones first (closing soonest, those without a closing
// date last), then those opening soon, then closed ones (most recently closed first).
import type { Kysely } from 'kysely';
import { parseFields } from '../../core/content-types/field-index.ts';
import { readableContent, readableItems, type ReadableItem } from '../../core/content-types/published.ts';
import type { Content, Database } from '../../core/db/schema.ts';
import { optionsOf, pollType, showResultsOf, stateOf, type PollState, type ShowResults } from './declaration.ts';

export interface PollItem {
  item: ReadableItem;
  state: PollState;
  options: string[];
  showResults: ShowResults;
  opensAt: string;
  /** '' when the poll has no closing time */
  closesAt: string;
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');

export function asPoll(item: ReadableItem, now: Date): PollItem {
  return { item, state: stateOf(item.values, now), options: optionsOf(item.values), showResults: showResultsOf(item.values), opensAt: text(item.values.opensAt), closesAt: text(item.values.closesAt) };
}

const rank: Record<PollState, number> = { open: 0, upcoming: 1, closed: 2 };

export async function listPolls(db: Kysely<Database>, now: Date): Promise<PollItem[]> {
  const polls = (await readableItems(db, pollType, { now })).map((i) => asPoll(i, now));
  return polls.sort((a, b) => {
    if (a.state !== b.state) return rank[a.state] - rank[b.state];
    if (a.state === 'open') return (a.closesAt || '9').localeCompare(b.closesAt || '9') || b.opensAt.localeCompare(a.opensAt);
    if (a.state === 'upcoming') return a.opensAt.localeCompare(b.opensAt);
    return b.closesAt.localeCompare(a.closesAt);
  });
}

export async function findPoll(db: Kysely<Database>, slug: string, now: Date): Promise<PollItem | undefined> {
  const row = (await readableContent(db, pollType, { now }).where('content.slug', '=', slug).selectAll('content').executeTakeFirst()) as Content | undefined;
  return row ? asPoll({ ...row, values: parseFields(row.fields) }, now) : undefined;
}
