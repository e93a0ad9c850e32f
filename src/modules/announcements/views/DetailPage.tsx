// /thong-bao/<slug> (and /en/announcements/<slug> with English labels): the announcement's
// particulars as a definition list, a closed notice said in words, the body, and the attached
// files as download links with their type and size.
import { optionLabel } from '../../../core/content-types/declaration.ts';
import { Layout } from '../../../core/html/Layout.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import type { Attachment } from '../../../core/media/attachments.ts';
import { responsiveHtml, type ResponsiveImage } from '../../../core/media/responsive.ts';
import { formatStamp } from '../../../core/text/datetime.ts';
import { kindOptions } from '../declaration.ts';
import { announcementStrings } from '../i18n.ts';
import type { AnnouncementItem } from '../queries.ts';
import { announcementListUrl, announcementPath } from '../urls.ts';
import { Day, fileTypeLabel, formatSize, Stamp } from './format.tsx';
import { fieldLabel, StatusBadge } from './ListPage.tsx';

export interface DetailPageProps {
  env: PageEnv;
  item: AnnouncementItem;
  attachments: Attachment[];
  /** the body's library images (loadResponsiveImages) */
  images: ReadonlyMap<string, ResponsiveImage>;
}

export function DetailPage({ env, item, attachments, images }: DetailPageProps) {
  const { lang } = env;
  const s = announcementStrings[lang];
  const kind = optionLabel(kindOptions, item.kind, lang) ?? item.kind;
  const rows: [string, preact.ComponentChildren][] = [];
  if (item.number) rows.push([fieldLabel('number', lang), item.number]);
  if (kind) rows.push([fieldLabel('kind', lang), kind]);
  if (item.issuer) rows.push([fieldLabel('issuer', lang), item.issuer]);
  if (item.issuedOn) rows.push([fieldLabel('issuedOn', lang), <Day day={item.issuedOn} />]);
  rows.push([
    fieldLabel('closesAt', lang),
    item.closesAt ? (
      <>
        <Stamp at={item.closesAt} /> <StatusBadge item={item} lang={lang} />
      </>
    ) : (
      s.noDeadline
    ),
  ]);
  return (
    <Layout
      env={env}
      title={item.title}
      description={item.summary || undefined}
      canonical={announcementPath(item.slug, lang)}
      ogType="article"
      breadcrumb={[{ label: s.title, href: announcementListUrl(lang) }, { label: item.title }]}
    >
      <div class="container board-page">
        <article class="board-article">
          {kind && (
            <p class="board-item__tags">
              <span class="board-item__kind">{kind}</span>
            </p>
          )}
          <h1 class="article__title">{item.title}</h1>
          <p class="article-time">
            <Stamp at={item.publishedAt} parens />
            {item.isDemo && <span class="badge">{s.demoNotice}</span>}
          </p>
          {item.withdrawnReason !== null && (
            <div class="notice notice--warning" role="note">
              <strong>{s.withdrawnNotice}</strong> {item.withdrawnReason}
            </div>
          )}
          {item.closed && item.closesAt && (
            <div class="notice notice--warning board-closed" role="note">
              <span class="board-badge board-badge--closed">{s.closed}</span> {s.closedNotice(formatStamp(item.closesAt))}
            </div>
          )}
          {item.summary && <p class="article__summary">{item.summary}</p>}
          <dl class="board-facts">
            {rows.map(([label, value]) => (
              <div class="board-facts__row">
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          {item.body && <div class="article-body" dangerouslySetInnerHTML={{ __html: responsiveHtml(item.body, images) }} />}
          <section class="board-files" aria-labelledby="board-files-title">
            <h2 id="board-files-title" class="board-files__title">
              {fieldLabel('files', lang)}
            </h2>
            {attachments.length === 0 ? (
              <p>{s.attachmentsNone}</p>
            ) : (
              <ul class="board-files__list">
                {attachments.map((f) => (
                  <li>
                    <a href={f.url} download={f.name} class="board-file">
                      {f.name}
                    </a>{' '}
                    <span class="board-file__meta">
                      ({fileTypeLabel(f.mime)}, {formatSize(f.size, lang)})
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </article>
      </div>
    </Layout>
  );
}
