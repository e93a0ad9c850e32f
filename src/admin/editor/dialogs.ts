// Modal dialogs for a link's address and for an image (address, alternative text, caption, and
// a pick from the media library when the server offers one). Native <dialog> with showModal():
// focus moves in and is trapped, Escape cancels, focus returns to the editor afterwards. The
// dialogs are appended to <body>, outside the article form, so nothing in them is submitted.
import { format, type Labels } from './labels.ts';
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
  /** the file's name when it was uploaded */
  name: string;
  url: string;
  alt: string;
  caption: string;
  thumbUrl: string;
  /** where the dialog saves the alt text back to the item (only when the person may edit it) */
  altUrl: string | null;
}

interface MediaList {
  items: MediaItem[];
  /** where the dialog uploads (multipart, the CSRF token in a header), when uploads are offered */
  uploadUrl: string | null;
}

/** A same-origin path ("/admin/…"), or null: the picker's JSON never sends the dialog elsewhere. */
function localPath(raw: unknown): string | null {
  return typeof raw === 'string' && /^\/(?!\/)[^\s\\]*$/.test(raw) ? raw : null;
}

function readMediaItem(raw: Record<string, unknown>): MediaItem | null {
  if (!raw || typeof raw !== 'object') return null;
  const url = normalizeImageUrl(String(raw.url ?? ''));
  if (!url) return null;
  const thumb = normalizeImageUrl(String(raw.thumbUrl ?? '')) ?? url;
  return {
    id: typeof raw.id === 'number' || typeof raw.id === 'string' ? raw.id : url,
    name: typeof raw.name === 'string' ? raw.name : '',
    url,
    alt: typeof raw.alt === 'string' ? raw.alt : '',
    caption: typeof raw.caption === 'string' ? raw.caption : '',
    thumbUrl: thumb,
    altUrl: localPath(raw.altUrl),
  };
}

function readMediaList(json: unknown): MediaList {
  const items = json && typeof json === 'object' ? (json as { items?: unknown }).items : null;
  if (!Array.isArray(items)) throw new Error('media picker: no items array');
  const result: MediaItem[] = [];
  for (const raw of items as Record<string, unknown>[]) {
    const item = readMediaItem(raw);
    if (item) result.push(item);
  }
  return { items: result, uploadUrl: localPath((json as { uploadUrl?: unknown }).uploadUrl) };
}

const csrfToken = () => document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';

/** The server's reasons for a refused upload, in the page's language. */
function uploadErrors(json: unknown): string[] {
  const errors = json && typeof json === 'object' ? (json as { errors?: unknown; error?: unknown }).errors ?? [(json as { error?: unknown }).error] : [];
  const vi = document.documentElement.lang === 'vi';
  const out: string[] = [];
  for (const e of Array.isArray(errors) ? (errors as Record<string, unknown>[]) : []) {
    const message = e && typeof e === 'object' ? (vi ? e.messageVi ?? e.message : e.message) : undefined;
    if (typeof message === 'string' && message) out.push(message);
  }
  return out;
}

