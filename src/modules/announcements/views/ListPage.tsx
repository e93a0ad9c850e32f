// /thong-bao and /en/announcements: a GET filter form (type, year, status) whose address can be
// shared, the announcements open first and closed after (each closed one says so in words, not
// only in colour), and numbered pages keeping the filters.
import { Layout } from '../../../core/html/Layout.tsx';
import { Pagination } from '../../../core/html/Pagination.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import type { Language } from '../../../core/db/schema.ts';
import { optionLabel } from '../../../core/content-types/declaration.ts';
import { announcementDeclaration, kindOptions } from '../declaration.ts';
import { announcementStrings } from '../i18n.ts';
import type { AnnouncementItem, AnnouncementPage } from '../queries.ts';
import { announcementListUrl, announcementPath, paramNames, statusValues, type ListParams } from '../urls.ts';
import { Day, Stamp } from './format.tsx';

export const fieldLabel = (name: string, lang: Language) => announcementDeclaration.fields.find((f) => f.name === name)!.label[lang];

/** "Đã hết hạn" / "Còn hạn" as a word in a box: the state is read, never only seen in a colour. */
export function StatusBadge({ item, lang }: { item: AnnouncementItem; lang: Language }) {
  const s = announcementStrings[lang];
  if (item.closed) return <span class="board-badge board-badge--closed">{s.closed}</span>;
  if (item.closesAt) return <span class="board-badge board-badge--open">{s.open}</span>;
  return null;
}

function Item({ item, lang }: { item: AnnouncementItem; lang: Language }) {
  const kind = optionLabel(kindOptions, item.kind, lang) ?? item.kind;
  return (
    <li class={item.closed ? 'board-item board-item--closed' : 'board-item'}>
      <p class="board-item__tags">
        {kind && <span class="board-item__kind">{kind}</span>}
        <StatusBadge item={item} lang={lang} />
      </p>
      <h2 class="board-item__title">
        <a href={announcementPath(item.slug, lang)}>{item.title}</a>
      </h2>
      <dl class="board-item__meta">
        {item.number && (
          <div>
            <dt>{fieldLabel('number', lang)}</dt>
            <dd class="board-item__number">{item.number}</dd>
          </div>
        )}
        {item.issuer && (
          <div>
            <dt>{fieldLabel('issuer', lang)}</dt>
            <dd>{item.issuer}</dd>
          </div>
        )}
        {item.issuedOn && (
          <div>
            <dt>{fieldLabel('issuedOn', lang)}</dt>
            <dd>
              <Day day={item.issuedOn} />
            </dd>
          </div>
        )}
        {item.closesAt && (
          <div class="board-item__deadline">
            <dt>{fieldLabel('closesAt', lang)}</dt>
            <dd>
              <Stamp at={item.closesAt} />
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}

export function ListPage({ env, result, params, years }: { env: PageEnv; result: AnnouncementPage; params: ListParams; years: number[] }) {
  const { t, lang } = env;
  const s = announcementStrings[lang];
  const names = paramNames[lang];
  const filtered = Boolean(params.kind || params.year || params.status);
  const href = (page: number) => announcementListUrl(lang, { ...params, page });
  const title = result.page > 1 ? `${s.title} – ${t.pageN(result.page)}` : s.title;
  const yearOptions = params.year && !years.includes(params.year) ? [params.year, ...years] : years;
  return (
    <Layout env={env} title={title} description={s.intro} canonical={href(result.page)} breadcrumb={[{ label: s.title }]}>
      <div class="container board">
        <h1 class="page-title">{s.title}</h1>
        <p class="board__intro">{s.intro}</p>
        {s.contentInVietnamese && <p class="board__note">{s.contentInVietnamese}</p>}
        <form method="get" action={announcementListUrl(lang)} class="board-filters" role="search" aria-labelledby="board-filters-title">
          <h2 id="board-filters-title" class="visually-hidden">
            {s.filters}
          </h2>
          <div class="board-filters__field">
            <label for="ann-kind">{fieldLabel('kind', lang)}</label>
            <select id="ann-kind" name={names.kind}>
              <option value="">{s.all}</option>
              {kindOptions.map((o) => (
                <option value={o.value} selected={o.value === params.kind}>
                  {o.label[lang]}
                </option>
              ))}
            </select>
          </div>
          <div class="board-filters__field">
            <label for="ann-year">{s.year}</label>
            <select id="ann-year" name={names.year}>
              <option value="">{s.all}</option>
              {yearOptions.map((y) => (
                <option value={String(y)} selected={y === params.year}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <div class="board-filters__field">
            <label for="ann-status">{s.status}</label>
            <select id="ann-status" name={names.status}>
              <option value="">{s.all}</option>
              <option value={statusValues[lang].open} selected={params.status === 'open'}>
                {s.statusOpen}
              </option>
              <option value={statusValues[lang].closed} selected={params.status === 'closed'}>
                {s.statusClosed}
              </option>
            </select>
          </div>
          <div class="board-filters__actions">
            <button type="submit" class="button">
              {s.apply}
            </button>
            {filtered && <a href={announcementListUrl(lang)}>{s.clear}</a>}
          </div>
        </form>
        <p class="board__count" role="status">
          {s.count(result.total)}
          {result.pageCount > 1 && ` · ${t.pageOf(result.page, result.pageCount)}`}
        </p>
        {result.items.length === 0 ? (
          <p>{s.none}</p>
        ) : (
          <>
            <p class="board__order">{s.orderNote}</p>
            <ul class="board-list">
              {result.items.map((item) => (
                <Item item={item} lang={lang} />
              ))}
            </ul>
          </>
        )}
        <Pagination env={env} page={result.page} pageCount={result.pageCount} href={href} />
      </div>
    </Layout>
  );
}
