// The demo news articles as data (demo/articles.json), read and checked when they are loaded: a
// malformed entry stops the load with a message naming the entry and what is wrong with it.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseLocalInput } from '../../core/text/datetime.ts';

/** One entry of demo/articles.json. */
export interface DemoArticle {
  /** the category's name; created (flagged demo) when no news category has it */
  category: string;
  title: string;
  /** local time in Asia/Ho_Chi_Minh, 'YYYY-MM-DD HH:mm' */
  publishedAt: string;
  /** sapo: one or two sentences */
  summary: string;
  /** body paragraphs, plain text, no HTML */
  paragraphs: string[];
  /** optional figure inserted after paragraph index afterParagraph */
  figure?: DemoFigure;
  /** the byline */
  author: string;
  source?: string;
  /** the lead story of the home page (placement "featured"); one article of the set has it */
  featured?: boolean;
}

export interface DemoFigure {
  afterParagraph: number;
  src: string;
  alt: string;
  caption: string;
}

export const demoArticlesFile = fileURLToPath(new URL('./demo/articles.json', import.meta.url));

const articleKeys = ['category', 'title', 'publishedAt', 'summary', 'paragraphs', 'figure', 'author', 'source', 'featured'];
const figureKeys = ['afterParagraph', 'src', 'alt', 'caption'];
const timePattern = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/;

function show(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** The problems of one entry, each naming the key; empty when the entry is well-formed. */
function entryProblems(entry: unknown): string[] {
  if (!isRecord(entry)) return [`must be an object, got ${show(entry)}`];
  const problems: string[] = [];
  for (const key of Object.keys(entry)) if (!articleKeys.includes(key)) problems.push(`unknown key "${key}" (known: ${articleKeys.join(', ')})`);
  const text = (key: string, optional = false) => {
    const value = entry[key];
    if (value === undefined) {
      if (!optional) problems.push(`"${key}" is missing`);
    } else if (!isText(value)) problems.push(`"${key}" must be non-empty text, got ${show(value)}`);
  };
  text('title');
  text('summary');
  text('author');
  text('source', true);
  if (entry.category === undefined) problems.push('"category" is missing');
  else if (!isText(entry.category)) problems.push(`"category" must be the category's name as text (e.g. "Tin đầu tư"), got ${show(entry.category)}`);
  const time = entry.publishedAt;
  if (time === undefined) problems.push('"publishedAt" is missing');
  else if (typeof time !== 'string' || !timePattern.test(time) || !parseLocalInput(time)) {
    problems.push(`"publishedAt" must be a Vietnam time "YYYY-MM-DD HH:mm" that exists, got ${show(time)}`);
  }
  const paragraphs = entry.paragraphs;
  if (paragraphs === undefined) problems.push('"paragraphs" is missing');
  else if (!Array.isArray(paragraphs) || paragraphs.length === 0) problems.push(`"paragraphs" must be a non-empty list of texts, got ${show(paragraphs)}`);
  else paragraphs.forEach((p, i) => {
    if (!isText(p)) problems.push(`"paragraphs"[${i}] must be non-empty text, got ${show(p)}`);
  });
  const figure = entry.figure;
  if (figure !== undefined) {
    if (!isRecord(figure)) problems.push(`"figure" must be an object {afterParagraph, src, alt, caption}, got ${show(figure)}`);
    else {
      for (const key of Object.keys(figure)) if (!figureKeys.includes(key)) problems.push(`unknown key "figure.${key}" (known: ${figureKeys.join(', ')})`);
      const after = figure.afterParagraph;
      const count = Array.isArray(paragraphs) ? paragraphs.length : 0;
      if (typeof after !== 'number' || !Number.isInteger(after) || after < 0 || (count > 0 && after >= count)) {
        problems.push(`"figure.afterParagraph" must be the index of a paragraph (0–${Math.max(count - 1, 0)}), got ${show(after)}`);
      }
      for (const key of ['src', 'alt', 'caption']) if (!isText(figure[key])) problems.push(`"figure.${key}" must be non-empty text, got ${show(figure[key])}`);
    }
  }
  if (entry.featured !== undefined && typeof entry.featured !== 'boolean') problems.push(`"featured" must be true or false, got ${show(entry.featured)}`);
  return problems;
}

/**
 * Checks the parsed content of an articles file and returns it typed. Throws one error listing
 * every problem as `<source>, entry <n> ("<title>"): <problem>` (n counts from 1).
 */
export function parseDemoArticles(data: unknown, source = 'demo/articles.json'): DemoArticle[] {
  if (!Array.isArray(data)) throw new Error(`${source}: must hold a list of articles, got ${show(data)}`);
  const lines: string[] = [];
  const seen = new Map<string, number>();
  data.forEach((entry: unknown, i) => {
    const title = isRecord(entry) && typeof entry.title === 'string' ? ` (${show(entry.title)})` : '';
    const name = `${source}, entry ${i + 1}${title}`;
    for (const problem of entryProblems(entry)) lines.push(`${name}: ${problem}`);
    if (isRecord(entry) && typeof entry.title === 'string' && typeof entry.publishedAt === 'string') {
      // the title and time make the source key: a second entry would overwrite the first
      const key = `${entry.title.trim()}\n${entry.publishedAt}`;
      const first = seen.get(key);
      if (first !== undefined) lines.push(`${name}: same title and time as entry ${first + 1}`);
      else seen.set(key, i);
    }
  });
  if (lines.length > 0) throw new Error(lines.length === 1 ? lines[0] : `${lines.length} problems in the demo articles:\n${lines.join('\n')}`);
  return data as DemoArticle[];
}

/** Reads and checks the demo articles file. */
export function readDemoArticles(file = demoArticlesFile): DemoArticle[] {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return parseDemoArticles(data, file);
}
