// Demo procedures (demo/procedures.json), published through core's publishItem with the same checks
// as the back office, flagged is_demo. Their legal basis names documents by number; the numbers are
// looked up among the documents already loaded (any module owning type 'document'), and a number
// not found is left out rather than failing. The source key is the code: loading twice updates.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { publishItem, removeDemoItems } from '../../core/content-types/publish-item.ts';
import type { Database } from '../../core/db/schema.ts';
import { escapeHtml } from '../../core/html/escape.ts';
import { parseLocalInput } from '../../core/text/datetime.ts';
import { foldVietnamese } from '../../core/text/fold.ts';
import { procedureDeclaration, procedureType } from './declaration.ts';

export const demoFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'demo', 'procedures.json');

export interface DemoProcedure {
  code: string;
  title: string;
  summary?: string;
  field: string;
  level: string;
  agency: string;
  steps: string[];
  submission?: string;
  dossier?: string[];
  processingTime?: string;
  fees?: string;
  applicants?: string;
  result?: string;
  /** document numbers, e.g. "61/2020/QH14" */
  legalBasis?: string[];
  onlineUrl?: string;
  /** Vietnam time, "2024-03-04 08:00" */
  publishedAt: string;
}

export function readDemoProcedures(file = demoFile): DemoProcedure[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { procedures?: unknown };
  if (!Array.isArray(data.procedures)) throw new Error(`${file}: "procedures" must be a list`);
  return data.procedures as DemoProcedure[];
}

const key = (number: string) => foldVietnamese(number).replace(/\s+/g, '');

/** Ids of documents by folded number ("31/2021/nd-cp"), among items of type 'document'. */
export async function documentIdsByNumber(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('content_field_values')
    .innerJoin('content', 'content.id', 'content_field_values.content_id')
    .select(['content.id', 'content_field_values.text_value'])
    .where('content.type', '=', 'document')
    .where('content_field_values.field', '=', 'number')
    .orderBy('content.id')
    .execute();
  const ids = new Map<string, number>();
  for (const row of rows) if (row.text_value && !ids.has(key(row.text_value))) ids.set(key(row.text_value), row.id);
  return ids;
}

const list = (items: string[] | undefined, tag: 'ol' | 'ul') => (items?.length ? `<${tag}>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</${tag}>` : undefined);

export async function loadProcedureDemo(db: Kysely<Database>, file = demoFile): Promise<number> {
  const documents = await documentIdsByNumber(db);
  let count = 0;
  for (const p of readDemoProcedures(file)) {
    const publishedAt = parseLocalInput(p.publishedAt);
    if (!publishedAt) throw new Error(`Demo procedure ${p.code} has a bad time ${p.publishedAt}`);
    const legalBasis = (p.legalBasis ?? []).flatMap((n) => documents.get(key(n)) ?? []);
    const fields = Object.fromEntries(
      Object.entries({
        code: p.code,
        field: p.field,
        level: p.level,
        agency: p.agency,
        steps: list(p.steps, 'ol'),
        submission: p.submission,
        dossier: list(p.dossier, 'ul'),
        processingTime: p.processingTime,
        fees: p.fees,
        applicants: p.applicants,
        result: p.result,
        legalBasis: [...new Set(legalBasis)],
        onlineUrl: p.onlineUrl,
      }).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
    );
    await publishItem(db, procedureDeclaration, { title: p.title, summary: p.summary ?? '', fields, publishedAt, sourceKey: `demo:procedure:${p.code}`, isDemo: true });
    count += 1;
  }
  return count;
}

export function removeProcedureDemo(db: Kysely<Database>): Promise<number> {
  return removeDemoItems(db, procedureType);
}
