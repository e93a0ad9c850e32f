// /thu-tuc-hanh-chinh/<slug>: one procedure laid out like the national portal's record — the key
// facts, then a section per part (steps, how to submit, dossier, time, fees, who, result), the
// legal basis linked to the documents' pages, the forms to download, and the online-service link.
import { formatFileSize } from '../../../core/media/file-labels.ts';
import type { ComponentChildren } from 'preact';
import { Layout } from '../../../core/html/Layout.tsx';
import { responsiveHtml, type ResponsiveImage } from '../../../core/media/responsive.ts';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { formatDate } from '../../../core/text/datetime.ts';
import { fieldOptions, levelOptions, optionText, procedureDeclaration } from '../declaration.ts';
import { procedureStrings } from '../i18n.ts';
import type { FormFile, LegalBasisLink, ProcedureItem } from '../queries.ts';
import { procedureListUrl } from '../urls.ts';

const label = (name: string) => procedureDeclaration.fields.find((f) => f.name === name)!.label.vi;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');


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
    <section class="procedure-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="procedure-section__title">
        {title}
      </h2>
      <div class="procedure-section__body">{children}</div>
    </section>
  );
}

/** `images`: the body's library images, from `loadResponsiveImages(db, imageKeysIn(item.body))`. */
export function DetailPage({ env, item, legalBasis, forms, images }: { env: PageEnv; item: ProcedureItem; legalBasis: LegalBasisLink[]; forms: FormFile[]; images: ReadonlyMap<string, ResponsiveImage> }) {
  const s = procedureStrings.vi;
  const f = item.fields;
  const onlineUrl = text(f.onlineUrl);
  const sections: { id: string; title: string; body: ComponentChildren }[] = [];
  const add = (id: string, name: string, body: ComponentChildren | undefined) => {
    if (body !== undefined) sections.push({ id, title: label(name), body });
  };
  const rich = (name: string) => (text(f[name]) ? <div class="article-body" dangerouslySetInnerHTML={{ __html: text(f[name]) }} /> : undefined);
  const plain = (name: string) => (text(f[name]) ? <Lines value={text(f[name])} /> : undefined);
  add('trinh-tu', 'steps', rich('steps'));
  add('cach-thuc', 'submission', plain('submission'));
  add('ho-so', 'dossier', rich('dossier'));
  add('thoi-han', 'processingTime', plain('processingTime'));
  add('phi-le-phi', 'fees', plain('fees'));
  add('doi-tuong', 'applicants', plain('applicants'));
  add('ket-qua', 'result', plain('result'));
  add(
    'can-cu-phap-ly',
    'legalBasis',
    legalBasis.length > 0 ? (
      <ul class="procedure-links">
        {legalBasis.map((d) => {
          const name = d.number ? `${d.number} – ${d.title}` : d.title;
          return <li>{d.url ? <a href={d.url}>{name}</a> : name}</li>;
        })}
      </ul>
    ) : undefined,
  );
  add(
    'bieu-mau',
    'forms',
    forms.length > 0 ? (
      <ul class="procedure-links procedure-forms">
        {forms.map((file) => (
          <li>
            <a href={file.url} download={file.name}>
              {file.name}
            </a>{' '}
            <span class="procedure-forms__size">({formatFileSize(file.size, env.lang)})</span>
          </li>
        ))}
      </ul>
    ) : undefined,
  );
  const base = procedureListUrl('vi');
  return (
    <Layout env={env} title={item.title} description={item.summary || undefined} canonical={item.url} breadcrumb={[{ label: s.title, href: base }, { label: item.title }]}>
      <div class="container procedure-layout">
        <article class="procedure">
          <h1 class="article__title">{item.title}</h1>
          <p class="article-time">
            <time datetime={item.updatedAt.slice(0, 10)}>{formatDate(item.updatedAt)}</time>
            {item.isDemo && <span class="badge">{procedureStrings[env.lang].demoNotice}</span>}
          </p>
          {item.withdrawnReason !== null && (
            <div class="notice notice--warning" role="note">
              <strong>{procedureStrings[env.lang].withdrawnNotice}</strong> {item.withdrawnReason}
            </div>
          )}
          {item.summary && <p class="article__summary">{item.summary}</p>}
          <dl class="procedure-facts">
            <dt>{label('code')}</dt>
            <dd class="procedure-facts__code">{text(f.code)}</dd>
            <dt>{label('field')}</dt>
            <dd>
              <a href={procedureListUrl('vi', { field: text(f.field) })}>{optionText(fieldOptions, f.field, 'vi')}</a>
            </dd>
            <dt>{label('level')}</dt>
            <dd>{optionText(levelOptions, f.level, 'vi')}</dd>
            <dt>{label('agency')}</dt>
            <dd>{text(f.agency)}</dd>
          </dl>
          {onlineUrl && (
            <p class="procedure-online">
              <a class="button procedure-online__link" href={onlineUrl} rel="noopener external">
                {s.submitOnline}
                <span class="visually-hidden"> {s.externalSite}</span>
              </a>
              <span class="procedure-online__note">{s.submitOnlineNote}</span>
            </p>
          )}
          {sections.length > 1 && (
            <nav class="procedure-toc" aria-labelledby="procedure-toc-title">
              <h2 id="procedure-toc-title" class="procedure-toc__title">
                {s.onPage}
              </h2>
              <ul>
                {sections.map((section) => (
                  <li>
                    <a href={`#${section.id}`}>{section.title}</a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {item.body && <div class="article-body" dangerouslySetInnerHTML={{ __html: responsiveHtml(item.body, images) }} />}
          {sections.map((section) => (
            <Section id={section.id} title={section.title}>
              {section.body}
            </Section>
          ))}
        </article>
      </div>
    </Layout>
  );
}
