// Reads a saved HTML article page (from the old portal, or from congtin itself). Finds the title,
// the "(HH:mm | dd/MM/yyyy)" stamp, the category (breadcrumb or article:section) and the body,
// and keeps the body's markup through the sanitiser.
import { parse, type HTMLElement } from 'node-html-parser';
import { MarkupTooComplexError, scanMarkup } from '../../../core/html/markup-limits.ts';
import { sanitizeBody } from '../../../core/html/sanitize.ts';
import { parseStamp } from '../../../core/text/datetime.ts';
import { foldVietnamese, toNfc } from '../../../core/text/fold.ts';
import { ImportError, articleSourceKey, type ArticleInput } from './article-input.ts';

const bodySelectors = ['[itemprop=articleBody]', '.article-body', '.article-content', '.news-content', '.content-detail', '.detail-content', '.noidung', 'article'];
const homeWords = new Set(['trang chu', 'home']);
const complexity = { depth: 'nested too deeply', elements: 'too many elements', attributes: 'a tag with too many attributes' } as const;

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<meta|<!--)/i.test(text);
}

function text(el: HTMLElement | null | undefined): string {
  return el ? toNfc(el.text).replace(/[\s\u00a0]+/g, ' ').trim() : '';
}

function meta(root: HTMLElement, name: string): string {
  const el = root.querySelector(`meta[property="${name}"]`) ?? root.querySelector(`meta[name="${name}"]`);
  return toNfc(el?.getAttribute('content') ?? '').trim();
}

function findBody(root: HTMLElement): HTMLElement | undefined {
  for (const selector of bodySelectors) {
    const el = root.querySelector(selector);
    if (el && el.querySelectorAll('p').length > 0) return el;
  }
  // Otherwise the element whose own paragraphs hold the most text.
  let best: { el: HTMLElement; length: number } | undefined;
  for (const p of root.querySelectorAll('p')) {
    const parent = p.parentNode;
    if (!parent) continue;
    const length = parent.childNodes
      .filter((n): n is HTMLElement => (n as HTMLElement).tagName === 'P')
      .reduce((sum, n) => sum + text(n).length, 0);
    if (!best || length > best.length) best = { el: parent, length };
  }
  return best?.el;
}

function findCategory(root: HTMLElement): string {
  const section = meta(root, 'article:section');
  if (section) return section;
  const crumbs = root.querySelector('.breadcrumb, [aria-label="breadcrumb"], nav.breadcrumbs, .duongdan');
  if (crumbs) {
    const names = crumbs
      .querySelectorAll('a')
      .map((a) => text(a))
      .filter((name) => name && !homeWords.has(foldVietnamese(name)));
    if (names.length > 0) return names[names.length - 1]!;
  }
  return text(root.querySelector('.category, .chuyenmuc, .cat-name'));
}

export async function parseHtmlArticle(html: string): Promise<ArticleInput> {
  if (!looksLikeHtml(html)) throw new ImportError('the file is not an HTML page');
  // node-html-parser does super-linear work on deeply nested markup: the page's shape is checked first.
  const shape = scanMarkup(html);
  if (!shape.ok) throw new ImportError(`the page's HTML is too complex to read (${complexity[shape.problem!]})`);
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false } });
  for (const el of root.querySelectorAll('script, style, noscript, nav.site-nav, header.site-header, footer, form, .font-size, .share, .related')) el.remove();

  const title = text(root.querySelector('h1')) || meta(root, 'og:title') || text(root.querySelector('title'));
  if (!title) throw new ImportError('the page has no title (no <h1>, og:title or <title>)');

  const timeEl = root.querySelector('.article-time, .time, .date, time');
  const publishedAt = parseStamp(text(timeEl)) ?? parseStamp(text(root));
  if (!publishedAt) throw new ImportError('the page has no time stamp "(HH:mm | dd/MM/yyyy)"');

  const categoryName = findCategory(root);
  if (!categoryName) throw new ImportError('the page names no category (no breadcrumb or article:section)');

  const bodyEl = findBody(root);
  if (!bodyEl) throw new ImportError('the page has no article body (no paragraphs)');
  for (const el of bodyEl.querySelectorAll('h1, .article-time, .time, .summary, .sapo, .article-meta, .byline')) el.remove();
  let body: string;
  try {
    body = await sanitizeBody(bodyEl.innerHTML);
  } catch (error) {
    if (!(error instanceof MarkupTooComplexError)) throw error;
    throw new ImportError(`the article body's HTML is too complex to clean (${error.message})`);
  }
  if (!body.replace(/<[^>]*>/g, '').trim()) throw new ImportError('the article body is empty');

  const summary = text(root.querySelector('.summary, .sapo, .article-summary')) || meta(root, 'description');

  return {
    title,
    summary: summary === title ? '' : summary,
    body,
    categoryName,
    publishedAt,
    sourceKey: articleSourceKey(title, publishedAt),
    author: text(root.querySelector('.byline .author, .author')) || meta(root, 'author') || undefined,
    source: text(root.querySelector('.byline .source, .source')) || undefined,
  };
}
