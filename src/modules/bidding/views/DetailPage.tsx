// /dau-thau/<slug> (and /en/bidding/<slug> with English labels): the notice's particulars as a
// definition list in the order of the national e-procurement system's notice, a closed notice
// said in words, the body, and the attached files as download links with their type and size.
import { Layout } from '../../../core/html/Layout.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import type { Attachment } from '../../../core/media/attachments.ts';
import { responsiveHtml, type ResponsiveImage } from '../../../core/media/responsive.ts';
import { formatStamp } from '../../../core/text/datetime.ts';
import { invitationKinds, methodOptions, noticeKindOptions, sectorOptions } from '../declaration.ts';
import { biddingStrings } from '../i18n.ts';
import type { BiddingItem } from '../queries.ts';
import { biddingListUrl, biddingPath } from '../urls.ts';
import { Day, fileTypeLabel, formatSize, Stamp } from './format.tsx';
import { fieldLabel, labelOf, StatusBadge } from './ListPage.tsx';

export interface DetailPageProps {
  env: PageEnv;
  item: BiddingItem;
  attachments: Attachment[];
  /** the body's library images (loadResponsiveImages) */
  images: ReadonlyMap<string, ResponsiveImage>;
}

export function DetailPage({ env, item, attachments, images }: DetailPageProps) {
  const { lang } = env;
  const s = biddingStrings[lang];
  const kind = labelOf(noticeKindOptions, item.noticeKind, lang);
  const rows: [string, preact.ComponentChildren][] = [];
  const add = (name: string, value: preact.ComponentChildren | undefined) => {
    if (value !== undefined && value !== '') rows.push([fieldLabel(name, lang), value]);
  };
  add('noticeKind', kind);
  add('noticeNumber', item.noticeNumber && <span class="board-item__number">{item.noticeNumber}</span>);
  add('packageName', item.packageName);
  add('project', item.project);
  add('investor', item.investor);
  add('procuringEntity', item.procuringEntity);
  add('sector', labelOf(sectorOptions, item.sector, lang));
  add('method', labelOf(methodOptions, item.method, lang));
  add('packageValue', item.packageValue !== undefined ? s.money(item.packageValue) : undefined);
  add('issuedOn', item.issuedOn && <Day day={item.issuedOn} />);
  // an invitation always shows its closing; other notices only when one was given
  add(
    'closesAt',
    item.closesAt ? (
      <>
        <Stamp at={item.closesAt} /> <StatusBadge item={item} lang={lang} />
      </>
    ) : item.noticeKind && invitationKinds.includes(item.noticeKind) ? (
      s.noClosing
    ) : undefined,
  );
  add('winner', item.winner);
  add('awardValue', item.awardValue !== undefined ? s.money(item.awardValue) : undefined);
  return (
    <Layout
      env={env}
      title={item.title}
      description={item.summary || undefined}
      canonical={biddingPath(item.slug, lang)}
      ogType="article"
      breadcrumb={[{ label: s.title, href: biddingListUrl(lang) }, { label: item.title }]}
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
          <p class="board__note">{s.nationalSystem}</p>
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
