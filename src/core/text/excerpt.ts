// A short plain-text excerpt of an HTML body, for lists and descriptions when there is no sapo.
import { parse } from 'node-html-parser';
import { markupToText, withinMarkupLimits } from '../html/markup-limits.ts';

export function plainText(html: string): string {
  // Markup past the limits (a body stored before they existed) is not parsed: tags are dropped.
  return (withinMarkupLimits(html) ? parse(html).structuredText : markupToText(html)).replace(/[\s\u00a0]+/g, ' ').trim();
}

export function excerpt(html: string, maxLength = 220): string {
  const text = plainText(html);
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength * 0.6 ? cut.slice(0, space) : cut).replace(/[,;:.\s]+$/, '')}…`;
}
