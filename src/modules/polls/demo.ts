// Demo polls (demo/polls.json) published through core's publishItem with dates relative to the
// load day (so some are always open and some closed), their demo votes, and demo ratings of the
// portal; every row flagged demo and removed exactly, with any vote on a demo poll.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { publishItem, removeDemoItems } from '../../core/content-types/publish-item.ts';
import type { Database } from '../../core/db/schema.ts';
import { pollDeclaration, pollType, type ShowResults } from './declaration.ts';
import { pollsDb } from './schema.ts';
import { vietnamDay } from './voter.ts';

export const demoFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'demo', 'polls.json');

export interface DemoPoll {
  title: string;
  summary: string;
  options: string[];
  votes: number[];
  opensInDays: number;
  closesInDays: number | null;
  showResults: ShowResults;
}

export interface DemoData {
  polls: DemoPoll[];
  /** [interface, content, quality, support] */
  ratings: [number, number, number, number][];
}

export function readDemoPolls(file = demoFile): DemoData {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<DemoData>;
  if (!Array.isArray(data.polls) || !Array.isArray(data.ratings)) throw new Error(`${file}: "polls" and "ratings" must be lists`);
  return { polls: data.polls, ratings: data.ratings };
}

const dayMs = 86_400_000;
/** 08:00 in Viet Nam (01:00 UTC) on the day `days` from `now`'s day. */
const at = (now: Date, days: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * dayMs + 3_600_000);

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  // small batches: SQLite caps the parameters of one statement
  for (let i = 0; i < rows.length; i += 100) await insert(rows.slice(i, i + 100));
}

export async function loadPollDemo(db: Kysely<Database>, now = new Date()): Promise<number> {
  const { polls, ratings } = readDemoPolls();
  const pdb = pollsDb(db);
  for (const [i, p] of polls.entries()) {
    const opensAt = at(now, p.opensInDays);
    const closesAt = p.closesInDays === null ? undefined : at(now, p.closesInDays);
    const id = await publishItem(
      db,
      pollDeclaration,
      {
        title: p.title,
        summary: p.summary,
        fields: { options: p.options.map((label) => ({ label })), opensAt: opensAt.toISOString(), ...(closesAt ? { closesAt: closesAt.toISOString() } : {}), showResults: p.showResults },
        // announced a couple of days before it opens
        publishedAt: new Date(Math.min(now.getTime(), opensAt.getTime()) - 2 * dayMs),
        sourceKey: `demo:polls:${i + 1}`,
        isDemo: true,
      },
      now,
    ).catch((error: unknown) => {
      throw new Error(`polls.json, entry ${i + 1}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    });
    if (p.votes.length > p.options.length) throw new Error(`polls.json, entry ${i + 1}: more vote counts than answers`);
    // votes spread over the time the poll has been open (loading again replaces them)
    await pdb.deleteFrom('poll_votes').where('poll_id', '=', id).where('is_demo', '=', 1).execute();
    const from = opensAt.getTime();
    const to = Math.max(from + 1, Math.min(now.getTime(), closesAt?.getTime() ?? now.getTime()));
    const total = p.votes.reduce((a, b) => a + b, 0);
    const rows = p.votes.flatMap((count, option) => Array.from({ length: count }, () => option)).map((option, n) => ({
      poll_id: id,
      option_index: option,
      voter: `demo-${n + 1}`,
      address: 'demo',
      // interleaved answers, evenly over the period
      created_at: new Date(from + Math.floor(((((n * 7919) % total) + 0.5) / total) * (to - from))).toISOString(),
      is_demo: 1,
    }));
    await insertInBatches(rows, (batch) => pdb.insertInto('poll_votes').values(batch).execute());
  }
  await pdb.deleteFrom('portal_ratings').where('is_demo', '=', 1).execute();
  const ratingRows = ratings.map(([i, c, q, s], n) => {
    const when = new Date(now.getTime() - (n + 1) * dayMs);
    return { score_interface: i, score_content: c, score_quality: q, score_support: s, day: vietnamDay(when), voter: `demo-rating-${n + 1}`, address: 'demo', created_at: when.toISOString(), is_demo: 1 };
  });
  await insertInBatches(ratingRows, (batch) => pdb.insertInto('portal_ratings').values(batch).execute());
  return polls.length;
}

/** Removes the demo polls with every vote on them, and the demo ratings; returns how many polls (content items) went. */
export async function removePollDemo(db: Kysely<Database>): Promise<number> {
  const pdb = pollsDb(db);
  const ids = (await db.selectFrom('content').select('id').where('type', '=', pollType).where('is_demo', '=', 1).execute()).map((r) => r.id);
  await pdb
    .deleteFrom('poll_votes')
    .where((eb) => (ids.length > 0 ? eb.or([eb('is_demo', '=', 1), eb('poll_id', 'in', ids)]) : eb('is_demo', '=', 1)))
    .execute();
  await pdb.deleteFrom('portal_ratings').where('is_demo', '=', 1).execute();
  return removeDemoItems(db, pollType);
}
