// Cleaning what Word (and Google Docs, LibreOffice, web pages) put on the clipboard before
// ProseMirror parses it: comments and conditional blocks, Office namespaces (<o:p>, <v:…>),
// "Mso…" classes, mso-* and every other inline style, <font>, meaningless <span> wrappers. What
// carries meaning is kept or turned into markup: headings, lists (Word's fake "mso-list"
// paragraphs become real <ul>/<ol>), bold/italic/underline/strike (also when only a style said
// so), tables, links with an acceptable address, images with an http(s) or relative address.
import { defaultMarkupLimits, markupToText, scanMarkup } from '../../core/html/markup-limits.ts';
import { isAllowedLinkUrl, normalizeImageUrl } from './urls.ts';

const dropTags = new Set([
  'script', 'style', 'meta', 'link', 'title', 'head', 'xml', 'noscript', 'template', 'iframe',
  'object', 'embed', 'svg', 'math', 'form', 'input', 'button', 'select', 'textarea', 'colgroup', 'col',
]);
const keptAttributes: Record<string, string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  ol: ['start'],
};
const renamed: Record<string, string> = { h1: 'h2', h5: 'h4', h6: 'h4', strike: 's', del: 's' };

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

function rename(el: Element, tag: string): Element {
  const next = el.ownerDocument.createElement(tag);
  for (const attr of Array.from(el.attributes)) next.setAttribute(attr.name, attr.value);
  next.append(...Array.from(el.childNodes));
  el.replaceWith(next);
  return next;
}

// Chromium applies the page's CSP even to documents made by DOMParser: parsing a style attribute
// or a <style> element there is reported as a violation of `style-src 'self'`. So <style>
// elements go before parsing, and style attributes are renamed to this inert attribute, still
// readable for what they mean (mso-list levels, bold or italic set by a style).
const styleAttr = 'data-pasted-style';
const tagRe = /<[a-zA-Z][^\s/>]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?|\s*\/)*\s*>/g;

function neutralizeStyles(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style\s*>/gi, '')
    .replace(tagRe, (tag) => tag.replace(/(\s)style(\s*=)/gi, `$1${styleAttr}$2`));
}

function styleOf(el: Element): string {
  return (el.getAttribute(styleAttr) ?? '').toLowerCase().replace(/\s+/g, '');
}

/** Word's list paragraphs: <p style="mso-list:l0 level2 lfo1"><span style="mso-list:Ignore">1.</span>… */
function convertWordLists(doc: Document): void {
  // numbered headings keep their number as text: only paragraphs become list items
  const items: Element[] = Array.from(doc.body.querySelectorAll('p')).filter((el) => /mso-list:l\d+/.test(styleOf(el)));
  const done = new Set<Element>();
  for (const first of items) {
    if (done.has(first)) continue;
    // the run of list paragraphs that are siblings of `first`
    const group: Element[] = [];
    let node: Node | null = first;
    while (node) {
      if (node.nodeType === 1) {
        const el = node as Element;
        if (!items.includes(el)) break;
        group.push(el);
      } else if (node.nodeType === 3 && node.textContent!.trim()) {
        break;
      }
      node = node.nextSibling;
    }
    const stack: { level: number; list: Element }[] = [];
    const anchor = doc.createComment('list');
    first.before(anchor);
    for (const p of group) {
      done.add(p);
      const level = Number(/level(\d+)/.exec(styleOf(p))?.[1] ?? '1');
      const marker = Array.from(p.querySelectorAll('span')).find((s) => styleOf(s).includes('mso-list:ignore'));
      const markerText = (marker?.textContent ?? '').replace(/[\s\u00a0]/g, '');
      const tag = /^\(?([0-9]+|[a-z]|[ivxlcdm]+)[.)]/i.test(markerText) ? 'ol' : 'ul';
      marker?.remove();
      while (stack.length && stack[stack.length - 1]!.level > level) stack.pop();
      let top = stack[stack.length - 1];
      if (top && top.level === level && top.list.localName !== tag) {
        stack.pop();
        const parent = stack[stack.length - 1];
        const list = doc.createElement(tag);
        if (parent) parent.list.lastElementChild!.append(list);
        else anchor.before(list);
        stack.push((top = { level, list }));
      } else if (!top || top.level < level) {
        const list = doc.createElement(tag);
        if (top) {
          if (!top.list.lastElementChild) top.list.append(doc.createElement('li'));
          top.list.lastElementChild!.append(list);
        } else {
          anchor.before(list);
        }
        stack.push((top = { level, list }));
      }
      const li = doc.createElement('li');
      li.append(p);
      top.list.append(li);
    }
    anchor.remove();
  }
}

