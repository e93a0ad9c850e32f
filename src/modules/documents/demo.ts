// Demo legal documents (flagged is_demo, removable with `congtin demo --remove`), read from a data
// file and written through core's publishItem: the same validation as the back office, and the
// source key (the document's number) makes loading twice update instead of duplicate.
import fs from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from '../../core/db/schema.ts';
import { publishItem, removeDemoItems } from '../../core/content-types/publish-item.ts';
import { parseLocalInput } from '../../core/text/datetime.ts';
import { documentDeclaration, documentType } from './declaration.ts';

export interface DemoDocument {
  title: string;
  /** trích yếu */
  summary: string;
  body?: string;
  category?: { name: string; nameEn: string };
  fields: Record<string, unknown>;
  /** the number of the document that replaces this one (in the same file) */
  replacedByNumber?: string;
}

const demoFile = new URL('./demo/documents.json', import.meta.url);

export function readDemoDocuments(): DemoDocument[] {
  const data: unknown = JSON.parse(fs.readFileSync(demoFile, 'utf8'));
  if (!Array.isArray(data)) throw new Error('demo/documents.json must hold a list');
  return data as DemoDocument[];
}

export const demoSourceKey = (number: string) => `demo:document:${number}`;

export async function loadDocumentsDemo(db: Kysely<Database>): Promise<number> {
  const documents = readDemoDocuments();
  const ids = new Map<string, number>();
  // replacements first, so "replaced by" can point at them
  const ordered = [...documents.filter((d) => !d.replacedByNumber), ...documents.filter((d) => d.replacedByNumber)];
  for (const doc of ordered) {
    const number = String(doc.fields.number);
    const publishedAt = parseLocalInput(`${String(doc.fields.issuedOn)} 08:00`);
    if (!publishedAt) throw new Error(`Demo document ${number} has a bad issue date`);
    const fields = { ...doc.fields };
    if (doc.replacedByNumber) {
      const target = ids.get(doc.replacedByNumber);
      if (!target) throw new Error(`Demo document ${number} is replaced by ${doc.replacedByNumber}, which is not in the file`);
      fields.replacedBy = target;
    }
    const id = await publishItem(db, documentDeclaration, {
      title: doc.title,
      summary: doc.summary,
      body: doc.body ?? '',
      category: doc.category,
      fields,
      publishedAt,
      sourceKey: demoSourceKey(number),
      isDemo: true,
    });
    ids.set(number, id);
  }
  return documents.length;
}

export function removeDocumentsDemo(db: Kysely<Database>): Promise<number> {
  return removeDemoItems(db, documentType);
}
