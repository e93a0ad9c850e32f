// The filter bar above a list: a GET form of labelled text, date and search boxes, selects and
// checkboxes that show the values the list was filtered by, a submit button, and links after it
// (export, new item). Every control has its label (for=id); Preact escapes every value.
import type { ComponentChildren } from 'preact';

interface FilterBase {
  /** the query parameter */
  name: string;
  label: string;
  /** the control's id (default: the bar's idPrefix + name, dots made dashes) */
  id?: string | undefined;
  /** ids of hints describing the control */
  describedBy?: string | undefined;
}

export interface FilterInput extends FilterBase {
  kind: 'input';
  type?: 'text' | 'search' | 'date' | 'month' | 'number';
  value: string | undefined;
  maxLength?: number | undefined;
  placeholder?: string | undefined;
  min?: number | undefined;
  max?: number | undefined;
  inputMode?: 'numeric' | 'text' | undefined;
}

export interface FilterSelect extends FilterBase {
  kind: 'select';
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  /** the first option, value "": no filter */
  any?: string | undefined;
}

export interface FilterCheckbox extends FilterBase {
  kind: 'checkbox';
  checked: boolean;
  /** the value sent when ticked (default "1") */
  value?: string | undefined;
}

export type FilterField = FilterInput | FilterSelect | FilterCheckbox;

export interface FilterBarProps {
  /** where the form goes (GET) */
  action: string;
  /** the controls, in order; `false`, `null` and `undefined` are skipped */
  fields: readonly (FilterField | false | null | undefined)[];
  /** the submit button's text */
  submit: string;
  /** marks the form as the page's search landmark (role="search") */
  search?: boolean;
  /** prefix of the controls' ids (default "f-") */
  idPrefix?: string;
  /** a hint shown before the button, for controls that name its id in describedBy */
  hint?: { id: string; text: ComponentChildren } | undefined;
  /** after the button: links such as an export or a new item */
  children?: ComponentChildren;
}

function Control({ field, id }: { field: FilterField; id: string }) {
  if (field.kind === 'checkbox') {
    return (
      <label class="check">
        <input type="checkbox" name={field.name} value={field.value ?? '1'} checked={field.checked} aria-describedby={field.describedBy} /> {field.label}
      </label>
    );
  }
  return (
    <span class="filter">
      <label for={id}>{field.label}</label>{' '}
      {field.kind === 'select' ? (
        <select id={id} name={field.name} aria-describedby={field.describedBy}>
          {field.any !== undefined && (
            <option value="" selected={!field.value}>
              {field.any}
            </option>
          )}
          {field.options.map((o) => (
            <option value={o.value} selected={o.value === field.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          name={field.name}
          type={field.type}
          value={field.value}
          maxLength={field.maxLength}
          placeholder={field.placeholder}
          min={field.min}
          max={field.max}
          inputMode={field.inputMode}
          aria-describedby={field.describedBy}
        />
      )}
    </span>
  );
}

export function FilterBar({ action, fields, submit, search, idPrefix = 'f-', hint, children }: FilterBarProps) {
  return (
    <form method="get" action={action} class="filter-bar" role={search ? 'search' : undefined}>
      {fields.map((field) => field && <Control field={field} id={field.id ?? `${idPrefix}${field.name.replace(/\./g, '-')}`} />)}
      {hint && (
        <span id={hint.id} class="hint">
          {hint.text}
        </span>
      )}
      <button type="submit" class="button button--secondary">
        {submit}
      </button>
      {children}
    </form>
  );
}
