// The back office's pages of what the public sends: the moderation list and one submission with
// its attached files, assignment, status, answer, publication, internal notes and the erasure of
// personal data.
import { formatFileSize } from '../../core/media/file-labels.ts';
import type { FieldDeclaration } from '../../core/content-types/declaration.ts';
import type { SubmissionKind } from '../../core/submissions/declaration.ts';
import { submissionStatuses } from '../../core/submissions/declaration.ts';
import { shownValue } from '../../core/submissions/form.tsx';
import { submissionStrings } from '../../core/submissions/i18n.ts';
import type { Submission, SubmissionFile, SubmissionNote } from '../../core/submissions/schema.ts';
import { parseData } from '../../core/submissions/store.ts';
import { formatStamp } from '../../core/text/datetime.ts';
import type { AdminEnv } from '../env.ts';
import { ActionForm } from '../views/ActionForm.tsx';
import { AdminLayout } from '../views/AdminLayout.tsx';
import { DataTable } from '../views/DataTable.tsx';
import { submissionsText } from './i18n.ts';

export interface Staff {
  id: number;
  name: string;
}

export interface ListFilter {
  kind?: string | undefined;
  status?: string | undefined;
  mine: boolean;
  page: number;
}

const titleOf = (kind: SubmissionKind | undefined, row: Submission) => {
  const value = kind ? parseData(row)[kind.titleField] : undefined;
  return typeof value === 'string' && value ? value : `#${row.id}`;
};

export const statusLabel = (kind: SubmissionKind | undefined, status: Submission['status'], lang: 'vi' | 'en') => kind?.statusLabels?.[status]?.[lang] ?? submissionStrings[lang].status[status];

