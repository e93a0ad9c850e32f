// Published questions for /hoi-dap: filtered by field and matched on folded words of the question
// and the answer in memory (an authority publishes hundreds, not millions).
import type { Kysely } from 'kysely';
import type { Database } from '../../core/db/schema.ts';
import type { Submission } from '../../core/submissions/schema.ts';
import { parseData, publishedSubmissions } from '../../core/submissions/store.ts';
import { foldVietnamese } from '../../core/text/fold.ts';

export const perPage = 10;

export interface PublishedQuestion {
  id: number;
  field: string;
  title: string;
  content: string;
  answer: string;
  answeredBy: string;
  askedAt: string;
  answeredAt: string;
}

export function asQuestion(row: Submission): PublishedQuestion {
  const data = parseData(row);
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    id: row.id,
    field: text(data.field),
    title: text(data.title),
    content: text(data.content),
    answer: row.answer ?? '',
    answeredBy: row.answered_by ?? '',
    askedAt: row.created_at,
    answeredAt: row.answered_at ?? row.published_at ?? row.created_at,
  };
}

const words = (text: string) => foldVietnamese(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export async function listPublishedQuestions(db: Kysely<Database>, options: { field?: string | undefined; q?: string | undefined; page: number }): Promise<{ items: PublishedQuestion[]; total: number; page: number; pageCount: number }> {
  let items = (await publishedSubmissions(db, 'question')).map(asQuestion);
  if (options.field) items = items.filter((i) => i.field === options.field);
  const wanted = options.q ? words(options.q) : [];
  if (wanted.length > 0) {
    items = items.filter((i) => {
      const haystack = new Set(words(`${i.title} ${i.content} ${i.answer}`));
      return wanted.every((w) => [...haystack].some((h) => h.startsWith(w)));
    });
  }
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  return { items: items.slice((options.page - 1) * perPage, options.page * perPage), total: items.length, page: options.page, pageCount };
}
