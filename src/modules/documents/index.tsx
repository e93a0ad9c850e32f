// Legal documents (văn bản, REQUIREMENTS A3, with A5–A7 as its categories): the declaration, public
// pages, search, the home page block and demo data. The admin and public JSON APIs and the back
// office are derived by core from the declaration.
import type { PortalModule } from '../types.ts';
import { documentDeclaration, documentType } from './declaration.ts';
import { loadDocumentsDemo, removeDocumentsDemo } from './demo.ts';
import { documentFromContent, latestDocuments } from './queries.ts';
import { documentPage, registerDocumentRoutes } from './routes.tsx';
import { documentCategoryPath } from './urls.ts';
import { LatestDocuments } from './views/HomeSection.tsx';

export const documentsModule: PortalModule = {
  name: 'documents',
  contentType: documentType,
  declaration: documentDeclaration,
  categoryType: documentType,
  categoryPath: (slug) => documentCategoryPath(slug),
  registerRoutes(app, ctx) {
    registerDocumentRoutes(app, ctx);
  },
  async homeSections(ctx, env) {
    const items = await latestDocuments(ctx.db.kysely, 5);
    return items.length > 0 ? [<LatestDocuments env={env} items={items} />] : [];
  },
  preview: async (ctx, env, item) => documentPage(ctx.db.kysely, env, await documentFromContent(ctx.db.kysely, item)),
  loadDemo: (ctx) => loadDocumentsDemo(ctx.db.kysely),
  removeDemo: (ctx) => removeDocumentsDemo(ctx.db.kysely),
};
