// Leaders (lãnh đạo, REQUIREMENTS A1, Nghị định 42/2022/NĐ-CP): the declared type 'leader' and its
// demo data. The back office, admin API and JSON API derive from the declaration; the leadership
// page that shows them is the units module's (/gioi-thieu/lanh-dao), which reads them by type name.
import type { PortalModule } from '../types.ts';
import { leaderDeclaration, leaderType } from './declaration.ts';
import { loadLeaderDemo, removeLeaderDemo } from './demo.ts';

export const leadersModule: PortalModule = {
  name: 'leaders',
  contentType: leaderType,
  declaration: leaderDeclaration,
  loadDemo: (ctx) => loadLeaderDemo(ctx.db.kysely),
  removeDemo: (ctx) => removeLeaderDemo(ctx.db.kysely),
};
