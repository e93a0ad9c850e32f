// Search over everything published: the page /tim-kiem (and /en/search), the JSON API, type-ahead
// suggestions and the OpenSearch description. Any query is plain words: odd or hostile input
// never reaches the database as syntax (see core/search), and never causes a 500.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import type { Language } from '../db/schema.ts';
import { AppError, parsePageNumber } from '../errors.ts';
import { queryOf } from '../http/query-schema.ts';
import { Layout } from '../html/Layout.tsx';
import { Pagination } from '../html/Pagination.tsx';
import type { PageEnv } from '../html/page-env.ts';
import { pageEnv, sendPage } from '../http/page.ts';
import { pick } from '../i18n/index.ts';
import { didYouMean, popularSearches, recordSearch, search, suggest, type SearchResult } from '../search/index.ts';
import { formatDatetimeAttr, formatStamp, parseLocalInput } from '../text/datetime.ts';

const pageSize = 10;

/** "2024-05-31" → the start of that day in Vietnam (or the end, for "to"); undefined when absent. */
export function parseDay(raw: string | undefined, end = false): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? parseLocalInput(raw) : undefined;
  if (!day) throw new AppError('BAD_QUERY', 'dates must be YYYY-MM-DD');
  return new Date(day.getTime() + (end ? 86400_000 - 1 : 0)).toISOString();
}

function cleanQuery(raw: unknown): string {
  if (raw === undefined) return '';
  if (typeof raw !== 'string') throw new AppError('BAD_QUERY', 'q must be given once');
  // NUL and other control characters are never words; longer queries are cut, not refused.
  // eslint-disable-next-line no-control-regex
  return raw.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 200);
}

