// Demo projects (demo/projects.json), published through core's publishItem with the same checks
// as the back office, flagged is_demo. A project names its zone by title; the title is looked up
// among the items of type 'zone' already loaded (whichever module owns zones; the registry lists
// zones before projects), and a zone not found leaves the project without one rather than
// failing. The source key is the entry's key: loading twice updates instead of duplicating.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { publishItem, removeDemoItems } from '../../core/content-types/publish-item.ts';
import type { Database } from '../../core/db/schema.ts';
import { parseLocalInput } from '../../core/text/datetime.ts';
import { foldVietnamese } from '../../core/text/fold.ts';
import { projectDeclaration, projectType } from './declaration.ts';
import { zoneType } from './queries.ts';

export const demoFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'demo', 'projects.json');

export const demoContact = 'Phòng Xúc tiến đầu tư – Ban Quản lý Khu kinh tế tỉnh Kiên Giang; điện thoại 0297 000 0000; thư điện tử xuctiendautu@example.com';

export interface DemoProject {
  key: string;
  title: string;
  summary?: string;
  sector: string;
  /** the zone's title, e.g. "Khu công nghiệp Thạnh Lộc" */
  zone?: string;
  location: string;
  scale?: string;
  area?: number;
  capitalVnd?: number;
  capitalUsd?: number;
  investmentForm?: string;
  status: string;
  incentives?: string;
  contact?: string;
  /** Vietnam time, "2024-03-04 08:00" */
  publishedAt: string;
}

export function readDemoProjects(file = demoFile): DemoProject[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { projects?: unknown };
  if (!Array.isArray(data.projects)) throw new Error(`${file}: "projects" must be a list`);
  return data.projects as DemoProject[];
}

const key = (name: string) => foldVietnamese(name).replace(/\s+/g, ' ').trim();

/** Ids of zones by folded title, among items of type 'zone' (any status: a draft zone is still the zone). */
export async function zoneIdsByTitle(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db.selectFrom('content').select(['id', 'title']).where('type', '=', zoneType).where('status', '!=', 'removed').orderBy('id').execute();
  const ids = new Map<string, number>();
  for (const row of rows) if (!ids.has(key(row.title))) ids.set(key(row.title), row.id);
  return ids;
}

/** The zone an entry names: the same title, or else the one zone whose title contains it (or is contained in it). */
export function resolveZone(zones: Map<string, number>, name: string | undefined): number | undefined {
  if (!name) return undefined;
  const wanted = key(name);
  const exact = zones.get(wanted);
  if (exact !== undefined) return exact;
  const near = [...zones].filter(([title]) => title.includes(wanted) || wanted.includes(title));
  return near.length === 1 ? near[0]![1] : undefined;
}

export async function loadProjectDemo(db: Kysely<Database>, file = demoFile): Promise<number> {
  const zones = await zoneIdsByTitle(db);
  let count = 0;
  for (const p of readDemoProjects(file)) {
    const publishedAt = parseLocalInput(p.publishedAt);
    if (!publishedAt) throw new Error(`Demo project ${p.key} has a bad time ${p.publishedAt}`);
    const fields = Object.fromEntries(
      Object.entries({
        sector: p.sector,
        zone: resolveZone(zones, p.zone),
        location: p.location,
        scale: p.scale,
        area: p.area,
        capitalVnd: p.capitalVnd,
        capitalUsd: p.capitalUsd,
        investmentForm: p.investmentForm,
        status: p.status,
        incentives: p.incentives,
        contact: p.contact ?? demoContact,
      }).filter(([, v]) => v !== undefined),
    );
    await publishItem(db, projectDeclaration, { title: p.title, summary: p.summary ?? '', fields, publishedAt, sourceKey: `demo:project:${p.key}`, isDemo: true });
    count += 1;
  }
  return count;
}

export function removeProjectDemo(db: Kysely<Database>): Promise<number> {
  return removeDemoItems(db, projectType);
}
