// Revision history of an article or any declared type's item (with its changed fields by label): who saved what and when, a word diff between any two
// revisions, and restoring an old one (as a new revision; history is never rewritten).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import { parseId } from '../../core/errors.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { formatStamp } from '../../core/text/datetime.ts';
import { canEdit, getForActor, getRevision, listRevisions, restoreRevision } from '../../core/workflow/content.ts';
import { AppError } from '../../core/errors.ts';
import { declarationOf } from '../../core/modules.ts';
import { bodyToText, fieldChanges, wordDiff, type DiffPart } from '../diff.ts';
import { declarationOrNotFound } from '../content/types.ts';
import { adminEnv } from '../env.ts';
import { guard } from '../guard.ts';
import { AdminLayout, CsrfField } from '../views/AdminLayout.tsx';
import { sendAdminPage } from './session.tsx';

function Diff({ parts }: { parts: DiffPart[] }) {
  return (
    <div class="diff">
      {parts.map((p) => (p.added ? <ins>{p.value}</ins> : p.removed ? <del>{p.value}</del> : <span>{p.value}</span>))}
    </div>
  );
}

export function registerHistoryRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;

  type HistoryRequest = FastifyRequest<{ Params: { id: string; type?: string }; Querystring: { a?: string; b?: string } }>;

  /** The item of the URL: any visible item under /admin/articles, one of `:type` under /admin/content/:type. */
  async function itemOf(request: FastifyRequest<{ Params: { id: string; type?: string } }>) {
    const auth = await guard(ctx, request);
    const content = await getForActor(db, auth.actor, parseId(request.params.id));
    if (request.params.type !== undefined && declarationOrNotFound(request.params.type).type !== content.type) throw new AppError('NOT_FOUND');
    const base = request.params.type !== undefined ? `/admin/content/${encodeURIComponent(content.type)}/${content.id}` : `/admin/articles/${content.id}`;
    return { auth, content, base };
  }

  async function showHistory(request: HistoryRequest, reply: FastifyReply) {
    const { auth, content, base } = await itemOf(request);
    const env = await adminEnv(ctx, request);
    const { t } = env;
    const revisions = await listRevisions(db, content.id);
    const a = request.query.a ? parseId(request.query.a) : undefined;
    const b = request.query.b ? parseId(request.query.b) : undefined;
    const [ra, rb] = a && b ? await Promise.all([getRevision(db, content.id, Math.min(a, b)), getRevision(db, content.id, Math.max(a, b))]) : [undefined, undefined];
    const editable = canEdit(auth.actor, content);
    return sendAdminPage(
      reply,
      <AdminLayout env={env} title={`${t.history}: ${content.title}`}>
        <p>
          <a href={base}>‹ {content.title}</a>
        </p>
        {ra && rb && (
          <section class="card-box" aria-labelledby="diff-title">
            <h2 id="diff-title">{t.diffOf(ra.revision, rb.revision)}</h2>
            <p class="legend">
              <ins>{t.added}</ins> <del>{t.removed}</del>
            </p>
            <h3>{t.title}</h3>
            <Diff parts={wordDiff(ra.title, rb.title)} />
            <h3>{t.summary}</h3>
            <Diff parts={wordDiff(ra.summary, rb.summary)} />
            <h3>{t.body}</h3>
            <Diff parts={wordDiff(bodyToText(ra.body), bodyToText(rb.body))} />
            {fieldChanges(declarationOf(content.type), ra.fields, rb.fields, env.lang).map((change) => (
              <>
                <h3>{change.label}</h3>
                <Diff parts={change.parts} />
              </>
            ))}
          </section>
        )}
        <form method="get" action={`${base}/history`}>
          <div class="table-wrap">
            <table class="data-table">
              <caption class="visually-hidden">{t.history}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.compare}</th>
                  <th scope="col">{t.revision}</th>
                  <th scope="col">{t.when}</th>
                  <th scope="col">{t.by}</th>
                  <th scope="col">{t.note}</th>
                  <th scope="col">{t.status}</th>
                  <th scope="col">{t.actions}</th>
                </tr>
              </thead>
              <tbody>
                {revisions.map((r, i) => (
                  <tr>
                    <td>
                      <input type="radio" name="a" value={String(r.revision)} checked={a ? a === r.revision : i === 1} aria-label={`${t.compare} A: ${r.revision}`} />
                      <input type="radio" name="b" value={String(r.revision)} checked={b ? b === r.revision : i === 0} aria-label={`${t.compare} B: ${r.revision}`} />
                    </td>
                    <td>{r.revision}</td>
                    <td>{formatStamp(r.created_at)}</td>
                    <td>{r.user_name ?? '—'}</td>
                    <td>{t.notes[r.note] ?? r.note}</td>
                    <td>{t.statuses[r.status]}</td>
                    <td>
                      <a href={`/xem-truoc/${r.preview_token}`}>{t.preview}</a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="submit" class="button button--secondary">
            {t.compareWith}
          </button>
        </form>
        {editable && revisions.length > 1 && (
          <form method="post" action={`${base}/restore`} class="inline-form">
            <CsrfField env={env} />
            <label for="f-restore">{t.revision}</label>{' '}
            <select id="f-restore" name="revision">
              {revisions.slice(1).map((r) => (
                <option value={String(r.revision)}>{`${r.revision} – ${formatStamp(r.created_at)}`}</option>
              ))}
            </select>{' '}
            <button type="submit" class="button button--secondary">
              {t.restore}
            </button>
          </form>
        )}
      </AdminLayout>,
    );
  }

  async function restore(request: FastifyRequest<{ Params: { id: string; type?: string }; Body: { revision?: string } }>, reply: FastifyReply) {
    const { auth, content, base } = await itemOf(request);
    await restoreRevision(db, auth.actor, content.id, parseId(request.body?.revision), { ip: request.ip, actorEmail: auth.user.email });
    return reply.redirect(`${base}?ok=saved`, 303);
  }

  app.get('/admin/articles/:id/history', queryOf(['a', 'b']), showHistory);
  app.get('/admin/content/:type/:id/history', queryOf(['a', 'b']), showHistory);
  app.post('/admin/articles/:id/restore', restore);
  app.post('/admin/content/:type/:id/restore', restore);
}
