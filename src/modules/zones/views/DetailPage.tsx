// /khu-kinh-te/<slug> and /en/zones/<slug>: every fact of a zone in labelled sections — overview
// (dl), phases and distances (tables), infrastructure, target industries, land-lease price,
// master-plan files and contact. Coordinates are text with a plain link to OpenStreetMap.
import { formatFileSize as formatSize } from '../../../core/media/file-labels.ts';
import type { ComponentChildren } from 'preact';
import type { RowValue } from '../../../core/content-types/declaration.ts';
import { Layout } from '../../../core/html/Layout.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { responsiveHtml, type ResponsiveImage } from '../../../core/media/responsive.ts';
import { formatDate } from '../../../core/text/datetime.ts';
import { infrastructureOptions, optionText, phaseStatusOptions } from '../declaration.ts';
import { areaText, cellText, columnLabel, coordinatesOf, coordinatesText, dayText, fieldLabel, kindText, num, priceText, text, viOn, zoneName } from '../format.ts';
import { zoneStrings } from '../i18n.ts';
import type { Attachment, Zone } from '../queries.ts';
import { compareUrl, mapUrl, zoneListUrl, zoneUrl } from '../urls.ts';
import { Occupancy } from './parts.tsx';

const rows = (value: unknown): RowValue[] => (Array.isArray(value) ? (value as RowValue[]) : []);


function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="zone-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="zone-section__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Plain text kept as typed: a paragraph per line. */
function Lines({ value, lang }: { value: string; lang?: 'vi' | undefined }) {
  return (
    <div class="zone-text" lang={lang}>
      {value
        .split(/\n+/)
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l) => (
          <p>{l}</p>
        ))}
    </div>
  );
}

