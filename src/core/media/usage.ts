// Which content uses which media: the keys in a body's <img src="/media/…"> and <a href="/media/…">
// (and the cover image) are resolved to media items and written to media_usage, in the same
// transaction as the content change. An item with a usage row cannot be deleted.
import type { Kysely, Transaction } from 'kysely';
import { parse } from 'node-html-parser';
import { withinMarkupLimits } from '../html/markup-limits.ts';
import { isSqlite } from '../db/dialect.ts';
import type { Database } from '../db/schema.ts';
import { mediaTrx } from './schema.ts';
import { isMediaKey } from './storage.ts';

/** "/media/<key>" or "https://host/media/<key>", optionally with a query or fragment. */
const mediaPath = /^(?:https?:\/\/[^/?#\s]+)?\/media\/([^/?#\s]+)(?:[?#].*)?$/i;

export function mediaKeyOfUrl(url: string | null | undefined): string | undefined {
  const m = mediaPath.exec((url ?? '').trim());
  const key = m?.[1];
  return key && isMediaKey(key) ? key : undefined;
}

/** Media keys referenced by a body (images and links), plus any extra URLs (a cover image). */
export function mediaKeysIn(html: string, extraUrls: (string | null | undefined)[] = []): string[] {
  const keys = new Set<string>();
  const add = (url: string | null | undefined) => {
    const key = mediaKeyOfUrl(url);
    if (key) keys.add(key);
  };
  extraUrls.forEach(add);
  if (html.includes('/media/') && !withinMarkupLimits(html)) {
    // Not parsed (a body stored before the limits existed): every src/href value still counts.
    for (const m of html.matchAll(/\s(?:src|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) add(m[1] ?? m[2] ?? m[3]);
  } else if (html.includes('/media/')) {
    const root = parse(html);
    for (const img of root.querySelectorAll('img')) add(img.getAttribute('src'));
    for (const a of root.querySelectorAll('a')) add(a.getAttribute('href'));
  }
  return [...keys];
}

/** Rewrites media_usage for one content item from its body (and cover image URL). */
export async function recordMediaUsage(trx: Transaction<Database>, contentId: number, bodyHtml: string, extraUrls: (string | null | undefined)[] = []): Promise<void> {
  const t = mediaTrx(trx);
  const keys = mediaKeysIn(bodyHtml, extraUrls);
  const ids = new Set<number>();
  if (keys.length > 0) {
    const fromVariants = await t.selectFrom('media_variants').select('media_id').where('key', 'in', keys).execute();
    fromVariants.forEach((r) => ids.add(r.media_id));
    // Locks the items against a concurrent deletion until this transaction ends (PostgreSQL).
    let live = t.selectFrom('media').select('id').where((eb) => eb.or([eb('key', 'in', keys), ...(ids.size > 0 ? [eb('id', 'in', [...ids])] : [])])).where('deleted_at', 'is', null);
    if (!isSqlite(trx as unknown as Kysely<unknown>)) live = live.forShare();
    ids.clear();
    (await live.execute()).forEach((r) => ids.add(r.id));
  }
  await t.deleteFrom('media_usage').where('content_id', '=', contentId).execute();
  if (ids.size > 0) await t.insertInto('media_usage').values([...ids].sort((a, b) => a - b).map((media_id) => ({ media_id, content_id: contentId }))).execute();
}

/** For onContentChange (core/workflow/hooks.ts): reads the saved body and cover, then records usage. */
export async function mediaUsageHook(trx: Transaction<Database>, contentId: number): Promise<void> {
  const content = await trx.selectFrom('content').select(['body', 'cover_image']).where('id', '=', contentId).executeTakeFirst();
  if (!content) {
    await mediaTrx(trx).deleteFrom('media_usage').where('content_id', '=', contentId).execute();
    return;
  }
  await recordMediaUsage(trx, contentId, content.body, [content.cover_image]);
}
