// The dashboard (queues of the user's role with counts, over every declared type) and the
// article list with filters.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../core/context.ts';
import type { Content, Database } from '../../core/db/schema.ts';
import { parsePageNumber } from '../../core/errors.ts';
import { declaredCategories, listAdminContent, queueItems, queueStatus, type QueueName } from '../../core/content-types/admin-queries.ts';
import { declaredTypes } from '../../core/modules.ts';
import { can } from '../../core/auth/permissions.ts';
import { articleDeclaration } from '../content/types.ts';
import { adminEnv } from '../env.ts';
import { guard } from '../guard.ts';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { ArticleTable } from '../views/ArticleTable.tsx';
import { sendAdminPage } from './session.tsx';

/** Names of the categories (of every declared type) and of the authors of `items`. */
export async function lookupMaps(db: Kysely<Database>, items: Content[]) {
  const categories = new Map((await declaredCategories(db)).map((c) => [c.id, c.name] as const));
  const ids = [...new Set(items.map((i) => i.created_by).filter((x): x is number => x !== null))];
  const authors = new Map(ids.length ? (await db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute()).map((u) => [u.id, u.name] as const) : []);
  return { categories, authors };
}

export function registerDashboardRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;

  app.get('/admin', async (request, reply) => {
    const auth = await guard(ctx, request);
    const env = await adminEnv(ctx, request);
    const queues = Object.keys(env.queues) as QueueName[];
    const lists = await Promise.all(queues.map((q) => queueItems(db, auth.actor, q, 5)));
    const types = declaredTypes().filter((d) => can(auth.actor, 'article.create', d.type));
    const maps = await lookupMaps(db, lists.flat());
    return sendAdminPage(
      reply,
      <AdminLayout env={env} title={env.t.dashboard}>
        <p>{env.t.welcome(auth.user.name)}</p>
        <p class="button-row">
          {types.map((d) => (
            <a class="button" href={d.adminPath ? `${d.adminPath}/new` : `/admin/content/${encodeURIComponent(d.type)}/new`}>
              {d.adminPath ? env.t.newArticle : `${env.t.create}: ${d.label[env.lang].toLocaleLowerCase(env.lang)}`}
            </a>
          ))}
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
      items = (await listAdminContent(db, auth.actor, articleDeclaration(), { status: request.query.status, limit: 50, offset: (page - 1) * 50 })).items;
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
