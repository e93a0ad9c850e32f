// A POST form of the back office with its one button: the CSRF token first (the multipart reader
// and every guard expect it), hidden fields, optional controls (children), a hint, a box to tick
// before an action that cannot be undone, then the button.
import type { ComponentChildren } from 'preact';
import type { AdminEnv } from '../env.ts';

/** The CSRF token of the session (or of the pre-session form), as every POST form sends it. */
export function CsrfField({ env }: { env: Pick<AdminEnv, 'csrf'> }) {
  return <input type="hidden" name="_csrf" value={env.csrf} />;
}

export type ButtonVariant = 'primary' | 'secondary' | 'warning' | 'link';

const buttonClass: Record<ButtonVariant, string> = {
  primary: 'button',
  secondary: 'button button--secondary',
  warning: 'button button--warning',
  link: 'link-button',
};

export interface ActionFormProps {
  /** where the token comes from: the page's environment (or { csrf } before a session exists) */
  env: Pick<AdminEnv, 'csrf'>;
  action: string;
  /** the button's text */
  submit: ComponentChildren;
  /** the button's accessible name, when its text alone is ambiguous (a row's "Up") */
  submitLabel?: string | undefined;
  variant?: ButtonVariant;
  /** hidden fields, in order */
  hidden?: Readonly<Record<string, string>> | undefined;
  id?: string | undefined;
  class?: string | undefined;
  /** names the form, when the page has several alike: a text (aria-label) or the id of a heading (aria-labelledby) */
  label?: string | undefined;
  labelledBy?: string | undefined;
  /** a hint shown above the button */
  hint?: string | undefined;
  /** the text of a box to tick before the button works (an action that cannot be undone) */
  confirm?: string | undefined;
  /** the form's controls, above the button */
  children?: ComponentChildren;
}

export function ActionForm({ env, action, submit, submitLabel, variant = 'primary', hidden, id, class: className, label, labelledBy, hint, confirm, children }: ActionFormProps) {
  return (
    <form id={id} method="post" action={action} class={className} aria-label={label} aria-labelledby={labelledBy}>
      <CsrfField env={env} />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      {children}
      {hint && <p class="hint">{hint}</p>}
      {confirm && (
        <label class="check">
          <input type="checkbox" name="confirm" value="1" required /> {confirm}
        </label>
      )}
      <button type="submit" class={buttonClass[variant]} aria-label={submitLabel}>
        {submit}
      </button>
    </form>
  );
}
