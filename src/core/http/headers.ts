// Response headers beyond helmet's: a deny-all Permissions-Policy, cross-origin reads of the public
// JSON API, no source maps under /static, and the monitoring script's origin when one is set.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errors } from '../errors.ts';
import { emcOrigin, type SettingsStore } from '../settings.ts';

/**
 * No page of the portal uses any of these powerful features, so none is allowed to the page or to
 * anything it might embed. Only features Chromium recognises are listed: an unknown one (e.g. the
 * withdrawn FLoC `interest-cohort`) makes it log a console error on every page; `browsing-topics`
 * is the Topics API that replaced FLoC.
 */
export const permissionsPolicy = [
  'accelerometer',
  'autoplay',
  'bluetooth',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'sync-xhr',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** `/api/v1/...` except the back office's `/api/v1/admin/...` (and the path without a query string). */
export function isPublicApiPath(url: string): boolean {
  const pathname = url.split('?')[0]!;
  return pathname.startsWith('/api/v1/') && !/^\/api\/v1\/admin(?:\/|$)/.test(pathname);
}

const corsHeaders = { 'access-control-allow-origin': '*' };
const preflightHeaders = {
  ...corsHeaders,
  'access-control-allow-methods': 'GET, HEAD',
  // CORS-safelisted headers need no listing; no Authorization: tokens are for the back office
  'access-control-allow-headers': 'Accept, Accept-Language, Content-Language',
  'access-control-max-age': '86400',
};

function isPreflight(request: FastifyRequest): boolean {
  return request.method === 'OPTIONS' && typeof request.headers['access-control-request-method'] === 'string';
}

/** Hooks: add before the routes. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('permissions-policy', permissionsPolicy);
    // Anyone's page may read the public API (it is public data), never with the reader's cookies:
    // `*` forbids credentials. The back office's API gets no CORS header at all.
    if ((request.method === 'GET' || request.method === 'HEAD') && isPublicApiPath(request.url)) reply.headers(corsHeaders);
    // Source maps stay on the build machine: public/build/*.map is never served.
    if (/^\/static\/[^?]*\.map(?:\?|$)/i.test(request.url)) {
      void reply.code(404).type('text/plain; charset=utf-8').send(`404 ${errors.NOT_FOUND.vi} / ${errors.NOT_FOUND.en}`);
      return;
    }
    done();
  });
}

/** Preflight for the public API: GET and HEAD only, from any origin, without credentials. */
export function registerPublicApiPreflight(app: FastifyInstance): void {
  app.options('/api/v1/*', async (request, reply) => {
    if (!isPublicApiPath(request.url) || !isPreflight(request)) {
      return reply.code(404).send({ error: { code: 'NOT_FOUND', message: errors.NOT_FOUND.en, messageVi: errors.NOT_FOUND.vi } });
    }
    const wanted = String(request.headers['access-control-request-method']).toUpperCase();
    if (wanted !== 'GET' && wanted !== 'HEAD') return reply.code(204).headers({ ...corsHeaders, 'access-control-allow-methods': 'GET, HEAD' }).send();
    return reply.code(204).headers(preflightHeaders).send();
  });
}

/** Adds `origin` to the script, connection and image sources of a CSP header value. */
export function allowOriginInPolicy(policy: string, origin: string): string {
  return policy
    .split(';')
    .map((part) => {
      const directive = part.trim();
      return /^(script-src|connect-src|img-src)\s/.test(directive) ? `${directive} ${origin}` : directive;
    })
    .filter(Boolean)
    .join(';');
}

/**
 * The national monitoring system's script (EMC, Circular 22/2023), when an administrator set its
 * address: public pages load it (core/html/Layout.tsx), so their CSP allows exactly its origin.
 * The back office, the APIs and files keep the strict policy.
 */
export function registerMonitoringPolicy(app: FastifyInstance, settings: SettingsStore): void {
  app.addHook('onSend', async (request, reply) => {
    if (!String(reply.getHeader('content-type') ?? '').startsWith('text/html') || /^\/(admin|api)(\/|$)/.test(request.url)) return;
    const policy = reply.getHeader('content-security-policy');
    if (typeof policy !== 'string') return;
    const origin = emcOrigin((await settings.get()).emcScriptUrl);
    if (origin) reply.header('content-security-policy', allowOriginInPolicy(policy, origin));
  });
}
