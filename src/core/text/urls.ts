// What counts as an address the portal may send people to: a path on this site (never "//host"
// or "/\host", which browsers read as another site), or a web address. Neither may hold control
// characters (NUL, line breaks, DEL, C1). Addresses may hold any other character ("/tin-tuc/tin-tức"):
// locationOf() percent-encodes them for the Location header, which takes Latin-1 only.

// eslint-disable-next-line no-control-regex
const control = /[\u0000-\u001f\u007f-\u009f]/;

export function isLocalPath(raw: string): boolean {
  return raw.length <= 2000 && !control.test(raw) && /^\/(?![/\\])[^\s\\]*$/.test(raw);
}

export function isWebAddress(raw: string, httpsOnly = false): boolean {
  return raw.length <= 2000 && !control.test(raw) && (httpsOnly ? /^https:\/\/[^\s/]+(\/\S*)?$/ : /^https?:\/\/[^\s/]+(\/\S*)?$/).test(raw);
}

/**
 * The address as a header value: every character outside printable ASCII (non-Latin letters,
 * spaces, controls) percent-encoded as UTF-8, the rest kept as it is (existing %XX escapes, the
 * path's shape: nothing is normalised, so "/.//x" stays a path and never becomes "//x").
 */
export function locationOf(address: string): string {
  const wellFormed = address.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return wellFormed.replace(/[^\x21-\x7e]+/g, (run) => encodeURIComponent(run));
}
