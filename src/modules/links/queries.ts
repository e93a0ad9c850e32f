// Reads of published links: grouped for /lien-ket, and those marked for the footer.
import type { Kysely } from 'kysely';
import { parseFields } from '../../core/content-types/field-index.ts';
import { readableContent, readableItems } from '../../core/content-types/published.ts';
import type { FieldValues } from '../../core/content-types/declaration.ts';
import type { Database } from '../../core/db/schema.ts';
import { groupOptions, linkType } from './declaration.ts';

export interface LinkRow {
  id: number;
  slug: string;
  title: string;
  summary: string;
  url: string;
  group: string;
  inFooter: boolean;
  order: number;
}

const collator = new Intl.Collator('vi');

interface Placed {
  title: string;
  url: string;
  group: string;
  order: number;
}

/** A link's place among the others: its group's position, then its order number, then its title. */
function placed(title: string, values: FieldValues): Placed {
  return {
    title,
    url: typeof values.url === 'string' ? values.url : '',
    group: typeof values.group === 'string' ? values.group : 'khac',
    order: typeof values.order === 'number' ? values.order : 9999,
  };
}

const groupRank = (g: string) => {
  const i = groupOptions.findIndex((o) => o.value === g);
  return i === -1 ? groupOptions.length : i;
};
const inPlace = (a: Placed, b: Placed) => groupRank(a.group) - groupRank(b.group) || a.order - b.order || collator.compare(a.title, b.title);

/** Published links in group order, then by their order number and title. */
export async function publishedLinks(db: Kysely<Database>, now = new Date()): Promise<LinkRow[]> {
  const items = await readableItems(db, linkType, { now });
  return items
    .map((item) => ({ ...placed(item.title, item.values), id: item.id, slug: item.slug, summary: item.summary, inFooter: item.values.inFooter === 'co' }))
    .filter((l) => l.url)
    .sort(inPlace);
}

/**
 * The links an editor marked for the footer, in the same order. Every public page asks for them,
 * so only those rows and the columns the footer needs are read (through the field index).
 */
export async function footerLinks(db: Kysely<Database>, now = new Date()): Promise<{ title: string; url: string }[]> {
  const rows = await readableContent(db, linkType, { now })
    .innerJoin('content_field_values as v', 'v.content_id', 'content.id')
    .where('v.field', '=', 'inFooter')
    .where('v.text_value', '=', 'co')
    .select(['content.title', 'content.fields'])
    .execute();
  return rows
    .map((r) => placed(r.title, parseFields(r.fields)))
    .filter((l) => l.url)
    .sort(inPlace)
    .map(({ title, url }) => ({ title, url }));
}
