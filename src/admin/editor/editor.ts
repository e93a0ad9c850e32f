// The back office's article editor, a small island bundled by scripts/build-assets.mjs into
// public/build/editor.js. For every [data-editor] element holding a <textarea name="body">, it
// mounts a TipTap editor with its own toolbar, hides the textarea and keeps it in step with the
// editor, so an ordinary form submit sends the body; without JavaScript the textarea stays a
// plain field. With data-autosave-url on the form, drafts are saved as the person types.
// Nothing here sets a style attribute: the page runs under `style-src 'self'`.
import { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { startAutosave } from './autosave.ts';
import { askImage, askLink } from './dialogs.ts';
import { editorExtensions } from './extensions.ts';
import type { FigureAttrs } from './figure.ts';
import { readLabels, type Labels } from './labels.ts';
import { cleanPastedHtml } from './paste.ts';
import { createToolbar, type Toolbar, type ToolbarAction } from './toolbar.ts';

let counter = 0;

function currentFigure(editor: Editor): { pos: number; attrs: FigureAttrs } | null {
  const { selection } = editor.state;
  if (selection instanceof NodeSelection && selection.node.type.name === 'figure') {
    const node = selection.node;
    return { pos: selection.from, attrs: { src: node.attrs.src as string, alt: node.attrs.alt as string, caption: node.textContent } };
  }
  const $from = selection.$from;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if (node.type.name === 'figure') {
      return { pos: $from.before(depth), attrs: { src: node.attrs.src as string, alt: node.attrs.alt as string, caption: node.textContent } };
    }
  }
  return null;
}

async function editLink(editor: Editor, labels: Labels): Promise<void> {
  const current = (editor.getAttributes('link').href as string | undefined) ?? '';
  const { from, to, empty } = editor.state.selection;
  const href = await askLink(labels, current);
  const chain = editor.chain().focus().setTextSelection({ from, to });
  if (href === null) {
    chain.run();
  } else if (href === '') {
    chain.extendMarkRange('link').unsetLink().run();
  } else if (current) {
    chain.extendMarkRange('link').setLink({ href }).run();
  } else if (empty) {
    chain
      .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
      .unsetMark('link')
      .run();
  } else {
    chain.setLink({ href }).run();
  }
}

async function editImage(editor: Editor, labels: Labels, pickerUrl: string | undefined): Promise<void> {
  const figure = currentFigure(editor);
  const { from, to } = editor.state.selection;
  const attrs = await askImage(labels, figure?.attrs ?? null, pickerUrl);
  if (!attrs) {
    editor.commands.focus();
  } else if (figure) {
    editor.chain().focus().updateFigure(figure.pos, attrs).setNodeSelection(figure.pos).run();
  } else {
    editor.chain().focus().setTextSelection({ from, to }).insertFigure(attrs).run();
  }
}

