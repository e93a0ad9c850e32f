// Demo zones (demo/zones.json), published through core's publishItem with the same checks as the
// back office, flagged is_demo. Each entry's `fields` go to the declaration as they are, so the
// file can only hold what an editor could save. The source key is the entry's key: loading twice
// updates in place. Prices, distances and developers in the file are sample values (see its note).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { FieldValues } from '../../core/content-types/declaration.ts';
import { publishItem, removeDemoItems } from '../../core/content-types/publish-item.ts';
import type { Database } from '../../core/db/schema.ts';
import { parseLocalInput } from '../../core/text/datetime.ts';
import { zoneDeclaration, zoneType } from './declaration.ts';

export const demoFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'demo', 'zones.json');

export interface DemoZone {
  /** identity of the entry: demo:zone:<key> */
  key: string;
  title: string;
  summary?: string;
  /** Vietnam time, "2024-06-01 08:00" */
  publishedAt: string;
  fields: FieldValues;
}

export function readDemoZones(file = demoFile): DemoZone[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { zones?: unknown };
  if (!Array.isArray(data.zones)) throw new Error(`${file}: "zones" must be a list`);
  return data.zones as DemoZone[];
}

export async function loadZoneDemo(db: Kysely<Database>, file = demoFile): Promise<number> {
  let count = 0;
  for (const z of readDemoZones(file)) {
    const publishedAt = parseLocalInput(z.publishedAt);
    if (!publishedAt) throw new Error(`Demo zone ${z.key} has a bad time ${z.publishedAt}`);
    await publishItem(db, zoneDeclaration, { title: z.title, summary: z.summary ?? '', fields: z.fields, publishedAt, sourceKey: `demo:zone:${z.key}`, isDemo: true });
    count += 1;
  }
  return count;
}

export function removeZoneDemo(db: Kysely<Database>): Promise<number> {
  return removeDemoItems(db, zoneType);
}
