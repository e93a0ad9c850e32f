// Every visible or announced string of the editor. The server passes them in the root's
// `data-labels` attribute (JSON, Vietnamese or English from its dictionaries); the English here is
// only a fallback for a key the server did not send.
export const defaultLabels = {
  toolbar: 'Formatting',
  body: 'Body',
  paragraph: 'Normal text',
  heading2: 'Heading 2',
  heading3: 'Heading 3',
  heading4: 'Heading 4',
  bold: 'Bold',
  italic: 'Italic',
  underline: 'Underline',
  strike: 'Strikethrough',
  bulletList: 'Bulleted list',
  orderedList: 'Numbered list',
  blockquote: 'Quote',
  horizontalRule: 'Horizontal line',
  link: 'Link',
  unlink: 'Remove link',
  linkPrompt: 'Link address (https://…, mailto:…, tel:… or /path)',
  linkInvalid: 'Enter an address starting with https://, http://, mailto:, tel: or /.',
  image: 'Image',
  imageUrl: 'Image address',
  imageUrlInvalid: 'Enter an image address starting with https://, http:// or /.',
  imageAlt: 'Alternative text (describes the image for people who cannot see it)',
  imageAltRequired: 'Alternative text is required.',
  imageCaption: 'Caption (optional)',
  mediaPicker: 'Media library',
  mediaLoading: 'Loading media…',
  mediaEmpty: 'The media library is empty.',
  mediaLoadFailed: 'The media library could not be loaded.',
  mediaChoose: 'Use this image',
  mediaNoAlt: 'No description yet',
  mediaUpload: 'Upload an image from your computer',
  mediaUploading: 'Uploading and converting the image…',
  mediaUploaded: 'Uploaded and selected: {name}',
  mediaUploadFailed: 'The image could not be uploaded.',
  mediaAltToLibrary: 'The library has no description for this image: the one you type will be saved there too.',
  mediaSaveAlt: 'Also save this description in the media library',
  insert: 'Insert',
  update: 'Update',
  cancel: 'Cancel',
  table: 'Insert table',
  addRowAfter: 'Add row below',
  addColumnAfter: 'Add column to the right',
  deleteRow: 'Delete row',
  deleteColumn: 'Delete column',
  deleteTable: 'Delete table',
  undo: 'Undo',
  redo: 'Redo',
  saving: 'Saving…',
  saved: 'Saved at {time}',
  saveFailed: 'The draft could not be saved.',
  conflict: 'Someone else saved this item in the meantime. Autosave has stopped: copy your changes and reload the page.',
  offline: 'Offline or the server did not answer; will retry.',
  unsavedChanges: 'You have unsaved changes. Leave the page anyway?',
};

export type LabelKey = keyof typeof defaultLabels;
export type Labels = Record<LabelKey, string>;

/** The labels in `data-labels`, each missing or non-string key replaced by its English default. */
export function readLabels(json: string | undefined): Labels {
  const labels: Labels = { ...defaultLabels };
  if (!json) return labels;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    console.warn('congtin editor: data-labels is not valid JSON; using English labels');
    return labels;
  }
  if (parsed && typeof parsed === 'object') {
    for (const key of Object.keys(defaultLabels) as LabelKey[]) {
      const value = (parsed as Record<string, unknown>)[key];
      if (typeof value === 'string' && value.trim()) labels[key] = value;
    }
  }
  return labels;
}

/** `format('Saved at {time}', { time: '10:00:05' })` → 'Saved at 10:00:05'. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
