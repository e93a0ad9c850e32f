// Modal dialogs for a link's address and for an image (address, alternative text, caption, and
// a pick from the media library when the server offers one). Native <dialog> with showModal():
// focus moves in and is trapped, Escape cancels, focus returns to the editor afterwards. The
// dialogs are appended to <body>, outside the article form, so nothing in them is submitted.
import type { Labels } from './labels.ts';
import { normalizeImageUrl, normalizeLinkUrl } from './urls.ts';
import type { FigureAttrs } from './figure.ts';

let counter = 0;
const nextId = (what: string) => `editor-${what}-${++counter}`;

interface Field {
  wrap: HTMLElement;
  input: HTMLInputElement;
  setError(message: string | null): void;
}

function makeField(label: string, value: string, options: { required?: boolean; autocomplete?: string } = {}): Field {
  const id = nextId('field');
  const wrap = document.createElement('div');
  wrap.className = 'editor-dialog__field';
  const labelEl = document.createElement('label');
  labelEl.htmlFor = id;
  labelEl.textContent = label;
  const input = document.createElement('input');
  input.type = 'text';
  input.id = id;
  input.value = value;
  input.setAttribute('autocomplete', options.autocomplete ?? 'off');
  input.spellcheck = false;
  if (options.required) input.setAttribute('aria-required', 'true');
  const error = document.createElement('p');
  error.className = 'editor-dialog__error';
  error.id = id + '-error';
  error.hidden = true;
  wrap.append(labelEl, error, input);
  return {
    wrap,
    input,
    setError(message) {
      error.textContent = message ?? '';
      error.hidden = !message;
      if (message) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', error.id);
      } else {
        input.removeAttribute('aria-invalid');
        input.removeAttribute('aria-describedby');
      }
    },
  };
}

interface DialogShell {
  dialog: HTMLDialogElement;
  form: HTMLFormElement;
  body: HTMLElement;
  submit: HTMLButtonElement;
}

function makeDialog(title: string, submitLabel: string, cancelLabel: string, extraClass = ''): DialogShell {
  const dialog = document.createElement('dialog');
  dialog.className = ('editor-dialog ' + extraClass).trim();
  const titleId = nextId('dialog-title');
  dialog.setAttribute('aria-labelledby', titleId);
  const form = document.createElement('form');
  form.className = 'editor-dialog__form';
  form.noValidate = true;
  const heading = document.createElement('h2');
  heading.className = 'editor-dialog__title';
  heading.id = titleId;
  heading.textContent = title;
  const body = document.createElement('div');
  body.className = 'editor-dialog__body';
  const actions = document.createElement('div');
  actions.className = 'editor-dialog__actions';
  const submit = document.createElement('button');
  submit.type = 'submit';
  submit.className = 'editor-button editor-button--primary';
  submit.textContent = submitLabel;
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.className = 'editor-button';
  cancel.textContent = cancelLabel;
  cancel.addEventListener('click', () => dialog.close());
  actions.append(submit, cancel);
  form.append(heading, body, actions);
  dialog.append(form);
  return { dialog, form, body, submit };
}

/** Shows the dialog; resolves with what `onSubmit` returned (non-null), or null when cancelled. */
function run<T>(shell: DialogShell, onSubmit: () => T | null, focus: HTMLElement): Promise<T | null> {
  return new Promise((resolve) => {
    let settled = false;
    // settles at once (not on the queued "close" event), so the editor changes in the same task
    const finish = (value: T | null) => {
      if (settled) return;
      settled = true;
      if (shell.dialog.open) shell.dialog.close();
      shell.dialog.remove();
      resolve(value);
    };
    shell.form.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = onSubmit();
      if (value !== null) finish(value);
    });
    shell.dialog.addEventListener('close', () => finish(null)); // Escape, Cancel
    document.body.append(shell.dialog);
    shell.dialog.showModal();
    focus.focus();
    if (focus instanceof HTMLInputElement) focus.select();
  });
}

/** Asks for a link address; '' means "remove the link"; null means cancelled. */
export function askLink(labels: Labels, current: string): Promise<string | null> {
  const shell = makeDialog(labels.link, current ? labels.update : labels.insert, labels.cancel, 'editor-dialog--link');
  const url = makeField(labels.linkPrompt, current, { autocomplete: 'url' });
  url.input.type = 'text';
  url.input.inputMode = 'url';
  shell.body.append(url.wrap);
  return run(shell, () => {
    const raw = url.input.value.trim();
    if (!raw && current) return '';
    const normalized = normalizeLinkUrl(raw);
    if (!normalized) {
      url.setError(labels.linkInvalid);
      url.input.focus();
      return null;
    }
    return normalized;
  }, url.input);
}

