// Demo announcements (demo/announcements.json, invented samples), published through core's
// publishItem with the same checks as the back office and flagged is_demo, so `removeDemo`
// deletes exactly them. Times in the file are Vietnam wall-clock times; each entry's "key" is its
// source key, so loading twice updates in place instead of duplicating.
import fs from 'node:fs';
import type { Kysely } from 'kysely';
import { publishItem, removeDemoItems } from '../../core/content-types/publish-item.ts';
import type { Database } from '../../core/db/schema.ts';
import { parseLocalInput } from '../../core/text/datetime.ts';
import { announcementDeclaration, announcementType } from './declaration.ts';

export const demoFile = new URL('./demo/announcements.json', import.meta.url);

export interface DemoAnnouncement {
  key: string;
  title: string;
  summary?: string;
  body?: string;
  /** Vietnam time, "2026-11-16 09:30"; defaults to 08:00 on the issue date */
  publishedAt?: string;
  /** closesAt in Vietnam time, "2026-12-15 17:00" */
  fields: Record<string, unknown>;
}

export function readDemoAnnouncements(file: URL = demoFile): DemoAnnouncement[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { note?: unknown; announcements?: unknown };
  if (typeof data.note !== 'string' || !data.note) throw new Error(`${file.pathname}: a top-level "note" must say the items are invented`);
  if (!Array.isArray(data.announcements)) throw new Error(`${file.pathname}: "announcements" must be a list`);
  return data.announcements as DemoAnnouncement[];
}

const at = (local: string, what: string): Date => {
  const date = parseLocalInput(local);
  if (!date) throw new Error(`Demo announcement: bad ${what} "${local}"`);
  return date;
};

/** The fields as the admin API takes them: closesAt as a UTC instant. */
export function demoFields(a: DemoAnnouncement): Record<string, unknown> {
  const fields = { ...a.fields };
  if (typeof fields.closesAt === 'string') fields.closesAt = at(fields.closesAt, `closing time of ${a.key}`).toISOString();
  return fields;
}

export async function loadAnnouncementsDemo(db: Kysely<Database>, file: URL = demoFile): Promise<number> {
  const items = readDemoAnnouncements(file);
  for (const a of items) {
    const publishedAt = at(a.publishedAt ?? `${String(a.fields.issuedOn)} 08:00`, `publication time of ${a.key}`);
    await publishItem(db, announcementDeclaration, {
      title: a.title,
      summary: a.summary ?? '',
      body: a.body ?? '',
      fields: demoFields(a),
      publishedAt,
      sourceKey: `demo:announcement:${a.key}`,
      isDemo: true,
    });
  }
  return items.length;
}

export function removeAnnouncementsDemo(db: Kysely<Database>): Promise<number> {
  return removeDemoItems(db, announcementType);
}
