// Autosave of a draft. When the form has data-autosave-url, every few seconds (5 s, or the form's
// data-autosave-interval in ms) if the body, the title or the summary changed, it POSTs
// { title, summary, body, baseRevision } as JSON (plus `fields`, the type's own "f.<name>" inputs,
// when the form has data-autosave-fields) with the page's CSRF token. 200 → the new
// revision becomes the base of the next save; 409 → someone else saved in between: the server's
// message is shown and autosave stops for good (a later save never silently overwrites theirs);
// no answer or 5xx → "offline, will retry" and the next tick retries; another 4xx → the message,
// and a retry after the next change. Leaving the page (tab hidden) saves at once with keepalive;
// closing it with unsaved changes asks first.
import { format, type Labels } from './labels.ts';

export interface AutosaveSource {
  body(): string;
  /** Calls `listener` after every change of the body. */
  onChange(listener: () => void): void;
}

type StatusKind = 'saving' | 'saved' | 'warning' | 'error';

const started = new WeakSet<HTMLFormElement>();

function fieldValue(form: HTMLFormElement, name: string): string {
  const field = form.elements.namedItem(name);
  return field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value : '';
}

/** A declared type's own inputs ("f.<name>"), as the form would post them: one string, or a list for checkboxes and multiple selects. */
function typeFields(form: HTMLFormElement): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const multi = new Set<string>();
  for (const el of Array.from(form.elements)) {
    if ((el instanceof HTMLInputElement && el.type === 'checkbox') || (el instanceof HTMLSelectElement && el.multiple)) multi.add((el as HTMLInputElement).name);
  }
  new FormData(form).forEach((value, name) => {
    if (!name.startsWith('f.') || typeof value !== 'string') return;
    const key = name.slice(2);
    if (multi.has(name)) out[key] = [...((out[key] as string[] | undefined) ?? []), value];
    else out[key] = value;
  });
  for (const name of multi) if (name.startsWith('f.') && !(name.slice(2) in out)) out[name.slice(2)] = [];
  return out;
}

function timeOf(iso: string | undefined): string {
  const date = iso ? new Date(iso) : new Date();
  const valid = Number.isNaN(date.getTime()) ? new Date() : date;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(valid.getHours())}:${pad(valid.getMinutes())}:${pad(valid.getSeconds())}`;
}

function statusElement(form: HTMLFormElement, after: Element): HTMLElement {
  let status = form.querySelector<HTMLElement>('[data-autosave-status]');
  if (!status) {
    status = document.createElement('p');
    status.dataset.autosaveStatus = '';
    after.after(status);
  }
  status.classList.add('autosave-status');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  return status;
}

export function startAutosave(form: HTMLFormElement, source: AutosaveSource, labels: Labels, statusAfter: Element): void {
  const url = form.dataset.autosaveUrl;
  if (!url || started.has(form)) return;
  started.add(form);

  const status = statusElement(form, statusAfter);
  const revisionAttr = Number.parseInt(form.dataset.revision ?? '', 10);
  let baseRevision: number | null = Number.isFinite(revisionAttr) ? revisionAttr : null;
  const interval = Math.min(Math.max(Number(form.dataset.autosaveInterval) || 5000, 250), 600_000);

  let changes = 0; // counts edits
  let savedChanges = 0; // `changes` when the last successful save was taken
  let refusedChanges = -1; // `changes` when the server refused a save with a 4xx other than 409
  let inFlight = false;
  let pending: Promise<void> | undefined;
  let stopped = false;
  let submitting = false;

  const markChanged = () => {
    changes++;
  };
  source.onChange(markChanged);
  const onField = (event: Event) => {
    const target = event.target as HTMLInputElement | null;
    if (target && (target.name === 'title' || target.name === 'summary' || target.name?.startsWith('f.'))) markChanged();
  };
  form.addEventListener('input', onField);
  form.addEventListener('change', onField);

  function show(kind: StatusKind, text: string): void {
    status.textContent = text;
    status.setAttribute('aria-busy', String(kind === 'saving'));
    for (const k of ['saving', 'saved', 'warning', 'error']) status.classList.toggle(`autosave-status--${k}`, k === kind);
  }

  const csrfToken = () => document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';

  function save(keepalive = false): Promise<void> {
    if (stopped || inFlight || submitting) return Promise.resolve();
    pending = send(keepalive).finally(() => {
      pending = undefined;
    });
    return pending;
  }

  async function send(keepalive: boolean): Promise<void> {
    if (changes === savedChanges || changes === refusedChanges) return;
    inFlight = true;
    const snapshot = changes;
    const payload = JSON.stringify({
      title: fieldValue(form, 'title'),
      summary: fieldValue(form, 'summary'),
      body: source.body(),
      baseRevision,
      ...(form.dataset.autosaveFields !== undefined ? { fields: typeFields(form) } : {}),
    });
    show('saving', labels.saving);
    let response: Response;
    try {
      response = await fetch(url!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken(), accept: 'application/json' },
        body: payload,
        credentials: 'same-origin',
        // keepalive requests are limited to 64 KiB in flight
        keepalive: keepalive && payload.length < 60_000,
      });
    } catch {
      inFlight = false;
      show('error', labels.offline);
      return;
    }
    let data: Record<string, unknown> = {};
    try {
      data = (await response.json()) as Record<string, unknown>;
    } catch {
      // not JSON: handled by status below
    }
    inFlight = false;
    const serverMessage = (data.error as { message?: unknown } | undefined)?.message;
    if (response.ok && typeof data.revision === 'number') {
      baseRevision = data.revision;
      form.dataset.revision = String(baseRevision);
      const hidden = form.elements.namedItem('baseRevision');
      if (hidden instanceof HTMLInputElement) hidden.value = String(baseRevision);
      savedChanges = snapshot;
      show('saved', format(labels.saved, { time: timeOf(typeof data.savedAt === 'string' ? data.savedAt : undefined) }));
      form.dispatchEvent(new CustomEvent('autosave:saved', { detail: data }));
    } else if (response.status === 409) {
      stopped = true;
      window.clearInterval(timer);
      show('warning', typeof serverMessage === 'string' && serverMessage ? serverMessage : labels.conflict);
      form.dispatchEvent(new CustomEvent('autosave:conflict', { detail: data }));
    } else if (response.status >= 500 || response.status === 408 || response.status === 429) {
      show('error', labels.offline);
    } else if (response.ok) {
      // 2xx without a revision: the server does not speak this protocol; say so, retry on change
      refusedChanges = snapshot;
      show('error', labels.saveFailed);
    } else {
      refusedChanges = snapshot;
      show('error', typeof serverMessage === 'string' && serverMessage ? serverMessage : labels.saveFailed);
    }
  }

  const timer = window.setInterval(() => void save(), interval);

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void save(true);
  });
  // on the document, so that it runs after the form's own submit handlers and sees their verdict
  document.addEventListener('submit', (event) => {
    if (event.target !== form || event.defaultPrevented) return;
    // the form itself carries the body now; a racing autosave would only cause a conflict
    submitting = true;
    window.clearInterval(timer);
    // An autosave still on its way will move the revision: wait for it, so the form is sent
    // with the revision it produced (the user's own autosave is not "someone else's save").
    if (pending) {
      event.preventDefault();
      void pending.then(() => HTMLFormElement.prototype.submit.call(form));
    }
  });
  window.addEventListener('beforeunload', (event) => {
    if (submitting || changes === savedChanges) return;
    event.preventDefault();
    event.returnValue = labels.unsavedChanges; // legacy browsers show nothing else
    return labels.unsavedChanges;
  });
}
