// Reads of published projects. A province calls for a few dozen projects at a time, so the list
// reads every readable project with its parsed fields and filters in memory: the result is the
// same on SQLite and PostgreSQL, and the same rows feed the page and the CSV/XLSX exports.
import type { Kysely } from 'kysely';
import { parseFields } from '../../core/content-types/field-index.ts';
import { readableContent, readableItems } from '../../core/content-types/published.ts';
import type { FieldValues } from '../../core/content-types/declaration.ts';
import type { Content, Database } from '../../core/db/schema.ts';
import { moduleOfType } from '../../core/modules.ts';
import { projectType } from './declaration.ts';

export const perPage = 20;
export const zoneType = 'zone';

export interface ProjectRow {
  id: number;
  slug: string;
  title: string;
  sector: string;
  zoneId: number | undefined;
  location: string;
  area: number | undefined;
  capitalVnd: number | undefined;
  capitalUsd: number | undefined;
  investmentForm: string;
  status: string;
}

export interface ProjectFilters {
  sector?: string | undefined;
  zoneId?: number | undefined;
  /** bounds of the VND capital, in đồng */
  minVnd?: number | undefined;
  maxVnd?: number | undefined;
}

export interface ProjectPage {
  items: ProjectRow[];
  page: number;
  pageCount: number;
  total: number;
}

export interface ZoneOption {
  id: number;
  slug: string;
  title: string;
  /** its public page, when a module owning zones gives one */
  url: string | undefined;
}

const collator = new Intl.Collator('vi');
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function rowOf(item: { id: number; slug: string; title: string; values: FieldValues }): ProjectRow {
  const v = item.values;
  return {
    id: item.id,
    slug: item.slug,
    title: item.title,
    sector: str(v.sector),
    zoneId: num(v.zone),
    location: str(v.location),
    area: num(v.area),
    capitalVnd: num(v.capitalVnd),
    capitalUsd: num(v.capitalUsd),
    investmentForm: str(v.investmentForm),
    status: str(v.status),
  };
}

/** A project kept by the filters: a capital range needs a VND capital inside it. */
export function matches(row: ProjectRow, f: ProjectFilters): boolean {
  if (f.sector && row.sector !== f.sector) return false;
  if (f.zoneId !== undefined && row.zoneId !== f.zoneId) return false;
  if (f.minVnd !== undefined && (row.capitalVnd === undefined || row.capitalVnd < f.minVnd)) return false;
  if (f.maxVnd !== undefined && (row.capitalVnd === undefined || row.capitalVnd > f.maxVnd)) return false;
  return true;
}

/** Every readable project the filters keep, by name in Vietnamese order. */
export async function filteredProjects(db: Kysely<Database>, filters: ProjectFilters, now = new Date()): Promise<ProjectRow[]> {
  const items = await readableItems(db, projectType, { now });
  return items
    .map(rowOf)
    .filter((r) => matches(r, filters))
    .sort((a, b) => collator.compare(a.title, b.title) || a.id - b.id);
}

export function pageOf(rows: ProjectRow[], page: number): ProjectPage {
  const pageCount = Math.max(1, Math.ceil(rows.length / perPage));
  const start = (page - 1) * perPage;
  return { items: rows.slice(start, start + perPage), page, pageCount, total: rows.length };
}

/** The readable zones (items of type 'zone', whichever module owns them), by name. */
export async function readableZones(db: Kysely<Database>, now = new Date()): Promise<ZoneOption[]> {
  const rows = await readableContent(db, zoneType, { now }).select(['content.id', 'content.slug', 'content.title']).execute();
  const declaration = moduleOfType(zoneType)?.declaration;
  return rows
    .map((r) => ({ id: r.id, slug: r.slug, title: r.title, url: declaration?.itemPath({ slug: r.slug }) }))
    .sort((a, b) => collator.compare(a.title, b.title) || a.id - b.id);
}

export interface ProjectItem {
  id: number;
  slug: string;
  title: string;
  summary: string;
  body: string;
  publishedAt: string;
  updatedAt: string;
  isDemo: boolean;
  fields: FieldValues;
  withdrawnReason: string | null;
}

/** A content row (also a preview's revision) as the project page shows it. */
export function projectFromContent(
  row: Pick<Content, 'id' | 'slug' | 'title' | 'summary' | 'body' | 'published_at' | 'updated_at' | 'is_demo' | 'fields' | 'status' | 'takedown_reason'>,
): ProjectItem {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: row.body,
    publishedAt: row.published_at ?? row.updated_at,
    updatedAt: row.updated_at,
    isDemo: row.is_demo === 1,
    fields: parseFields(row.fields),
    withdrawnReason: row.status === 'withdrawn' ? (row.takedown_reason ?? '') : null,
  };
}

export async function findReadableProject(db: Kysely<Database>, slug: string, now = new Date()): Promise<ProjectItem | undefined> {
  const row = await readableContent(db, projectType, { now, statuses: ['published', 'withdrawn'] })
    .select(['content.id', 'content.slug', 'content.title', 'content.summary', 'content.body', 'content.published_at', 'content.updated_at', 'content.is_demo', 'content.fields', 'content.status', 'content.takedown_reason'])
    .where('content.slug', '=', slug)
    .executeTakeFirst();
  return row ? projectFromContent(row) : undefined;
}

/** A project taken down: where it went (301), or nothing (410). */
export async function findRemovedProject(db: Kysely<Database>, slug: string): Promise<{ redirectTo: string | null } | undefined> {
  const row = await db.selectFrom('content').select('redirect_to').where('type', '=', projectType).where('slug', '=', slug).where('status', '=', 'removed').executeTakeFirst();
  return row && { redirectTo: row.redirect_to };
}

export { attachmentsOf, type Attachment } from '../../core/media/attachments.ts';

export function idsOf(value: unknown): number[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.filter((v): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0);
}

