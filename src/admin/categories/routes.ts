// /admin/categories: the categories of every declared type that has them, managed by approvers
// and administrators (issue #8 §4): add, rename, move under a parent, reorder, hide, delete when
// empty. Every change is audited in core; a refusal changes nothing and says why in the user's
// language. A user limited to some categories acts only on those (and adds only under them).
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../core/context.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { withContext } from '../handler.ts';
import { moveCategory, removeCategory, setCategoryVisibility } from './actions.ts';
import { saveCategory, showCategory } from './edit.tsx';
import { addCategory, showCategories } from './list.tsx';

export function registerCategoryRoutes(app: FastifyInstance, ctx: AppContext): void {
  const handle = withContext(ctx);
  app.get('/admin/categories', queryOf(['ok']), handle(showCategories));
  app.post('/admin/categories', handle(addCategory));
  app.get('/admin/categories/:id', handle(showCategory));
  app.post('/admin/categories/:id', handle(saveCategory));
  app.post('/admin/categories/:id/order', handle(moveCategory));
  app.post('/admin/categories/:id/visibility', handle(setCategoryVisibility));
  app.post('/admin/categories/:id/delete', handle(removeCategory));
}
