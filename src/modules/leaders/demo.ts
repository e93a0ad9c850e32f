// Demo leaders (demo/leaders.json), published through core's publishItem with the same checks as
// the back office, flagged is_demo. A leader's unit is named by the key of a demo unit and found by
// that unit's source key ("demo:unit:<key>", any module owning type 'unit'); a unit not found
// leaves the leader out rather than failing. The source key is "demo:leader:<key>": loading twice
// updates in place. People and telephone numbers in the file are invented.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { publishItem, removeDemoItems } from '../../core/content-types/publish-item.ts';
import type { Database } from '../../core/db/schema.ts';
import { escapeHtml } from '../../core/html/escape.ts';
import { parseLocalInput } from '../../core/text/datetime.ts';
import { leaderDeclaration, leaderType } from './declaration.ts';

export const demoFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'demo', 'leaders.json');

export interface DemoLeader {
  key: string;
  name: string;
  position: string;
  /** key of a demo unit (src/modules/units/demo/units.json) */
  unit: string;
  order?: number;
  /** one list item each */
  duties?: string[];
  phone?: string;
  email?: string;
  /** YYYY-MM-DD */
  termStart?: string;
  /** Vietnam time, "2024-03-04 08:00" */
  publishedAt: string;
}

export function readDemoLeaders(file = demoFile): DemoLeader[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { leaders?: unknown };
  if (!Array.isArray(data.leaders)) throw new Error(`${file}: "leaders" must be a list`);
  return data.leaders as DemoLeader[];
}

/** Ids of the demo units by key, among items of type 'unit'. */
async function demoUnitIds(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db.selectFrom('content').select(['id', 'source_key']).where('type', '=', 'unit').where('source_key', 'like', 'demo:unit:%').execute();
  return new Map(rows.map((r) => [r.source_key!.slice('demo:unit:'.length), r.id]));
}

export async function loadLeaderDemo(db: Kysely<Database>, file = demoFile): Promise<number> {
  const units = await demoUnitIds(db);
  let count = 0;
  for (const l of readDemoLeaders(file)) {
    const publishedAt = parseLocalInput(l.publishedAt);
    if (!publishedAt) throw new Error(`Demo leader ${l.key} has a bad time ${l.publishedAt}`);
    const unit = units.get(l.unit);
    if (unit === undefined) continue;
    const fields = Object.fromEntries(
      Object.entries({
        position: l.position,
        unit,
        order: l.order,
        duties: l.duties?.length ? `<ul>${l.duties.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>` : undefined,
        phone: l.phone,
        email: l.email,
        termStart: l.termStart,
      }).filter(([, v]) => v !== undefined),
    );
    await publishItem(db, leaderDeclaration, { title: l.name, fields, publishedAt, sourceKey: `demo:leader:${l.key}`, isDemo: true });
    count += 1;
  }
  return count;
}

export function removeLeaderDemo(db: Kysely<Database>): Promise<number> {
  return removeDemoItems(db, leaderType);
}
