// News (tin tức): articles in nested categories, the seed's content type.
import { listCategories } from '../../core/content/categories.ts';
import { onContentChange } from '../../core/workflow/hooks.ts';
import { mirrorCover } from './cover.ts';
import type { PortalModule } from '../types.ts';
import { registerNewsApi } from './api.ts';
import { registerNewsAdminApi } from './admin-api.ts';
import { previewArticle } from './preview.tsx';
import { newsDeclaration } from './declaration.ts';
import { loadNewsDemo, removeNewsDemo } from './demo.ts';
import { newsMigrations } from './migrations.ts';
import { featuredNews, latestNews } from './queries.ts';
import { registerNewsRoutes } from './routes.tsx';
import { newsType, startArticle } from './save.ts';
import { categoryUrl } from './urls.ts';
import { CategorySection, LeadStory } from './views/HomeSections.tsx';

export const newsModule: PortalModule = {
  name: 'news',
  migrations: newsMigrations,
  contentType: newsType,
  declaration: newsDeclaration,
  /** A new article's byline defaults to its writer's name (an editable field from then on). */
  afterCreate: (trx, contentId, author) => startArticle(trx, contentId, author.name),
  categoryType: newsType,
  categoryPath: (slug) => categoryUrl(slug),
  registerRoutes(app, ctx) {
    onContentChange(mirrorCover);
    registerNewsRoutes(app, ctx);
    registerNewsApi(app, ctx);
    registerNewsAdminApi(app, ctx);
  },
  async homeSections(ctx, env) {
    const db = ctx.db.kysely;
    const lead = await featuredNews(db);
    if (!lead) return [];
    const latest = (await latestNews(db, 7)).filter((i) => i.id !== lead.id).slice(0, 6);
    const sections = [<LeadStory env={env} item={lead} latest={latest} />];
    for (const category of await listCategories(db, newsType, { visibleOnly: true })) {
      const items = await latestNews(db, 3, category.id);
      if (items.length > 0) sections.push(<CategorySection env={env} category={category} items={items} />);
    }
    return sections;
  },
  preview: previewArticle,
  loadDemo: (ctx) => loadNewsDemo(ctx.db.kysely),
  removeDemo: (ctx) => removeNewsDemo(ctx.db.kysely),
};
