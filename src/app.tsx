// Builds the Fastify application: security headers, cookies, compression, static files, the
// core routes and every module's routes, and one error handler for pages and the API.
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import type { AppContext } from './core/context.ts';
import { errors, PortalError, type ErrorCode } from './core/errors.ts';
import { registerAuth } from './core/http/auth.ts';
import { appSecret } from './core/settings.ts';
import { ErrorPage } from './core/html/ErrorPage.tsx';
import { publicDir } from './core/http/assets.ts';
import { languageOfPath, pageEnv, sendPage } from './core/http/page.ts';
import { registerFontSize } from './core/routes/font-size.ts';
import { registerHealth } from './core/routes/health.ts';
import { registerHome } from './core/routes/home.tsx';
import { registerOpenApi } from './core/routes/openapi.ts';
import { registerContentApi } from './core/routes/content-api.ts';
import { registerSearch } from './core/routes/search.tsx';
import { registerPreview } from './core/routes/preview.tsx';
import { registerSiteMap } from './core/routes/sitemap.tsx';
import { registerAdmin } from './admin/index.ts';
import { requestLogSerializer } from './core/http/redact.ts';
import { fastifyServerOptions, registerServerLimits, serverLimits, type ServerLimits } from './core/http/limits.ts';
import { registerMonitoringPolicy, registerPublicApiPreflight, registerSecurityHeaders } from './core/http/headers.ts';
import { startMediaSweeper } from './core/media/sweep.ts';
import { stripControlsDeep } from './core/text/controls.ts';
import { isCountableView } from './core/stats/views.ts';

const isApi = (request: FastifyRequest) => request.url.startsWith('/api/');

export interface AppOptions {
  /** timeouts and the connection cap (defaults in core/http/limits.ts); tests shorten them */
  limits?: Partial<ServerLimits>;
}

