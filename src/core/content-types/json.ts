// How an item of any declared type appears in the admin JSON APIs (the generic
// /api/v1/admin/content/:type and news's /api/v1/admin/articles), and the workflow moves both
// accept with the body they take. One definition, so the two APIs cannot drift apart.
import type { Content } from '../db/schema.ts';
import type { Transition } from '../workflow/states.ts';
import { parseFields } from './field-index.ts';

/** One item as the admin APIs return it. */
export function contentItemJson(c: Content) {
  return {
    id: c.id,
    type: c.type,
    status: c.status,
    revision: c.revision,
    title: c.title,
    summary: c.summary,
    body: c.body,
    categoryId: c.category_id,
    slug: c.slug,
    /** the declared fields' values (for news: byline, source, displayedAt, cover media ids, coverAlt, placement) */
    fields: parseFields(c.fields),
    createdAt: c.created_at,
    updatedAt: c.updated_at,
    publishedAt: c.published_at,
    scheduledAt: c.scheduled_at,
    createdBy: c.created_by,
    publishedBy: c.published_by,
    returnReason: c.return_reason,
    cover: c.cover_image ? { url: c.cover_image, alt: c.cover_alt } : null,
    takedown: c.takedown_kind ? { kind: c.takedown_kind, reason: c.takedown_reason, redirectTo: c.redirect_to } : null,
  };
}

/** The workflow moves the admin APIs accept as `…/:id/:move`. */
export const contentMoves: readonly Transition[] = ['submit', 'return', 'approve', 'publish', 'schedule', 'unpublish', 'publishNow'];

/** The body of a move (JSON Schema; none at all is allowed). */
export const contentMoveSchema = {
  type: ['object', 'null'],
  additionalProperties: false,
  properties: { reason: { type: 'string', maxLength: 2000 }, publishAt: { type: 'string', maxLength: 40 }, kind: { type: 'string', maxLength: 40 }, redirectTo: { type: 'string', maxLength: 2000 } },
} as const;

export type ContentMoveBody = { reason?: string; publishAt?: string; kind?: string; redirectTo?: string } | null;
