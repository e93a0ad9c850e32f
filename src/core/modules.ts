// The one interface through which core code knows modules (DESIGN.md §4: vertical slices). Core
// never imports a module: the composition root (app start, CLI, tests) hands the list to
// createContext, which puts it in ctx.modules and installs it here for code that has no context
// at hand (permissions, search hook): moduleOfType(), declaredTypes().
import type { FastifyInstance } from 'fastify';
import type { Migration } from 'kysely';
import type { VNode } from 'preact';
import type { AppContext } from './context.ts';
import type { PageEnv } from './html/page-env.ts';
import type { Kysely, Transaction } from 'kysely';
import type { Content, Database } from './db/schema.ts';
import type { SearchDocument } from './search/index.ts';
import type { ContentTypeDeclaration } from './content-types/declaration.ts';
import type { SubmissionKind } from './submissions/declaration.ts';

export interface PortalModule {
  /** folder name, e.g. "news" */
  name: string;
  /** migrations, named 'YYYY_MM_DD_NNNN_<module>_<what>' so they sort after the ones before */
  migrations?: Record<string, Migration>;
  /** public pages and API routes */
  registerRoutes?(app: FastifyInstance, ctx: AppContext): void | Promise<void>;
  /**
   * Links for the footer of every page (a links module's "shown in the footer"). When any module
   * has this, the footer shows what they return instead of the settings' footerLinks.
   */
  footerLinks?(ctx: AppContext, language: 'vi' | 'en'): Promise<{ label: string; href: string }[]>;
  /** blocks this module contributes to the home page, in order */
  homeSections?(ctx: AppContext, env: PageEnv): Promise<VNode[]>;
  /** the content type this module owns (content.type) */
  contentType?: string;
  /** its declaration: fields, labels, paths; the back office, admin API and validation derive from it */
  declaration?: ContentTypeDeclaration;
  /** what the public sends through this module's forms (questions, comments ...): moderated in the back office */
  submissionKinds?: SubmissionKind[];
  /** writes the module's detail row next to a draft created in the back office or the admin API */
  afterCreate?(trx: Transaction<Database>, contentId: number, author: { name: string }): Promise<void>;
  /** what the search index holds for one published item of this module */
  searchDocument?(db: Kysely<Database> | Transaction<Database>, content: Content): Promise<SearchDocument | undefined>;
  /** content type of this module's categories, and the public address of one of them (for menus) */
  categoryType?: string;
  categoryPath?(slug: string): string;
  /**
   * The public page of one item, for a preview link (/xem-truoc/<token>): `item` is the content
   * row with the previewed revision's title, summary, body, category and fields. Without it, core
   * shows the declared fields by their labels.
   */
  preview?(ctx: AppContext, env: PageEnv, item: Content): Promise<VNode>;
  /** loads demo content into an empty database (called once, on first start) */
  loadDemo?(ctx: AppContext): Promise<number>;
  /** deletes exactly the rows flagged as demo; returns how many items were removed */
  removeDemo?(ctx: AppContext): Promise<number>;
}

let installed: readonly PortalModule[] = [];

/** Called by createContext with the composition root's list. */
export function installModules(list: readonly PortalModule[]): void {
  const names = new Set<string>();
  for (const mod of list) {
    if (names.has(mod.name)) throw new Error(`Module ${mod.name} is listed twice`);
    names.add(mod.name);
  }
  installed = list;
}

/** The module owning a content type, if any. */
export function moduleOfType(type: string): PortalModule | undefined {
  return installed.find((m) => m.contentType === type || m.declaration?.type === type);
}

/** The declaration of a content type, if one is installed. */
export function declarationOf(type: string): ContentTypeDeclaration | undefined {
  return installed.find((m) => m.declaration?.type === type)?.declaration;
}

/** Declarations of every installed content type, in registry order. */
export function declaredTypes(): ContentTypeDeclaration[] {
  return installed.flatMap((m) => (m.declaration ? [m.declaration] : []));
}
