// The formatting toolbar: real <button type="button"> elements in a role="toolbar" with one tab
// stop (roving tabindex; arrows, Home and End move between buttons). Toggles report their state
// with aria-pressed; commands that cannot run here (table edits outside a table, undo with no
// history) are aria-disabled but stay focusable, as the toolbar pattern recommends.
import type { Editor } from '@tiptap/core';
import { hasIcon, icon } from './icons.ts';
import type { LabelKey, Labels } from './labels.ts';

export interface ToolbarAction {
  key: LabelKey;
  /** Visible text when there is no icon (B, I, H2…). */
  glyph?: string;
  isActive?: (editor: Editor) => boolean;
  isEnabled?: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

export interface Toolbar {
  element: HTMLElement;
  refresh(): void;
  focus(): void;
}

export function createToolbar(editor: Editor, labels: Labels, groups: ToolbarAction[][], controls: string): Toolbar {
  const element = document.createElement('div');
  element.className = 'editor-toolbar';
  element.setAttribute('role', 'toolbar');
  element.setAttribute('aria-label', labels.toolbar);
  element.setAttribute('aria-controls', controls);

  const entries: { action: ToolbarAction; button: HTMLButtonElement }[] = [];
  groups.forEach((group, i) => {
    if (i > 0) {
      const separator = document.createElement('span');
      separator.className = 'editor-toolbar__separator';
      separator.setAttribute('aria-hidden', 'true');
      element.append(separator);
    }
    const wrap = document.createElement('span');
    wrap.className = 'editor-toolbar__group';
    for (const action of group) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = `editor-toolbar__button editor-toolbar__button--${action.key}`;
      button.setAttribute('aria-label', labels[action.key]);
      button.title = labels[action.key];
      button.dataset.action = action.key;
      button.tabIndex = entries.length === 0 ? 0 : -1;
      if (hasIcon(action.key)) button.append(icon(action.key));
      else {
        const glyph = document.createElement('span');
        glyph.className = 'editor-toolbar__glyph';
        glyph.setAttribute('aria-hidden', 'true');
        glyph.textContent = action.glyph ?? labels[action.key];
        button.append(glyph);
      }
      if (action.isActive) button.setAttribute('aria-pressed', 'false');
      // keep the editor's selection while the pointer presses a button
      button.addEventListener('mousedown', (event) => event.preventDefault());
      button.addEventListener('click', () => {
        setCurrent(entries.findIndex((e) => e.button === button));
        if (button.getAttribute('aria-disabled') === 'true') return;
        action.run(editor);
      });
      entries.push({ action, button });
      wrap.append(button);
    }
    element.append(wrap);
  });

  let current = 0;
  function setCurrent(index: number): void {
    if (index < 0) return;
    entries[current]!.button.tabIndex = -1;
    current = index;
    entries[current]!.button.tabIndex = 0;
  }
  function move(index: number): void {
    const n = entries.length;
    setCurrent(((index % n) + n) % n);
    entries[current]!.button.focus();
  }
  element.addEventListener('keydown', (event) => {
    const key = event.key;
    if (key === 'ArrowRight' || key === 'ArrowDown') move(current + 1);
    else if (key === 'ArrowLeft' || key === 'ArrowUp') move(current - 1);
    else if (key === 'Home') move(0);
    else if (key === 'End') move(entries.length - 1);
    else if (key === 'Escape') editor.commands.focus();
    else return;
    event.preventDefault();
  });
  element.addEventListener('focusin', (event) => {
    const index = entries.findIndex((e) => e.button === event.target);
    if (index >= 0 && index !== current) setCurrent(index);
  });

  function refresh(): void {
    for (const { action, button } of entries) {
      if (action.isActive) button.setAttribute('aria-pressed', String(action.isActive(editor)));
      if (action.isEnabled) {
        if (action.isEnabled(editor)) button.removeAttribute('aria-disabled');
        else button.setAttribute('aria-disabled', 'true');
      }
    }
  }
  refresh();
  return { element, refresh, focus: () => entries[current]!.button.focus() };
}
