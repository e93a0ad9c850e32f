// /thu-tuc-hanh-chinh and /en/procedures: the procedures with a GET form (code or name words,
// field, level) whose address can be shared, a table that stacks into cards on a phone, pages.
import { Layout } from '../../../core/html/Layout.tsx';
import { Pagination } from '../../../core/html/Pagination.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { fieldOptions, levelOptions, optionText, procedureDeclaration } from '../declaration.ts';
import { procedureStrings } from '../i18n.ts';
import type { ProcedurePage } from '../queries.ts';
import { paramNames, procedureListUrl, type ListParams } from '../urls.ts';

const label = (name: string, lang: 'vi' | 'en') => procedureDeclaration.fields.find((f) => f.name === name)!.label[lang];

export function ListPage({ env, result, params }: { env: PageEnv; result: ProcedurePage; params: ListParams }) {
  const { t, lang } = env;
  const s = procedureStrings[lang];
  const names = paramNames[lang];
  const filtered = Boolean(params.q || params.field || params.level);
  const href = (page: number) => procedureListUrl(lang, { ...params, page });
  const heading = s.title;
  const title = result.page > 1 ? `${heading} – ${t.pageN(result.page)}` : heading;
  return (
    <Layout env={env} title={title} description={s.intro} canonical={href(result.page)} breadcrumb={[{ label: heading }]}>
      <div class="container procedures">
        <h1 class="page-title">{heading}</h1>
        <p class="procedures__intro">{s.intro}</p>
        {s.contentInVietnamese && <p class="procedures__note">{s.contentInVietnamese}</p>}
        <form method="get" action={procedureListUrl(lang)} class="procedure-filters" role="search" aria-labelledby="procedure-filters-title">
          <h2 id="procedure-filters-title" class="visually-hidden">
            {s.filters}
          </h2>
          <div class="procedure-filters__field procedure-filters__field--q">
            <label for="pq">{s.searchLabel}</label>
            <input id="pq" type="search" name={names.q} value={params.q ?? ''} maxLength={200} placeholder={s.searchHint} autoComplete="off" />
          </div>
          <div class="procedure-filters__field">
            <label for="pfield">{label('field', lang)}</label>
            <select id="pfield" name={names.field}>
              <option value="">{s.allFields}</option>
              {fieldOptions.map((o) => (
                <option value={o.value} selected={o.value === params.field}>
                  {o.label[lang]}
                </option>
              ))}
            </select>
          </div>
          <div class="procedure-filters__field">
            <label for="plevel">{label('level', lang)}</label>
            <select id="plevel" name={names.level}>
              <option value="">{s.allLevels}</option>
              {levelOptions.map((o) => (
                <option value={o.value} selected={o.value === params.level}>
                  {o.label[lang]}
                </option>
              ))}
            </select>
          </div>
          <div class="procedure-filters__actions">
            <button type="submit" class="button">
              {s.apply}
            </button>
            {filtered && <a href={procedureListUrl(lang)}>{s.clear}</a>}
          </div>
        </form>
        <p class="procedures__count" role="status">
          {s.count(result.total)}
          {result.pageCount > 1 && ` · ${t.pageOf(result.page, result.pageCount)}`}
        </p>
        {result.items.length === 0 ? (
          <p>{s.none}</p>
        ) : (
          <table class="procedure-table">
            <caption class="visually-hidden">{s.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{label('code', lang)}</th>
                <th scope="col">{s.name}</th>
                <th scope="col">{label('field', lang)}</th>
                <th scope="col">{label('level', lang)}</th>
                <th scope="col">{label('processingTime', lang)}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((item) => (
                <tr>
                  <td class="procedure-table__code" data-label={label('code', lang)}>
                    {item.code}
                  </td>
                  <th scope="row" class="procedure-table__name">
                    <a href={item.url}>{item.title}</a>
                  </th>
                  <td data-label={label('field', lang)}>{optionText(fieldOptions, item.field, lang)}</td>
                  <td data-label={label('level', lang)}>{optionText(levelOptions, item.level, lang)}</td>
                  <td data-label={label('processingTime', lang)}>{item.processingTime}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pagination env={env} page={result.page} pageCount={result.pageCount} href={href} />
      </div>
    </Layout>
  );
}
