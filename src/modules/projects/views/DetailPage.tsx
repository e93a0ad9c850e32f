// /du-an-keu-goi-dau-tu/<slug> (and /en/projects/<slug> with English labels; the project's own
// text stays as typed): the facts as a labelled list, scale and incentives, the body, the
// project's documents to download, and whom an interested investor contacts.
import { formatFileSize as formatSize } from '../../../core/media/file-labels.ts';
import type { ComponentChildren } from 'preact';
import { Layout } from '../../../core/html/Layout.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import type { Attachment } from '../../../core/media/attachments.ts';
import { responsiveHtml, type ResponsiveImage } from '../../../core/media/responsive.ts';
import { formatDate } from '../../../core/text/datetime.ts';
import { fieldLabel, formOptions, optionText, sectorOptions, statusOptions } from '../declaration.ts';
import { projectStrings } from '../i18n.ts';
import type { ProjectItem, ZoneOption } from '../queries.ts';
import { projectListUrl, projectPath } from '../urls.ts';
import { Capital } from './ListPage.tsx';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);


/** Plain text kept as typed: a paragraph per line. */
function Lines({ value }: { value: string }) {
  return (
    <>
      {value
        .split(/\n+/)
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => (
          <p>{line}</p>
        ))}
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="project-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="project-section__title">
        {title}
      </h2>
      <div class="project-section__body">{children}</div>
    </section>
  );
}

export interface DetailPageProps {
  env: PageEnv;
  item: ProjectItem;
  /** the project's zone, when it has one that is published */
  zone: ZoneOption | undefined;
  files: Attachment[];
  images: ReadonlyMap<string, ResponsiveImage>;
}

export function DetailPage({ env, item, zone, files, images }: DetailPageProps) {
  const { lang } = env;
  const s = projectStrings[lang];
  const f = item.fields;
  const facts: [string, string, ComponentChildren][] = [];
  const add = (name: string, value: ComponentChildren | undefined) => {
    if (value !== undefined && value !== '') facts.push([name, fieldLabel(name, lang), value]);
  };
  const sector = text(f.sector);
  add('sector', sector && <a href={projectListUrl(lang, { sector })}>{optionText(sectorOptions, sector, lang)}</a>);
  add('zone', zone && (zone.url ? <a href={zone.url}>{zone.title}</a> : zone.title));
  add('location', text(f.location));
  add('area', num(f.area) !== undefined ? s.hectares(num(f.area)!) : undefined);
  add('capitalVnd', num(f.capitalVnd) !== undefined ? <Capital row={{ capitalVnd: num(f.capitalVnd), capitalUsd: undefined }} lang={lang} /> : undefined);
  add('capitalUsd', num(f.capitalUsd) !== undefined ? s.usd(num(f.capitalUsd)!) : undefined);
  add('investmentForm', text(f.investmentForm) && optionText(formOptions, f.investmentForm, lang));
  add('status', text(f.status) && <span class={`project-status project-status--${text(f.status)}`}>{optionText(statusOptions, f.status, lang)}</span>);
  const contact = text(f.contact);
  return (
    <Layout env={env} title={item.title} description={item.summary || undefined} canonical={projectPath(item.slug, lang)} breadcrumb={[{ label: s.title, href: projectListUrl(lang) }, { label: item.title }]}>
      <div class="container project-page">
        <article class="project">
          <h1 class="article__title">{item.title}</h1>
          <p class="article-time">
            <time datetime={item.updatedAt.slice(0, 10)}>{formatDate(item.updatedAt)}</time>
            {item.isDemo && <span class="badge">{s.demoNotice}</span>}
          </p>
          {item.withdrawnReason !== null && (
            <div class="notice notice--warning" role="note">
              <strong>{s.withdrawnNotice}</strong> {item.withdrawnReason}
            </div>
          )}
          {item.summary && <p class="article__summary">{item.summary}</p>}
          <h2 class="visually-hidden">{s.facts}</h2>
          <dl class="project-facts">
            {facts.map(([name, label, value]) => (
              <div class={`project-facts__row project-facts__row--${name}`}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {text(f.scale) && (
            <Section id="quy-mo" title={fieldLabel('scale', lang)}>
              <Lines value={text(f.scale)} />
            </Section>
          )}
          {text(f.incentives) && (
            <Section id="uu-dai" title={fieldLabel('incentives', lang)}>
              <Lines value={text(f.incentives)} />
            </Section>
          )}
          {item.body && <div class="article-body" dangerouslySetInnerHTML={{ __html: responsiveHtml(item.body, images) }} />}
          <Section id="tai-lieu" title={fieldLabel('files', lang)}>
            {files.length === 0 ? (
              <p>{s.noFiles}</p>
            ) : (
              <ul class="project-files">
                {files.map((file) => (
                  <li>
                    <a href={file.url} download={file.name}>
                      {file.name}
                    </a>{' '}
                    <span class="project-files__size">({formatSize(file.size, lang)})</span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          {contact && (
            <Section id="lien-he" title={fieldLabel('contact', lang)}>
              <p class="project-contact">
                <span class="project-contact__lead">{s.inquiry}:</span> {contact}
              </p>
            </Section>
          )}
        </article>
      </div>
    </Layout>
  );
}
