// /dau-thau and /en/bidding: a GET filter form (type of notice, sector, year, status) whose address
// can be shared, the notices open first and closed after (each closed one says so in words, not
// only in colour), and numbered pages keeping the filters.
import type { SelectOption } from '../../../core/content-types/declaration.ts';
import { optionLabel } from '../../../core/content-types/declaration.ts';
import type { Language } from '../../../core/db/schema.ts';
import { Layout } from '../../../core/html/Layout.tsx';
import { Pagination } from '../../../core/html/Pagination.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { biddingDeclaration, methodOptions, noticeKindOptions, sectorOptions } from '../declaration.ts';
import { biddingStrings } from '../i18n.ts';
import type { BiddingItem, BiddingPage } from '../queries.ts';
import { biddingListUrl, biddingPath, paramNames, statusValues, type ListParams } from '../urls.ts';
import { Day, Stamp } from './format.tsx';

export const fieldLabel = (name: string, lang: Language) => biddingDeclaration.fields.find((f) => f.name === name)!.label[lang];

/** A select value's label, or the value itself when it is not in the list (older data). */
export const labelOf = (options: SelectOption[], value: string | undefined, lang: Language) => (value === undefined ? undefined : (optionLabel(options, value, lang) ?? value));

/** "Đã hết hạn" / "Còn hạn" as a word in a box: the state is read, never only seen in a colour. */
export function StatusBadge({ item, lang }: { item: BiddingItem; lang: Language }) {
  const s = biddingStrings[lang];
  if (item.closed) return <span class="board-badge board-badge--closed">{s.closed}</span>;
  if (item.closesAt) return <span class="board-badge board-badge--open">{s.open}</span>;
  return null;
}

function Meta({ label, children, class: className }: { label: string; children: preact.ComponentChildren; class?: string }) {
  return (
    <div class={className}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Item({ item, lang }: { item: BiddingItem; lang: Language }) {
  const s = biddingStrings[lang];
  const kind = labelOf(noticeKindOptions, item.noticeKind, lang);
  const sector = labelOf(sectorOptions, item.sector, lang);
  return (
    <li class={item.closed ? 'board-item board-item--closed' : 'board-item'}>
      <p class="board-item__tags">
        {kind && <span class="board-item__kind">{kind}</span>}
        {sector && <span class="board-item__sector">{sector}</span>}
        <StatusBadge item={item} lang={lang} />
      </p>
      <h2 class="board-item__title">
        <a href={biddingPath(item.slug, lang)}>{item.title}</a>
      </h2>
      <dl class="board-item__meta">
        {item.noticeNumber && (
          <Meta label={s.noticeNumberShort}>
            <span class="board-item__number">{item.noticeNumber}</span>
          </Meta>
        )}
        {item.procuringEntity && <Meta label={fieldLabel('procuringEntity', lang)}>{item.procuringEntity}</Meta>}
        {item.method && <Meta label={fieldLabel('method', lang)}>{labelOf(methodOptions, item.method, lang)}</Meta>}
        {item.packageValue !== undefined && <Meta label={fieldLabel('packageValue', lang)}>{s.money(item.packageValue)}</Meta>}
        {item.winner && <Meta label={fieldLabel('winner', lang)}>{item.winner}</Meta>}
        {item.issuedOn && (
          <Meta label={fieldLabel('issuedOn', lang)}>
            <Day day={item.issuedOn} />
          </Meta>
        )}
        {item.closesAt && (
          <Meta label={fieldLabel('closesAt', lang)} class="board-item__deadline">
            <Stamp at={item.closesAt} />
          </Meta>
        )}
      </dl>
    </li>
  );
}

function Select({ id, name, label, options, value, lang, all }: { id: string; name: string; label: string; options: SelectOption[]; value: string | undefined; lang: Language; all: string }) {
  return (
    <div class="board-filters__field">
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option value={o.value} selected={o.value === value}>
            {o.label[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ListPage({ env, result, params, years }: { env: PageEnv; result: BiddingPage; params: ListParams; years: number[] }) {
  const { t, lang } = env;
  const s = biddingStrings[lang];
  const names = paramNames[lang];
  const filtered = Boolean(params.kind || params.sector || params.year || params.status);
  const href = (page: number) => biddingListUrl(lang, { ...params, page });
  const title = result.page > 1 ? `${s.title} – ${t.pageN(result.page)}` : s.title;
  const yearList = params.year && !years.includes(params.year) ? [params.year, ...years] : years;
  const yearOptions = yearList.map((y) => ({ value: String(y), label: { vi: String(y), en: String(y) } }));
  const statusOptions = [
    { value: statusValues[lang].open, label: { vi: s.statusOpen, en: s.statusOpen } },
    { value: statusValues[lang].closed, label: { vi: s.statusClosed, en: s.statusClosed } },
  ];
  const common = { lang, all: s.all };
  return (
    <Layout env={env} title={title} description={s.intro} canonical={href(result.page)} breadcrumb={[{ label: s.title }]}>
      <div class="container board">
        <h1 class="page-title">{s.title}</h1>
        <p class="board__intro">{s.intro}</p>
        <p class="board__note">{s.nationalSystem}</p>
        {s.contentInVietnamese && <p class="board__note">{s.contentInVietnamese}</p>}
        <form method="get" action={biddingListUrl(lang)} class="board-filters" role="search" aria-labelledby="board-filters-title">
          <h2 id="board-filters-title" class="visually-hidden">
            {s.filters}
          </h2>
          <Select id="bid-kind" name={names.kind} label={fieldLabel('noticeKind', lang)} options={noticeKindOptions} value={params.kind} {...common} />
          <Select id="bid-sector" name={names.sector} label={fieldLabel('sector', lang)} options={sectorOptions} value={params.sector} {...common} />
          <Select id="bid-year" name={names.year} label={s.year} options={yearOptions} value={params.year ? String(params.year) : undefined} {...common} />
          <Select id="bid-status" name={names.status} label={s.status} options={statusOptions} value={params.status ? statusValues[lang][params.status] : undefined} {...common} />
          <div class="board-filters__actions">
            <button type="submit" class="button">
              {s.apply}
            </button>
            {filtered && <a href={biddingListUrl(lang)}>{s.clear}</a>}
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
