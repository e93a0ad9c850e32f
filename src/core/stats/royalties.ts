// Royalty operations (nhuận bút): an approver scores a published item (kind and points), an
// administrator marks scored items paid and edits the rate table. Each operation is one
// transaction with its audit entry; bad input changes nothing and says why.
import type { Kysely, Transaction } from 'kysely';
import { audit } from '../audit/log.ts';
import { can, inCategories, type Actor } from '../auth/permissions.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { toNfc } from '../text/fold.ts';
import { maxPoints } from './migrations.ts';
import { royaltyAmount } from './queries.ts';
import { statsDb, type RoyaltyRate, type StatsTrx } from './schema.ts';

export type RoyaltyProblem =
  | 'unknown-article'
  | 'not-published'
  | 'unknown-kind'
  | 'bad-points'
  | 'already-paid'
  | 'nothing-selected'
  | 'not-payable'
  | 'bad-amount'
  | 'bad-label'
  | 'bad-kind-code'
  | 'duplicate-kind'
  | 'unknown-type'
  | 'forbidden-category';

export class RoyaltyInputError extends Error {
  constructor(
    readonly problem: RoyaltyProblem,
    detail?: string,
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
    this.name = 'RoyaltyInputError';
  }
}

export interface RoyaltyMeta {
  ip?: string | undefined;
  actorEmail?: string | undefined;
  now?: Date;
}

const asCore = (trx: StatsTrx) => trx as unknown as Transaction<Database>;

/** "12", "2.5" or "2,5" → tenths of a point (0–1000); anything else is refused. */
export function parsePoints(raw: string): number {
  const m = /^(\d{1,3})(?:[.,](\d))?$/.exec(raw.trim());
  const tenths = m ? Number(m[1]) * 10 + Number(m[2] ?? 0) : NaN;
  if (!Number.isInteger(tenths) || tenths < 0 || tenths > maxPoints * 10) throw new RoyaltyInputError('bad-points', raw.slice(0, 20));
  return tenths;
}

/** VND as people type it: "1250000", "1.250.000" or "1 250 000"; whole, 0 to one billion. */
export function parseAmount(raw: string): number {
  const text = raw.trim().replace(/\u00a0/g, ' ');
  if (!/^\d{1,10}$/.test(text) && !/^\d{1,3}(?:([. ])\d{3})(?:\1\d{3}){0,2}$/.test(text)) throw new RoyaltyInputError('bad-amount', raw.slice(0, 20));
  const amount = Number(text.replace(/[. ]/g, ''));
  if (!Number.isSafeInteger(amount) || amount > 1_000_000_000) throw new RoyaltyInputError('bad-amount', raw.slice(0, 20));
  return amount;
}

export function listRates(db: Kysely<Database>): Promise<RoyaltyRate[]> {
  return statsDb(db).selectFrom('royalty_rates').selectAll().orderBy('content_type').orderBy('id').execute();
}

export async function scoreArticle(
  db: Kysely<Database>,
  actor: Actor,
  input: { contentId: number; kind: string; pointsTenths: number },
  meta: RoyaltyMeta = {},
): Promise<void> {
  if (!can(actor, 'royalties.score')) throw new AppError('FORBIDDEN');
  const now = meta.now ?? new Date();
  await statsDb(db).transaction().execute(async (trx) => {
    const content = await trx.selectFrom('content').select(['id', 'type', 'status', 'published_at', 'category_id']).where('id', '=', input.contentId).executeTakeFirst();
    if (!content) throw new RoyaltyInputError('unknown-article', String(input.contentId));
    if (!content.published_at || !['published', 'withdrawn'].includes(content.status)) throw new RoyaltyInputError('not-published');
    if (!inCategories(actor, content.category_id)) throw new RoyaltyInputError('forbidden-category');
    const rate = await trx.selectFrom('royalty_rates').select('id').where('content_type', '=', content.type).where('article_kind', '=', input.kind).executeTakeFirst();
    if (!rate) throw new RoyaltyInputError('unknown-kind', input.kind.slice(0, 40));
    const previous = await trx.selectFrom('royalty_scores').selectAll().where('content_id', '=', content.id).executeTakeFirst();
    if (previous?.paid_at) throw new RoyaltyInputError('already-paid');
    const values = { article_kind: input.kind, points_tenths: input.pointsTenths, scored_by: actor.id, scored_at: now.toISOString() };
    if (previous) await trx.updateTable('royalty_scores').set(values).where('content_id', '=', content.id).where('paid_at', 'is', null).execute();
    else await trx.insertInto('royalty_scores').values({ content_id: content.id, ...values }).execute();
    const details = { kind: input.kind, points: input.pointsTenths / 10, ...(previous ? { previous: { kind: previous.article_kind, points: previous.points_tenths / 10 } } : {}) };
    await audit(asCore(trx), { action: 'royalty.score', userId: actor.id, actor: meta.actorEmail, targetType: content.type, targetId: content.id, ip: meta.ip, details }, now);
  });
}

