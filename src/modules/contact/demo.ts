// Demo contact points (demo/contact-persons.json), published through core's publishItem with the
// same checks as the back office, flagged is_demo. The source key is "demo:contact-person:<key>":
// loading twice updates in place. People, telephone numbers and e-mail addresses are invented.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { publishItem, removeDemoItems } from '../../core/content-types/publish-item.ts';
import type { Database } from '../../core/db/schema.ts';
import { parseLocalInput } from '../../core/text/datetime.ts';
import { contactPersonDeclaration, contactPersonType } from './declaration.ts';

export const demoFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'demo', 'contact-persons.json');

export interface DemoContactPerson {
  key: string;
  name: string;
  position: string;
  unit?: string;
  topics?: string;
  phone?: string;
  email?: string;
  hours?: string;
  order?: number;
  /** Vietnam time, "2024-01-02 08:00" */
  publishedAt: string;
}

export function readDemoContactPersons(file = demoFile): DemoContactPerson[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { people?: unknown };
  if (!Array.isArray(data.people)) throw new Error(`${file}: "people" must be a list`);
  return data.people as DemoContactPerson[];
}

export const demoSourceKey = (key: string) => `demo:${contactPersonType}:${key}`;

export async function loadContactDemo(db: Kysely<Database>, file = demoFile): Promise<number> {
  const people = readDemoContactPersons(file);
  for (const [i, p] of people.entries()) {
    const where = `contact-persons.json, entry ${i + 1} (${p.key})`;
    const publishedAt = parseLocalInput(p.publishedAt);
    if (!publishedAt) throw new Error(`${where}: "${p.publishedAt}" is not a time such as 2024-01-02 08:00`);
    const { name, position, unit, topics, phone, email, hours, order } = p;
    const fields = Object.fromEntries(Object.entries({ position, unit, topics, phone, email, hours, order }).filter(([, v]) => v !== undefined));
    try {
      await publishItem(db, contactPersonDeclaration, { title: name, fields, publishedAt, sourceKey: demoSourceKey(p.key), isDemo: true });
    } catch (error) {
      throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
  return people.length;
}

export const removeContactDemo = (db: Kysely<Database>): Promise<number> => removeDemoItems(db, contactPersonType);
