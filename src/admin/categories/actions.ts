// The buttons of a category's row: move up or down among its siblings, hide or show, delete
// (only when it has no items and no sub-categories). Every change is audited in core.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { deleteCategory, reorderCategory, setCategoryHidden } from '../../core/content/categories.ts';
import type { AppContext } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { formValue } from '../forms.tsx';
import { guard } from '../guard.ts';
import { changer, managedCategory } from './access.ts';
import { done, refuse } from './list.tsx';

type CategoryRequest = FastifyRequest<{ Params: { id: string } }>;

export async function moveCategory(ctx: AppContext, request: CategoryRequest, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'categories.manage');
  const category = await managedCategory(ctx, auth, request.params.id);
  const direction = formValue(request.body, 'direction');
  if (direction !== 'up' && direction !== 'down') throw new AppError('BAD_QUERY', 'direction must be up or down');
  try {
    await reorderCategory(ctx.db.kysely, category.id, direction, changer(auth, request));
  } catch (error) {
    return refuse(ctx, request, reply, error);
  }
  return done(reply, 'moved', category.type);
}

export async function setCategoryVisibility(ctx: AppContext, request: CategoryRequest, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'categories.manage');
  const category = await managedCategory(ctx, auth, request.params.id);
  const hidden = formValue(request.body, 'hidden');
  if (hidden !== '0' && hidden !== '1') throw new AppError('BAD_QUERY', 'hidden must be 0 or 1');
  try {
    await setCategoryHidden(ctx.db.kysely, category.id, hidden === '1', changer(auth, request));
  } catch (error) {
    return refuse(ctx, request, reply, error);
  }
  return done(reply, hidden === '1' ? 'hidden' : 'shown', category.type);
}

export async function removeCategory(ctx: AppContext, request: CategoryRequest, reply: FastifyReply) {
  const auth = await guard(ctx, request, 'categories.manage');
  const category = await managedCategory(ctx, auth, request.params.id);
  try {
    await deleteCategory(ctx.db.kysely, category.id, changer(auth, request));
  } catch (error) {
    return refuse(ctx, request, reply, error);
  }
  return done(reply, 'deleted', category.type);
}
