// The editing page of any declared type, generated from its declaration: the envelope (title,
// summary, category, body in the editor island), one input per field by kind with its inline
// error, and the workflow panel. The same page creates an item (without the panel).
import { inCategories } from '../../core/auth/permissions.ts';
import type { ContentTypeDeclaration, FieldDeclaration } from '../../core/content-types/declaration.ts';
import type { Category, Content } from '../../core/db/schema.ts';
import { assetUrl } from '../../core/http/assets.ts';
import { canEdit } from '../../core/workflow/content.ts';
import { editorLabels } from '../editor-labels.ts';
import type { AdminEnv } from '../env.ts';
import { Checkboxes, Field, Select, TextArea } from '../forms.tsx';
import { AdminLayout, CsrfField } from '../views/AdminLayout.tsx';
import { WorkflowPanel } from '../views/WorkflowPanel.tsx';
import { inputName, type Choices, type RawFields, type RawValue } from './field-values.ts';
import { contentText } from './i18n.ts';

export interface Envelope {
  title: string;
  summary: string;
  body: string;
  categoryId: number | null;
}

interface ContentFormProps {
  env: AdminEnv;
  declaration: ContentTypeDeclaration;
  /** the item being edited; absent on the creation page */
  content?: Content | undefined;
  envelope: Envelope;
  values: RawFields;
  /** field name (or title, category) → message in the user's language */
  errors?: Record<string, string> | undefined;
  categories: Category[];
  choices: Choices;
  previewToken?: string | undefined;
  flash?: string | undefined;
  error?: string | undefined;
  warning?: string | undefined;
}

