// A readable diff between two revisions: the HTML bodies are compared as text, paragraph by
// paragraph, word by word (the `diff` package), so an editor sees what changed in words.
import { diffWords } from 'diff';
import { parse } from 'node-html-parser';

export interface DiffPart {
  value: string;
  added?: boolean | undefined;
  removed?: boolean | undefined;
}

/** Block-level text of a body, one paragraph per line, with images shown by their alt text. */
export function bodyToText(html: string): string {
  const root = parse(html);
  const blocks = root.querySelectorAll('p, h2, h3, h4, li, blockquote, figcaption, td, th, img');
  const lines = blocks.map((el) => (el.tagName === 'IMG' ? `[${el.getAttribute('alt') ?? ''}]` : el.text.replace(/\s+/g, ' ').trim())).filter(Boolean);
  return lines.length > 0 ? lines.join('\n') : root.text.trim();
}

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((p) => ({ value: p.value, added: p.added, removed: p.removed }));
}
