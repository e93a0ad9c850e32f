// Demo drafts (demo/drafts.json) published through core's publishItem, with dates relative to the
// load day (so some are always open), and their approved comments stored through the submissions
// store; everything flagged demo and removed exactly.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { publishItem, removeDemoItems } from '../../core/content-types/publish-item.ts';
import type { Database } from '../../core/db/schema.ts';
import { deleteSubmissions } from '../../core/submissions/files.ts';
import { submissionsDb } from '../../core/submissions/schema.ts';
import { receive } from '../../core/submissions/store.ts';
import { commentKind, draftDeclaration, draftType } from './declaration.ts';

export const demoFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'demo', 'drafts.json');

export interface DemoDraft {
  title: string;
  summary: string;
  issuer: string;
  opensInDays: number;
  closesInDays: number;
  articles: string[];
  body: string;
  report?: string;
  comments: { article: string; content: string }[];
}

export function readDemoDrafts(file = demoFile): DemoDraft[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { drafts?: unknown };
  if (!Array.isArray(data.drafts)) throw new Error(`${file}: "drafts" must be a list`);
  return data.drafts as DemoDraft[];
}

const dayMs = 86_400_000;
/** 08:00 in Viet Nam (01:00 UTC) on the day `days` from `now`'s day. */
const at = (now: Date, days: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * dayMs + 3_600_000);

export async function loadConsultationDemo(db: Kysely<Database>, now = new Date()): Promise<number> {
  const drafts = readDemoDrafts();
  let count = 0;
  for (const [i, d] of drafts.entries()) {
    const opensAt = at(now, d.opensInDays);
    const id = await publishItem(
      db,
      draftDeclaration,
      {
        title: d.title,
        summary: d.summary,
        body: d.body,
        fields: { issuer: d.issuer, opensAt: opensAt.toISOString(), closesAt: at(now, d.closesInDays).toISOString(), ...(d.articles.length ? { articles: d.articles.join('\n') } : {}), ...(d.report ? { report: d.report } : {}) },
        // announced a few days before it opens
        publishedAt: new Date(Math.min(now.getTime(), opensAt.getTime()) - 3 * dayMs),
        sourceKey: `demo:drafts:${i + 1}`,
        isDemo: true,
      },
      now,
    ).catch((error: unknown) => {
      throw new Error(`drafts.json, entry ${i + 1}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    });
    count++;
    for (const [j, c] of d.comments.entries()) {
      const sent = new Date(Math.min(now.getTime(), opensAt.getTime() + (j + 1) * dayMs));
      const { id: commentId } = await receive(db, commentKind, { name: 'Người góp ý (mẫu)' }, { ...(c.article ? { article: c.article } : {}), content: c.content }, id, sent);
      await submissionsDb(db).updateTable('submissions').set({ status: 'answered', published_at: sent.toISOString(), is_demo: 1 }).where('id', '=', commentId).execute();
      count++;
    }
  }
  return count;
}

/** Deletes the demo comments through core (which removes any attached file too), then the demo drafts. */
export async function removeConsultationDemo(db: Kysely<Database>, dataDir: string): Promise<number> {
  const comments = await deleteSubmissions(db, dataDir, { kind: commentKind.kind, demo: true });
  return comments + (await removeDemoItems(db, draftType));
}