/** Marks the chosen scored items paid, at today's rates; all or nothing. */
export async function payRoyalties(db: Kysely<Database>, actor: Actor, contentIds: number[], meta: RoyaltyMeta = {}): Promise<{ count: number; amount: number }> {
  if (!can(actor, 'royalties.manage')) throw new AppError('FORBIDDEN');
  const ids = [...new Set(contentIds)];
  if (ids.length === 0) throw new RoyaltyInputError('nothing-selected');
  if (ids.length > 5000) throw new RoyaltyInputError('not-payable', 'too many items');
  const now = meta.now ?? new Date();
  return statsDb(db).transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('royalty_scores as s')
      .innerJoin('content', 'content.id', 's.content_id')
      .leftJoin('royalty_rates as r', (join) => join.onRef('r.content_type', '=', 'content.type').onRef('r.article_kind', '=', 's.article_kind'))
      .select(['s.content_id', 's.points_tenths', 's.paid_at', 'r.amount_per_point'])
      .where('s.content_id', 'in', ids)
      .execute();
    const found = new Map(rows.map((r) => [r.content_id, r] as const));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) throw new RoyaltyInputError('not-payable', missing.join(', '));
    if (rows.some((r) => r.paid_at)) throw new RoyaltyInputError('already-paid');
    if (rows.some((r) => r.amount_per_point === null)) throw new RoyaltyInputError('unknown-kind');
    const items: { id: number; amount: number }[] = [];
    for (const r of rows) {
      const rate = Number(r.amount_per_point);
      const amount = royaltyAmount(Number(r.points_tenths), rate);
      const result = await trx
        .updateTable('royalty_scores')
        .set({ paid_at: now.toISOString(), paid_by: actor.id, paid_rate: rate, paid_amount: amount })
        .where('content_id', '=', r.content_id)
        .where('paid_at', 'is', null)
        .executeTakeFirst();
      // Someone paid it in the meantime: the whole payment is refused (and rolled back).
      if (Number(result.numUpdatedRows) !== 1) throw new RoyaltyInputError('already-paid');
      items.push({ id: r.content_id, amount });
    }
    const amount = items.reduce((n, i) => n + i.amount, 0);
    await audit(asCore(trx), { action: 'royalty.pay', userId: actor.id, actor: meta.actorEmail, targetType: 'royalty', targetId: ids.join(',').slice(0, 200), ip: meta.ip, details: { items, amount } }, now);
    return { count: items.length, amount };
  });
}

export interface RateChange {
  id: number;
  labelVi: string;
  labelEn: string;
  amount: number;
}

export interface NewRate {
  contentType: string;
  kind: string;
  labelVi: string;
  labelEn: string;
  amount: number;
}

export function cleanLabel(raw: string): string {
  const label = toNfc(raw).replace(/\s+/g, ' ').trim();
  if (label.length < 1 || label.length > 100) throw new RoyaltyInputError('bad-label');
  return label;
}

export function checkKindCode(raw: string): string {
  const kind = raw.trim();
  if (!/^[a-z][a-z0-9-]{0,19}$/.test(kind)) throw new RoyaltyInputError('bad-kind-code', kind.slice(0, 40));
  return kind;
}

/** Content types a rate may be for: those with content, and those already in the table. */
export async function rateContentTypes(db: Kysely<Database>): Promise<string[]> {
  const s = statsDb(db);
  const used = await s.selectFrom('content').select('type').distinct().execute();
  const rated = await s.selectFrom('royalty_rates').select('content_type as type').distinct().execute();
  return [...new Set([...used, ...rated].map((r) => r.type))].sort();
}

export async function saveRates(db: Kysely<Database>, actor: Actor, changes: RateChange[], added: NewRate | null, meta: RoyaltyMeta = {}): Promise<void> {
  if (!can(actor, 'royalties.manage')) throw new AppError('FORBIDDEN');
  const now = meta.now ?? new Date();
  const types = added ? await rateContentTypes(db) : [];
  await statsDb(db).transaction().execute(async (trx) => {
    const before = await trx.selectFrom('royalty_rates').selectAll().orderBy('id').execute();
    const byId = new Map(before.map((r) => [r.id, r] as const));
    const diff: Record<string, unknown>[] = [];
    for (const c of changes) {
      const old = byId.get(c.id);
      if (!old) throw new RoyaltyInputError('unknown-kind', String(c.id));
      if (old.label_vi === c.labelVi && old.label_en === c.labelEn && Number(old.amount_per_point) === c.amount) continue;
      await trx.updateTable('royalty_rates').set({ label_vi: c.labelVi, label_en: c.labelEn, amount_per_point: c.amount }).where('id', '=', c.id).execute();
      diff.push({ id: c.id, kind: old.article_kind, from: { vi: old.label_vi, en: old.label_en, amount: Number(old.amount_per_point) }, to: { vi: c.labelVi, en: c.labelEn, amount: c.amount } });
    }
    if (added) {
      if (!types.includes(added.contentType)) throw new RoyaltyInputError('unknown-type', added.contentType.slice(0, 40));
      if (before.some((r) => r.content_type === added.contentType && r.article_kind === added.kind)) throw new RoyaltyInputError('duplicate-kind', added.kind);
      await trx.insertInto('royalty_rates').values({ content_type: added.contentType, article_kind: added.kind, label_vi: added.labelVi, label_en: added.labelEn, amount_per_point: added.amount }).execute();
      diff.push({ added });
    }
    if (diff.length > 0) await audit(asCore(trx), { action: 'royalty.rates', userId: actor.id, actor: meta.actorEmail, targetType: 'royalty_rates', ip: meta.ip, details: { changes: diff } }, now);
  });
}
