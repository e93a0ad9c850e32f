// The editing page of any declared type, generated from its declaration: the envelope (title,
// summary, category, body in the editor island with its toolbar and media picker), one input per
// field by kind with its inline error (a field guarded by an action the user lacks is shown
// read-only, saying who may change it), and the workflow panel. The line above the form has the
// status, the revision with the history (diffs, restore), the preview of the latest revision and,
// once the item is live, its public page. The same page creates an item (without the panel).
import { can, inCategories, roles } from '../../core/auth/permissions.ts';
import type { ComponentChildren } from 'preact';
import type { ColumnDeclaration, ContentTypeDeclaration, FieldDeclaration } from '../../core/content-types/declaration.ts';
import { blankRowsOf, columnsOf, maxRowsOf, rowsText } from '../../core/content-types/rows.ts';
import { checkFields } from '../../core/content-types/validate.ts';
import type { Category, Content } from '../../core/db/schema.ts';
import { assetUrl } from '../../core/http/assets.ts';
import { canEdit } from '../../core/workflow/content.ts';
import { editorLabels } from '../editor-labels.ts';
import type { AdminEnv } from '../env.ts';
import { Checkboxes, Field, Select, TextArea } from '../forms.tsx';
import { AdminLayout, CsrfField } from '../views/AdminLayout.tsx';
import { WorkflowPanel } from '../views/WorkflowPanel.tsx';
import { cellInputName, inputName, shownFields, type Choices, type RawFields, type RawRow, type RawValue } from './field-values.ts';
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

const strings = (v: RawValue | undefined): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : v ? [v] : []);
const one = (v: RawValue | undefined) => (typeof v === 'string' ? v : (strings(v)[0] ?? ''));
const many = strings;
const rowsOf = (v: RawValue | undefined): RawRow[] => (Array.isArray(v) ? v.filter((x): x is RawRow => typeof x === 'object') : []);

/** Problems of single cells, keyed "<row>.<column>" (row from 1), as the message to show in that cell. */
export type CellErrors = Map<string, string>;

/**
 * A `rows` field as a table of inputs: a header row with the columns' labels, one row per entry
 * with its number as row header (each input is named by its column and row), then empty rows to
 * fill. Spare rows are dropped on save and as many are offered again, so rows are added without
 * JavaScript. A refusal is said above the table and in each bad cell.
 */
