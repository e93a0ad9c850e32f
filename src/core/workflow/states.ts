// The editorial states and the legal moves between them (GOV.UK Whitehall's model):
// draft → submitted → (returned) → approved → scheduled | published → withdrawn | removed.
import type { ContentStatus } from '../db/schema.ts';
import type { Action } from '../auth/permissions.ts';

export type Transition = 'submit' | 'return' | 'approve' | 'publish' | 'schedule' | 'unpublish';

export const transitions: Record<Transition, { from: ContentStatus[]; action: Action }> = {
  submit: { from: ['draft', 'returned'], action: 'article.submit' },
  return: { from: ['submitted', 'approved', 'scheduled'], action: 'article.return' },
  approve: { from: ['submitted'], action: 'article.approve' },
  publish: { from: ['approved', 'scheduled'], action: 'article.publish' },
  schedule: { from: ['approved'], action: 'article.schedule' },
  unpublish: { from: ['published'], action: 'article.unpublish' },
};

/** Statuses in which the body may still be edited, by whom: the author before review, editors until published. */
export const editableByAuthor: ContentStatus[] = ['draft', 'returned'];
export const editableByEditor: ContentStatus[] = ['draft', 'returned', 'submitted', 'approved', 'scheduled', 'published', 'withdrawn'];

export type TakedownKind = 'error-gone' | 'error-redirect' | 'consolidated' | 'withdrawn';
export const takedownKinds: TakedownKind[] = ['error-gone', 'error-redirect', 'consolidated', 'withdrawn'];
