// The address of a new item: its folded title, made unique within its type and language.
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { slugify } from '../text/fold.ts';

export async function uniqueSlug(trx: Transaction<Database>, type: string, title: string, exceptId?: number): Promise<string> {
  const base = slugify(title, 90) || 'bai-viet';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    let q = trx.selectFrom('content').select('id').where('type', '=', type).where('language', '=', 'vi').where('slug', '=', candidate);
    if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
    if (!(await q.executeTakeFirst())) return candidate;
  }
}
