// /khu-kinh-te/so-sanh?khu=<slug>&khu=<slug> and /en/zones/compare?zone=…: a GET form of
// checkboxes (works without JavaScript, the address can be shared) and, for 2 to 4 known zones,
// one table with a column per zone and a row per fact. A wrong choice shows the form again with
// the reason (the route answers 400).
import type { ComponentChildren } from 'preact';
import type { RowValue } from '../../../core/content-types/declaration.ts';
import { Layout } from '../../../core/html/Layout.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { areaText, cellText, dayText, fieldLabel, kindText, num, priceText, text, viOn, zoneName } from '../format.ts';
import { zoneStrings } from '../i18n.ts';
import type { Zone } from '../queries.ts';
import { compareUrl, paramNames, zoneListUrl, zoneUrl } from '../urls.ts';
import { Occupancy } from './parts.tsx';

export interface CompareProps {
  env: PageEnv;
  /** every published zone, for the checkboxes */
  zones: Zone[];
  /** the slugs asked for, as given (checked again in the form) */
  chosen: string[];
  /** the zones compared, in the order asked; empty when there is no result */
  compared: Zone[];
  /** why the choice was refused, in the page's language */
  problem?: string | undefined;
}

const rows = (value: unknown): RowValue[] => (Array.isArray(value) ? (value as RowValue[]) : []);

export function ComparePage({ env, zones, chosen, compared, problem }: CompareProps) {
  const { lang } = env;
  const s = zoneStrings[lang];
  const vi = viOn(lang);
  const names = compared.map((z) => zoneName(z, lang).name);
  const facts: { label: string; cell: (z: Zone) => ComponentChildren }[] = [
    { label: fieldLabel('kind', lang), cell: (z) => kindText(z, lang) },
    { label: fieldLabel('location', lang), cell: (z) => <span lang={vi}>{text(z.fields.location)}</span> },
    { label: fieldLabel('totalArea', lang), cell: (z) => areaText(lang, num(z.fields.totalArea)) },
    {
      label: fieldLabel('occupancy', lang),
      cell: (z) => {
        const o = num(z.fields.occupancy);
        return o === undefined ? s.notGiven : <Occupancy lang={lang} value={o} />;
      },
    },
    {
      label: s.landPrice,
      cell: (z) => {
        const price = priceText(lang, z);
        if (!price) return s.notGiven;
        const day = text(z.fields.landPriceDate);
        return (
          <>
            {price}
            {day && <span class="zone-compare__asof"> ({s.asOf(dayText(lang, day))})</span>}
          </>
        );
      },
    },
    { label: fieldLabel('developer', lang), cell: (z) => (text(z.fields.developer) ? <span lang={vi}>{text(z.fields.developer)}</span> : s.notGiven) },
    {
      label: fieldLabel('distances', lang),
      cell: (z) => {
        const list = rows(z.fields.distances);
        if (list.length === 0) return s.notGiven;
        return (
          <ul class="zone-compare__list">
            {list.map((d) => (
              <li>
                <span lang={vi}>{d.to}</span>: {cellText(lang, d.km, 'km')}
              </li>
            ))}
          </ul>
        );
      },
    },
    { label: fieldLabel('targetIndustries', lang), cell: (z) => (text(z.fields.targetIndustries) ? <span lang={vi} class="zone-compare__lines">{text(z.fields.targetIndustries)}</span> : s.notGiven) },
  ];
  const title = compared.length > 0 ? s.compareCaption(names) : s.compareTitle;
  const param = paramNames[lang].zone;
  return (
    <Layout env={env} title={title} description={s.compareIntro} canonical={compareUrl(lang, compared.map((z) => z.slug))} breadcrumb={[{ label: s.title, href: zoneListUrl(lang) }, { label: s.compareLink }]}>
      <div class="container zone-compare">
        <h1 class="page-title">{s.compareTitle}</h1>
        {problem && (
          <div class="notice notice--warning zone-compare__problem" role="alert" id="zone-compare-problem">
            {problem}
          </div>
        )}
        {compared.length > 0 && (
          <div class="zone-compare__scroll" role="region" aria-labelledby="zone-compare-caption" tabindex={0}>
            <table class="zone-compare__table">
              <caption id="zone-compare-caption">{s.compareCaption(names)}</caption>
              <thead>
                <tr>
                  <td class="zone-compare__corner">{s.compareFact}</td>
                  {compared.map((z) => {
                    const n = zoneName(z, lang);
                    return (
                      <th scope="col">
                        <a href={zoneUrl(lang, z.slug)} lang={n.lang === lang ? undefined : n.lang}>
                          {n.name}
                        </a>
                      </th>
                    );
                  })}
                </tr>
              </thead>
              <tbody>
                {facts.map((fact) => (
                  <tr>
                    <th scope="row">{fact.label}</th>
                    {compared.map((z) => (
                      <td>{fact.cell(z)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {compared.length === 0 && <p class="zone-compare__intro">{s.compareIntro}</p>}
        {zones.length < 2 ? (
          <p>{s.compareNoZones}</p>
        ) : (
          <form method="get" action={compareUrl(lang)} class="zone-compare__form" aria-describedby={problem ? 'zone-compare-problem' : undefined}>
            <fieldset>
              <legend>{compared.length > 0 ? s.compareAgain : s.compareLegend}</legend>
              <ul class="zone-compare__choices">
                {zones.map((z) => {
                  const n = zoneName(z, lang);
                  const id = `zone-choice-${z.slug}`;
                  return (
                    <li>
                      <input type="checkbox" id={id} name={param} value={z.slug} checked={chosen.includes(z.slug)} />{' '}
                      <label for={id}>
                        <span lang={n.lang === lang ? undefined : n.lang}>{n.name}</span> <span class="zone-compare__kind">({kindText(z, lang)})</span>
                      </label>
                    </li>
                  );
                })}
              </ul>
              <button type="submit" class="button">
                {s.compareSubmit}
              </button>
            </fieldset>
          </form>
        )}
      </div>
    </Layout>
  );
}