function actions(labels: Labels, pickerUrl: string | undefined): ToolbarAction[][] {
  const table = { rows: 3, cols: 3, withHeaderRow: true };
  return [
    [
      { key: 'paragraph', glyph: '¶', isActive: (e) => e.isActive('paragraph') && !e.isActive('figure'), run: (e) => e.chain().focus().setParagraph().run() },
      { key: 'heading2', glyph: 'H2', isActive: (e) => e.isActive('heading', { level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
      { key: 'heading3', glyph: 'H3', isActive: (e) => e.isActive('heading', { level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
      { key: 'heading4', glyph: 'H4', isActive: (e) => e.isActive('heading', { level: 4 }), run: (e) => e.chain().focus().toggleHeading({ level: 4 }).run() },
    ],
    [
      { key: 'bold', glyph: 'B', isActive: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
      { key: 'italic', glyph: 'I', isActive: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
      { key: 'underline', glyph: 'U', isActive: (e) => e.isActive('underline'), run: (e) => e.chain().focus().toggleUnderline().run() },
      { key: 'strike', glyph: 'S', isActive: (e) => e.isActive('strike'), run: (e) => e.chain().focus().toggleStrike().run() },
    ],
    [
      { key: 'bulletList', isActive: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
      { key: 'orderedList', isActive: (e) => e.isActive('orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
      { key: 'blockquote', isActive: (e) => e.isActive('blockquote'), run: (e) => e.chain().focus().toggleBlockquote().run() },
      { key: 'horizontalRule', isEnabled: (e) => e.can().setHorizontalRule(), run: (e) => e.chain().focus().setHorizontalRule().run() },
    ],
    [
      { key: 'link', isActive: (e) => e.isActive('link'), run: (e) => void editLink(e, labels) },
      { key: 'unlink', isEnabled: (e) => e.isActive('link'), run: (e) => e.chain().focus().extendMarkRange('link').unsetLink().run() },
      { key: 'image', run: (e) => void editImage(e, labels, pickerUrl) },
    ],
    [
      { key: 'table', isEnabled: (e) => e.can().insertTable(table), run: (e) => e.chain().focus().insertTable(table).run() },
      { key: 'addRowAfter', isEnabled: (e) => e.can().addRowAfter(), run: (e) => e.chain().focus().addRowAfter().run() },
      { key: 'addColumnAfter', isEnabled: (e) => e.can().addColumnAfter(), run: (e) => e.chain().focus().addColumnAfter().run() },
      { key: 'deleteRow', isEnabled: (e) => e.can().deleteRow(), run: (e) => e.chain().focus().deleteRow().run() },
      { key: 'deleteColumn', isEnabled: (e) => e.can().deleteColumn(), run: (e) => e.chain().focus().deleteColumn().run() },
      { key: 'deleteTable', isEnabled: (e) => e.can().deleteTable(), run: (e) => e.chain().focus().deleteTable().run() },
    ],
    [
      { key: 'undo', isEnabled: (e) => e.can().undo(), run: (e) => e.chain().focus().undo().run() },
      { key: 'redo', isEnabled: (e) => e.can().redo(), run: (e) => e.chain().focus().redo().run() },
    ],
  ];
}

/** Mounts the editor on one [data-editor] root; returns it, or null when there is no textarea. */
export function mountEditor(root: HTMLElement): Editor | null {
  if (root.dataset.editorMounted !== undefined) return null;
  const textarea = root.querySelector<HTMLTextAreaElement>('textarea[name="body"]') ?? root.querySelector('textarea');
  if (!textarea) {
    console.warn('congtin editor: [data-editor] without a <textarea name="body">', root);
    return null;
  }
  root.dataset.editorMounted = '';
  const labels = readLabels(root.dataset.labels);
  const pickerUrl = root.dataset.mediaPickerUrl || undefined;
  const n = ++counter;
  const contentId = `editor-content-${n}`;

  // the textarea's label now names the editing area, and a click on it focuses the editor
  const label = textarea.id ? document.querySelector<HTMLLabelElement>(`label[for="${CSS.escape(textarea.id)}"]`) : null;
  if (label && !label.id) label.id = `editor-label-${n}`;
  const attributes: Record<string, string> = {
    id: contentId,
    class: 'editor-content article-body',
    role: 'textbox',
    'aria-multiline': 'true',
    spellcheck: 'true',
  };
  if (label) attributes['aria-labelledby'] = label.id;
  else attributes['aria-label'] = textarea.getAttribute('aria-label') ?? labels.body;
  for (const name of ['aria-describedby', 'aria-invalid']) {
    const value = textarea.getAttribute(name);
    if (value) attributes[name] = value;
  }
  if (textarea.required) attributes['aria-required'] = 'true';

  const frame = document.createElement('div');
  frame.className = 'editor';
  const surface = document.createElement('div');
  surface.className = 'editor__surface';
  let toolbar: Toolbar | null = null;

  const editor = new Editor({
    element: surface,
    extensions: editorExtensions(),
    content: textarea.value,
    injectCSS: false, // an injected <style> would break `style-src 'self'`; editor.css has the rules
    editorProps: {
      attributes,
      transformPastedHTML: cleanPastedHtml,
      handleKeyDown: (_view, event) => {
        // Alt+F10 reaches the toolbar, as in most word processors' web editors
        if (event.altKey && event.key === 'F10' && toolbar) {
          toolbar.focus();
          return true;
        }
        return false;
      },
    },
  });
  toolbar = createToolbar(editor, labels, actions(labels, pickerUrl), contentId);
  frame.append(toolbar.element, surface);
  textarea.before(frame);

  textarea.hidden = true;
  textarea.classList.add('editor-source');
  textarea.required = false; // a hidden required field would block the submit with no message
  const sync = () => {
    textarea.value = editor.isEmpty ? '' : editor.getHTML();
  };
  sync();
  const listeners: (() => void)[] = [];
  editor.on('update', () => {
    sync();
    for (const listener of listeners) listener();
  });
  editor.on('transaction', () => toolbar?.refresh());
  label?.addEventListener('click', (event) => {
    event.preventDefault();
    editor.commands.focus();
  });

  const form = root.closest('form');
  if (form) {
    form.addEventListener('submit', sync);
    startAutosave(form, { body: () => textarea.value, onChange: (l) => listeners.push(l) }, labels, root);
  }
  root.classList.add('editor-root--mounted');
  root.dispatchEvent(new CustomEvent('editor:ready', { bubbles: true }));
  return editor;
}

function mountAll(): void {
  for (const root of Array.from(document.querySelectorAll<HTMLElement>('[data-editor]'))) {
    try {
      mountEditor(root);
    } catch (error) {
      // the textarea stays visible and usable
      console.error('congtin editor: could not mount', error);
    }
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
else mountAll();
