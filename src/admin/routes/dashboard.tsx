// The dashboard (queues of the user's role with counts, over every declared type, and a button to
// create each type the user may) and the page of one queue (/admin/articles?queue=…, optionally of
// one type), both with the generic table of items.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../core/context.ts';
import type { Content, Database } from '../../core/db/schema.ts';
import { declaredCategories, queueItems, queueStatus, type QueueName } from '../../core/content-types/admin-queries.ts';
import { declaredTypes } from '../../core/modules.ts';
import { can } from '../../core/auth/permissions.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { contentText } from '../content/i18n.ts';
import { ItemTable } from '../content/ItemTable.tsx';
import { FilterBar } from '../views/FilterBar.tsx';
import { openCounts } from '../../core/submissions/store.ts';
import { submissionsText } from '../submissions/i18n.ts';
import { articleDeclaration } from '../content/types.ts';
import { adminEnv } from '../env.ts';
import { guard } from '../guard.ts';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { sendAdminPage } from '../respond.ts';

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
    // what the public sent and nobody has finished handling, per kind
    const kinds = can(auth.actor, 'submissions.handle') ? ctx.modules.flatMap((m) => m.submissionKinds ?? []) : [];
    const open = kinds.length > 0 ? await openCounts(db, kinds.map((k) => k.kind)) : new Map<string, number>();
    const openTotal = [...open.values()].reduce((a, b) => a + b, 0);
    const st = submissionsText[env.lang];
    return sendAdminPage(
      reply,
      <AdminLayout env={env} title={env.t.dashboard}>
        <p>{env.t.welcome(auth.user.name)}</p>
        <p class="button-row">
          {types.map((d) => (
            <a class="button" href={d.adminPath ? `${d.adminPath}/new` : `/admin/content/${encodeURIComponent(d.type)}/new`}>
              {contentText[env.lang].newItem(d.label[env.lang])}
            </a>
          ))}
        </p>
        <div class="queue-grid">
          {queues.map((q, i) => (
            <section class="card-box" aria-labelledby={`queue-${q}`}>
              <h2 id={`queue-${q}`}>
                {env.t.queues[q]} <span class={env.queues[q] ? 'count' : 'count count--zero'}>{env.queues[q]}</span>
              </h2>
              <ItemTable env={env} items={lists[i]!} {...maps} />
              {(env.queues[q] ?? 0) > 0 && <a href={`/admin/articles?queue=${q}`}>{env.t.openQueue} ›</a>}
            </section>
          ))}
          {kinds.length > 0 && (
            <section class="card-box" aria-labelledby="queue-submissions">
              <h2 id="queue-submissions">
                {st.waiting} <span class={openTotal ? 'count' : 'count count--zero'}>{openTotal}</span>
              </h2>
              <ul class="submission-counts">
                {kinds.map((k) => (
                  <li>
                    <a href={`/admin/submissions?loai=${encodeURIComponent(k.kind)}`}>{k.plural[env.lang]}</a>: {open.get(k.kind) ?? 0}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </AdminLayout>,
    );
  });

  app.get<{ Querystring: { queue?: string; status?: string; type?: string } }>('/admin/articles', queryOf(['queue', 'status', 'type']), async (request, reply) => {
    const auth = await guard(ctx, request);
    const queue = request.query.queue as QueueName | undefined;
    // The list of all articles is the declared type's list (search, filters, pages, dates); this
    // address stays for the dashboard's queues, which span every type.
    if (!queue || !Object.hasOwn(queueStatus, queue)) {
      const status = typeof request.query.status === 'string' && /^[a-z]{1,20}$/.test(request.query.status) ? `?status=${request.query.status}` : '';
      return reply.redirect(`/admin/content/${encodeURIComponent(articleDeclaration().type)}${status}`, 303);
    }
    const env = await adminEnv(ctx, request);
    const ct = contentText[env.lang];
    // a queue of one type, when the filter names a declared one
    const declaration = request.query.type ? declaredTypes().find((d) => d.type === request.query.type) : undefined;
    const items: Content[] = await queueItems(db, auth.actor, queue, 200, declaration ? [declaration.type] : undefined);
    const title = env.t.queues[queue]!;
    const maps = await lookupMaps(db, items);
    return sendAdminPage(
      reply,
      <AdminLayout env={env} title={title}>
        <FilterBar action="/admin/articles" idPrefix="q-" submit={ct.filter} fields={[{ kind: 'select', name: 'type', label: ct.type, value: declaration?.type, any: ct.any, options: declaredTypes().map((d) => ({ value: d.type, label: d.plural[env.lang] })) }]}>
          <input type="hidden" name="queue" value={queue} />
        </FilterBar>
        <p class="meta-line" role="status">
          {ct.total(items.length)}
        </p>
        <ItemTable env={env} items={items} {...maps} caption={title} />
      </AdminLayout>,
    );
  });
}
