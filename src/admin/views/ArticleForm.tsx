// The article editing page: the text (title, sapo, category, body in the editor island), the
// type's declared fields (for news: byline, source, display date, thumbnail, home-page placement;
// a field guarded by an action is read-only to whoever lacks it), and the workflow panel with the
// moves this user may make from the current state. A live item links to its public page.
import type { ContentTypeDeclaration } from '../../core/content-types/declaration.ts';
import type { Category, Content } from '../../core/db/schema.ts';
import { can, inCategories } from '../../core/auth/permissions.ts';
import { canEdit } from '../../core/workflow/content.ts';
import { assetUrl } from '../../core/http/assets.ts';
import { editorLabels } from '../editor-labels.ts';
import type { AdminEnv } from '../env.ts';
import { Field, Select, TextArea } from '../forms.tsx';
import { AdminLayout, CsrfField } from '../views/AdminLayout.tsx';
import { WorkflowPanel } from './WorkflowPanel.tsx';
import { FieldInput } from '../content/ContentForm.tsx';
import type { Choices, RawFields } from '../content/field-values.ts';

export interface ArticleFormProps {
  env: AdminEnv;
  content: Content;
  categories: Category[];
  previewToken?: string | undefined;
  flash?: string | undefined;
  error?: string | undefined;
  warning?: string | undefined;
  declaration?: ContentTypeDeclaration | undefined;
  /** the declared fields as their inputs show them */
  values?: RawFields;
  /** field name → message in the user's language */
  errors?: Record<string, string> | undefined;
  choices?: Choices;
}

export function ArticleForm({ env, content, categories, previewToken, flash, error, warning, declaration, values = {}, errors = {}, choices = {} }: ArticleFormProps) {
  const { t } = env;
  const actor = env.auth!.actor;
  const editable = canEdit(actor, content);
  const allowedCategories = categories.filter((c) => inCategories(actor, c.id) || c.id === content.category_id);
  const live = content.status === 'published' || content.status === 'withdrawn';
  const categorySlug = categories.find((c) => c.id === content.category_id)?.slug;
  const publicUrl = live && declaration ? declaration.itemPath({ slug: content.slug, categorySlug }) : undefined;
  const fields = declaration?.fields ?? [];
  const locked = fields.filter((f) => f.action !== undefined && !can(actor, f.action, content.type));
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
        {publicUrl && (
          <>
            {' · '}
            <a href={publicUrl} class="view-on-site">
              {t.viewOnSite} ›
            </a>
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
          {fields.length > 0 && <input type="hidden" name="fieldsShown" value="1" />}
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
            {fields.map((field) =>
              locked.includes(field) ? (
                <fieldset disabled class="field-locked">
                  <FieldInput env={env} field={field} value={values[field.name]} error={errors[field.name]} choices={choices} />
                  <p class="hint">{t.placementLocked}</p>
                </fieldset>
              ) : (
                <FieldInput env={env} field={field} value={values[field.name]} error={errors[field.name]} choices={choices} />
              ),
            )}
            {editable && !live && <p class="hint">{t.autosaveNote}</p>}
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
