// Back-office lists of articles, limited to what the actor may see, and the per-role queues.
import type { Kysely } from 'kysely';
import { can, type Actor } from '../../core/auth/permissions.ts';
import type { Content, ContentStatus, Database } from '../../core/db/schema.ts';
import { newsType } from './save.ts';

const statuses: ContentStatus[] = ['draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'removed'];

export function visibleArticles(db: Kysely<Database>, actor: Actor) {
  let q = db.selectFrom('content').where('type', '=', newsType);
  if (!can(actor, 'article.viewAll')) q = q.where('created_by', '=', actor.id);
  else if (actor.role !== 'admin' && actor.categoryIds !== null) {
    const ids = actor.categoryIds;
    q = ids.length > 0 ? q.where((eb) => eb.or([eb('category_id', 'in', ids), eb('created_by', '=', actor.id)])) : q.where('created_by', '=', actor.id);
  }
  return q;
}

export async function listAdminArticles(db: Kysely<Database>, actor: Actor, options: { status?: string | undefined; limit?: number; offset?: number } = {}): Promise<Content[]> {
  let q = visibleArticles(db, actor).selectAll();
  if (options.status && statuses.includes(options.status as ContentStatus)) q = q.where('status', '=', options.status as ContentStatus);
  return (await q.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(options.limit ?? 50).offset(options.offset ?? 0).execute()) as Content[];
}

export type QueueName = 'mine' | 'returned' | 'review' | 'approval' | 'scheduled';

/** The queues of the navigation, with their counts: only those the actor works on. */
export async function queueCounts(db: Kysely<Database>, actor: Actor): Promise<Partial<Record<QueueName, number>>> {
  const count = async (build: (q: ReturnType<typeof visibleArticles>) => ReturnType<typeof visibleArticles>) =>
    Number((await build(visibleArticles(db, actor)).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const out: Partial<Record<QueueName, number>> = {
    mine: await count((q) => q.where('created_by', '=', actor.id).where('status', '=', 'draft')),
    returned: await count((q) => q.where('created_by', '=', actor.id).where('status', '=', 'returned')),
  };
  if (can(actor, 'article.approve')) out.review = await count((q) => q.where('status', '=', 'submitted'));
  if (can(actor, 'article.publish')) {
    out.approval = await count((q) => q.where('status', '=', 'approved'));
    out.scheduled = await count((q) => q.where('status', '=', 'scheduled'));
  }
  return out;
}

export const queueStatus: Record<QueueName, { status: ContentStatus; ownOnly: boolean }> = {
  mine: { status: 'draft', ownOnly: true },
  returned: { status: 'returned', ownOnly: true },
  review: { status: 'submitted', ownOnly: false },
  approval: { status: 'approved', ownOnly: false },
  scheduled: { status: 'scheduled', ownOnly: false },
};
