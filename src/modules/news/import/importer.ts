// `congtin import <file|folder>...`: each file is read, parsed and saved in its own transaction
// (all or nothing); a file that is not an article is reported with its name and the reason.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../../core/db/schema.ts';
import { saveArticle, type SaveOutcome } from '../save.ts';
import { ImportError, type ArticleInput } from './article-input.ts';
import { looksLikeHtml, parseHtmlArticle } from './parse-html.ts';
import { decodeText, parseTextArticle } from './parse-text.ts';

export const importExtensions = ['.txt', '.html', '.htm'];
/** Larger files are not article pages; refusing them early keeps a stray upload from eating memory. */
export const maxImportBytes = 5 * 1024 * 1024;

export interface FileResult {
  file: string;
  outcome: SaveOutcome | 'failed';
  /** why it failed */
  reason?: string;
  title?: string;
  id?: number;
}

export interface ImportOptions {
  dryRun?: boolean;
  isDemo?: boolean;
  /** how a parsed article is written inside the file's transaction (tests inject failures here) */
  save?: typeof saveArticle;
  /** called after each file (progress display) */
  onFile?: (result: FileResult, index: number, total: number) => void;
}

/** Expands folders (recursively, sorted) into the article files they hold. */
export async function collectFiles(inputs: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => undefined);
    if (!stat) missing.push(input);
    else if (stat.isDirectory()) {
      const entries = await fs.readdir(input, { recursive: true, withFileTypes: true });
      files.push(
        ...entries
          .filter((e) => e.isFile() && importExtensions.includes(path.extname(e.name).toLowerCase()))
          .map((e) => path.join(e.parentPath, e.name))
          .sort(),
      );
    } else files.push(input);
  }
  return { files, missing };
}

export async function parseArticleFile(file: string): Promise<ArticleInput> {
  const stat = await fs.stat(file);
  if (stat.size > maxImportBytes) throw new ImportError(`the file is ${Math.round(stat.size / 1024)} KB, more than an article page can be (${maxImportBytes / 1024 / 1024} MB)`);
  const text = decodeText(await fs.readFile(file));
  const ext = path.extname(file).toLowerCase();
  return ext === '.html' || ext === '.htm' || looksLikeHtml(text) ? parseHtmlArticle(text) : parseTextArticle(text);
}

export async function importFiles(db: Kysely<Database>, files: string[], options: ImportOptions = {}): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const [index, file] of files.entries()) {
    let result: FileResult;
    try {
      const input = await parseArticleFile(file);
      if (options.dryRun) {
        const existing = await db.selectFrom('content').select('id').where('source_key', '=', input.sourceKey).executeTakeFirst();
        result = { file, outcome: existing ? 'updated' : 'created', title: input.title };
      } else {
        const save = options.save ?? saveArticle;
        const saved = await db.transaction().execute((trx) => save(trx, input, { isDemo: options.isDemo ?? false }));
        result = { file, outcome: saved.outcome, title: input.title, id: saved.id };
      }
    } catch (error) {
      const reason = error instanceof ImportError ? error.message : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
      result = { file, outcome: 'failed', reason };
    }
    results.push(result);
    options.onFile?.(result, index, files.length);
  }
  return results;
}

export function summarize(results: FileResult[], dryRun = false): string {
  const count = (o: FileResult['outcome']) => results.filter((r) => r.outcome === o).length;
  const verb = dryRun ? 'would be ' : '';
  return `${results.length} file(s): ${count('created')} ${verb}created, ${count('updated')} ${verb}updated, ${count('unchanged')} unchanged, ${count('failed')} failed`;
}
