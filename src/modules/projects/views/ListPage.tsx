// /du-an-keu-goi-dau-tu and /en/projects: the projects with a GET form (sector, zone, capital
// range in billions of đồng) whose address can be shared, download links for the same filtered
// list as CSV and XLSX, a table that stacks into cards on a phone, pages.
import { Layout } from '../../../core/html/Layout.tsx';
import { Pagination } from '../../../core/html/Pagination.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { fieldLabel, optionText, sectorOptions, statusOptions } from '../declaration.ts';
import { projectStrings } from '../i18n.ts';
import type { ProjectPage, ProjectRow, ZoneOption } from '../queries.ts';
import { paramNames, projectListUrl, projectPath, type ListParams } from '../urls.ts';

export function Capital({ row, lang }: { row: Pick<ProjectRow, 'capitalVnd' | 'capitalUsd'>; lang: 'vi' | 'en' }) {
  const s = projectStrings[lang];
  const parts = [row.capitalVnd !== undefined ? s.billions(row.capitalVnd) : undefined, row.capitalUsd !== undefined ? s.usd(row.capitalUsd) : undefined].filter(Boolean);
  return <>{parts.join(' · ')}</>;
}

export function ListPage({ env, result, params, zones }: { env: PageEnv; result: ProjectPage; params: ListParams; zones: ZoneOption[] }) {
  const { t, lang } = env;
  const s = projectStrings[lang];
  const names = paramNames[lang];
  const filtered = Boolean(params.sector || params.zone || params.min || params.max);
  const href = (page: number) => projectListUrl(lang, { ...params, page });
  const zoneName = new Map(zones.map((z) => [z.id, z.title]));
  const title = result.page > 1 ? `${s.title} – ${t.pageN(result.page)}` : s.title;
  return (
    <Layout env={env} title={title} description={s.intro} canonical={href(result.page)} breadcrumb={[{ label: s.title }]}>
      <div class="container projects">
        <h1 class="page-title">{s.title}</h1>
        <p class="projects__intro">{s.intro}</p>
        {s.contentInVietnamese && <p class="projects__note">{s.contentInVietnamese}</p>}
        <form method="get" action={projectListUrl(lang)} class="project-filters" aria-labelledby="project-filters-title">
          <h2 id="project-filters-title" class="visually-hidden">
            {s.filters}
          </h2>
          <div class="project-filters__field">
            <label for="pj-sector">{fieldLabel('sector', lang)}</label>
            <select id="pj-sector" name={names.sector}>
              <option value="">{s.allSectors}</option>
              {sectorOptions.map((o) => (
                <option value={o.value} selected={o.value === params.sector}>
                  {o.label[lang]}
                </option>
              ))}
            </select>
          </div>
          {zones.length > 0 && (
            <div class="project-filters__field">
              <label for="pj-zone">{fieldLabel('zone', lang)}</label>
              <select id="pj-zone" name={names.zone}>
                <option value="">{s.allZones}</option>
                {zones.map((z) => (
                  <option value={z.slug} selected={z.slug === params.zone}>
                    {z.title}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div class="project-filters__field">
            <label for="pj-min">{s.capitalMin}</label>
            <input id="pj-min" type="text" inputMode="decimal" name={names.min} value={params.min ?? ''} maxLength={20} autoComplete="off" aria-describedby="pj-capital-hint" />
          </div>
          <div class="project-filters__field">
            <label for="pj-max">{s.capitalMax}</label>
            <input id="pj-max" type="text" inputMode="decimal" name={names.max} value={params.max ?? ''} maxLength={20} autoComplete="off" aria-describedby="pj-capital-hint" />
          </div>
          <p id="pj-capital-hint" class="project-filters__hint">
            {s.capitalHint}
          </p>
          <div class="project-filters__actions">
            <button type="submit" class="button">
              {s.apply}
            </button>
            {filtered && <a href={projectListUrl(lang)}>{s.clear}</a>}
          </div>
        </form>
        <div class="projects__bar">
          <p class="projects__count" role="status">
            {s.count(result.total)}
            {result.pageCount > 1 && ` · ${t.pageOf(result.page, result.pageCount)}`}
          </p>
          {result.total > 0 && (
            <p class="projects__export">
              <span>{s.exportLabel}</span>{' '}
              <a href={projectListUrl(lang, params, 'csv')} download class="projects__export-link">
                {s.exportCsv}
              </a>{' '}
              <a href={projectListUrl(lang, params, 'xlsx')} download class="projects__export-link">
                {s.exportXlsx}
              </a>
            </p>
          )}
        </div>
        {result.items.length === 0 ? (
          <p>{s.none}</p>
        ) : (
          <table class="project-table">
            <caption class="visually-hidden">{s.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{s.name}</th>
                <th scope="col">{fieldLabel('sector', lang)}</th>
                <th scope="col">{fieldLabel('location', lang)}</th>
                <th scope="col">{fieldLabel('area', lang)}</th>
                <th scope="col">{s.capital}</th>
                <th scope="col">{fieldLabel('status', lang)}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((row) => {
                const zone = row.zoneId !== undefined ? zoneName.get(row.zoneId) : undefined;
                return (
                  <tr>
                    <th scope="row" class="project-table__name">
                      <a href={projectPath(row.slug, lang)}>{row.title}</a>
                    </th>
                    <td data-label={fieldLabel('sector', lang)}>{optionText(sectorOptions, row.sector, lang)}</td>
                    <td data-label={fieldLabel('location', lang)}>
                      {row.location}
                      {zone && <span class="project-table__zone">{zone}</span>}
                    </td>
                    <td data-label={fieldLabel('area', lang)} class="project-table__number">
                      {row.area !== undefined ? s.hectares(row.area) : ''}
                    </td>
                    <td data-label={s.capital} class="project-table__number">
                      <Capital row={row} lang={lang} />
                    </td>
                    <td data-label={fieldLabel('status', lang)}>
                      <span class={`project-status project-status--${row.status}`}>{optionText(statusOptions, row.status, lang)}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <Pagination env={env} page={result.page} pageCount={result.pageCount} href={href} />
      </div>
    </Layout>
  );
}