function SearchPage({ env, q, from, to, result, correction, popular, base, error }: { env: PageEnv; q: string; from: string; to: string; result?: SearchResult; correction?: string | null; popular: string[]; base: string; error?: string }) {
  const { t } = env;
  const href = (params: Record<string, string>) => `${base}?${new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString()}`;
  const pageParam = env.lang === 'en' ? 'page' : 'trang';
  const pageCount = result ? Math.max(1, Math.ceil(result.total / pageSize)) : 1;
  return (
    <Layout env={env} title={q ? `${t.search}: ${q}` : t.search} breadcrumb={[{ label: t.search }]}>
      <div class="container search-page">
        <h1 class="page-title">{t.search}</h1>
        <form method="get" action={base} class="search-form" role="search">
          <div class="field">
            <label for="q">{t.searchLabel}</label>
            <input id="q" type="search" name="q" value={q} maxLength={200} placeholder={t.searchPlaceholder} />
          </div>
          <div class="field">
            <label for="from">{t.searchFrom}</label>
            <input id="from" type="date" name={env.lang === 'en' ? 'from' : 'tu'} value={from} />
          </div>
          <div class="field">
            <label for="to">{t.searchTo}</label>
            <input id="to" type="date" name={env.lang === 'en' ? 'to' : 'den'} value={to} />
          </div>
          <button type="submit" class="button">
            {t.search}
          </button>
        </form>
        {error && (
          <p class="notice notice--warning" role="alert">
            {error}
          </p>
        )}
        {!q && !error && (
          <p>
            {t.searchEmpty} {t.searchTip}
          </p>
        )}
        {result && result.total > 0 && (
          <>
            <p class="search-count" role="status">
              {result.totalIsCapped ? t.searchResultsCapped(q, result.total) : t.searchResultsFor(q, result.total)}
            </p>
            {result.items.map((hit) => (
              <article class="search-hit">
                <h2>
                  <a href={hit.url} dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
                </h2>
                <p class="search-hit__meta">
                  <time datetime={formatDatetimeAttr(hit.publishedAt)}>({formatStamp(hit.publishedAt)})</time>
                </p>
                <p dangerouslySetInnerHTML={{ __html: hit.snippet }} />
              </article>
            ))}
            <Pagination env={env} page={result.page} pageCount={pageCount} href={(n) => href({ q, [env.lang === 'en' ? 'from' : 'tu']: from, [env.lang === 'en' ? 'to' : 'den']: to, [pageParam]: n > 1 ? String(n) : '' })} />
          </>
        )}
        {result && result.total === 0 && (
          <>
            <p role="status">{t.searchNoResults(q)}</p>
            {correction && (
              <p>
                {t.searchDidYouMean}: <a href={href({ q: correction })}>{correction}</a>?
              </p>
            )}
            <p>{t.searchTip}</p>
          </>
        )}
        {(!result || result.total === 0) && popular.length > 0 && (
          <section aria-labelledby="popular-title">
            <h2 id="popular-title" class="section-title">
              {t.searchPopular}
            </h2>
            <ul class="popular-searches">
              {popular.map((p) => (
                <li>
                  <a href={href({ q: p })}>{p}</a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </Layout>
  );
}

type PageQuery = Record<string, string | string[] | undefined>;

export function registerSearch(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;
  const dialect = ctx.db.dialect;

  const page = (language: Language, base: string, names: { from: string; to: string; page: string }) => async (request: FastifyRequest<{ Querystring: PageQuery }>, reply: import('fastify').FastifyReply) => {
    const env = await pageEnv(ctx, request, language);
    const q = cleanQuery(request.query.q);
    const pageNumber = parsePageNumber(request.query[names.page]);
    const from = typeof request.query[names.from] === 'string' ? (request.query[names.from] as string) : '';
    const to = typeof request.query[names.to] === 'string' ? (request.query[names.to] as string) : '';
    const popular = await popularSearches(db, 8);
    let range: { from?: string | undefined; to?: string | undefined };
    try {
      range = { from: parseDay(from), to: parseDay(to, true) };
    } catch {
      return sendPage(reply, <SearchPage env={env} q={q} from={from} to={to} popular={popular} base={base} error={env.t.searchBadDate} />, 400);
    }
    if (!q) return sendPage(reply, <SearchPage env={env} q="" from={from} to={to} popular={popular} base={base} />);
    const result = await search(db, dialect, { q, ...range, page: pageNumber, pageSize });
    if (result.total > 0 && pageNumber > Math.ceil(result.total / pageSize)) throw new AppError('NOT_FOUND');
    // Counted before answering (one small upsert): a reader's next page sees it. Popular searches
    // are a nicety: a failure to record one is logged, never shown.
    await recordSearch(db, q, result).catch((error: unknown) => request.log.warn({ err: error }, 'search not recorded'));
    const correction = result.total === 0 ? await didYouMean(db, dialect, q) : null;
    return sendPage(reply, <SearchPage env={env} q={q} from={from} to={to} result={result} correction={correction} popular={popular} base={base} />);
  };

  app.get('/tim-kiem', queryOf(['q', 'tu', 'den', 'trang']), page('vi', '/tim-kiem', { from: 'tu', to: 'den', page: 'trang' }));
  app.get('/en/search', queryOf(['q', 'from', 'to', 'page']), page('en', '/en/search', { from: 'from', to: 'to', page: 'page' }));

  app.get<{ Querystring: PageQuery }>('/api/v1/search', queryOf(['q', 'type', 'from', 'to', 'page', 'language'], { strict: true }), async (request) => {
    const q = cleanQuery(request.query.q);
    if (!q) throw new AppError('BAD_QUERY', 'q is required');
    const type = request.query.type;
    if (type !== undefined && (typeof type !== 'string' || !/^[a-z][a-z0-9-]{0,30}$/.test(type))) throw new AppError('BAD_QUERY', 'type must be a content type such as news');
    const language = request.query.language;
    if (language !== undefined && language !== 'vi' && language !== 'en') throw new AppError('BAD_QUERY', 'language must be vi or en');
    const from = parseDay(request.query.from as string | undefined);
    const to = parseDay(request.query.to as string | undefined, true);
    const result = await search(db, dialect, { q, type, language, from, to, page: parsePageNumber(request.query.page), pageSize: 20 });
    await recordSearch(db, q, result).catch((error: unknown) => request.log.warn({ err: error }, 'search not recorded'));
    return {
      items: result.items.map((h) => ({ type: h.type, title: h.title, url: ctx.config.baseUrl + h.url, snippet: h.snippet, publishedAt: h.publishedAt })),
      total: result.total,
      page: result.page,
    };
  });

  app.get<{ Querystring: PageQuery }>('/api/v1/search/suggest', queryOf(['q'], { strict: true }), async (request, reply) => {
    const q = cleanQuery(request.query.q);
    const items = q ? await suggest(db, dialect, q, 8) : [];
    reply.header('Cache-Control', 'public, max-age=60');
    return { items: items.map((s) => ({ title: s.title, url: ctx.config.baseUrl + s.url })) };
  });

  app.get('/opensearch.xml', async (_request, reply) => {
    const settings = await ctx.settings.get();
    const name = pick(settings.agencyName, 'vi');
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escape(name.slice(0, 16))}</ShortName>
  <Description>${escape(pick(settings.portalName, 'vi'))}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>vi</Language>
  <Image type="image/svg+xml">${escape(ctx.config.baseUrl + settings.logo.src)}</Image>
  <Url type="text/html" method="get" template="${escape(ctx.config.baseUrl)}/tim-kiem?q={searchTerms}"/>
</OpenSearchDescription>
`;
    return reply.type('application/opensearchdescription+xml; charset=utf-8').header('Cache-Control', 'public, max-age=3600').send(xml);
  });
}
