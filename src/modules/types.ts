// The one interface through which core code knows modules (DESIGN.md §4: vertical slices).
import type { FastifyInstance } from 'fastify';
import type { Migration } from 'kysely';
import type { VNode } from 'preact';
import type { AppContext } from '../core/context.ts';
import type { PageEnv } from '../core/html/page-env.ts';
import type { Kysely, Transaction } from 'kysely';
import type { Content, Database } from '../core/db/schema.ts';
import type { SearchDocument } from '../core/search/index.ts';

export interface PortalModule {
  /** folder name, e.g. "news" */
  name: string;
  /** migrations, named 'YYYY_MM_DD_NNNN_<module>_<what>' so they sort after the ones before */
  migrations?: Record<string, Migration>;
  /** public pages and API routes */
  registerRoutes?(app: FastifyInstance, ctx: AppContext): void | Promise<void>;
  /** blocks this module contributes to the home page, in order */
  homeSections?(ctx: AppContext, env: PageEnv): Promise<VNode[]>;
  /** the content type this module owns (content.type) */
  contentType?: string;
  /** what the search index holds for one published item of this module */
  searchDocument?(db: Kysely<Database> | Transaction<Database>, content: Content): Promise<SearchDocument | undefined>;
  /** content type of this module's categories, and the public address of one of them (for menus) */
  categoryType?: string;
  categoryPath?(slug: string): string;
  /** loads demo content into an empty database (called once, on first start) */
  loadDemo?(ctx: AppContext): Promise<number>;
  /** deletes exactly the rows flagged as demo; returns how many items were removed */
  removeDemo?(ctx: AppContext): Promise<number>;
}
