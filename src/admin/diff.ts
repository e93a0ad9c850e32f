// A readable diff between two revisions: the HTML bodies are compared as text, paragraph by
// paragraph, word by word (the `diff` package), so an editor sees what changed in words.
import { diffWords } from 'diff';
import { parse } from 'node-html-parser';
import type { ContentTypeDeclaration } from '../core/content-types/declaration.ts';
import { parseFields } from '../core/content-types/field-index.ts';
import type { Language } from '../core/db/schema.ts';
import { markupToText, withinMarkupLimits } from '../core/html/markup-limits.ts';
import { shownValue } from './content/field-values.ts';

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

export interface FieldChange {
  name: string;
  /** the field's label in the user's language */
  label: string;
  parts: DiffPart[];
}

/** The declared fields whose values differ between two revisions (stored JSON), each as a word diff of its shown text. */
export function fieldChanges(declaration: ContentTypeDeclaration | undefined, before: string | null | undefined, after: string | null | undefined, lang: Language): FieldChange[] {
  if (!declaration) return [];
  const a = parseFields(before);
  const b = parseFields(after);
  const out: FieldChange[] = [];
  for (const field of declaration.fields) {
    if (JSON.stringify(a[field.name] ?? null) === JSON.stringify(b[field.name] ?? null)) continue;
    const text = (v: unknown) => {
      const shown = shownValue(field, v);
      const list = Array.isArray(shown) ? shown : [shown];
      return (field.kind === 'select' ? list.map((x) => field.options?.find((o) => o.value === x)?.label[lang] ?? x) : field.kind === 'richText' ? list.map(bodyToText) : list).join(', ');
    };
    out.push({ name: field.name, label: field.label[lang], parts: wordDiff(text(a[field.name]), text(b[field.name])) });
  }
  return out;
}
