// Reads of published zones. An authority has a handful of zones: every list reads them whole
// through core's readableItems and sorts in memory, the same on SQLite and PostgreSQL.
import type { Kysely } from 'kysely';
import type { FieldValues } from '../../core/content-types/declaration.ts';
import { parseFields } from '../../core/content-types/field-index.ts';
import { readableContent, readableItems } from '../../core/content-types/published.ts';
import type { Content, Database } from '../../core/db/schema.ts';
import { kindOptions, zoneType } from './declaration.ts';

export interface Zone {
  id: number;
  slug: string;
  title: string;
  summary: string;
  body: string;
  updatedAt: string;
  isDemo: boolean;
  fields: FieldValues;
  /** null unless withdrawn: then the reason, shown with a notice */
  withdrawnReason: string | null;
}

const collator = new Intl.Collator('vi');
const kindRank = (value: unknown) => {
  const i = kindOptions.findIndex((o) => o.value === value);
  return i < 0 ? kindOptions.length : i;
};

export function zoneFromContent(row: Pick<Content, 'id' | 'slug' | 'title' | 'summary' | 'body' | 'updated_at' | 'is_demo' | 'fields' | 'status' | 'takedown_reason'>): Zone {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: row.body,
    updatedAt: row.updated_at,
    isDemo: row.is_demo === 1,
    fields: parseFields(row.fields),
    withdrawnReason: row.status === 'withdrawn' ? (row.takedown_reason ?? '') : null,
  };
}

/** Published zones, economic zones first, then by name; only those of `kind` when given. */
export async function listZones(db: Kysely<Database>, kind?: string, now = new Date()): Promise<Zone[]> {
  const items = await readableItems(db, zoneType, { now });
  return items
    .map(zoneFromContent)
    .filter((z) => !kind || z.fields.kind === kind)
    .sort((a, b) => kindRank(a.fields.kind) - kindRank(b.fields.kind) || collator.compare(a.title, b.title) || a.id - b.id);
}

/** A zone's page: published, or withdrawn (shown with a notice). */
export async function findReadableZone(db: Kysely<Database>, slug: string, now = new Date()): Promise<Zone | undefined> {
  const row = await readableContent(db, zoneType, { now, statuses: ['published', 'withdrawn'] }).selectAll('content').where('content.slug', '=', slug).executeTakeFirst();
  return row ? zoneFromContent(row as Content) : undefined;
}

/** A zone taken down: where it went (301), or nothing (410). */
export async function findRemovedZone(db: Kysely<Database>, slug: string): Promise<{ redirectTo: string | null } | undefined> {
  const row = await db.selectFrom('content').select('redirect_to').where('type', '=', zoneType).where('slug', '=', slug).where('status', '=', 'removed').executeTakeFirst();
  return row && { redirectTo: row.redirect_to };
}

export { attachmentsOf, type Attachment } from '../../core/media/attachments.ts';

export function idsOf(value: unknown): number[] {
  const list = Array.isArray(value) ? value : [];
  return list.filter((v): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0);
}