export function DetailPage({ env, zone, files, images }: { env: PageEnv; zone: Zone; files: Attachment[]; images: ReadonlyMap<string, ResponsiveImage> }) {
  const { lang } = env;
  const s = zoneStrings[lang];
  const f = zone.fields;
  const vi = viOn(lang);
  const name = zoneName(zone, lang);
  const summaryEn = text(f.summaryEn);
  const summary = lang === 'en' && summaryEn ? { text: summaryEn, lang: undefined } : zone.summary ? { text: zone.summary, lang: vi } : undefined;
  const coords = coordinatesOf(zone);
  const occupancy = num(f.occupancy);
  const phases = rows(f.phases);
  const infrastructure = rows(f.infrastructure);
  const distances = rows(f.distances);
  const price = priceText(lang, zone);
  const contact = [
    ['contactName', text(f.contactName)],
    ['contactPhone', text(f.contactPhone)],
    ['contactEmail', text(f.contactEmail)],
  ].filter(([, v]) => v);
  const sections: { id: string; title: string; body: ComponentChildren }[] = [];
  if (phases.length > 0) {
    sections.push({
      id: 'giai-doan',
      title: fieldLabel('phases', lang),
      body: (
        <div class="zone-table-box">
          <table class="zone-table">
            <caption class="visually-hidden">{s.phaseTableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{columnLabel('phases', 'name', lang)}</th>
                <th scope="col">{columnLabel('phases', 'area', lang)}</th>
                <th scope="col">{columnLabel('phases', 'status', lang)}</th>
              </tr>
            </thead>
            <tbody>
              {phases.map((p) => (
                <tr>
                  <th scope="row" lang={vi}>
                    {p.name}
                  </th>
                  <td class="zone-table__number">{cellText(lang, p.area, 'ha')}</td>
                  <td>{p.status ? optionText(phaseStatusOptions, p.status, lang) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ),
    });
  }
  if (infrastructure.length > 0) {
    sections.push({
      id: 'ha-tang',
      title: fieldLabel('infrastructure', lang),
      body: (
        <dl class="zone-facts">
          {infrastructure.map((r) => (
            <>
              <dt>{optionText(infrastructureOptions, r.item, lang)}</dt>
              <dd lang={vi}>{r.description}</dd>
            </>
          ))}
        </dl>
      ),
    });
  }
  if (text(f.targetIndustries)) sections.push({ id: 'nganh-nghe', title: fieldLabel('targetIndustries', lang), body: <Lines value={text(f.targetIndustries)} lang={vi} /> });
  if (distances.length > 0) {
    sections.push({
      id: 'khoang-cach',
      title: fieldLabel('distances', lang),
      body: (
        <div class="zone-table-box">
          <table class="zone-table">
            <caption class="visually-hidden">{s.distanceTableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{columnLabel('distances', 'to', lang)}</th>
                <th scope="col">{columnLabel('distances', 'km', lang)}</th>
              </tr>
            </thead>
            <tbody>
              {distances.map((d) => (
                <tr>
                  <th scope="row" lang={vi}>
                    {d.to}
                  </th>
                  <td class="zone-table__number">{cellText(lang, d.km, 'km')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ),
    });
  }
  if (price) {
    sections.push({
      id: 'gia-thue-dat',
      title: s.landPrice,
      body: (
        <dl class="zone-facts">
          <dt>{fieldLabel('landPrice', lang)}</dt>
          <dd class="zone-facts__price">{price}</dd>
          {text(f.landPriceDate) && (
            <>
              <dt>{fieldLabel('landPriceDate', lang)}</dt>
              <dd>{dayText(lang, text(f.landPriceDate))}</dd>
            </>
          )}
        </dl>
      ),
    });
  }
  if (files.length > 0) {
    sections.push({
      id: 'quy-hoach',
      title: fieldLabel('masterPlan', lang),
      body: (
        <ul class="zone-files">
          {files.map((file) => (
            <li>
              <a href={file.url} download={file.name}>
                {file.name}
              </a>{' '}
              <span class="zone-files__size">({formatSize(file.size, lang)})</span>
            </li>
          ))}
        </ul>
      ),
    });
  }
  if (contact.length > 0) {
    sections.push({
      id: 'lien-he',
      title: s.contact,
      body: (
        <dl class="zone-facts">
          {contact.map(([field, value]) => (
            <>
              <dt>{fieldLabel(field!, lang)}</dt>
              <dd lang={field === 'contactName' ? vi : undefined}>
                {field === 'contactPhone' ? <a href={`tel:${value!.replace(/[^\d+]/g, '')}`}>{value}</a> : field === 'contactEmail' ? <a href={`mailto:${value}`}>{value}</a> : value}
              </dd>
            </>
          ))}
        </dl>
      ),
    });
  }
  return (
    <Layout env={env} title={name.name} description={summary?.text} canonical={zoneUrl(lang, zone.slug)} breadcrumb={[{ label: s.title, href: zoneListUrl(lang) }, { label: name.name }]}>
      <div class="container zone-page">
        <article class="zone">
          <h1 class="article__title" lang={name.lang === lang ? undefined : name.lang}>
            {name.name}
          </h1>
          {lang === 'en' && name.lang === 'en' && (
            <p class="zone__original" lang="vi">
              {zone.title}
            </p>
          )}
          <p class="article-time">
            <time datetime={zone.updatedAt.slice(0, 10)}>{formatDate(zone.updatedAt)}</time>
            {zone.isDemo && <span class="badge">{s.demoNotice}</span>}
          </p>
          {zone.withdrawnReason !== null && (
            <div class="notice notice--warning" role="note">
              <strong>{s.withdrawnNotice}</strong> {zone.withdrawnReason}
            </div>
          )}
          {summary && (
            <p class="article__summary" lang={summary.lang}>
              {summary.text}
            </p>
          )}
          {lang === 'en' && !summaryEn && s.contentInVietnamese && <p class="zones__note">{s.contentInVietnamese}</p>}
          <section class="zone-section" id="tong-quan" aria-labelledby="tong-quan-title">
            <h2 id="tong-quan-title" class="zone-section__title">
              {s.overview}
            </h2>
            <dl class="zone-facts zone-facts--overview">
              <dt>{fieldLabel('kind', lang)}</dt>
              <dd>{kindText(zone, lang)}</dd>
              <dt>{fieldLabel('location', lang)}</dt>
              <dd lang={vi}>{text(f.location)}</dd>
              {coords && (
                <>
                  <dt>{fieldLabel('coordinates', lang)}</dt>
                  <dd class="zone-facts__coordinates">
                    {coordinatesText(lang, coords)}{' '}
                    <a class="zone-map-link" href={mapUrl(coords.lat, coords.lng)} rel="noopener external">
                      {s.viewOnMap}
                      <span class="visually-hidden"> {s.mapNote}</span>
                    </a>
                  </dd>
                </>
              )}
              <dt>{fieldLabel('totalArea', lang)}</dt>
              <dd class="zone-facts__area">{areaText(lang, num(f.totalArea))}</dd>
              {occupancy !== undefined && (
                <>
                  <dt>{fieldLabel('occupancy', lang)}</dt>
                  <dd class="zone-facts__occupancy">
                    <Occupancy lang={lang} value={occupancy} />
                  </dd>
                </>
              )}
              {text(f.developer) && (
                <>
                  <dt>{fieldLabel('developer', lang)}</dt>
                  <dd lang={vi}>{text(f.developer)}</dd>
                </>
              )}
            </dl>
          </section>
          {zone.body && <div class="article-body" lang={vi} dangerouslySetInnerHTML={{ __html: responsiveHtml(zone.body, images) }} />}
          {sections.map((section) => (
            <Section id={section.id} title={section.title}>
              {section.body}
            </Section>
          ))}
          <p class="zone-page__links">
            <a href={zoneListUrl(lang)}>{s.backToList}</a> · <a href={compareUrl(lang)}>{s.compareLink}</a>
          </p>
        </article>
      </div>
    </Layout>
  );
}
