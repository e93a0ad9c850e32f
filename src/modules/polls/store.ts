// Votes and ratings: stored only when allowed (one per browser per poll, one rating per browser
// per day, at most a few dozen per address per poll per day) and counted for the results.
// Counts come back as strings on PostgreSQL: every aggregate goes through Number().
import type { Kysely } from 'kysely';
import type { Database } from '../../core/db/schema.ts';
import { pollsDb } from './schema.ts';
import { addressHash, vietnamDay, voterHash } from './voter.ts';

/**
 * Votes accepted per address per poll per day, and ratings per address per day: enough for an
 * office whose staff share one address (NAT), far too few for a script to move a result.
 */
export const votesPerAddressPerDay = 20;
export const ratingsPerAddressPerDay = 20;

export type CastOutcome = 'ok' | 'already' | 'tooMany';

export interface Voter {
  secret: string;
  /** the browser's id (from its signed cookie, or new) */
  browser: string;
  ip: string;
}

const pollScope = (pollId: number) => `poll:${pollId}`;
const ratingScope = (day: string) => `rating:${day}`;

/** The answer this browser chose on a poll, if it voted. */
export async function voteOf(db: Kysely<Database>, secret: string, pollId: number, browser: string | undefined): Promise<number | undefined> {
  if (!browser) return undefined;
  const row = await pollsDb(db).selectFrom('poll_votes').select('option_index').where('poll_id', '=', pollId).where('voter', '=', voterHash(secret, pollScope(pollId), browser)).executeTakeFirst();
  return row ? Number(row.option_index) : undefined;
}

/** Stores one vote unless this browser voted already or its address reached today's limit. */
export async function castVote(db: Kysely<Database>, voter: Voter, pollId: number, option: number, now: Date): Promise<CastOutcome> {
  const pdb = pollsDb(db);
  const day = vietnamDay(now);
  const hash = voterHash(voter.secret, pollScope(pollId), voter.browser);
  const address = addressHash(voter.secret, pollScope(pollId), day, voter.ip);
  if (await pdb.selectFrom('poll_votes').select('id').where('poll_id', '=', pollId).where('voter', '=', hash).executeTakeFirst()) return 'already';
  const sent = await pdb.selectFrom('poll_votes').select((eb) => eb.fn.countAll<string | number>().as('n')).where('poll_id', '=', pollId).where('address', '=', address).executeTakeFirstOrThrow();
  if (Number(sent.n) >= votesPerAddressPerDay) return 'tooMany';
  // the unique (poll_id, voter) index settles two requests racing with the same cookie
  const row = await pdb
    .insertInto('poll_votes')
    .values({ poll_id: pollId, option_index: option, voter: hash, address, created_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['poll_id', 'voter']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row ? 'ok' : 'already';
}

export interface Tally {
  /** votes per answer, in the poll's order */
  counts: number[];
  total: number;
}

/** The votes for each of `optionCount` answers (votes for answers since removed are not counted). */
export async function tallyOf(db: Kysely<Database>, pollId: number, optionCount: number): Promise<Tally> {
  const rows = await pollsDb(db)
    .selectFrom('poll_votes')
    .select(['option_index', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('poll_id', '=', pollId)
    .groupBy('option_index')
    .execute();
  const counts = Array.from({ length: optionCount }, () => 0);
  for (const row of rows) {
    const i = Number(row.option_index);
    if (i >= 0 && i < optionCount) counts[i] = Number(row.n);
  }
  return { counts, total: counts.reduce((a, b) => a + b, 0) };
}

// ---- Ratings of the portal ----

export const criteria = ['interface', 'content', 'quality', 'support'] as const;
export type Criterion = (typeof criteria)[number];
export type Scores = Record<Criterion, number>;

const column = { interface: 'score_interface', content: 'score_content', quality: 'score_quality', support: 'score_support' } as const;

/** The scores this browser gave today, if it rated today. */
export async function ratingOf(db: Kysely<Database>, secret: string, browser: string | undefined, now: Date): Promise<Scores | undefined> {
  if (!browser) return undefined;
  const day = vietnamDay(now);
  const row = await pollsDb(db).selectFrom('portal_ratings').selectAll().where('day', '=', day).where('voter', '=', voterHash(secret, ratingScope(day), browser)).executeTakeFirst();
  return row ? { interface: Number(row.score_interface), content: Number(row.score_content), quality: Number(row.score_quality), support: Number(row.score_support) } : undefined;
}

/** Stores one rating unless this browser rated today or its address reached today's limit. */
export async function rate(db: Kysely<Database>, voter: Voter, scores: Scores, now: Date): Promise<CastOutcome> {
  const pdb = pollsDb(db);
  const day = vietnamDay(now);
  const hash = voterHash(voter.secret, ratingScope(day), voter.browser);
  const address = addressHash(voter.secret, 'rating', day, voter.ip);
  if (await pdb.selectFrom('portal_ratings').select('id').where('day', '=', day).where('voter', '=', hash).executeTakeFirst()) return 'already';
  const sent = await pdb.selectFrom('portal_ratings').select((eb) => eb.fn.countAll<string | number>().as('n')).where('day', '=', day).where('address', '=', address).executeTakeFirstOrThrow();
  if (Number(sent.n) >= ratingsPerAddressPerDay) return 'tooMany';
  const row = await pdb
    .insertInto('portal_ratings')
    .values({ score_interface: scores.interface, score_content: scores.content, score_quality: scores.quality, score_support: scores.support, day, voter: hash, address, created_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['day', 'voter']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row ? 'ok' : 'already';
}

export interface RatingSummary {
  count: number;
  /** average score per criterion (0 when there is no rating) */
  averages: Scores;
}

export async function ratingSummary(db: Kysely<Database>): Promise<RatingSummary> {
  const row = await pollsDb(db)
    .selectFrom('portal_ratings')
    .select((eb) => [
      eb.fn.countAll<string | number>().as('n'),
      eb.fn.sum<string | number | null>(column.interface).as('interface'),
      eb.fn.sum<string | number | null>(column.content).as('content'),
      eb.fn.sum<string | number | null>(column.quality).as('quality'),
      eb.fn.sum<string | number | null>(column.support).as('support'),
    ])
    .executeTakeFirstOrThrow();
  const count = Number(row.n);
  const avg = (sum: string | number | null) => (count > 0 ? Number(sum ?? 0) / count : 0);
  return { count, averages: { interface: avg(row.interface), content: avg(row.content), quality: avg(row.quality), support: avg(row.support) } };
}
