// Small form components of the back office: labelled fields with hints and inline errors.
import type { ComponentChildren } from 'preact';

/** The label, hint and error of a field; `describedBy` links the control to the last two. */
function FieldShell({ id, label, hint, error, children }: { id: string; label: string; hint?: string | undefined; error?: string | undefined; children: ComponentChildren }) {
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

export function Field(props: {
  name: string;
  label: string;
  type?: string;
  value?: string | undefined;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  autocomplete?: string;
  inputMode?: 'numeric' | 'text' | 'email';
  maxLength?: number;
}) {
  const id = `f-${props.name}`;
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={props.error}>
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        required={props.required}
        autoComplete={props.autocomplete}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        aria-describedby={describedBy(id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </FieldShell>
  );
}

export function TextArea(props: { name: string; label: string; value?: string | undefined; rows?: number; hint?: string | undefined; error?: string | undefined; required?: boolean; maxLength?: number }) {
  const id = `f-${props.name}`;
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={props.error}>
      <textarea id={id} name={props.name} rows={props.rows ?? 3} required={props.required} maxLength={props.maxLength} aria-describedby={describedBy(id, props.hint, props.error)} aria-invalid={props.error ? 'true' : undefined}>
        {props.value}
      </textarea>
    </FieldShell>
  );
}

export function Select(props: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string | undefined;
  /** several may be chosen: the selected ones */
  multiple?: boolean;
  values?: string[] | undefined;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  const id = `f-${props.name}`;
  const chosen = (value: string) => (props.multiple ? (props.values ?? []).includes(value) : value === props.value);
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={props.error}>
      <select id={id} name={props.name} multiple={props.multiple} size={props.multiple ? Math.min(8, Math.max(3, props.options.length)) : undefined} aria-describedby={describedBy(id, props.hint, props.error)} aria-invalid={props.error ? 'true' : undefined}>
        {props.options.map((o) => (
          <option value={o.value} selected={chosen(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** Several choices as checkboxes in a fieldset (its legend is the label), with hint and inline error. */
export function Checkboxes(props: { name: string; label: string; options: { value: string; label: string }[]; values: string[]; hint?: string | undefined; error?: string | undefined }) {
  const id = `f-${props.name}`;
  return (
    <fieldset class={`field checkboxes${props.error ? ' field--error' : ''}`} id={id} aria-describedby={describedBy(id, props.hint, props.error)}>
      <legend>{props.label}</legend>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="error-message" id={`${id}-error`}>
          {props.error}
        </p>
      )}
      {props.options.map((o, i) => (
        <label class="checkbox" for={`${id}-${i}`}>
          <input type="checkbox" id={`${id}-${i}`} name={props.name} value={o.value} checked={props.values.includes(o.value)} aria-invalid={props.error ? 'true' : undefined} /> {o.label}
        </label>
      ))}
    </fieldset>
  );
}

export function Card({ title, children }: { title?: string; children: ComponentChildren }) {
  return (
    <section class="card-box">
      {title && <h2>{title}</h2>}
      {children}
    </section>
  );
}

/** Reads a urlencoded form body as strings; arrays keep their last value unless asked for all. */
export function formValue(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | null | undefined)?.[name];
  if (Array.isArray(value)) return String(value[value.length - 1] ?? '');
  return typeof value === 'string' ? value : '';
}

export function formValues(body: unknown, name: string): string[] {
  const value = (body as Record<string, unknown> | null | undefined)?.[name];
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? [value] : [];
}