export function SubmissionListPage({ env, kinds, items, total, filter, staff, pageCount, flash }: { env: AdminEnv; kinds: SubmissionKind[]; items: Submission[]; total: number; filter: ListFilter; staff: Staff[]; pageCount: number; flash?: string | undefined }) {
  const { lang } = env;
  const s = submissionsText[lang];
  const kindOf = (name: string) => kinds.find((k) => k.kind === name);
  const href = (page: number) => {
    const q = new URLSearchParams();
    if (filter.kind) q.set('loai', filter.kind);
    if (filter.status) q.set('tinh-trang', filter.status);
    if (filter.mine) q.set('cua-toi', '1');
    if (page > 1) q.set('trang', String(page));
    const text = q.toString();
    return `/admin/submissions${text ? `?${text}` : ''}`;
  };
  return (
    <AdminLayout env={env} title={s.title} flash={flash}>
      <h1>{s.title}</h1>
      <p>{s.intro}</p>
      <form method="get" action="/admin/submissions" class="filters">
        <label>
          {s.kind}{' '}
          <select name="loai">
            <option value="">{s.allKinds}</option>
            {kinds.map((k) => (
              <option value={k.kind} selected={k.kind === filter.kind}>
                {k.plural[lang]}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          {s.status}{' '}
          <select name="tinh-trang">
            <option value="">{s.allStatuses}</option>
            {submissionStatuses.map((st) => (
              <option value={st} selected={st === filter.status}>
                {submissionStrings[lang].status[st]}
              </option>
            ))}
          </select>
        </label>{' '}
        <label class="check">
          <input type="checkbox" name="cua-toi" value="1" checked={filter.mine} /> {s.mine}
        </label>{' '}
        <button type="submit" class="button button--secondary">
          {s.filter}
        </button>
      </form>
      <DataTable
        caption={s.caption}
        empty={s.none}
        rows={items}
        columns={[
          { header: s.subject, rowHeader: true, render: (row) => <a href={`/admin/submissions/${row.id}`}>{titleOf(kindOf(row.kind), row)}</a> },
          { header: s.kind, render: (row) => kindOf(row.kind)?.label[lang] ?? row.kind },
          { header: s.status, render: (row) => <span class={`badge badge--${row.status}`}>{statusLabel(kindOf(row.kind), row.status, lang)}</span> },
          { header: s.received, render: (row) => formatStamp(row.created_at) },
          { header: s.assignedTo, render: (row) => staff.find((u) => u.id === row.assigned_to)?.name ?? s.nobody },
        ]}
        pagination={{ lang, page: filter.page, pageCount, href }}
      />
      <p>{total > 0 ? s.open(total) : ''}</p>
    </AdminLayout>
  );
}

function Value({ field, value, lang }: { field: FieldDeclaration; value: unknown; lang: 'vi' | 'en' }) {
  const text = shownValue(field, value, lang);
  return field.kind === 'longText' ? <div class="submission-text">{text}</div> : <>{text}</>;
}

export interface DetailProps {
  env: AdminEnv;
  kind: SubmissionKind;
  row: Submission;
  notes: SubmissionNote[];
  /** attached files (private) */
  files: SubmissionFile[];
  staff: Staff[];
  subject?: { title: string; href: string } | undefined;
  permissions: { publish: boolean; erase: boolean };
  flash?: string | undefined;
  error?: string | undefined;
  /** what was typed in a refused form, to show again */
  typed?: { answer?: string; answeredBy?: string; note?: string };
}

const typeNames: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word (DOC)',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'application/vnd.ms-excel': 'Excel (XLS)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (XLSX)',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};


/** The sender's files: downloads for staff, never shown or linked publicly. */
function Files({ kind, row, files, lang }: { kind: SubmissionKind; row: Submission; files: SubmissionFile[]; lang: 'vi' | 'en' }) {
  const s = submissionsText[lang];
  if (!kind.attachments && files.length === 0) return null;
  return (
    <section aria-labelledby="sub-files">
      <h2 id="sub-files">{s.files}</h2>
      {files.length === 0 ? (
        <p>{row.erased_at ? s.filesErased : s.noFiles}</p>
      ) : (
        <>
          <ul class="submission-files">
            {files.map((f) => (
              <li>
                <a href={`/admin/submissions/${row.id}/tep/${f.id}`} download>
                  {f.original_name}
                </a>{' '}
                <span class="hint">
                  ({typeNames[f.mime] ?? f.mime}, {formatFileSize(f.size, lang)})
                </span>
              </li>
            ))}
          </ul>
          <p class="hint">{s.filesHint}</p>
        </>
      )}
    </section>
  );
}

export function SubmissionPage({ env, kind, row, notes, files, staff, subject, permissions, flash, error, typed = {} }: DetailProps) {
  const { lang } = env;
  const s = submissionsText[lang];
  const data = parseData(row);
  const base = `/admin/submissions/${row.id}`;
  const title = titleOf(kind, row);
  return (
    <AdminLayout env={env} title={title} flash={flash} error={error}>
      <p>
        <a href="/admin/submissions">← {s.title}</a>
      </p>
      <h1>{title}</h1>
      <dl class="facts">
        <dt>{s.kind}</dt>
        <dd>{kind.label[lang]}</dd>
        <dt>{s.status}</dt>
        <dd>
          <span class={`badge badge--${row.status}`}>{statusLabel(kind, row.status, lang)}</span>
        </dd>
        <dt>{s.received}</dt>
        <dd>{formatStamp(row.created_at)}</dd>
        {row.tracking_code && (
          <>
            <dt>{s.trackingCode}</dt>
            <dd>
              <code>{row.tracking_code}</code>
            </dd>
          </>
        )}
        {subject && (
          <>
            <dt>{s.about}</dt>
            <dd>
              <a href={subject.href}>{subject.title}</a>
            </dd>
          </>
        )}
      </dl>

      <section aria-labelledby="sub-content">
        <h2 id="sub-content">{s.content}</h2>
        <dl class="facts">
          {kind.fields.map((f) => (
            <>
              <dt>{f.label[lang]}</dt>
              <dd>
                <Value field={f} value={data[f.name]} lang={lang} />
              </dd>
            </>
          ))}
        </dl>
      </section>

      <Files kind={kind} row={row} files={files} lang={lang} />

      <section aria-labelledby="sub-contact">
        <h2 id="sub-contact">{s.contact}</h2>
        {row.erased_at ? (
          <p>{s.erased(formatStamp(row.erased_at))}</p>
        ) : (
          <dl class="facts">
            <dt>{s.name}</dt>
            <dd>{row.name ?? '—'}</dd>
            <dt>{s.email}</dt>
            <dd>{row.email ? <a href={`mailto:${row.email}`}>{row.email}</a> : '—'}</dd>
            <dt>{s.phone}</dt>
            <dd>{row.phone ? <a href={`tel:${row.phone.replace(/[^\d+]/g, '')}`}>{row.phone}</a> : '—'}</dd>
          </dl>
        )}
      </section>

      <section aria-labelledby="sub-assign">
        <h2 id="sub-assign">{s.assign}</h2>
        <ActionForm env={env} action={`${base}/giao`} submit={s.assignButton} variant="secondary" labelledBy="sub-assign">
          <label for="sub-user">{s.assignedTo}</label>{' '}
          <select id="sub-user" name="user">
            <option value="">{s.nobody}</option>
            {staff.map((u) => (
              <option value={String(u.id)} selected={u.id === row.assigned_to}>
                {u.name}
              </option>
            ))}
          </select>{' '}
        </ActionForm>
        <h2 id="sub-status">{s.changeStatus}</h2>
        <ActionForm env={env} action={`${base}/tinh-trang`} submit={s.statusButton} variant="secondary" labelledBy="sub-status">
          <label for="sub-status-select">{s.status}</label>{' '}
          <select id="sub-status-select" name="status">
            {submissionStatuses
              .filter((st) => kind.answer || st !== 'answered' || row.status === 'answered')
              .map((st) => (
                <option value={st} selected={st === row.status}>
                  {statusLabel(kind, st, lang)}
                </option>
              ))}
          </select>{' '}
        </ActionForm>
      </section>

      {kind.answer && (
        <section aria-labelledby="sub-answer">
          <h2 id="sub-answer">{s.answer}</h2>
          <ActionForm env={env} action={`${base}/tra-loi`} submit={s.answerButton} labelledBy="sub-answer">
            <div class="field">
              <label for="sub-answer-text">{s.answerText}</label>
              <p class="hint" id="sub-answer-hint">
                {s.answerHint}
              </p>
              <textarea id="sub-answer-text" name="answer" rows={10} maxLength={20000} aria-describedby="sub-answer-hint">
                {typed.answer ?? row.answer ?? ''}
              </textarea>
            </div>
            <div class="field">
              <label for="sub-answered-by">{s.answeredBy}</label>
              <p class="hint" id="sub-answered-by-hint">
                {s.answeredByHint}
              </p>
              <input id="sub-answered-by" name="answeredBy" type="text" maxLength={200} value={typed.answeredBy ?? row.answered_by ?? ''} aria-describedby="sub-answered-by-hint" />
            </div>
          </ActionForm>
        </section>
      )}

      {kind.publishable && (
        <section aria-labelledby="sub-publication">
          <h2 id="sub-publication">{s.publication}</h2>
          <p>{row.published_at ? s.published(formatStamp(row.published_at)) : s.notPublished}</p>
          {row.published_at && kind.publicPath && (
            <p>
              <a href={`${kind.publicPath}/${row.id}`}>{s.publicPage}</a>
            </p>
          )}
          {permissions.publish &&
            (row.published_at ? (
              <ActionForm env={env} action={`${base}/thoi-cong-bo`} submit={s.unpublish} variant="secondary" />
            ) : kind.answer && row.status !== 'answered' ? (
              <p class="hint">{s.publishNeedsAnswer}</p>
            ) : (
              <ActionForm env={env} action={`${base}/cong-bo`} submit={s.publish} />
            ))}
        </section>
      )}

      <section aria-labelledby="sub-notes">
        <h2 id="sub-notes">{s.notes}</h2>
        <p class="hint">{s.notesHint}</p>
        {notes.length === 0 ? (
          <p>{s.noNotes}</p>
        ) : (
          <ol class="notes">
            {notes.map((n) => (
              <li>
                <p class="notes__meta">
                  {n.author} · {formatStamp(n.created_at)}
                </p>
                <div class="submission-text">{n.note}</div>
              </li>
            ))}
          </ol>
        )}
        <ActionForm env={env} action={`${base}/ghi-chu`} submit={s.noteButton} variant="secondary" label={s.addNote}>
          <div class="field">
            <label for="sub-note">{s.addNote}</label>
            <textarea id="sub-note" name="note" rows={3} maxLength={4000}>
              {typed.note ?? ''}
            </textarea>
          </div>
        </ActionForm>
      </section>

      {permissions.erase && !row.erased_at && (
        <section aria-labelledby="sub-erase">
          <h2 id="sub-erase">{s.erase}</h2>
          <ActionForm env={env} action={`${base}/xoa-du-lieu-ca-nhan`} submit={s.eraseButton} variant="warning" hint={s.eraseHint} confirm={s.eraseConfirm} labelledBy="sub-erase" />
        </section>
      )}
    </AdminLayout>
  );
}
