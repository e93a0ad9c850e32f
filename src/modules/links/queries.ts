// Reads of published links: grouped for /lien-ket, and those marked for the footer.
import type { Kysely } from 'kysely';
import { readableItems } from '../../core/content-types/published.ts';
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

/** Published links in group order, then by their order number and title. */
export async function publishedLinks(db: Kysely<Database>, now = new Date()): Promise<LinkRow[]> {
  const items = await readableItems(db, linkType, { now });
  const groupRank = (g: string) => {
    const i = groupOptions.findIndex((o) => o.value === g);
    return i === -1 ? groupOptions.length : i;
  };
  return items
    .map((item) => ({
      id: item.id,
      slug: item.slug,
      title: item.title,
      summary: item.summary,
      url: typeof item.values.url === 'string' ? item.values.url : '',
      group: typeof item.values.group === 'string' ? item.values.group : 'khac',
      inFooter: item.values.inFooter === 'co',
      order: typeof item.values.order === 'number' ? item.values.order : 9999,
    }))
    .filter((l) => l.url)
    .sort((a, b) => groupRank(a.group) - groupRank(b.group) || a.order - b.order || collator.compare(a.title, b.title));
}

/** The links an editor marked for the footer, in the same order. */
export async function footerLinks(db: Kysely<Database>, now = new Date()): Promise<LinkRow[]> {
  return (await publishedLinks(db, now)).filter((l) => l.inFooter);
}
