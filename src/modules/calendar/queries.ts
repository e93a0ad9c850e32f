// Reads of published calendar weeks. A week is found by its Monday through content_field_values
// (weekStart is a scalar, indexed by field and text); the entries themselves are read from the
// item's fields. `now` is always passed in: what is published and which week is current depend on it.
import type { Kysely } from 'kysely';
import { parseFields } from '../../core/content-types/field-index.ts';
import { readableContent } from '../../core/content-types/published.ts';
import { storedRows } from '../../core/content-types/rows.ts';
import type { Content, Database } from '../../core/db/schema.ts';
import { calendarType, entriesField } from './declaration.ts';
import { mondayOf, todayInVietnam } from './weeks.ts';

export interface CalendarEntry {
  day: string;
  /** HH:MM; absent for an all-day engagement */
  time?: string | undefined;
  content: string;
  leader?: string | undefined;
  participants?: string | undefined;
  place?: string | undefined;
}

export interface CalendarWeek {
  id: number;
  slug: string;
  title: string;
  summary: string;
  body: string;
  weekStart: string;
  /** by day, then time (all-day first), then as entered */
  entries: CalendarEntry[];
  isDemo: boolean;
  updatedAt: string;
}

/** A content row (published, or a previewed revision) as a week. */
export function weekFromContent(item: Content): CalendarWeek {
  const values = parseFields(item.fields);
  const entries = storedRows(entriesField, values.entries)
    .filter((r) => r.day && r.content)
    .map((r, i) => ({ entry: { day: r.day!, time: r.time, content: r.content!, leader: r.leader, participants: r.participants, place: r.place }, i }))
    .sort((a, b) => a.entry.day.localeCompare(b.entry.day) || (a.entry.time ?? '').localeCompare(b.entry.time ?? '') || a.i - b.i)
    .map(({ entry }) => entry);
  return {
    id: item.id,
    slug: item.slug,
    title: item.title,
    summary: item.summary,
    body: item.body,
    weekStart: typeof values.weekStart === 'string' ? values.weekStart : '',
    entries,
    isDemo: item.is_demo === 1,
    updatedAt: item.updated_at,
  };
}

/** Readable weeks joined with their Monday. */
function weeks(db: Kysely<Database>, now: Date) {
  return readableContent(db, calendarType, { now })
    .innerJoin('content_field_values as w', 'w.content_id', 'content.id')
    .where('w.field', '=', 'weekStart');
}

/** The published calendar of the week starting on `monday` (the latest published, should there be two). */
export async function findWeek(db: Kysely<Database>, monday: string, now: Date): Promise<CalendarWeek | undefined> {
  const row = (await weeks(db, now).selectAll('content').where('w.text_value', '=', monday).orderBy('content.published_at', 'desc').orderBy('content.id', 'desc').executeTakeFirst()) as Content | undefined;
  return row ? weekFromContent(row) : undefined;
}

/** The Mondays of the nearest published weeks before and after `monday`. */
export async function neighbourWeeks(db: Kysely<Database>, monday: string, now: Date): Promise<{ previous?: string | undefined; next?: string | undefined }> {
  const [previous, next] = await Promise.all([
    weeks(db, now).select('w.text_value as day').where('w.text_value', '<', monday).orderBy('w.text_value', 'desc').limit(1).executeTakeFirst(),
    weeks(db, now).select('w.text_value as day').where('w.text_value', '>', monday).orderBy('w.text_value', 'asc').limit(1).executeTakeFirst(),
  ]);
  return { previous: previous?.day ?? undefined, next: next?.day ?? undefined };
}

/**
 * The week the calendar opens on at `now`: the week containing today in Vietnam when it is
 * published, else the nearest published week before it, else (nothing before) the current week.
 */
export async function defaultWeek(db: Kysely<Database>, now: Date): Promise<string> {
  const current = mondayOf(todayInVietnam(now));
  const row = await weeks(db, now).select('w.text_value as day').where('w.text_value', '<=', current).orderBy('w.text_value', 'desc').limit(1).executeTakeFirst();
  return row?.day ?? current;
}

/** The Monday of the published week with this slug (its public address redirects there). */
export async function weekOfSlug(db: Kysely<Database>, slug: string, now: Date): Promise<string | undefined> {
  const row = await weeks(db, now).select('w.text_value as day').where('content.slug', '=', slug).executeTakeFirst();
  return row?.day ?? undefined;
}
