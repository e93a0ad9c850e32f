// Who may do what: the role × action matrix (written out in the README), enforced on the server
// for every route and API call. Categories can further limit a user (users.category_ids).
import type { Role } from '../db/schema.ts';
import { moduleOfType } from '../modules.ts';

export const roles: Role[] = ['contributor', 'editor', 'approver', 'admin'];

export type Action =
  | 'article.create'
  | 'article.editOwn'
  | 'article.editAny'
  | 'article.submit'
  | 'article.return'
  | 'article.approve'
  | 'article.publish'
  | 'article.schedule'
  | 'article.unpublish'
  | 'article.viewAll'
  | 'media.upload'
  | 'media.deleteAny'
  | 'users.manage'
  | 'settings.manage'
  | 'categories.manage'
  | 'audit.view'
  | 'stats.view'
  | 'royalties.score'
  | 'royalties.manage'
  | 'submissions.handle'
  | 'submissions.publish'
  | 'submissions.erase';

/** true = allowed; the matrix in one place. */
export const matrix: Record<Action, Role[]> = {
  'article.create': ['contributor', 'editor', 'approver', 'admin'],
  'article.editOwn': ['contributor', 'editor', 'approver', 'admin'],
  'article.editAny': ['editor', 'approver', 'admin'],
  'article.submit': ['contributor', 'editor', 'approver', 'admin'],
  'article.return': ['editor', 'approver', 'admin'],
  'article.approve': ['editor', 'approver', 'admin'],
  'article.publish': ['approver', 'admin'],
  'article.schedule': ['approver', 'admin'],
  'article.unpublish': ['approver', 'admin'],
  'article.viewAll': ['editor', 'approver', 'admin'],
  'media.upload': ['contributor', 'editor', 'approver', 'admin'],
  'media.deleteAny': ['editor', 'approver', 'admin'],
  'users.manage': ['admin'],
  'settings.manage': ['admin'],
  'categories.manage': ['approver', 'admin'],
  'audit.view': ['admin'],
  'stats.view': ['approver', 'admin'],
  'royalties.score': ['approver', 'admin'],
  'royalties.manage': ['admin'],
  // what the public sends: staff who edit content handle it; publishing an answer and erasing a
  // sender's personal data are for approvers and administrators
  'submissions.handle': ['editor', 'approver', 'admin'],
  'submissions.publish': ['approver', 'admin'],
  'submissions.erase': ['approver', 'admin'],
};

export interface Actor {
  id: number;
  role: Role;
  /** null = every category */
  categoryIds: number[] | null;
}

/**
 * Whether the actor's role may do the action; with a content type, that type's declaration may
 * narrow or widen the common matrix (e.g. only editors and above create legal documents).
 */
export function can(actor: Actor, action: Action, type?: string): boolean {
  const override = type === undefined ? undefined : moduleOfType(type)?.declaration?.permissions?.[action];
  return (override ?? matrix[action]).includes(actor.role);
}

/** Admins work everywhere; others only in their categories when they have a list. */
export function inCategories(actor: Actor, categoryId: number | null): boolean {
  if (actor.role === 'admin' || actor.categoryIds === null) return true;
  return categoryId !== null && actor.categoryIds.includes(categoryId);
}

export function parseCategoryIds(raw: string | null): number[] | null {
  if (raw === null || raw === '') return null;
  const value: unknown = JSON.parse(raw);
  return Array.isArray(value) ? value.filter((v): v is number => Number.isInteger(v)) : null;
}

/** The categories a user's reports are limited to: null = all (admins and unlimited users). */
export function categoryScope(actor: Actor): number[] | null {
  return actor.role === 'admin' ? null : actor.categoryIds;
}
