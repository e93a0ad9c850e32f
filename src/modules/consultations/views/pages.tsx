// Public pages of drafts open for comment: the list with each draft's state, and a draft's page
// with its files, the comment form while it is open, the approved comments, and after closing the
// report on the comments.
import { formatFileSize } from '../../../core/media/file-labels.ts';
import type { Attachment } from '../../../core/media/attachments.ts';
import { Layout } from '../../../core/html/Layout.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { SubmissionForm, type Choice, type FormState } from '../../../core/submissions/form.tsx';
import { formatDatetimeAttr, formatStamp } from '../../../core/text/datetime.ts';
import { articlesOf, commentKind, draftPaths } from '../declaration.ts';
import { consultationStrings } from '../i18n.ts';
import type { DraftItem, PublishedComment } from '../queries.ts';

export const draftUrl = (lang: 'vi' | 'en', slug: string) => `${draftPaths[lang]}/${slug}`;

function When({ at }: { at: string }) {
  return at ? <time dateTime={formatDatetimeAttr(at)}>{formatStamp(at)}</time> : null;
}

function State({ draft, lang }: { draft: DraftItem; lang: 'vi' | 'en' }) {
  return <span class={`state-badge state-badge--${draft.state}`}>{consultationStrings[lang].state[draft.state]}</span>;
}


function Files({ files, lang, heading }: { files: Attachment[]; lang: 'vi' | 'en'; heading: string }) {
  if (files.length === 0) return null;
  return (
    <section class="consultation-files" aria-label={heading}>
      <h2>{heading}</h2>
      <ul>
        {files.map((f) => (
          <li>
            <a href={f.url} download={f.name}>
              {f.name}
            </a>{' '}
            <span class="consultation-files__meta">({formatFileSize(f.size, lang)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DraftListPage({ env, drafts }: { env: PageEnv; drafts: DraftItem[] }) {
  const { lang } = env;
  const s = consultationStrings[lang];
  return (
    <Layout env={env} title={s.title} description={s.intro} canonical={`${draftPaths[lang]}`} breadcrumb={[{ label: s.title }]}>
      <div class="container consultations">
        <h1 class="page-title">{s.title}</h1>
        <p>{s.intro}</p>
        {drafts.length === 0 && <p>{s.none}</p>}
        <ul class="consultation-list">
          {drafts.map((d) => (
            <li class={`consultation-item consultation-item--${d.state}`}>
              <h2 class="consultation-item__title">
                <a href={draftUrl(lang, d.item.slug)}>{d.item.title}</a>
              </h2>
              <p class="consultation-item__meta">
                <State draft={d} lang={lang} /> {s.period}: <When at={d.opensAt} /> – <When at={d.closesAt} />
              </p>
              {d.item.summary && <p>{d.item.summary}</p>}
            </li>
          ))}
        </ul>
      </div>
    </Layout>
  );
}

export function DraftPage({ env, draft, files, reportFiles, comments, form }: { env: PageEnv; draft: DraftItem; files: Attachment[]; reportFiles: Attachment[]; comments: PublishedComment[]; form?: FormState | undefined }) {
  const { lang } = env;
  const s = consultationStrings[lang];
  const item = draft.item;
  const articles = articlesOf(item.values);
  const choices: Choice[] = [{ value: '', label: s.wholeDraft }, ...articles.map((a) => ({ value: a, label: a }))];
  const report = typeof item.values.report === 'string' ? item.values.report : '';
  return (
    <Layout env={env} title={item.title} description={item.summary} canonical={`${draftUrl(lang, item.slug)}`} breadcrumb={[{ label: s.title, href: draftPaths[lang] }, { label: item.title }]}>
      <div class="container consultations">
        <article class="consultation">
          <h1 class="page-title">{item.title}</h1>
          {item.is_demo === 1 && <p class="notice">{s.demo}</p>}
          <dl class="consultation__facts">
            <dt>{s.issuer}</dt>
            <dd>{typeof item.values.issuer === 'string' ? item.values.issuer : ''}</dd>
            <dt>{s.period}</dt>
            <dd>
              <When at={draft.opensAt} /> – <When at={draft.closesAt} />
            </dd>
            <dt>{s.status}</dt>
            <dd>
              <State draft={draft} lang={lang} />
            </dd>
          </dl>
          {item.summary && <p class="consultation__summary">{item.summary}</p>}
          {item.body && <div class="article-body" dangerouslySetInnerHTML={{ __html: item.body }} />}
          <Files files={files} lang={lang} heading={s.files} />

          {draft.state === 'closed' && (
            <section class="consultation-report" aria-labelledby="consultation-report">
              <h2 id="consultation-report">{s.report}</h2>
              <p class="notice">{s.closedNotice}</p>
              {report ? <div class="article-body" dangerouslySetInnerHTML={{ __html: report }} /> : <p>{s.noReport}</p>}
              <Files files={reportFiles} lang={lang} heading={s.report} />
            </section>
          )}
          {draft.state === 'upcoming' && <p class="notice">{s.upcomingNotice(formatStamp(draft.opensAt))}</p>}

          <section class="consultation-comments" aria-labelledby="consultation-comments">
            <h2 id="consultation-comments">{s.comments(comments.length)}</h2>
            {comments.length === 0 ? (
              <p>{s.noComments}</p>
            ) : (
              <ol class="consultation-comments__list">
                {comments.map((c) => (
                  <li>
                    <p class="consultation-comments__meta">
                      {s.on}: {c.article || s.wholeDraft} · <When at={c.at} />
                    </p>
                    <p class="consultation-comments__text">{c.content}</p>
                  </li>
                ))}
              </ol>
            )}
          </section>

          {draft.state === 'open' && form && (
            <section class="consultation-form" aria-labelledby="consultation-form">
              <h2 id="consultation-form">{s.comment}</h2>
              <p>{s.commentIntro}</p>
              <SubmissionForm kind={commentKind} state={form} lang={lang} action={draftUrl(lang, item.slug)} submitLabel={s.send} choices={{ article: choices }} />
            </section>
          )}
        </article>
      </div>
    </Layout>
  );
}

export function CommentSentPage({ env, draft }: { env: PageEnv; draft: DraftItem }) {
  const { lang } = env;
  const s = consultationStrings[lang];
  return (
    <Layout env={env} title={s.sentTitle} breadcrumb={[{ label: s.title, href: draftPaths[lang] }, { label: draft.item.title, href: draftUrl(lang, draft.item.slug) }, { label: s.sentTitle }]}>
      <div class="container consultations">
        <h1 class="page-title">{s.sentTitle}</h1>
        <p role="status">{s.sentText}</p>
        <p>
          <a href={draftUrl(lang, draft.item.slug)}>{s.back}</a>
        </p>
      </div>
    </Layout>
  );
}