interface MediaItem {
  id: string | number;
  url: string;
  alt: string;
  caption: string;
  thumbUrl: string;
}

function readMediaItems(json: unknown): MediaItem[] {
  const items = json && typeof json === 'object' ? (json as { items?: unknown }).items : null;
  if (!Array.isArray(items)) throw new Error('media picker: no items array');
  const result: MediaItem[] = [];
  for (const raw of items as Record<string, unknown>[]) {
    if (!raw || typeof raw !== 'object') continue;
    const url = normalizeImageUrl(String(raw.url ?? ''));
    if (!url) continue;
    const thumb = normalizeImageUrl(String(raw.thumbUrl ?? '')) ?? url;
    result.push({
      id: typeof raw.id === 'number' || typeof raw.id === 'string' ? raw.id : url,
      url,
      alt: typeof raw.alt === 'string' ? raw.alt : '',
      caption: typeof raw.caption === 'string' ? raw.caption : '',
      thumbUrl: thumb,
    });
  }
  return result;
}

function makePicker(labels: Labels, pickerUrl: string, choose: (item: MediaItem) => void): HTMLElement {
  const section = document.createElement('section');
  section.className = 'media-picker';
  const headingId = nextId('media-title');
  section.setAttribute('aria-labelledby', headingId);
  const heading = document.createElement('h3');
  heading.className = 'media-picker__title';
  heading.id = headingId;
  heading.textContent = labels.mediaPicker;
  const status = document.createElement('p');
  status.className = 'media-picker__status';
  status.setAttribute('role', 'status');
  status.textContent = labels.mediaLoading;
  const list = document.createElement('ul');
  list.className = 'media-picker__list';
  list.hidden = true;
  section.append(heading, status, list);

  fetch(pickerUrl, { headers: { accept: 'application/json' }, credentials: 'same-origin' })
    .then(async (response) => {
      if (!response.ok) throw new Error(`media picker: HTTP ${response.status}`);
      return readMediaItems(await response.json());
    })
    .then((items) => {
      if (items.length === 0) {
        status.textContent = labels.mediaEmpty;
        return;
      }
      status.textContent = '';
      status.hidden = true;
      const buttons: HTMLButtonElement[] = [];
      for (const item of items) {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'media-picker__item';
        button.dataset.mediaId = String(item.id);
        button.setAttribute('aria-pressed', 'false');
        const thumb = document.createElement('img');
        thumb.src = item.thumbUrl;
        thumb.alt = '';
        thumb.loading = 'lazy';
        const text = document.createElement('span');
        text.className = 'media-picker__text';
        text.textContent = item.alt || item.caption || item.url.split('/').pop() || item.url;
        button.title = labels.mediaChoose;
        button.append(thumb, text);
        button.addEventListener('click', () => {
          for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
          choose(item);
        });
        buttons.push(button);
        li.append(button);
        list.append(li);
      }
      list.hidden = false;
    })
    .catch((error: unknown) => {
      console.warn('congtin editor:', error);
      status.textContent = labels.mediaLoadFailed;
      status.classList.add('media-picker__status--error');
    });
  return section;
}

/** Asks for an image's address, alternative text (required) and caption; null when cancelled. */
export function askImage(labels: Labels, current: FigureAttrs | null, pickerUrl: string | undefined): Promise<FigureAttrs | null> {
  const shell = makeDialog(labels.image, current ? labels.update : labels.insert, labels.cancel, 'editor-dialog--image');
  const url = makeField(labels.imageUrl, current?.src ?? '', { required: true, autocomplete: 'url' });
  url.input.inputMode = 'url';
  const alt = makeField(labels.imageAlt, current?.alt ?? '', { required: true });
  alt.input.spellcheck = true;
  const caption = makeField(labels.imageCaption, current?.caption ?? '');
  caption.input.spellcheck = true;
  if (pickerUrl) {
    shell.body.append(
      makePicker(labels, pickerUrl, (item) => {
        url.input.value = item.url;
        url.setError(null);
        if (item.alt) {
          alt.input.value = item.alt;
          alt.setError(null);
        }
        if (item.caption) caption.input.value = item.caption;
      }),
    );
  }
  shell.body.append(url.wrap, alt.wrap, caption.wrap);
  return run(shell, () => {
    const src = normalizeImageUrl(url.input.value);
    const altText = alt.input.value.replace(/\s+/g, ' ').trim();
    url.setError(src ? null : labels.imageUrlInvalid);
    alt.setError(altText ? null : labels.imageAltRequired);
    if (!src) url.input.focus();
    else if (!altText) alt.input.focus();
    if (!src || !altText) return null;
    return { src, alt: altText, caption: caption.input.value.replace(/\s+/g, ' ').trim() };
  }, url.input);
}
