// Back-office lists of any declared content type, limited to what the actor may see (their own
// items, plus the items of their categories when the type lets them see all), and the per-role
// queues counted over every declared type. No type is named here: the registry's list decides.
import { sql, type Kysely } from 'kysely';
import { can, type Actor } from '../auth/permissions.ts';
import type { Category, Content, ContentStatus, Database } from '../db/schema.ts';
import { declaredTypes } from '../modules.ts';
import type { ContentTypeDeclaration } from './declaration.ts';

export const statuses: ContentStatus[] = ['draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'removed'];

/** Items of `types` the actor may see: per type, all of its categories' (viewAll) or only their own. */
export function visibleContent(db: Kysely<Database>, actor: Actor, types: readonly string[]) {
  const q = db.selectFrom('content').where('type', 'in', types.length > 0 ? [...types] : ['']);
  return q.where((eb) =>
    eb.or(
      types.map((type) => {
        const ofType = eb('type', '=', type);
        if (!can(actor, 'article.viewAll', type)) return eb.and([ofType, eb('created_by', '=', actor.id)]);
        if (actor.role === 'admin' || actor.categoryIds === null) return ofType;
        const ids = actor.categoryIds;
        return eb.and([ofType, ids.length > 0 ? eb.or([eb('category_id', 'in', ids), eb('created_by', '=', actor.id)]) : eb('created_by', '=', actor.id)]);
      }),
    ),
  );
}

export interface ListOptions {
  status?: string | undefined;
  categoryId?: number | undefined;
  authorId?: number | undefined;
  /** words of the title */
  q?: string | undefined;
  /** field name → value (select, reference) or year (date, dateTime) */
  fieldFilters?: Record<string, string> | undefined;
  sort?: 'updated' | 'published' | undefined;
  limit?: number;
  offset?: number;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function filtered(db: Kysely<Database>, actor: Actor, declaration: ContentTypeDeclaration, options: ListOptions) {
  let q = visibleContent(db, actor, [declaration.type]);
  if (options.status && statuses.includes(options.status as ContentStatus)) q = q.where('status', '=', options.status as ContentStatus);
  if (options.categoryId !== undefined) q = q.where('category_id', '=', options.categoryId);
  if (options.authorId !== undefined) q = q.where('created_by', '=', options.authorId);
  const words = (options.q ?? '').trim().slice(0, 200);
  if (words) q = q.where(sql<boolean>`lower(title) like lower(${`%${escapeLike(words)}%`}) escape '\\'`);
  for (const [name, value] of Object.entries(options.fieldFilters ?? {})) {
    const field = declaration.fields.find((f) => f.name === name && f.filter);
    if (!field || !value) continue;
    const byYear = field.kind === 'date' || field.kind === 'dateTime';
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('content_field_values')
          .select('content_field_values.content_id')
          .whereRef('content_field_values.content_id', '=', 'content.id')
          .where('content_field_values.field', '=', name)
          .where('content_field_values.text_value', byYear ? 'like' : '=', byYear ? `${value.replace(/\D/g, '').slice(0, 4)}-%` : value),
      ),
    );
  }
  return q;
}

/** One page of a type's items with the total, newest first (by update or by publication). */
export async function listAdminContent(db: Kysely<Database>, actor: Actor, declaration: ContentTypeDeclaration, options: ListOptions = {}): Promise<{ items: Content[]; total: number }> {
  const base = filtered(db, actor, declaration, options);
  const { n } = (await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()) as { n: number | string };
  let q = base.selectAll();
  q = options.sort === 'published' ? q.orderBy(sql`coalesce(published_at, '')`, 'desc').orderBy('id', 'desc') : q.orderBy('updated_at', 'desc').orderBy('id', 'desc');
  const items = (await q.limit(options.limit ?? 25).offset(options.offset ?? 0).execute()) as Content[];
  return { items, total: Number(n) };
}

export type QueueName = 'mine' | 'returned' | 'review' | 'approval' | 'scheduled';

export const queueStatus: Record<QueueName, { status: ContentStatus; ownOnly: boolean }> = {
  mine: { status: 'draft', ownOnly: true },
  returned: { status: 'returned', ownOnly: true },
  review: { status: 'submitted', ownOnly: false },
  approval: { status: 'approved', ownOnly: false },
  scheduled: { status: 'scheduled', ownOnly: false },
};

/** The declared types on which the actor works a queue (review needs approve, approval and scheduled need publish). */
function queueTypes(actor: Actor, queue: QueueName, types: readonly string[]): string[] {
  if (queue === 'review') return types.filter((t) => can(actor, 'article.approve', t));
  if (queue === 'approval' || queue === 'scheduled') return types.filter((t) => can(actor, 'article.publish', t));
  return [...types];
}

function queueQuery(db: Kysely<Database>, actor: Actor, queue: QueueName, types: readonly string[]) {
  const { status, ownOnly } = queueStatus[queue];
  let q = visibleContent(db, actor, queueTypes(actor, queue, types)).where('status', '=', status);
  if (ownOnly) q = q.where('created_by', '=', actor.id);
  return q;
}

/** The queues of the navigation with their counts, over every declared type (or the given ones): only those the actor works on. */
export async function queueCounts(db: Kysely<Database>, actor: Actor, types: readonly string[] = declaredTypes().map((d) => d.type)): Promise<Partial<Record<QueueName, number>>> {
  const out: Partial<Record<QueueName, number>> = {};
  for (const queue of Object.keys(queueStatus) as QueueName[]) {
    if (!queueStatus[queue].ownOnly && queueTypes(actor, queue, types).length === 0) continue;
    out[queue] = Number((await queueQuery(db, actor, queue, types).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  }
  return out;
}

/** The newest items of a queue, over every declared type (or the given ones). */
export async function queueItems(db: Kysely<Database>, actor: Actor, queue: QueueName, limit: number, types: readonly string[] = declaredTypes().map((d) => d.type)): Promise<Content[]> {
  return (await queueQuery(db, actor, queue, types).selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(limit).execute()) as Content[];
}

/** Categories of every declared type that has them (users' category limits span all types). */
export async function declaredCategories(db: Kysely<Database>): Promise<Category[]> {
  const types = declaredTypes().filter((d) => d.categories).map((d) => d.type);
  if (types.length === 0) return [];
  return db.selectFrom('categories').selectAll().where('type', 'in', types).orderBy('type').orderBy('position').orderBy('id').execute();
}

/** Where the back office edits an item: the module's own editor, or the generic form. */
export function adminItemPath(declaration: ContentTypeDeclaration | undefined, type: string, id: number): string {
  return declaration?.adminPath ? `${declaration.adminPath}/${id}` : `/admin/content/${encodeURIComponent(type)}/${id}`;
}
