import { createHash } from 'node:crypto';
import { foldVietnamese } from '../../../core/text/fold.ts';

// What an import source (text file, saved HTML page, demo data) turns into before it is saved.

export interface ArticleInput {
  title: string;
  /** sapo; may be empty (list pages then show an excerpt of the body) */
  summary: string;
  /** sanitised HTML */
  body: string;
  categoryName: string;
  publishedAt: Date;
  /** identity of the source: re-importing the same key updates the article */
  sourceKey: string;
  author?: string | undefined;
  source?: string | undefined;
  /** the site name line of a text export, kept for the import report only */
  siteName?: string | undefined;
}

/** A file that is not an article: the message says why, in words an editor understands. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/**
 * Identity of an imported article: the same title (ignoring case and diacritics typing) at the
 * same time is the same article, whatever the file is called, wherever it lies and whether it
 * came as text or as a saved page.
 */
export function articleSourceKey(title: string, publishedAt: Date): string {
  const digest = createHash('sha256').update(`${foldVietnamese(title).replace(/\s+/g, ' ')}\n${publishedAt.toISOString()}`).digest('hex');
  return `import:${digest.slice(0, 32)}`;
}
