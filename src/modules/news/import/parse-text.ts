// Reads an article exported as text from the old portal (the seed's format):
//   site name line · category line · "Xem với cỡ chữ…" line · title · "(HH:mm | dd/MM/yyyy)" ·
//   paragraphs indented with no-break spaces, and empty no-break-space lines where photos stood.
// Words are kept exactly (typos included); text is normalised to NFC and indentation trimmed.
import { escapeHtml } from '../../../core/html/escape.ts';
import { isStampLine, parseStamp } from '../../../core/text/datetime.ts';
import { foldVietnamese, toNfc } from '../../../core/text/fold.ts';
import { ImportError, articleSourceKey, type ArticleInput } from './article-input.ts';

const fontSizeLine = /^xem voi co chu/;

/** Decodes bytes as UTF-8, refusing binary data and other encodings instead of guessing. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('the file is not UTF-8 text');
  }
  if (text.includes('\u0000')) throw new ImportError('the file is binary, not text');
  return text.replace(/^\uFEFF/, '');
}

export function parseTextArticle(raw: string): ArticleInput {
  const lines = toNfc(raw)
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim()) // trim() also removes the no-break spaces used as indentation
    .filter((line) => line !== '');
  if (lines.length === 0) throw new ImportError('the file is empty');

  const stampIndex = lines.findIndex(isStampLine);
  if (stampIndex === -1) throw new ImportError('no time stamp line "(HH:mm | dd/MM/yyyy)" was found');
  const publishedAt = parseStamp(lines[stampIndex]!);
  if (!publishedAt) throw new ImportError(`the time stamp ${lines[stampIndex]} is not a real date and time`);

  const header = lines.slice(0, stampIndex).filter((line) => !fontSizeLine.test(foldVietnamese(line)));
  const title = header.pop();
  if (!title) throw new ImportError('there is no title line before the time stamp');
  if (title.length < 5 || title.length > 500) throw new ImportError(`the title "${title.slice(0, 80)}" is not a plausible title`);
  const categoryName = header.pop();
  if (!categoryName) throw new ImportError('there is no category line before the title');
  if (categoryName.length > 120) throw new ImportError('the category line is too long to be a category');
  const siteName = header.shift();

  const paragraphs = lines.slice(stampIndex + 1);
  if (paragraphs.length === 0) throw new ImportError('the article has no paragraphs after the time stamp');

  return {
    title,
    summary: '',
    body: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
    categoryName,
    publishedAt,
    sourceKey: articleSourceKey(title, publishedAt),
    siteName,
  };
}
