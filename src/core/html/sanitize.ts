// The allowlist every stored body passes through: article markup only, no scripts, no event
// handlers, no javascript:/data: links, no inline styles.
import sanitizeHtml from 'sanitize-html';

/** Links: http(s), mail, phone, a path on this site, or an anchor. */
const safeLink = /^(https?:\/\/[^\s/]|mailto:|tel:|\/(?![/\\])|#)/i;
const safeImage = /^(https?:\/\/[^\s/]|\/(?![/\\]))/i;

const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'blockquote',
    'ul', 'ol', 'li', 'a', 'figure', 'figcaption', 'img', 'table', 'thead', 'tbody', 'tfoot', 'tr',
    'th', 'td', 'caption', 'hr',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'width', 'height', 'loading'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  transformTags: {
    h1: 'h2',
    a: (tagName, attribs) => {
      const { href, ...rest } = attribs;
      if (!href || !safeLink.test(href.trim())) return { tagName, attribs: rest };
      const external = /^https?:\/\//i.test(href.trim());
      return { tagName, attribs: external ? { href: href.trim(), ...rest, rel: 'noopener noreferrer' } : { href: href.trim(), ...rest } };
    },
    // Images only from this site's paths or http(s): no relative tricks, no odd schemes.
    img: (tagName, attribs) => {
      const { src, ...rest } = attribs;
      return { tagName, attribs: src && safeImage.test(src.trim()) ? { src: src.trim(), ...rest } : rest };
    },
  },
  exclusiveFilter: (frame) => frame.tag === 'p' && !frame.text.replace(/[\s\u00a0]/g, '') && !frame.mediaChildren.length,
};
options.allowedAttributes = { ...options.allowedAttributes, a: ['href', 'title', 'rel'] };

export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, options).trim();
}
