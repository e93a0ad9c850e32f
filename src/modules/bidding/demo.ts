// Demo procurement notices (demo/bidding.json, invented samples), published through core's
// publishItem with the same checks as the back office and flagged is_demo, so `removeDemo`
// deletes exactly them. Times in the file are Vietnam wall-clock times; each entry's "key" is its
// source key, so loading twice updates in place instead of duplicating.
import fs from 'node:fs';
import type { Kysely } from 'kysely';
import { publishItem, removeDemoItems } from '../../core/content-types/publish-item.ts';
import type { Database } from '../../core/db/schema.ts';
import { parseLocalInput } from '../../core/text/datetime.ts';
import { biddingDeclaration, biddingType } from './declaration.ts';

export const demoFile = new URL('./demo/bidding.json', import.meta.url);

export interface DemoNotice {
  key: string;
  title: string;
  summary?: string;
  body?: string;
  /** Vietnam time, "2026-11-10 15:00"; defaults to 08:00 on the day posted (issuedOn) */
  publishedAt?: string;
  /** closesAt in Vietnam time, "2026-12-08 09:00" */
  fields: Record<string, unknown>;
}

export function readDemoNotices(file: URL = demoFile): DemoNotice[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { note?: unknown; notices?: unknown };
  if (typeof data.note !== 'string' || !data.note) throw new Error(`${file.pathname}: a top-level "note" must say the items are invented`);
  if (!Array.isArray(data.notices)) throw new Error(`${file.pathname}: "notices" must be a list`);
  return data.notices as DemoNotice[];
}

const at = (local: string, what: string): Date => {
  const date = parseLocalInput(local);
  if (!date) throw new Error(`Demo procurement notice: bad ${what} "${local}"`);
  return date;
};

/** The fields as the admin API takes them: closesAt as a UTC instant. */
export function demoFields(n: DemoNotice): Record<string, unknown> {
  const fields = { ...n.fields };
  if (typeof fields.closesAt === 'string') fields.closesAt = at(fields.closesAt, `closing time of ${n.key}`).toISOString();
  return fields;
}

export async function loadBiddingDemo(db: Kysely<Database>, file: URL = demoFile): Promise<number> {
  const notices = readDemoNotices(file);
  for (const n of notices) {
    const publishedAt = at(n.publishedAt ?? `${String(n.fields.issuedOn)} 08:00`, `publication time of ${n.key}`);
    await publishItem(db, biddingDeclaration, {
      title: n.title,
      summary: n.summary ?? '',
      body: n.body ?? '',
      fields: demoFields(n),
      publishedAt,
      sourceKey: `demo:bidding:${n.key}`,
      isDemo: true,
    });
  }
  return notices.length;
}

export function removeBiddingDemo(db: Kysely<Database>): Promise<number> {
  return removeDemoItems(db, biddingType);
}
