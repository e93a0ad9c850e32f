// The dashboard (queues of the user's role with counts) and the article list with filters.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { listCategories } from '../../core/content/categories.ts';
import type { AppContext } from '../../core/context.ts';
import type { Content, Database } from '../../core/db/schema.ts';
import { parsePageNumber } from '../../core/errors.ts';
import { listAdminArticles, queueStatus, visibleArticles, type QueueName } from '../../modules/news/admin-queries.ts';
import { newsType } from '../../modules/news/save.ts';
import { adminEnv } from '../env.ts';
import { guard } from '../guard.ts';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { ArticleTable } from '../views/ArticleTable.tsx';
import { sendAdminPage } from './session.tsx';
import type { Actor } from '../../core/auth/permissions.ts';

export async function lookupMaps(db: Kysely<Database>, items: Content[]) {
  const categories = new Map((await listCategories(db, newsType)).map((c) => [c.id, c.name] as const));
  const ids = [...new Set(items.map((i) => i.created_by).filter((x): x is number => x !== null))];
  const authors = new Map(ids.length ? (await db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute()).map((u) => [u.id, u.name] as const) : []);
  return { categories, authors };
}

async function queueItems(db: Kysely<Database>, actor: Actor, queue: QueueName, limit: number): Promise<Content[]> {
  const { status, ownOnly } = queueStatus[queue];
  let q = visibleArticles(db, actor).selectAll().where('status', '=', status);
  if (ownOnly) q = q.where('created_by', '=', actor.id);
  return (await q.orderBy('updated_at', 'desc').limit(limit).execute()) as Content[];
}

export function registerDashboardRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;

  app.get('/admin', async (request, reply) => {
    const auth = await guard(ctx, request);
    const env = await adminEnv(ctx, request);
    const queues = Object.keys(env.queues) as QueueName[];
    const lists = await Promise.all(queues.map((q) => queueItems(db, auth.actor, q, 5)));
    const maps = await lookupMaps(db, lists.flat());
    return sendAdminPage(
      reply,
      <AdminLayout env={env} title={env.t.dashboard}>
        <p>{env.t.welcome(auth.user.name)}</p>
        <p>
          <a class="button" href="/admin/articles/new">
            {env.t.newArticle}
          </a>
        </p>
        <div class="queue-grid">
          {queues.map((q, i) => (
            <section class="card-box" aria-labelledby={`queue-${q}`}>
              <h2 id={`queue-${q}`}>
                {env.t.queues[q]} <span class={env.queues[q] ? 'count' : 'count count--zero'}>{env.queues[q]}</span>
              </h2>
              <ArticleTable env={env} items={lists[i]!} {...maps} />
              {(env.queues[q] ?? 0) > 0 && <a href={`/admin/articles?queue=${q}`}>{env.t.openQueue} ›</a>}
            </section>
          ))}
        </div>
      </AdminLayout>,
    );
  });

  app.get<{ Querystring: { queue?: string; status?: string; trang?: string } }>('/admin/articles', async (request, reply) => {
    const auth = await guard(ctx, request);
    const env = await adminEnv(ctx, request);
    const page = parsePageNumber(request.query.trang);
    const queue = request.query.queue as QueueName | undefined;
    let items: Content[];
    let title = env.t.allArticles;
    if (queue && queue in queueStatus) {
      items = await queueItems(db, auth.actor, queue, 200);
      title = env.t.queues[queue]!;
    } else {
      items = await listAdminArticles(db, auth.actor, { status: request.query.status, limit: 50, offset: (page - 1) * 50 });
      if (request.query.status && env.t.statuses[request.query.status]) title = env.t.statuses[request.query.status]!;
    }
    const maps = await lookupMaps(db, items);
    return sendAdminPage(
      reply,
      <AdminLayout env={env} title={title}>
        <form method="get" action="/admin/articles" class="filter-bar">
          <label for="f-status">{env.t.status}</label>
          <select id="f-status" name="status">
            <option value="">{env.t.allArticles}</option>
            {Object.entries(env.t.statuses).map(([value, label]) => (
              <option value={value} selected={value === request.query.status}>
                {label}
              </option>
            ))}
          </select>
          <button type="submit" class="button button--secondary">
            {env.t.filter}
          </button>
          <a class="button" href="/admin/articles/new">
            {env.t.newArticle}
          </a>
        </form>
        <ArticleTable env={env} items={items} {...maps} />
        {!queue && items.length === 50 && <a href={`/admin/articles?${request.query.status ? `status=${request.query.status}&` : ''}trang=${page + 1}`}>›</a>}
      </AdminLayout>,
    );
  });
}