export async function buildApp(ctx: AppContext, options: AppOptions = {}): Promise<FastifyInstance> {
  const limits = serverLimits(options.limits);
  const app = Fastify({
    // Slow or idle clients cannot hold sockets: header, body, idle and keep-alive limits.
    ...fastifyServerOptions(limits),
    // Request lines never show secrets of URLs (setup, reset and preview tokens): see http/redact.ts.
    logger: { level: ctx.config.nodeEnv === 'test' ? 'silent' : ctx.config.logLevel, serializers: { req: requestLogSerializer } },
    // Only the configured proxies' X-Forwarded-For is believed (default: loopback); anyone else's
    // header is ignored, so it cannot dodge throttling or forge the audit log's address.
    trustProxy: ctx.config.trustedProxies.length ? ctx.config.trustedProxies : false,
    routerOptions: { maxParamLength: 2048 },
    // Errors the router raises before any route runs (bad URL encoding, an overlong segment):
    // answered like ours, as a page in the site's style or an API error.
    frameworkErrors: (error, request, rawReply) => {
      const reply = rawReply as unknown as FastifyReply;
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
      if (isApi(request)) {
        void reply.code(status).send({ error: { code: 'BAD_QUERY', message: errors.BAD_QUERY.en, messageVi: errors.BAD_QUERY.vi } });
        return;
      }
      void pageEnv(ctx, request, languageOfPath(request.url)).then(
        (env) => sendPage(reply, <ErrorPage env={env} status={status} message={env.t.badRequest} />, status),
        () => reply.code(status).type('text/plain; charset=utf-8').send(`${status} ${errors.BAD_QUERY.vi} / ${errors.BAD_QUERY.en}`),
      );
    },
    bodyLimit: 4 * 1024 * 1024,
    // Strict bodies: an unknown field or a wrong type is a 400, never silently dropped or coerced.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false } },
  });

  const https = ctx.config.baseUrl.startsWith('https:');
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // CSP frame-ancestors 'none' forbids framing; X-Frame-Options says the same to old browsers
    frameguard: { action: 'deny' },
  });
  registerServerLimits(app, limits);
  registerSecurityHeaders(app);
  registerMonitoringPolicy(app, ctx.settings);
  await app.register(cookie);
  await app.register(compress, { threshold: 1024, encodings: ['br', 'gzip', 'deflate'], brotliOptions: { params: { 1: 4 } } });
  await app.register(fastifyStatic, {
    root: publicDir,
    prefix: '/static/',
    cacheControl: false,
    setHeaders(res) {
      res.header('Cache-Control', 'public, max-age=86400');
    },
  });
  // Fingerprinted URLs (?v=hash, see assetUrl) never change content: cache them for a year.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/static/') && /[?&]v=[0-9a-f]{10}\b/.test(request.url) && reply.statusCode === 200) {
      reply.header('Cache-Control', 'public, max-age=31536000, immutable');
    }
  });

  app.setNotFoundHandler(async (request, reply) => {
    if (isApi(request)) return reply.code(404).send({ error: { code: 'NOT_FOUND', message: errors.NOT_FOUND.en, messageVi: errors.NOT_FOUND.vi } });
    return sendPage(reply, <ErrorPage env={await pageEnv(ctx, request, languageOfPath(request.url))} status={404} />, 404);
  });

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const known = error instanceof PortalError ? error : undefined;
    const framework = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : undefined;
    const status = known?.status ?? framework ?? 500;
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    const fallback: ErrorCode = status >= 500 ? 'INTERNAL' : status === 413 ? 'TOO_LARGE' : status === 415 ? 'UNSUPPORTED_TYPE' : error.validation || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'BAD_BODY' : 'BAD_QUERY';
    const code = known?.code ?? fallback;
    const message = status >= 500 ? errors.INTERNAL.en : known ? known.messageIn('en') : `${errors[fallback].en} ${error.message}`;
    const messageVi = known ? known.messageIn('vi') : errors[fallback].vi;
    if (!isApi(request) && request.method === 'GET' && request.url.startsWith('/admin')) {
      if (status === 401) return reply.redirect(`/admin/login?ve=${encodeURIComponent(request.url)}`, 303);
      if (code === 'TOTP_REQUIRED') return reply.redirect('/admin/account', 303);
    }
    if (isApi(request)) {
      return reply.code(status).send({ error: { code, message, messageVi, ...(status >= 500 ? { reference: request.id } : {}) } });
    }
    try {
      const env = await pageEnv(ctx, request, languageOfPath(request.url));
      const text = known ? known.messageIn(env.lang) : env.lang === 'vi' ? messageVi : message;
      return sendPage(reply, <ErrorPage env={env} status={status} message={text} reference={status >= 500 ? request.id : undefined} />, status);
    } catch (renderError) {
      // The error page itself needs the database; when that is what failed, answer in plain text.
      request.log.error({ err: renderError }, 'error page failed');
      return reply.code(status).type('text/plain; charset=utf-8').send(`${status} ${errors.INTERNAL.vi} / ${errors.INTERNAL.en}`);
    }
  });

  ctx.views.onError = (error) => app.log.error({ err: error }, 'view counts not written yet');
  ctx.visitors.onError = (error) => app.log.error({ err: error }, 'visits not written yet');
  app.addHook('onClose', async () => {
    await ctx.views.close();
    await ctx.visitors.close();
  });
  // The visitor counter sees every public page a person reads (not the back office, the APIs,
  // files, previews or refusals).
  app.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode !== 200 || !String(reply.getHeader('content-type') ?? '').startsWith('text/html')) return;
    if (/^\/(admin|api|static|media|xem-truoc)(\/|$)/.test(request.url) || !isCountableView(request)) return;
    ctx.visitors.record(request.ip, String(request.headers['user-agent'] ?? ''));
  });
  // Files left in DATA_DIR/media by uploads cut short (kill -9) are removed at start and hourly.
  startMediaSweeper(app, ctx.db.kysely, ctx.config.dataDir);

  // NUL and other control characters (not tab or line breaks) are removed from every parsed body
  // and query before validation: they mean nothing in text, and PostgreSQL refuses NUL.
  app.addHook('preValidation', async (request) => {
    request.body = stripControlsDeep(request.body);
    request.query = stripControlsDeep(request.query);
  });

  // Routes come after the handlers above: Fastify routes keep the handlers set before them.
  registerAuth(app, ctx, await appSecret(ctx.db.kysely));
  registerHealth(app, ctx);
  registerFontSize(app);
  registerHome(app, ctx);
  registerPublicApiPreflight(app);
  registerSearch(app, ctx);
  registerPreview(app, ctx);
  registerSiteMap(app, ctx);
  for (const mod of ctx.modules) await mod.registerRoutes?.(app, ctx);
  // after the modules: a declared type's public API is served here unless its module serves the path
  registerOpenApi(app, registerContentApi(app, ctx));
  await registerAdmin(app, ctx);

  return app;
}
