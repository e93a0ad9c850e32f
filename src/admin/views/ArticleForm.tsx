// The article editing page: the text (title, sapo, category, body in the editor island) and
// the workflow panel with the moves this user may make from the current state.
import type { Category, Content } from '../../core/db/schema.ts';
import { inCategories } from '../../core/auth/permissions.ts';
import { canEdit } from '../../core/workflow/content.ts';
import { assetUrl } from '../../core/http/assets.ts';
import { editorLabels } from '../editor-labels.ts';
import type { AdminEnv } from '../env.ts';
import { Field, Select, TextArea } from '../forms.tsx';
import { AdminLayout, CsrfField } from '../views/AdminLayout.tsx';
import { WorkflowPanel } from './WorkflowPanel.tsx';

export interface ArticleFormProps {
  env: AdminEnv;
  content: Content;
  categories: Category[];
  previewToken?: string | undefined;
  flash?: string | undefined;
  error?: string | undefined;
  warning?: string | undefined;
}

export function ArticleForm({ env, content, categories, previewToken, flash, error, warning }: ArticleFormProps) {
  const { t } = env;
  const editable = canEdit(env.auth!.actor, content);
  const allowedCategories = categories.filter((c) => inCategories(env.auth!.actor, c.id) || c.id === content.category_id);
  return (
    <AdminLayout env={env} title={content.title} flash={flash} error={error} scripts={editable ? [assetUrl('build/editor.js')] : []} styles={editable ? [assetUrl('css/editor.css')] : []}>
      <p class="meta-line">
        <span class={`status status--${content.status}`}>{t.statuses[content.status]}</span> · {t.revision} {content.revision} ·{' '}
        <a href={`/admin/articles/${content.id}/history`}>{t.history}</a>
        {previewToken && (
          <>
            {' · '}
            <a href={`/xem-truoc/${previewToken}`}>{t.preview}</a>
          </>
        )}
      </p>
      {warning && (
        <p class="flash flash--warning" role="status">
          {warning}
        </p>
      )}
      {content.status === 'returned' && content.return_reason && (
        <div class="flash flash--warning">
          <strong>{t.returnedBecause}</strong> {content.return_reason}
        </div>
      )}
      <div class="edit-layout">
        <form method="post" action={`/admin/articles/${content.id}`} class="edit-form" data-autosave-url={editable && content.status !== 'published' && content.status !== 'withdrawn' ? `/admin/articles/${content.id}/autosave` : undefined} data-revision={String(content.revision)}>
          <CsrfField env={env} />
          <input type="hidden" name="baseRevision" value={String(content.revision)} />
          <fieldset disabled={!editable}>
            <Field name="title" label={t.title} value={content.title} required maxLength={500} />
            <TextArea name="summary" label={t.summary} value={content.summary} rows={3} maxLength={2000} />
            <Select name="category" label={t.category} value={String(content.category_id ?? '')} options={allowedCategories.map((c) => ({ value: String(c.id), label: c.name }))} />
            <div class="field">
              <label for="f-body">{t.body}</label>
              <div data-editor data-labels={JSON.stringify(editorLabels[env.lang])} data-media-picker-url="/admin/media/picker">
                <textarea id="f-body" name="body" rows={20}>
                  {content.body}
                </textarea>
              </div>
            </div>
            {editable && content.status !== 'published' && content.status !== 'withdrawn' && <p class="hint">{t.autosaveNote}</p>}
            <p data-autosave-status aria-live="polite" class="autosave-status" />
            <button type="submit" class="button">
              {t.save}
            </button>
          </fieldset>
        </form>
        <WorkflowPanel env={env} content={content} base={`/admin/articles/${content.id}`} />
      </div>
    </AdminLayout>
  );
}
