// What each audit row points at, readable: titles of content items and names of categories
// (one query each for a page of rows), linked to their pages.
import type { Kysely } from 'kysely';
import type { listAudit } from '../../core/audit/log.ts';
import { adminItemPath } from '../../core/content-types/admin-queries.ts';
import type { Database, Language } from '../../core/db/schema.ts';
import { declarationOf } from '../../core/modules.ts';
import { auditTargetText } from '../audit-i18n.ts';

export type AuditRow = Awaited<ReturnType<typeof listAudit>>[number];
export type AuditTargets = Awaited<ReturnType<typeof targetsOf>>;

/** Titles of the content items and ids of the categories the rows point at (one query each). */
export async function targetsOf(db: Kysely<Database>, rows: AuditRow[]) {
  const ids = (wanted: (type: string) => boolean) => [...new Set(rows.filter((r) => r.target_type && wanted(r.target_type) && /^\d{1,9}$/.test(r.target_id ?? '')).map((r) => Number(r.target_id)))];
  const contentIds = ids((type) => declarationOf(type) !== undefined);
  const categoryIds = ids((type) => type === 'category');
  const titles = new Map<number, string>();
  if (contentIds.length > 0) for (const c of await db.selectFrom('content').select(['id', 'title']).where('id', 'in', contentIds).execute()) titles.set(c.id, c.title);
  const categories = new Map<number, string>();
  if (categoryIds.length > 0) for (const c of await db.selectFrom('categories').select(['id', 'name']).where('id', 'in', categoryIds).execute()) categories.set(c.id, c.name);
  return { titles, categories };
}

/**
 * What a row points at, readable: a content item links to its edit page (the module's own editor
 * or the generic form), a category, user or media item to its page; anything else as stored.
 */
export function Target({ row, lang, targets }: { row: AuditRow; lang: Language; targets: AuditTargets }) {
  const type = row.target_type;
  if (!type) return null;
  const raw = `${type} ${row.target_id ?? ''}`.trim();
  const id = /^\d{1,9}$/.test(row.target_id ?? '') ? Number(row.target_id) : undefined;
  const names = auditTargetText[lang];
  const declaration = declarationOf(type);
  if (declaration && id !== undefined) {
    const title = targets.titles.get(id);
    const text = `${declaration.label[lang]} #${id}`;
    return title === undefined ? <>{text}</> : <a href={adminItemPath(declaration, type, id)}>{`${text}: ${title}`}</a>;
  }
  if (type === 'category' && id !== undefined) {
    const name = targets.categories.get(id);
    return name === undefined ? <>{`${names.category} #${id}`}</> : <a href={`/admin/categories/${id}`}>{`${names.category} #${id}: ${name}`}</a>;
  }
  if ((type === 'user' || type === 'media') && id !== undefined) return <a href={`/admin/${type === 'user' ? 'users' : 'media'}/${id}`}>{`${names[type]} #${id}`}</a>;
  if (type === 'api_token' || type === 'royalty' || type === 'royalty_rates') return <>{`${names[type]}${row.target_id ? ` #${row.target_id}` : ''}`}</>;
  return <>{raw}</>;
}
