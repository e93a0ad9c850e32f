// The editorial states and the legal moves between them (GOV.UK Whitehall's model):
// draft → submitted → (returned) → approved → scheduled | published → withdrawn | removed.
import type { ContentStatus } from '../db/schema.ts';
import type { Action } from '../auth/permissions.ts';

/** The moves a user may ask for; "publishNow" is recorded as approve + publish (revisions and `content.<move>` audit entries). */
export type Transition = 'submit' | 'return' | 'approve' | 'publish' | 'schedule' | 'unpublish' | 'publishNow';

export const transitions: Record<Transition, { from: ContentStatus[]; action: Action }> = {
  submit: { from: ['draft', 'returned'], action: 'article.submit' },
  return: { from: ['submitted', 'approved', 'scheduled'], action: 'article.return' },
  approve: { from: ['submitted'], action: 'article.approve' },
  publish: { from: ['approved', 'scheduled'], action: 'article.publish' },
  schedule: { from: ['approved'], action: 'article.schedule' },
  unpublish: { from: ['published'], action: 'article.unpublish' },
  /** "Đăng ngay" from a draft or a submitted item: recorded as approve then publish (two revisions and audit entries); needs both rights and never one's own approval (except admin) */
  publishNow: { from: ['draft', 'submitted'], action: 'article.publish' },
};

/** Statuses in which the body may still be edited, by whom: the author before review, editors until published. */
export const editableByAuthor: ContentStatus[] = ['draft', 'returned'];
export const editableByEditor: ContentStatus[] = ['draft', 'returned', 'submitted', 'approved', 'scheduled', 'published', 'withdrawn'];

export type TakedownKind = 'error-gone' | 'error-redirect' | 'consolidated' | 'withdrawn';
export const takedownKinds: TakedownKind[] = ['error-gone', 'error-redirect', 'consolidated', 'withdrawn'];
