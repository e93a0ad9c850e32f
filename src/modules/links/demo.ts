// Demo links (demo/links.json), published through core's publishItem with the same checks as the
// back office, flagged is_demo. The source key is the address: loading twice updates in place.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { publishItem, removeDemoItems } from '../../core/content-types/publish-item.ts';
import type { Database } from '../../core/db/schema.ts';
import { linkDeclaration, linkType } from './declaration.ts';

export const demoFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'demo', 'links.json');

export interface DemoLink {
  title: string;
  url: string;
  group: string;
  inFooter: 'co' | 'khong';
  order?: number;
  summary?: string;
}

export function readDemoLinks(file = demoFile): DemoLink[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { links?: unknown };
  if (!Array.isArray(data.links)) throw new Error(`${file}: "links" must be a list`);
  return data.links as DemoLink[];
}

export async function loadLinkDemo(db: Kysely<Database>, now = new Date()): Promise<number> {
  const links = readDemoLinks();
  for (const [i, link] of links.entries()) {
    try {
      await publishItem(
        db,
        linkDeclaration,
        {
          title: link.title,
          summary: link.summary ?? '',
          fields: { url: link.url, group: link.group, inFooter: link.inFooter, ...(link.order !== undefined ? { order: link.order } : {}) },
          // one minute apart, in file order, all before now
          publishedAt: new Date(now.getTime() - (links.length - i) * 60_000),
          sourceKey: `demo:links:${link.url}`,
          isDemo: true,
        },
        now,
      );
    } catch (error) {
      throw new Error(`links.json, entry ${i + 1} (${link.title}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
  return links.length;
}

export const removeLinkDemo = (db: Kysely<Database>): Promise<number> => removeDemoItems(db, linkType);
