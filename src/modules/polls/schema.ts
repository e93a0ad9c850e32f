// Table types of the polls module. They are not in core's `Database`: the module reaches them
// through `pollsDb`, a type-only view of the same Kysely instance (like core's submissionsDb).
import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';
import type { Database } from '../../core/db/schema.ts';

/** One vote on a poll. Nothing here identifies a person: `voter` and `address` are keyed hashes. */
export interface PollVotesTable {
  id: Generated<number>;
  /** content.id of the poll */
  poll_id: number;
  /** 0-based position of the chosen answer in the poll's options */
  option_index: number;
  /** HMAC of the poll and the browser's id (from the signed cookie): one vote per browser per poll */
  voter: string;
  /** HMAC of the poll, the Vietnam day and the address (an IPv6 address by its /64): the daily limit per address */
  address: string;
  created_at: string;
  is_demo: ColumnType<number, number | undefined, number>;
}

/** One rating of the portal on the four criteria, 1–5 each. */
export interface PortalRatingsTable {
  id: Generated<number>;
  score_interface: number;
  score_content: number;
  score_quality: number;
  score_support: number;
  /** the Vietnam day 'YYYY-MM-DD': one rating per browser per day */
  day: string;
  /** HMAC of the day and the browser's id */
  voter: string;
  /** HMAC of the day and the address */
  address: string;
  created_at: string;
  is_demo: ColumnType<number, number | undefined, number>;
}

export interface PollTables {
  poll_votes: PollVotesTable;
  portal_ratings: PortalRatingsTable;
}

export type PollsDatabase = Database & PollTables;

export function pollsDb(db: Kysely<Database> | Transaction<Database>): Kysely<PollsDatabase> {
  return db as unknown as Kysely<PollsDatabase>;
}