const one = (v: RawValue | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const many = (v: RawValue | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

/** One input for one declared field, chosen by its kind. */
export function FieldInput({ env, field, value, error, choices }: { env: AdminEnv; field: FieldDeclaration; value: RawValue | undefined; error?: string | undefined; choices: Choices }) {
  const ct = contentText[env.lang];
  const name = inputName(field);
  const label = field.label[env.lang];
  const hint = field.hint?.[env.lang];
  switch (field.kind) {
    case 'longText':
      return <TextArea name={name} label={label} hint={hint} value={one(value)} rows={5} error={error} required={field.required} maxLength={field.maxLength ?? 10_000} />;
    case 'richText':
      return (
        <div class={`field${error ? ' field--error' : ''}`}>
          <label for={`f-${name}`}>{label}</label>
          {hint && <p class="hint">{hint}</p>}
          {error && (
            <p class="error-message" id={`f-${name}-error`}>
              {error}
            </p>
          )}
          <div data-editor data-labels={JSON.stringify(editorLabels[env.lang])} data-media-picker-url="/admin/media/picker">
            <textarea id={`f-${name}`} name={name} rows={10} aria-describedby={error ? `f-${name}-error` : undefined} aria-invalid={error ? 'true' : undefined}>
              {one(value)}
            </textarea>
          </div>
        </div>
      );
    case 'number':
    case 'money':
    case 'area':
      return <Field name={name} label={label} hint={[hint, ct.numberHint].filter(Boolean).join(' · ')} value={one(value)} error={error} required={field.required} inputMode={field.kind === 'money' ? 'numeric' : 'text'} maxLength={40} />;
    case 'date':
      return <Field name={name} label={label} hint={hint} type="date" value={one(value)} error={error} required={field.required} />;
    case 'dateTime':
      return <Field name={name} label={label} hint={hint} type="datetime-local" value={one(value)} error={error} required={field.required} />;
    case 'select': {
      const options = (field.options ?? []).map((o) => ({ value: o.value, label: o.label[env.lang] }));
      if (field.multiple) return <Checkboxes name={name} label={label} hint={hint} options={options} values={many(value)} error={error} />;
      return <Select name={name} label={label} hint={hint} value={one(value)} options={[{ value: '', label: ct.none }, ...options]} error={error} />;
    }
    case 'reference': {
      const options = choices[field.name] ?? [];
      if (field.multiple) return <Select name={name} label={label} hint={hint} multiple values={many(value)} options={options} error={error} />;
      return <Select name={name} label={label} hint={hint} value={one(value)} options={[{ value: '', label: ct.none }, ...options]} error={error} />;
    }
    case 'files':
    case 'images':
      return <Select name={name} label={label} hint={[hint, ct.libraryHint].filter(Boolean).join(' · ')} multiple values={many(value)} options={choices[field.name] ?? []} error={error} />;
    case 'coordinates':
      return <Field name={name} label={label} hint={[hint, ct.coordinatesHint].filter(Boolean).join(' · ')} value={one(value)} error={error} required={field.required} maxLength={60} />;
    default:
      return <Field name={name} label={label} hint={hint} value={one(value)} error={error} required={field.required} maxLength={field.maxLength ?? 500} />;
  }
}

export function ContentForm(props: ContentFormProps) {
  const { env, declaration, content, envelope, values, errors = {}, categories, choices } = props;
  const { t } = env;
  const ct = contentText[env.lang];
  const actor = env.auth!.actor;
  const base = `/admin/content/${encodeURIComponent(declaration.type)}`;
  const editable = content ? canEdit(actor, content) : true;
  const live = content?.status === 'published' || content?.status === 'withdrawn';
  const autosave = content && editable && !live ? `${base}/${content.id}/autosave` : undefined;
  const allowedCategories = categories.filter((c) => inCategories(actor, c.id) || c.id === envelope.categoryId);
  const title = content ? content.title : ct.newItem(declaration.label[env.lang]);
  return (
    <AdminLayout env={env} title={title} flash={props.flash} error={props.error} scripts={editable ? [assetUrl('build/editor.js')] : []} styles={editable ? [assetUrl('css/editor.css')] : []}>
      <p class="meta-line">
        <a href={base}>‹ {declaration.plural[env.lang]}</a>
        {content && (
          <>
            {' · '}
            <span class={`status status--${content.status}`}>{t.statuses[content.status]}</span> · {t.revision} {content.revision} · <a href={`${base}/${content.id}/history`}>{t.history}</a>
          </>
        )}
        {props.previewToken && (
          <>
            {' · '}
            <a href={`/xem-truoc/${props.previewToken}`}>{t.preview}</a>
          </>
        )}
      </p>
      {props.warning && (
        <p class="flash flash--warning" role="status">
          {props.warning}
        </p>
      )}
      {content?.status === 'returned' && content.return_reason && (
        <div class="flash flash--warning">
          <strong>{t.returnedBecause}</strong> {content.return_reason}
        </div>
      )}
      <div class="edit-layout">
        <form method="post" action={content ? `${base}/${content.id}` : base} class="edit-form" data-autosave-url={autosave} data-autosave-fields={autosave ? '' : undefined} data-revision={content ? String(content.revision) : undefined}>
          <CsrfField env={env} />
          {content && <input type="hidden" name="baseRevision" value={String(content.revision)} />}
          {/* the body comes first: its editor is the one autosave follows (core of the editor island) */}
          <fieldset disabled={!editable}>
            <Field name="title" label={t.title} value={envelope.title} required maxLength={500} error={errors.title} />
            <TextArea name="summary" label={t.summary} value={envelope.summary} rows={3} maxLength={2000} error={errors.summary} />
            {declaration.categories && <Select name="category" label={t.category} value={String(envelope.categoryId ?? '')} options={[...(declaration.categoryOptional ? [{ value: '', label: ct.none }] : []), ...allowedCategories.map((c) => ({ value: String(c.id), label: c.name }))]} error={errors.category} />}
            <div class="field">
              <label for="f-body">{t.body}</label>
              <div data-editor data-labels={JSON.stringify(editorLabels[env.lang])} data-media-picker-url="/admin/media/picker">
                <textarea id="f-body" name="body" rows={14}>
                  {envelope.body}
                </textarea>
              </div>
            </div>
            {declaration.fields.map((field) => (
              <FieldInput env={env} field={field} value={values[field.name]} error={errors[field.name]} choices={choices} />
            ))}
            {autosave && <p class="hint">{t.autosaveNote}</p>}
            <p data-autosave-status aria-live="polite" class="autosave-status" />
            <button type="submit" class="button">
              {content ? t.save : t.create}
            </button>
          </fieldset>
        </form>
        {content && <WorkflowPanel env={env} content={content} base={`${base}/${content.id}`} />}
      </div>
    </AdminLayout>
  );
}
