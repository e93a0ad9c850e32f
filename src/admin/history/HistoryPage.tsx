// The history page of an item: the word diff of two revisions (title, summary, body, changed
// fields by label), the revisions with two radio columns to choose them, and restoring an old one.
import type { getRevision, listRevisions } from '../../core/workflow/content.ts';
import type { Content } from '../../core/db/schema.ts';
import { declarationOf } from '../../core/modules.ts';
import { formatStamp } from '../../core/text/datetime.ts';
import { bodyToText, fieldChanges, wordDiff, type DiffPart } from '../diff.ts';
import type { AdminEnv } from '../env.ts';
import { ActionForm } from '../views/ActionForm.tsx';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { DataTable } from '../views/DataTable.tsx';

type Revision = Awaited<ReturnType<typeof listRevisions>>[number];
type FullRevision = NonNullable<Awaited<ReturnType<typeof getRevision>>>;

export interface HistoryPageProps {
  env: AdminEnv;
  content: Content;
  /** the item's edit page; history and restore are below it */
  base: string;
  revisions: Revision[];
  /** the revisions chosen to compare, when both were asked for */
  a?: number | undefined;
  b?: number | undefined;
  /** the two revisions compared, older first, when both exist */
  compared?: [FullRevision, FullRevision] | undefined;
  editable: boolean;
}

function Diff({ parts }: { parts: DiffPart[] }) {
  return (
    <div class="diff">
      {parts.map((p) => (p.added ? <ins>{p.value}</ins> : p.removed ? <del>{p.value}</del> : <span>{p.value}</span>))}
    </div>
  );
}

function Comparison({ env, content, ra, rb }: { env: AdminEnv; content: Content; ra: FullRevision; rb: FullRevision }) {
  const { t } = env;
  return (
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
  );
}

export function HistoryPage({ env, content, base, revisions, a, b, compared, editable }: HistoryPageProps) {
  const { t } = env;
  return (
    <AdminLayout env={env} title={`${t.history}: ${content.title}`}>
      <p>
        <a href={base}>‹ {content.title}</a>
      </p>
      {compared && <Comparison env={env} content={content} ra={compared[0]} rb={compared[1]} />}
      <form method="get" action={`${base}/history`}>
        <DataTable
          rows={revisions}
          caption={t.history}
          columns={[
            {
              header: t.compare,
              render: (r, i) => (
                <>
                  <input type="radio" name="a" value={String(r.revision)} checked={a ? a === r.revision : i === 1} aria-label={`${t.compare} A: ${r.revision}`} />
                  <input type="radio" name="b" value={String(r.revision)} checked={b ? b === r.revision : i === 0} aria-label={`${t.compare} B: ${r.revision}`} />
                </>
              ),
            },
            { header: t.revision, render: (r) => r.revision },
            { header: t.when, render: (r) => formatStamp(r.created_at) },
            { header: t.by, render: (r) => r.user_name ?? '—' },
            { header: t.note, render: (r) => t.notes[r.note] ?? r.note },
            { header: t.status, render: (r) => t.statuses[r.status] },
            { header: t.actions, render: (r) => <a href={`/xem-truoc/${r.preview_token}`}>{t.preview}</a> },
          ]}
        />
        <button type="submit" class="button button--secondary">
          {t.compareWith}
        </button>
      </form>
      {editable && revisions.length > 1 && (
        <ActionForm env={env} action={`${base}/restore`} class="inline-form" variant="secondary" submit={t.restore}>
          <label for="f-restore">{t.revision}</label>{' '}
          <select id="f-restore" name="revision">
            {revisions.slice(1).map((r) => (
              <option value={String(r.revision)}>{`${r.revision} – ${formatStamp(r.created_at)}`}</option>
            ))}
          </select>{' '}
        </ActionForm>
      )}
    </AdminLayout>
  );
}
