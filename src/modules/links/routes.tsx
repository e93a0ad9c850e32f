// Public page of the links: /lien-ket and /en/links.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import type { Language } from '../../core/db/schema.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { pageEnv, sendPage } from '../../core/http/page.ts';
import { linkPaths } from './declaration.ts';
import { publishedLinks } from './queries.ts';
import { LinksPage } from './views/LinksPage.tsx';

export function registerLinkRoutes(app: FastifyInstance, ctx: AppContext): void {
  const page = (lang: Language) => async (request: FastifyRequest, reply: FastifyReply) => {
    const env = await pageEnv(ctx, request, lang);
    return sendPage(reply, <LinksPage env={env} links={await publishedLinks(ctx.db.kysely)} />);
  };
  app.get(linkPaths.vi, queryOf([]), page('vi'));
  app.get(linkPaths.en, queryOf([]), page('en'));
}