function RowsInput({ env, field, value, error, cellErrors }: { env: AdminEnv; field: FieldDeclaration; value: RawValue | undefined; error?: string | undefined; cellErrors?: CellErrors | undefined }) {
  const rt = rowsText[env.lang];
  const name = inputName(field);
  const id = `f-${name}`;
  const columns = columnsOf(field);
  const filled = rowsOf(value);
  const max = maxRowsOf(field);
  const count = Math.min(max, filled.length + blankRowsOf(field));
  const rows = Array.from({ length: Math.max(count, filled.length) }, (_, i) => filled[i] ?? {});
  const hint = [
    field.hint?.[env.lang],
    columns.some((c) => c.required) ? rt.requiredHint : '',
    columns.some((c) => c.kind === 'date') ? rt.dateHint : '',
    columns.some((c) => c.kind === 'time') ? rt.timeHint : '',
    ...columns.filter((c) => c.hint).map((c) => `${c.label[env.lang]}: ${c.hint![env.lang]}.`),
    rt.blankHint(blankRowsOf(field), max),
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset class="field rows-field" id={id} aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}>
      <legend>{field.label[env.lang]}</legend>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error && (
        <p class="error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      <div class="table-wrap">
        <table class="data-table menu-table rows-table">
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">{rt.row}</span>#
              </th>
              {columns.map((c) => (
                <ColumnHeader env={env} column={c} id={`${id}-col-${c.name}`} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr>
                <th scope="row" id={`${id}-row-${i}`}>
                  <span class="visually-hidden">{rt.row} </span>
                  {i + 1}
                </th>
                {columns.map((c) => {
                  const cellName = cellInputName(field, i, c);
                  const cellId = `f-${cellName}`;
                  const problem = cellErrors?.get(`${i + 1}.${c.name}`);
                  const common = {
                    id: cellId,
                    name: cellName,
                    'aria-labelledby': `${id}-col-${c.name} ${id}-row-${i}`,
                    'aria-describedby': problem ? `${cellId}-error` : undefined,
                    'aria-invalid': problem ? ('true' as const) : undefined,
                  };
                  const cell = row[c.name] ?? '';
                  return (
                    <td>
                      {problem && (
                        <p class="error-message" id={`${cellId}-error`}>
                          {problem}
                        </p>
                      )}
                      {c.kind === 'longText' ? (
                        <textarea {...common} rows={2} cols={24} maxLength={c.maxLength ?? 10_000}>
                          {cell}
                        </textarea>
                      ) : c.kind === 'select' ? (
                        <select {...common}>
                          <option value="">—</option>
                          {(c.options ?? []).map((o) => (
                            <option value={o.value} selected={o.value === cell}>
                              {o.label[env.lang]}
                            </option>
                          ))}
                        </select>
                      ) : c.kind === 'date' || c.kind === 'time' ? (
                        // typed, not picked: a native picker follows the browser's locale (10/26/2026, 07:30 AM) and cannot narrow on a phone
                        <input {...common} type="text" value={cell} size={c.kind === 'date' ? 12 : 6} maxLength={c.kind === 'date' ? 10 : 12} autoComplete="off" />
                      ) : (
                        <input {...common} type="text" value={cell} size={14} maxLength={c.maxLength ?? 500} />
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}

/**
 * A form holding a table of rows sits in a scroll container (with room for focus rings): the
 * layout's column then never widens to the table, which scrolls in its own box on a phone.
 */
function WideForm({ wide, children }: { wide: boolean; children: ComponentChildren }) {
  return wide ? <div class="table-wrap card-box">{children}</div> : <>{children}</>;
}

/** A column's header: its label kept on one line (it sets the column's narrowest width), the format under a date or a time. */
function ColumnHeader({ env, column, id }: { env: AdminEnv; column: ColumnDeclaration; id: string }) {
  const rt = rowsText[env.lang];
  const nbsp = (text: string) => text.replace(/ /g, '\u00a0');
  return (
    <th scope="col" id={id}>
      {nbsp(column.label[env.lang])}
      {column.required && (
        <>
          {'\u00a0'}
          <abbr title={rt.required}>*</abbr>
        </>
      )}
      {(column.kind === 'date' || column.kind === 'time') && (
        <>
          <br />
          <span class="hint">{column.kind === 'date' ? rt.dateFormat : rt.timeFormat}</span>
        </>
      )}
    </th>
  );
}

/**
 * After a refusal: the cells of `rows` fields it was about, each with its own message, found by
 * checking what was typed again (the page only receives the messages by field).
 */
function cellErrorsOf(env: AdminEnv, declaration: ContentTypeDeclaration, values: RawFields, errors: Record<string, string>): CellErrors {
  const out: CellErrors = new Map();
  if (!declaration.fields.some((f) => f.kind === 'rows' && errors[f.name])) return out;
  for (const p of checkFields(declaration, values, 'form').problems) {
    if (!p.cell?.column || !errors[p.field]) continue;
    const key = `${p.cell.row}.${p.cell.column}`;
    const message = p.message[env.lang].replace(/^[^:]*:\s*/, '');
    out.set(key, out.has(key) ? `${out.get(key)} ${message}` : message);
  }
  return out;
}

/** One input for one declared field, chosen by its kind. */
export function FieldInput({ env, field, value, error, choices, cellErrors }: { env: AdminEnv; field: FieldDeclaration; value: RawValue | undefined; error?: string | undefined; choices: Choices; cellErrors?: CellErrors | undefined }) {
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
    case 'rows':
      return <RowsInput env={env} field={field} value={value} error={error} cellErrors={cellErrors} />;
    default:
      return <Field name={name} label={label} hint={hint} value={one(value)} error={error} required={field.required} maxLength={field.maxLength ?? 500} />;
  }
}

/** The fields this user sees but may not change (their `action` is not theirs for this type), with who may. */
function lockedFields(env: AdminEnv, declaration: ContentTypeDeclaration): Map<string, string> {
  const actor = env.auth!.actor;
  const out = new Map<string, string>();
  for (const field of declaration.fields) {
    const action = field.action;
    if (action === undefined || can(actor, action, declaration.type)) continue;
    const allowed = roles.filter((role) => can({ id: 0, role, categoryIds: null }, action, declaration.type));
    out.set(field.name, contentText[env.lang].lockedTo(allowed.map((role) => env.t.roles[role] ?? role)));
  }
  return out;
}

export function ContentForm(props: ContentFormProps) {
  const { env, declaration, content, errors = {}, categories, choices } = props;
  // a fresh creation form starts with what the declaration offers (a default title, a date)
  const fresh = !content && !props.error && props.envelope.title === '' && Object.keys(props.values).length === 0 ? declaration.newItem?.(new Date()) : undefined;
  const envelope = fresh?.title ? { ...props.envelope, title: fresh.title } : props.envelope;
  const values = fresh?.fields ? shownFields(declaration, fresh.fields) : props.values;
  const cellErrors = cellErrorsOf(env, declaration, values, errors);
  const { t } = env;
  const ct = contentText[env.lang];
  const actor = env.auth!.actor;
  const base = `/admin/content/${encodeURIComponent(declaration.type)}`;
  const editable = content ? canEdit(actor, content) : true;
  const live = content?.status === 'published' || content?.status === 'withdrawn';
  const autosave = content && editable && !live ? `${base}/${content.id}/autosave` : undefined;
  const allowedCategories = categories.filter((c) => inCategories(actor, c.id) || c.id === envelope.categoryId);
  const title = content ? content.title : ct.newItem(declaration.label[env.lang]);
  const categorySlug = categories.find((c) => c.id === content?.category_id)?.slug;
  const publicUrl = content && live ? declaration.itemPath({ slug: content.slug, categorySlug }) : undefined;
  const locked = lockedFields(env, declaration);
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
        {publicUrl && (
          <>
            {' · '}
            <a href={publicUrl} class="view-on-site">
              {t.viewOnSite} ›
            </a>
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
        <WideForm wide={declaration.fields.some((f) => f.kind === 'rows')}>
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
            {declaration.fields.map((field) => {
              const input = <FieldInput env={env} field={field} value={values[field.name]} error={errors[field.name]} choices={choices} cellErrors={cellErrors} />;
              const lockedBecause = locked.get(field.name);
              // a disabled fieldset is not posted (nor autosaved): the server keeps the stored value
              return lockedBecause === undefined ? (
                input
              ) : (
                <fieldset disabled class="field-locked">
                  {input}
                  <p class="hint">{lockedBecause}</p>
                </fieldset>
              );
            })}
            {autosave && <p class="hint">{t.autosaveNote}</p>}
            <p data-autosave-status aria-live="polite" class="autosave-status" />
            <button type="submit" class="button">
              {content ? t.save : t.create}
            </button>
          </fieldset>
        </form>
        </WideForm>
        {content && <WorkflowPanel env={env} content={content} base={`${base}/${content.id}`} />}
      </div>
    </AdminLayout>
  );
}
