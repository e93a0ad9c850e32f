// A legal document's page: its particulars as a definition list (Số ký hiệu … Tệp đính kèm), the
// documents it replaces or that replace it, and items of other types that refer to it (a
// procedure's legal basis), each under its type's plural name from that type's declaration.
import { Layout } from '../../../core/html/Layout.tsx';
import { responsiveHtml, type ResponsiveImage } from '../../../core/media/responsive.ts';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { fieldOptions, issuerOptions, kindOptions, statusOptions } from '../declaration.ts';
import { textFor } from '../i18n.ts';
import type { Attachment, DocumentItem } from '../queries.ts';
import { documentCategoryPath, documentPathEn, documentsBase, documentsBaseEn } from '../urls.ts';
import { fileTypeLabel, formatDay, formatSize, labelOf } from './format.ts';

export interface ReferringGroup {
  type: string;
  label: string;
  items: { title: string; url: string }[];
}

export interface DocumentPageProps {
  env: PageEnv;
  item: DocumentItem;
  attachments: Attachment[];
  replacedBy: DocumentItem | undefined;
  replaces: DocumentItem[];
  referring: ReferringGroup[];
  /** the body's library images (loadResponsiveImages) */
  images: ReadonlyMap<string, ResponsiveImage>;
}

export function DocumentPage({ env, item, attachments, replacedBy, replaces, referring, images }: DocumentPageProps) {
  const lang = env.lang;
  const text = textFor(lang);
  const base = lang === 'en' ? documentsBaseEn : documentsBase;
  const linkOf = (d: DocumentItem) => (lang === 'en' ? documentPathEn(d.slug) : d.url);
  const categoryName = lang === 'en' ? item.categoryNameEn || item.categoryName : item.categoryName;
  const day = (d: string | undefined) => (d ? <time datetime={d}>{formatDay(d)}</time> : text.notSet);
  const rows: [string, preact.ComponentChildren][] = [
    [text.number, item.number],
    [text.kind, labelOf(kindOptions, item.kind, lang) ?? text.notSet],
    [text.issuer, labelOf(issuerOptions, item.issuer, lang) ?? text.notSet],
    [text.signer, item.signer ?? text.notSet],
    [text.field, labelOf(fieldOptions, item.field, lang) ?? text.notSet],
    [text.issuedOn, day(item.issuedOn)],
    [text.effectiveOn, day(item.effectiveOn)],
    [text.expiresOn, day(item.expiresOn)],
    [text.status, labelOf(statusOptions, item.status, lang) ?? text.notSet],
    [text.abstract, item.abstract],
  ];
  return (
    <Layout
      env={env}
      title={`${item.title}`}
      description={item.abstract}
      canonical={lang === 'en' ? documentPathEn(item.slug) : item.url}
      ogType="article"
      breadcrumb={[
        { label: text.documents, href: base },
        ...(item.categorySlug && categoryName ? [{ label: categoryName, href: documentCategoryPath(item.categorySlug, lang) }] : []),
        { label: item.number || item.title },
      ]}
    >
      <div class="container doc-page">
        <article class="doc">
          <h1 class="article__title">{item.title}</h1>
          {item.isDemo && (
            <p>
              <span class="badge">{text.demoNotice}</span>
            </p>
          )}
          {item.withdrawnReason !== null && (
            <div class="notice notice--warning" role="note">
              <strong>{text.withdrawnNotice}</strong> {item.withdrawnReason}
            </div>
          )}
          {replacedBy && (
            <div class="notice notice--warning doc-replaced" role="note">
              <strong>{text.replacedBy}:</strong> <a href={linkOf(replacedBy)}>{replacedBy.number || replacedBy.title}</a> – {replacedBy.abstract}
            </div>
          )}
          <dl class="doc-facts">
            {rows.map(([label, value]) => (
              <div class="doc-facts__row">
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
            {replacedBy && (
              <div class="doc-facts__row">
                <dt>{text.replacedBy}</dt>
                <dd>
                  <a href={linkOf(replacedBy)} class="doc-replaced-by">
                    {replacedBy.number || replacedBy.title}
                  </a>
                </dd>
              </div>
            )}
            {replaces.length > 0 && (
              <div class="doc-facts__row">
                <dt>{text.replaces}</dt>
                <dd>
                  <ul class="doc-links">
                    {replaces.map((d) => (
                      <li>
                        <a href={linkOf(d)} class="doc-replaces">
                          {d.number || d.title}
                        </a>{' '}
                        – {d.abstract}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
            <div class="doc-facts__row">
              <dt>{text.attachments}</dt>
              <dd>
                {attachments.length === 0 ? (
                  text.noAttachments
                ) : (
                  <ul class="doc-files">
                    {attachments.map((f) => (
                      <li>
                        <a href={f.url} download={f.name} class="doc-file">
                          {f.name}
                        </a>{' '}
                        <span class="doc-file__meta">
                          ({fileTypeLabel(f.mime)}, {formatSize(f.size, lang)})
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          </dl>
          {item.body && <div class="article-body" dangerouslySetInnerHTML={{ __html: responsiveHtml(item.body, images) }} />}
        </article>
        {referring.map((group) => (
          <section class="doc-referring" aria-labelledby={`doc-ref-${group.type}`}>
            <h2 id={`doc-ref-${group.type}`} class="side-title">
              {text.related(group.label)}
            </h2>
            <ul class="related__list">
              {group.items.map((r) => (
                <li>
                  <a href={r.url}>{r.title}</a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Layout>
  );
}