/** Saves the alt text typed in the dialog to the library item (the server audits and checks permission). */
function saveAltToLibrary(item: MediaItem, alt: string, replace: boolean): void {
  if (!item.altUrl) return;
  fetch(item.altUrl, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': csrfToken() },
    body: JSON.stringify({ alt, replace }),
  })
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
    })
    .catch((error: unknown) => console.warn('congtin editor: the alt text was not saved to the library:', error));
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
  const upload = document.createElement('div');
  upload.className = 'media-picker__upload';
  upload.hidden = true;
  section.append(heading, upload, status, list);

  const buttons: HTMLButtonElement[] = [];
  const select = (button: HTMLButtonElement, item: MediaItem) => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
    choose(item);
  };
  const addItem = (item: MediaItem, atTop: boolean): HTMLButtonElement => {
    const existing = buttons.find((b) => b.dataset.mediaId === String(item.id));
    if (existing) return existing;
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
    const name = document.createElement('span');
    name.className = 'media-picker__name';
    name.textContent = item.name || item.url.split('/').pop() || item.url;
    const alt = document.createElement('span');
    alt.className = item.alt ? 'media-picker__alt' : 'media-picker__alt media-picker__alt--missing';
    alt.textContent = item.alt || labels.mediaNoAlt;
    button.title = labels.mediaChoose;
    button.append(thumb, name, alt);
    button.addEventListener('click', () => select(button, item));
    buttons.push(button);
    li.append(button);
    if (atTop) list.prepend(li);
    else list.append(li);
    list.hidden = false;
    return button;
  };

  const offerUpload = (uploadUrl: string) => {
    const id = nextId('media-upload');
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = labels.mediaUpload;
    const input = document.createElement('input');
    input.type = 'file';
    input.id = id;
    input.accept = 'image/jpeg,image/png,image/webp,image/gif,image/avif';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return;
      const data = new FormData();
      data.append('files', file, file.name);
      status.hidden = false;
      status.classList.remove('media-picker__status--error');
      status.textContent = labels.mediaUploading;
      input.disabled = true;
      fetch(uploadUrl, { method: 'POST', body: data, credentials: 'same-origin', headers: { accept: 'application/json', 'x-csrf-token': csrfToken() } })
        .then(async (response) => {
          const json: unknown = await response.json().catch(() => null);
          const stored = json && typeof json === 'object' && Array.isArray((json as { items?: unknown }).items) ? ((json as { items: Record<string, unknown>[] }).items) : [];
          const item = stored.map(readMediaItem).find((i): i is MediaItem => i !== null);
          if (!response.ok || !item) {
            const reasons = uploadErrors(json);
            throw new Error(reasons.length ? reasons.join(' ') : `HTTP ${response.status}`, { cause: 'server' });
          }
          select(addItem(item, true), item);
          status.textContent = format(labels.mediaUploaded, { name: item.name || file.name });
          input.value = '';
        })
        .catch((error: unknown) => {
          console.warn('congtin editor: upload failed:', error);
          const reason = error instanceof Error && error.cause === 'server' ? error.message : '';
          status.textContent = reason ? `${labels.mediaUploadFailed} ${reason}` : labels.mediaUploadFailed;
          status.classList.add('media-picker__status--error');
        })
        .finally(() => {
          input.disabled = false;
        });
    });
    upload.append(label, input);
    upload.hidden = false;
  };

  fetch(pickerUrl, { headers: { accept: 'application/json' }, credentials: 'same-origin' })
    .then(async (response) => {
      if (!response.ok) throw new Error(`media picker: HTTP ${response.status}`);
      return readMediaList(await response.json());
    })
    .then(({ items, uploadUrl }) => {
      if (uploadUrl) offerUpload(uploadUrl);
      if (items.length === 0 && buttons.length === 0) {
        status.textContent = labels.mediaEmpty;
        return;
      }
      if (buttons.length === 0) {
        status.textContent = '';
        status.hidden = true;
      }
      for (const item of items) addItem(item, false);
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

  // the library item picked (or uploaded) in this dialog, whose alt text may be saved back to it
  let picked: MediaItem | null = null;
  const toLibrary = document.createElement('div');
  toLibrary.className = 'editor-dialog__library-alt';
  toLibrary.hidden = true;
  const note = document.createElement('p');
  note.className = 'editor-dialog__hint';
  note.textContent = labels.mediaAltToLibrary;
  const replaceId = nextId('save-alt');
  const replaceWrap = document.createElement('div');
  replaceWrap.className = 'editor-dialog__check';
  const replace = document.createElement('input');
  replace.type = 'checkbox';
  replace.id = replaceId;
  const replaceLabel = document.createElement('label');
  replaceLabel.htmlFor = replaceId;
  replaceLabel.textContent = labels.mediaSaveAlt;
  replaceWrap.append(replace, replaceLabel);
  toLibrary.append(note, replaceWrap);
  alt.wrap.append(toLibrary);

  if (pickerUrl) {
    shell.body.append(
      makePicker(labels, pickerUrl, (item) => {
        picked = item;
        url.input.value = item.url;
        url.setError(null);
        if (item.alt) {
          alt.input.value = item.alt;
          alt.setError(null);
        }
        if (item.caption) caption.input.value = item.caption;
        // without a description in the library, the one typed here goes there; with one, only if asked
        toLibrary.hidden = !item.altUrl;
        note.hidden = item.alt !== '';
        replaceWrap.hidden = item.alt === '';
        replace.checked = false;
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
    const item: MediaItem | null = picked;
    if (item && item.url === src && altText !== item.alt && (item.alt === '' || replace.checked)) saveAltToLibrary(item, altText, replace.checked);
    return { src, alt: altText, caption: caption.input.value.replace(/\s+/g, ' ').trim() };
  }, url.input);
}
