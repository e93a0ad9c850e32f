// The dashboard (queues of the user's role with counts, over every declared type) and the
// article list with filters.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../core/context.ts';
import type { Content, Database } from '../../core/db/schema.ts';
import { declaredCategories, queueItems, queueStatus, type QueueName } from '../../core/content-types/admin-queries.ts';
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
    const queue = request.query.queue as QueueName | undefined;
    // The list of all articles is the declared type's list (search, filters, pages, dates); this
    // address stays for the dashboard's queues, which span every type.
    if (!queue || !(queue in queueStatus)) {
      const status = typeof request.query.status === 'string' && /^[a-z]{1,20}$/.test(request.query.status) ? `?status=${request.query.status}` : '';
      return reply.redirect(`/admin/content/${encodeURIComponent(articleDeclaration().type)}${status}`, 303);
    }
    const env = await adminEnv(ctx, request);
    const items: Content[] = await queueItems(db, auth.actor, queue, 200);
    const title = env.t.queues[queue]!;
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
      </AdminLayout>,
    );
  });
}
