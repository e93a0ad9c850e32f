// What the request log may show of a URL: secrets travel in some (the first-run setup link,
// password-reset links, preview links), and logs are read by more people than the database.
import type { FastifyRequest } from 'fastify';

/** Query parameters whose values are secrets (compared case-insensitively). */
const secretParams = new Set(['token', 't', 'reset', 'code', 'secret', 'password', 'key', 'sig', 'signature', 'otp', 'access_token', 'api_key']);
/** Path segments followed by a secret segment: /admin/password-reset/<token>, /xem-truoc/<token>. */
const secretAfter = new Set(['password-reset', 'reset', 'setup', 'xem-truoc', 'preview', 'token', 'tokens']);

export const redacted = '[REDACTED]';

/** The URL with the values of token-like query parameters and path segments replaced. */
export function redactUrl(url: string): string {
  const hashAt = url.indexOf('#');
  const withoutHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = withoutHash.indexOf('?');
  const pathPart = queryAt === -1 ? withoutHash : withoutHash.slice(0, queryAt);
  const query = queryAt === -1 ? undefined : withoutHash.slice(queryAt + 1);
  const segments = pathPart.split('/');
  const safePath = segments.map((segment, i) => (i > 0 && segment !== '' && secretAfter.has(safeDecode(segments[i - 1]!).toLowerCase()) ? redacted : segment)).join('/');
  if (query === undefined) return safePath;
  const safeQuery = query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq === -1 ? pair : pair.slice(0, eq);
      return eq !== -1 && secretParams.has(safeDecode(name.replace(/\+/g, ' ')).toLowerCase()) ? `${name}=${redacted}` : pair;
    })
    .join('&');
  return `${safePath}?${safeQuery}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Fastify's default `req` log serializer, with the URL redacted. */
export function requestLogSerializer(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
