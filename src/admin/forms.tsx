// Small form components of the back office: labelled fields with hints and inline errors.
import type { ComponentChildren } from 'preact';

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
  const describedBy = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label for={id}>{props.label}</label>
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
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        required={props.required}
        autoComplete={props.autocomplete}
        inputMode={props.inputMode}
        maxLength={props.maxLength}
        aria-describedby={describedBy}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </div>
  );
}

export function TextArea(props: { name: string; label: string; value?: string | undefined; rows?: number; error?: string | undefined; required?: boolean; maxLength?: number }) {
  const id = `f-${props.name}`;
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label for={id}>{props.label}</label>
      {props.error && (
        <p class="error-message" id={`${id}-error`}>
          {props.error}
        </p>
      )}
      <textarea id={id} name={props.name} rows={props.rows ?? 3} required={props.required} maxLength={props.maxLength} aria-describedby={props.error ? `${id}-error` : undefined} aria-invalid={props.error ? 'true' : undefined}>
        {props.value}
      </textarea>
    </div>
  );
}

export function Select(props: { name: string; label: string; options: { value: string; label: string }[]; value?: string | undefined; error?: string | undefined }) {
  const id = `f-${props.name}`;
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label for={id}>{props.label}</label>
      {props.error && (
        <p class="error-message" id={`${id}-error`}>
          {props.error}
        </p>
      )}
      <select id={id} name={props.name} aria-invalid={props.error ? 'true' : undefined}>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
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
