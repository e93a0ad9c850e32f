// /khu-kinh-te and /en/zones: the zones as cards (kind, location, area, occupancy, developer), a
// GET filter by kind whose address can be shared, and the way to the comparison.
import { Layout } from '../../../core/html/Layout.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { kindOptions } from '../declaration.ts';
import { areaText, fieldLabel, kindText, num, text, viOn, zoneName } from '../format.ts';
import { zoneStrings } from '../i18n.ts';
import type { Zone } from '../queries.ts';
import { compareUrl, paramNames, zoneListUrl, zoneUrl } from '../urls.ts';
import { Occupancy } from './parts.tsx';

export function ListPage({ env, zones, kind }: { env: PageEnv; zones: Zone[]; kind: string | undefined }) {
  const { lang } = env;
  const s = zoneStrings[lang];
  return (
    <Layout env={env} title={s.title} description={s.intro} canonical={zoneListUrl(lang, kind)} breadcrumb={[{ label: s.title }]}>
      <div class="container zones">
        <h1 class="page-title">{s.title}</h1>
        <p class="zones__intro">{s.intro}</p>
        {s.contentInVietnamese && <p class="zones__note">{s.contentInVietnamese}</p>}
        <div class="zones__tools">
          <form method="get" action={zoneListUrl(lang)} class="zone-filter">
            <label for="zone-kind">{s.filterLabel}</label>
            <select id="zone-kind" name={paramNames[lang].kind}>
              <option value="">{s.allKinds}</option>
              {kindOptions.map((o) => (
                <option value={o.value} selected={o.value === kind}>
                  {o.label[lang]}
                </option>
              ))}
            </select>
            <button type="submit" class="button">
              {s.apply}
            </button>
            {kind && <a href={zoneListUrl(lang)}>{s.clear}</a>}
          </form>
          <p class="zones__compare">
            <a class="button button--secondary" href={compareUrl(lang)}>
              {s.compareLink}
            </a>
          </p>
        </div>
        <p class="zones__count" role="status">
          {s.count(zones.length)}
        </p>
        {zones.length === 0 ? (
          <p>{s.none}</p>
        ) : (
          <ul class="zone-cards">
            {zones.map((zone) => {
              const name = zoneName(zone, lang);
              const occupancy = num(zone.fields.occupancy);
              return (
                <li class="zone-card">
                  <h2 class="zone-card__title">
                    <a href={zoneUrl(lang, zone.slug)} lang={name.lang === lang ? undefined : name.lang}>
                      {name.name}
                    </a>
                  </h2>
                  <dl class="zone-card__facts">
                    <dt>{fieldLabel('kind', lang)}</dt>
                    <dd class="zone-card__kind">{kindText(zone, lang)}</dd>
                    <dt>{fieldLabel('location', lang)}</dt>
                    <dd lang={viOn(lang)}>{text(zone.fields.location)}</dd>
                    <dt>{fieldLabel('totalArea', lang)}</dt>
                    <dd class="zone-card__area">{areaText(lang, num(zone.fields.totalArea))}</dd>
                    {occupancy !== undefined && (
                      <>
                        <dt>{fieldLabel('occupancy', lang)}</dt>
                        <dd class="zone-card__occupancy">
                          <Occupancy lang={lang} value={occupancy} />
                        </dd>
                      </>
                    )}
                    {text(zone.fields.developer) && (
                      <>
                        <dt>{fieldLabel('developer', lang)}</dt>
                        <dd class="zone-card__developer" lang={viOn(lang)}>
                          {text(zone.fields.developer)}
                        </dd>
                      </>
                    )}
                  </dl>
                  {zone.isDemo && <span class="badge">{s.demoNotice}</span>}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </Layout>
  );
}
