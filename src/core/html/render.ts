// Server-side rendering of Preact components to a complete HTML document.
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';

export function renderDocument(page: VNode): string {
  return '<!doctype html>' + render(page);
}
