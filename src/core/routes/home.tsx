// The home page: each module's sections in registry order; only sections that exist appear.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import { Layout } from '../html/Layout.tsx';
import { pageEnv, sendPage } from '../http/page.ts';
import { pick } from '../i18n/index.ts';

export function registerHome(app: FastifyInstance, ctx: AppContext): void {
  app.get('/', async (request, reply) => {
    const env = await pageEnv(ctx, request);
    const sections = [];
    for (const mod of ctx.modules) if (mod.homeSections) sections.push(...(await mod.homeSections(ctx, env)));
    const name = pick(env.settings.portalName, env.lang);
    return sendPage(
      reply,
      <Layout env={env} title={name} canonical="/">
        <div class="container home">
          <h1 class="visually-hidden">{name}</h1>
          {sections.length > 0 ? sections : <p>{env.t.noArticles}</p>}
        </div>
      </Layout>,
    );
  });
}
