// Demo units (demo/units.json): the Kiên Giang Economic Zone Authority, its leadership board,
// departments and affiliated units, published through core's publishItem with the same checks as
// the back office, flagged is_demo. Each entry has a key; its source key is "demo:unit:<key>", so
// loading twice updates in place, and a parent is named by key (it must come earlier in the file).
// The leaders' demo finds its units by the same source keys.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { publishItem, removeDemoItems } from '../../core/content-types/publish-item.ts';
import type { Database } from '../../core/db/schema.ts';
import { escapeHtml } from '../../core/html/escape.ts';
import { parseLocalInput } from '../../core/text/datetime.ts';
import { unitDeclaration, unitType } from './declaration.ts';

export const demoFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'demo', 'units.json');

export interface DemoUnit {
  key: string;
  title: string;
  summary?: string;
  kind: string;
  /** key of an earlier entry */
  parent?: string;
  order?: number;
  /** a paragraph on the unit's position and functions */
  functions?: string;
  /** its duties and powers, one list item each */
  duties?: string[];
  /** paragraphs */
  history?: string[];
  head?: string;
  address?: string;
  phone?: string;
  email?: string;
  /** Vietnam time, "2024-03-04 08:00" */
  publishedAt: string;
}

export const unitSourceKey = (key: string) => `demo:unit:${key}`;

export function readDemoUnits(file = demoFile): DemoUnit[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { units?: unknown };
  if (!Array.isArray(data.units)) throw new Error(`${file}: "units" must be a list`);
  return data.units as DemoUnit[];
}

/** Functions as a paragraph, duties as a numbered list, under their own small headings. */
export function dutiesHtml(unit: Pick<DemoUnit, 'functions' | 'duties'>): string | undefined {
  const parts: string[] = [];
  if (unit.functions) parts.push(`<h3>Vị trí và chức năng</h3><p>${escapeHtml(unit.functions)}</p>`);
  if (unit.duties?.length) parts.push(`<h3>Nhiệm vụ, quyền hạn</h3><ol>${unit.duties.map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ol>`);
  return parts.length > 0 ? parts.join('') : undefined;
}

export async function loadUnitDemo(db: Kysely<Database>, file = demoFile): Promise<number> {
  const units = readDemoUnits(file);
  const ids = new Map<string, number>();
  for (const u of units) {
    const publishedAt = parseLocalInput(u.publishedAt);
    if (!publishedAt) throw new Error(`Demo unit ${u.key} has a bad time ${u.publishedAt}`);
    const parent = u.parent === undefined ? undefined : ids.get(u.parent);
    if (u.parent !== undefined && parent === undefined) throw new Error(`Demo unit ${u.key}: its parent ${u.parent} must come earlier in ${path.basename(file)}`);
    const fields = Object.fromEntries(
      Object.entries({
        kind: u.kind,
        parent,
        order: u.order,
        duties: dutiesHtml(u),
        history: u.history?.length ? u.history.map((p) => `<p>${escapeHtml(p)}</p>`).join('') : undefined,
        head: u.head,
        address: u.address,
        phone: u.phone,
        email: u.email,
      }).filter(([, v]) => v !== undefined),
    );
    ids.set(u.key, await publishItem(db, unitDeclaration, { title: u.title, summary: u.summary ?? '', fields, publishedAt, sourceKey: unitSourceKey(u.key), isDemo: true }));
  }
  return units.length;
}

export function removeUnitDemo(db: Kysely<Database>): Promise<number> {
  return removeDemoItems(db, unitType);
}
