// Administrators edit the agency's identity and the menus (ordered, one level of nesting,
// pointing to categories, paths or addresses). Every change is audited; bad input changes nothing.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import { withContext } from '../handler.ts';
import { saveSettings } from './save.tsx';
import { showSettings } from './show.tsx';

export function registerSettingsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const handle = withContext(ctx);
  app.get('/admin/settings', handle(showSettings));
  app.post('/admin/settings', handle(saveSettings));
}