/** Styles that mean something become elements: font-weight:bold → <strong>, and so on. */
function convertStyledSpans(doc: Document): void {
  for (const el of Array.from(doc.body.querySelectorAll('span, font, b'))) {
    const style = styleOf(el);
    if (!style) continue;
    if (el.localName === 'b') {
      // Google Docs wraps the whole fragment in <b style="font-weight:normal">
      if (/font-weight:(normal|400)/.test(style)) unwrap(el);
      continue;
    }
    const wrappers: string[] = [];
    if (/font-weight:(bold|bolder|[6-9]00)/.test(style)) wrappers.push('strong');
    if (/font-style:italic/.test(style)) wrappers.push('em');
    if (/text-decoration[^;]*underline/.test(style)) wrappers.push('u');
    if (/text-decoration[^;]*line-through/.test(style)) wrappers.push('s');
    for (const tag of wrappers) {
      const wrapper = doc.createElement(tag);
      wrapper.append(...Array.from(el.childNodes));
      el.append(wrapper);
    }
  }
}

function isBlank(el: Element): boolean {
  return !(el.textContent ?? '').replace(/[\s\u00a0\u200b]/g, '') && !el.querySelector('img, br, table, hr');
}

function cleanElement(el: Element): void {
  const tag = el.localName;
  if (dropTags.has(tag) || tag === 'o:p' || /^(v|w|m):/.test(tag)) {
    el.remove();
    return;
  }
  if (tag.includes(':') || tag === 'span' || tag === 'font') {
    unwrap(el); // st1:place and other smart tags, spans, <font>
    return;
  }
  if (tag === 'img') {
    const src = normalizeImageUrl(el.getAttribute('src') ?? '');
    if (!src) {
      el.remove(); // file:///C:/… from Word, data: and blob: addresses
      return;
    }
  }
  if (tag === 'a') {
    const href = el.getAttribute('href');
    if (!href || href.startsWith('#_') || !isAllowedLinkUrl(href)) {
      unwrap(el); // bookmarks (<a name="_Toc…">), javascript: and the like
      return;
    }
  }
  const allowed = keptAttributes[tag] ?? [];
  for (const attr of Array.from(el.attributes)) {
    if (!allowed.includes(attr.name) && attr.name !== 'data-pm-slice') el.removeAttribute(attr.name);
  }
  const target = renamed[tag];
  const result = target ? rename(el, target) : el;
  if (/^(p|h[2-4])$/.test(result.localName) && isBlank(result)) {
    result.remove();
  } else if (result.localName === 'p' && isLoneImage(result)) {
    // a paragraph holding only a picture becomes a figure (and leaves no empty paragraph behind)
    const figure = result.ownerDocument.createElement('figure');
    figure.append(result.querySelector('img')!);
    result.replaceWith(figure);
  }
}

function isLoneImage(p: Element): boolean {
  return p.children.length === 1 && p.firstElementChild!.localName === 'img' && !(p.textContent ?? '').replace(/[\s\u00a0]/g, '');
}

function textAsParagraphs(html: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return markupToText(html)
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((line) => `<p>${escape(line)}</p>`)
    .join('');
}

/** The pasted HTML without Office noise, with its structure. Browser only (DOMParser). */
export function cleanPastedHtml(html: string): string {
  // Markup nested absurdly deep (a hostile page, a broken export) would freeze this tab and be
  // refused by the server: only its text is pasted. Big but flat pastes (a long Word file) are fine.
  if (scanMarkup(html, { ...defaultMarkupLimits, maxElements: Infinity, maxAttributes: Infinity }).problem === 'depth') return textAsParagraphs(html);
  const prepared = neutralizeStyles(
    html.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[(?:if[^\]]*|endif)\]>/gi, ''),
  );
  const doc = new DOMParser().parseFromString(prepared, 'text/html');
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.parentNode?.removeChild(c));

  convertWordLists(doc);
  convertStyledSpans(doc);
  // deepest first, so that a parent sees its children already cleaned
  const elements = Array.from(doc.body.querySelectorAll('*')).reverse();
  for (const el of elements) cleanElement(el);
  return doc.body.innerHTML.trim();
}
