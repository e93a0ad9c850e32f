// A readable diff between two revisions: the HTML bodies are compared as text, paragraph by
// paragraph, word by word (the `diff` package), so an editor sees what changed in words.
import { diffArrays, diffWords } from 'diff';
import { parse } from 'node-html-parser';
import type { ContentTypeDeclaration, FieldDeclaration } from '../core/content-types/declaration.ts';
import { parseFields } from '../core/content-types/field-index.ts';
import { rowLine, rowsText, storedRows } from '../core/content-types/rows.ts';
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

/**
 * The rows of a `rows` field compared as lines, one row per line with its cells by label: rows
 * added or removed whole, a changed row as a word diff of its line, and runs of unchanged rows
 * shortened to how many they are.
 */
export function rowsDiff(field: FieldDeclaration, before: unknown, after: unknown, lang: Language): DiffPart[] {
  const lines = (v: unknown) => storedRows(field, v).map((row) => rowLine(field, row, lang));
  const a = lines(before);
  const b = lines(after);
  if (a.length === 0 && b.length === 0) return [];
  const out: DiffPart[] = [];
  const chunks = diffArrays(a, b);
  for (const [i, chunk] of chunks.entries()) {
    const next = chunks[i + 1];
    const previous = chunks[i - 1];
    if (chunk.removed && next?.added && next.count === chunk.count) {
      // the same number of rows removed then added: each pair is one changed row
      chunk.value.forEach((line, j) => out.push(...wordDiff(line, next.value[j]!), { value: '\n' }));
    } else if (chunk.added && previous?.removed && previous.count === chunk.count) {
      continue;
    } else if (chunk.added || chunk.removed) {
      for (const line of chunk.value) out.push({ value: `${line}\n`, ...(chunk.added ? { added: true } : { removed: true }) });
    } else if (chunk.value.length > 2) {
      out.push({ value: `${rowsText[lang].unchanged(chunk.value.length)}\n` });
    } else {
      for (const line of chunk.value) out.push({ value: `${line}\n` });
    }
  }
  if (a.length === 0) out.unshift({ value: `${rowsText[lang].none}\n`, removed: true });
  if (b.length === 0) out.push({ value: `${rowsText[lang].none}\n`, added: true });
  return out;
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
    if (field.kind === 'rows') {
      out.push({ name: field.name, label: field.label[lang], parts: rowsDiff(field, a[field.name], b[field.name], lang) });
      continue;
    }
    const text = (v: unknown) => {
      const shown = shownValue(field, v);
      const list = (Array.isArray(shown) ? shown : [shown]).filter((x): x is string => typeof x === 'string');
      return (field.kind === 'select' ? list.map((x) => field.options?.find((o) => o.value === x)?.label[lang] ?? x) : field.kind === 'richText' ? list.map(bodyToText) : list).join(', ');
    };
    out.push({ name: field.name, label: field.label[lang], parts: wordDiff(text(a[field.name]), text(b[field.name])) });
  }
  return out;
}
