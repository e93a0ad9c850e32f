// The photo gallery (thư viện ảnh, REQUIREMENTS A19, Decree 42/2022): albums of media-library
// photos, /thu-vien-anh (English /en/photos) and one page per album, a plain list of figures that
// public/js/gallery.js turns into a keyboard-operable viewer. The back office, admin API, public
// JSON API (/api/v1/albums), OpenAPI, revisions and search derive from the declaration.
import { onContentChange } from '../../core/workflow/hooks.ts';
import type { PortalModule } from '../types.ts';
import { albumDeclaration, albumType } from './declaration.ts';
import { loadGalleryDemo, removeGalleryDemo } from './demo.ts';
import { albumFromContent } from './queries.ts';
import { albumPage, registerGalleryRoutes } from './routes.tsx';
import { albumMediaUsage } from './usage.ts';

export const galleryModule: PortalModule = {
  name: 'gallery',
  contentType: albumType,
  declaration: albumDeclaration,
  registerRoutes(app, ctx) {
    onContentChange(albumMediaUsage);
    registerGalleryRoutes(app, ctx);
  },
  preview: (ctx, env, item) => albumPage(ctx.db.kysely, env, albumFromContent(item)),
  loadDemo: (ctx) => loadGalleryDemo(ctx),
  removeDemo: (ctx) => removeGalleryDemo(ctx),
};
