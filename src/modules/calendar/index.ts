// The leaders' weekly work calendar (REQUIREMENTS A9, Decree 42/2022): one item per week, its
// engagements entered as a table in the back office; /lich-cong-tac shows the current week.
import type { PortalModule } from '../types.ts';
import { calendarClock } from './clock.ts';
import { calendarDeclaration, calendarType } from './declaration.ts';
import { loadCalendarDemo, removeCalendarDemo } from './demo.ts';
import { calendarPreview, registerCalendarRoutes } from './routes.tsx';

export const calendarModule: PortalModule = {
  name: 'calendar',
  contentType: calendarType,
  declaration: calendarDeclaration,
  registerRoutes(app, ctx) {
    registerCalendarRoutes(app, ctx);
  },
  preview: async (_ctx, env, item) => calendarPreview(env, item, calendarClock.now()),
  loadDemo: (ctx) => loadCalendarDemo(ctx.db.kysely, calendarClock.now()),
  removeDemo: (ctx) => removeCalendarDemo(ctx.db.kysely),
};
