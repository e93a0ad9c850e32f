// Control characters in text input. NUL (PostgreSQL refuses it in text; SQLite stores it) and the
// other C0 controls have no meaning in a form field, a JSON string or a query parameter: they are
// removed from every parsed body and query before validation (app.tsx), keeping tab, LF and CR.

// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
// eslint-disable-next-line no-control-regex
const hasControl = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

export function stripControls(text: string): string {
  return text.replace(controls, '');
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  // plain objects, and the query parser's objects (their prototype is an empty object without one)
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
}

/**
 * Cleans every string in a parsed body or query: a string gives the cleaned string; plain objects
 * and arrays are cleaned in place (at any depth, without recursion) and returned; anything else
 * (numbers, buffers, streams) is returned untouched.
 */
export function stripControlsDeep<T>(value: T): T {
  if (typeof value === 'string') return stripControls(value) as T;
  if (!isContainer(value)) return value;
  const pending: (Record<string, unknown> | unknown[])[] = [value];
  const seen = new Set<object>();
  for (let container = pending.pop(); container; container = pending.pop()) {
    if (seen.has(container)) continue;
    seen.add(container);
    const record = container as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (typeof item === 'string') {
        if (hasControl.test(item)) record[key] = stripControls(item);
      } else if (isContainer(item)) pending.push(item);
    }
  }
  return value;
}
