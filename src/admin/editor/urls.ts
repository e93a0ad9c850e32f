// Which addresses the editor accepts: the same rules as the server's sanitiser (sanitize-html:
// http, https, mailto, tel; images http(s) only; no protocol-relative "//host" addresses), plus
// relative paths. Anything else (javascript:, data:, vbscript:, file:…) is refused.

const schemeRe = /^([a-z][a-z0-9+.-]*):/i;

/** The scheme a browser would see: it ignores ASCII whitespace and control characters. */
function schemeOf(url: string): string | null {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const m = schemeRe.exec(compact);
  return m ? m[1]!.toLowerCase() : null;
}

function isRelative(url: string): boolean {
  if (url.startsWith('//') || url.startsWith('\\')) return false;
  return schemeOf(url) === null;
}

/**
 * The address to store for a link typed by a person, or null when it is not acceptable.
 * "www.example.vn/x" (a host name without a scheme) becomes "https://www.example.vn/x".
 */
export function normalizeLinkUrl(input: string): string | null {
  const url = input.trim();
  if (!url) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(url)) return null;
  const scheme = schemeOf(url);
  if (scheme === 'http' || scheme === 'https') return /^https?:\/\/[^/?#\s]+/i.test(url) ? url : null;
  if (scheme === 'mailto' || scheme === 'tel') return url.length > scheme.length + 1 ? url : null;
  if (scheme !== null) {
    // javascript:, data:, file:… — and "example.vn:8080/x", which reads as a scheme too
    return null;
  }
  if (/^[\w-]+(\.[\w-]+)+(:\d+)?([/?#]|$)/.test(url) && !url.startsWith('.')) return 'https://' + url;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(url)) return 'mailto:' + url;
  return isRelative(url) && !/\s/.test(url) ? url : null;
}

/** Whether an existing link address (in pasted or stored HTML) may stay a link. */
export function isAllowedLinkUrl(url: string): boolean {
  const scheme = schemeOf(url.trim());
  if (scheme === null) return isRelative(url.trim());
  return scheme === 'http' || scheme === 'https' || scheme === 'mailto' || scheme === 'tel';
}

/** The address to store for an image, or null: http(s) or a relative path only. */
export function normalizeImageUrl(input: string): string | null {
  const url = input.trim();
  if (!url || /\s/.test(url)) return null;
  const scheme = schemeOf(url);
  if (scheme === 'http' || scheme === 'https') return /^https?:\/\/[^/?#\s]+/i.test(url) ? url : null;
  return scheme === null && isRelative(url) ? url : null;
}
