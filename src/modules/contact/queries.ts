// Reads of published contact points for /lien-he: core's one definition of "published", in display
// order, then by name.
import type { Kysely } from 'kysely';
import { readableItems } from '../../core/content-types/published.ts';
import type { Database } from '../../core/db/schema.ts';
import { contactPersonType } from './declaration.ts';

export interface ContactPerson {
  id: number;
  slug: string;
  name: string;
  position: string;
  unit: string;
  topics: string;
  phone: string;
  email: string;
  hours: string;
  order: number;
  isDemo: boolean;
}

const collator = new Intl.Collator('vi');
const text = (value: unknown) => (typeof value === 'string' ? value : '');

export async function publishedContactPersons(db: Kysely<Database>, now = new Date()): Promise<ContactPerson[]> {
  const items = await readableItems(db, contactPersonType, { now });
  return items
    .map((item) => ({
      id: item.id,
      slug: item.slug,
      name: item.title,
      position: text(item.values.position),
      unit: text(item.values.unit),
      topics: text(item.values.topics),
      phone: text(item.values.phone),
      email: text(item.values.email),
      hours: text(item.values.hours),
      order: typeof item.values.order === 'number' ? item.values.order : 9999,
      isDemo: item.is_demo === 1,
    }))
    .sort((a, b) => a.order - b.order || collator.compare(a.name, b.name) || a.id - b.id);
}
