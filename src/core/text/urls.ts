// What counts as an address the portal may send people to: a path on this site (never "//host"
// or "/\host", which browsers read as another site), or a web address.

export function isLocalPath(raw: string): boolean {
  return raw.length <= 2000 && /^\/(?![/\\])[^\s\\]*$/.test(raw);
}

export function isWebAddress(raw: string, httpsOnly = false): boolean {
  return raw.length <= 2000 && (httpsOnly ? /^https:\/\/[^\s/]+(\/\S*)?$/ : /^https?:\/\/[^\s/]+(\/\S*)?$/).test(raw);
}
