// Back-office lists of articles: core's generic lists (content-types/admin-queries.ts) for news.
import type { Kysely } from 'kysely';
import type { Actor } from '../../core/auth/permissions.ts';
import { listAdminContent } from '../../core/content-types/admin-queries.ts';
import type { Content, Database } from '../../core/db/schema.ts';
import { newsDeclaration } from './declaration.ts';

export async function listAdminArticles(db: Kysely<Database>, actor: Actor, options: { status?: string | undefined; limit?: number; offset?: number } = {}): Promise<Content[]> {
  return (await listAdminContent(db, actor, newsDeclaration, { status: options.status, limit: options.limit ?? 50, offset: options.offset ?? 0 })).items;
}
