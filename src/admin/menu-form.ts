// Reading the menu editor's rows into nested menu items, with a reason for every bad row.
import type { Category } from '../core/db/schema.ts';
import type { MenuItem } from '../core/settings.ts';
import { formValue } from './forms.tsx';
import { isLocalPath, isWebAddress } from '../core/text/urls.ts';
import type { SettingsText } from './settings-i18n.ts';

export interface MenuRow {
  order: string;
  parent: string;
  vi: string;
  en: string;
  target: string;
}

/** Rows of a menu for the form: children follow their parent, numbered in tens. */
export function menuRows(items: MenuItem[]): MenuRow[] {
  const rows: MenuRow[] = [];
  const target = (i: MenuItem) => (i.category ? `category:${i.category}` : (i.href ?? ''));
  items.forEach((item, i) => {
    const order = String((i + 1) * 10);
    rows.push({ order, parent: '', vi: item.label?.vi ?? '', en: item.label?.en ?? '', target: target(item) });
    item.children?.forEach((child, j) => rows.push({ order: String((i + 1) * 10 + j + 1), parent: order, vi: child.label?.vi ?? '', en: child.label?.en ?? '', target: target(child) }));
  });
  return rows;
}

export function readRows(body: unknown, prefix: string, count: number): MenuRow[] {
  return Array.from({ length: count }, (_, i) => ({
    order: formValue(body, `${prefix}_order_${i}`).trim(),
    parent: formValue(body, `${prefix}_parent_${i}`).trim(),
    vi: formValue(body, `${prefix}_vi_${i}`).normalize('NFC').trim(),
    en: formValue(body, `${prefix}_en_${i}`).trim(),
    target: formValue(body, `${prefix}_target_${i}`).trim(),
  }));
}

const isSafeTarget = (t: string) => isLocalPath(t) || isWebAddress(t);

/**
 * Nested items, or the list of problems (row numbers start at 1). A category entry must name an
 * existing category, unless the stored menu already had it (`kept`): the default menu names
 * categories that appear only when content is loaded, and the site leaves such entries out until
 * then, so saving the settings must not refuse them.
 */
export function parseMenu(rows: MenuRow[], categories: Category[], t: SettingsText, nested: boolean, kept: ReadonlySet<string> = new Set()): { items: MenuItem[]; problems: string[] } {
  const problems: string[] = [];
  const used = rows.map((r, i) => ({ ...r, row: i + 1 })).filter((r) => r.target !== '');
  const entries: { order: number; parent: number | null; item: MenuItem; row: number }[] = [];
  for (const r of used) {
    if (!/^-?\d{1,6}$/.test(r.order)) {
      problems.push(t.badOrder(r.row));
      continue;
    }
    let item: MenuItem;
    if (r.target.startsWith('category:')) {
      const slug = r.target.slice('category:'.length);
      if (!categories.some((c) => c.slug === slug) && !kept.has(slug)) {
        problems.push(t.badTarget(r.row));
        continue;
      }
      item = { category: slug };
    } else if (isSafeTarget(r.target)) {
      if (!r.vi) {
        problems.push(t.badLabel(r.row));
        continue;
      }
      item = { href: r.target };
    } else {
      problems.push(t.badTarget(r.row));
      continue;
    }
    if (r.vi) item.label = { vi: r.vi.slice(0, 120), en: r.en.slice(0, 120) };
    const parent = nested && r.parent ? Number(r.parent) : null;
    if (parent !== null && !Number.isInteger(parent)) {
      problems.push(t.badParent(r.row));
      continue;
    }
    entries.push({ order: Number(r.order), parent, item, row: r.row });
  }
  entries.sort((a, b) => a.order - b.order);
  const top = entries.filter((e) => e.parent === null);
  for (const child of entries.filter((e) => e.parent !== null)) {
    const parent = top.find((p) => p.order === child.parent);
    if (!parent) problems.push(t.badParent(child.row));
    else (parent.item.children ??= []).push(child.item);
  }
  return { items: top.map((e) => e.item), problems };
}
