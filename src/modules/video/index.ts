// Videos (REQUIREMENTS A19, Decree 42/2022): /video (English /en/videos) and one page per video.
// A video is a link to where it is published, with a poster from the media library and a
// transcript: the media library accepts no MP4 or WebVTT (core/media/detect.ts), and the page
// loads nothing from the other site before the reader follows the link. The back office, admin
// API, public JSON API (/api/v1/videos), OpenAPI, revisions and search derive from the declaration.
import { onContentChange } from '../../core/workflow/hooks.ts';
import type { PortalModule } from '../types.ts';
import { videoDeclaration, videoType } from './declaration.ts';
import { loadVideoDemo, removeVideoDemo } from './demo.ts';
import { videoFromContent } from './queries.ts';
import { registerVideoRoutes, videoPage } from './routes.tsx';
import { videoMediaUsage } from './usage.ts';

export const videoModule: PortalModule = {
  name: 'video',
  contentType: videoType,
  declaration: videoDeclaration,
  registerRoutes(app, ctx) {
    onContentChange(videoMediaUsage);
    registerVideoRoutes(app, ctx);
  },
  preview: (ctx, env, item) => videoPage(ctx.db.kysely, env, videoFromContent(item)),
  loadDemo: (ctx) => loadVideoDemo(ctx),
  removeDemo: (ctx) => removeVideoDemo(ctx),
};
