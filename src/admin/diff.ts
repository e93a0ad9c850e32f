// A readable diff between two revisions: the HTML bodies are compared as text, paragraph by
// paragraph, word by word (the `diff` package), so an editor sees what changed in words.
import { diffWords } from 'diff';
import { parse } from 'node-html-parser';
import { markupToText, withinMarkupLimits } from '../core/html/markup-limits.ts';

export interface DiffPart {
  value: string;
  added?: boolean | undefined;
  removed?: boolean | undefined;
}

/** Block-level text of a body, one paragraph per line, with images shown by their alt text. */
export function bodyToText(html: string): string {
  // An old revision past the markup limits is not parsed: its text, tags dropped.
  if (!withinMarkupLimits(html)) return markupToText(html).replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n\s*/g, '\n').trim();
  const root = parse(html);
  const blocks = root.querySelectorAll('p, h2, h3, h4, li, blockquote, figcaption, td, th, img');
  const lines = blocks.map((el) => (el.tagName === 'IMG' ? `[${el.getAttribute('alt') ?? ''}]` : el.text.replace(/\s+/g, ' ').trim())).filter(Boolean);
  return lines.length > 0 ? lines.join('\n') : root.text.trim();
}

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((p) => ({ value: p.value, added: p.added, removed: p.removed }));
}
