// The agency and its units (REQUIREMENTS A1, Nghị định 42/2022/NĐ-CP): the declared type 'unit' and
// the About pages built from it and from the items of type 'leader' — overview with functions,
// organisation chart and history (/gioi-thieu), leadership (/gioi-thieu/lanh-dao) and one page per
// unit. The back office, admin API and JSON API derive from the declaration.
import { onContentChange } from '../../core/workflow/hooks.ts';
import type { PortalModule } from '../types.ts';
import { loadUnitDemo, removeUnitDemo } from './demo.ts';
import { unitDeclaration, unitType } from './declaration.ts';
import { refuseParentLoops } from './integrity.ts';
import { unitFromContent } from './queries.ts';
import { registerUnitRoutes, unitPage } from './routes.tsx';

export const unitsModule: PortalModule = {
  name: 'units',
  contentType: unitType,
  declaration: unitDeclaration,
  registerRoutes(app, ctx) {
    onContentChange(refuseParentLoops);
    registerUnitRoutes(app, ctx);
  },
  preview: (ctx, env, item) => unitPage(ctx.db.kysely, env, unitFromContent(item)),
  loadDemo(ctx) {
    onContentChange(refuseParentLoops);
    return loadUnitDemo(ctx.db.kysely);
  },
  removeDemo: (ctx) => removeUnitDemo(ctx.db.kysely),
};
