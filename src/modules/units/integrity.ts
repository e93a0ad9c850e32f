// A unit may not be its own parent, nor sit under a unit that is (directly or further down) under
// it: the chart would loop. The declaration's `validate(values)` cannot say so, because it is not
// told which item the values belong to. This check runs as a content-change hook instead, inside
// the transaction of every save (back-office form, autosave, admin API, import, demo): it reads
// the saved unit's parent chain from the field index and throws FieldsInvalid on the `parent`
// field, which rolls the save back and is shown next to that field like any other refusal.
// One query over the (few dozen) units' parent rows, whatever the depth.
import type { Transaction } from 'kysely';
import { parseFields } from '../../core/content-types/field-index.ts';
import { FieldsInvalid } from '../../core/content-types/validate.ts';
import type { Database } from '../../core/db/schema.ts';
import { unitType } from './declaration.ts';

export async function refuseParentLoops(trx: Transaction<Database>, contentId: number): Promise<void> {
  const saved = await trx.selectFrom('content').select(['type', 'fields']).where('id', '=', contentId).executeTakeFirst();
  if (!saved || saved.type !== unitType) return;
  const parent = parseFields(saved.fields).parent;
  if (typeof parent !== 'number') return;
  if (parent === contentId) {
    throw new FieldsInvalid([{ field: 'parent', message: { vi: 'Một đơn vị không thể trực thuộc chính nó.', en: 'A unit cannot belong to itself.' } }]);
  }
  const links = await trx
    .selectFrom('content_field_values')
    .innerJoin('content', 'content.id', 'content_field_values.content_id')
    .select(['content.id', 'content_field_values.number_value as parent'])
    .where('content.type', '=', unitType)
    .where('content_field_values.field', '=', 'parent')
    .execute();
  const parentOf = new Map(links.map((l) => [l.id, l.parent]));
  parentOf.set(contentId, parent);
  const seen = new Set<number>();
  for (let at: number | null | undefined = parent; typeof at === 'number' && !seen.has(at); at = parentOf.get(at)) {
    if (at === contentId) {
      const chosen = await trx.selectFrom('content').select('title').where('id', '=', parent).executeTakeFirst();
      const name = chosen?.title ?? `#${parent}`;
      throw new FieldsInvalid([
        {
          field: 'parent',
          message: {
            vi: `Không thể chọn “${name}”: đơn vị đó đang trực thuộc (trực tiếp hoặc gián tiếp) chính đơn vị này, sơ đồ tổ chức sẽ thành vòng lặp.`,
            en: `“${name}” cannot be chosen: it is itself (directly or further down) under this unit, so the chart would loop.`,
          },
        },
      ]);
    }
    seen.add(at);
  }
}
