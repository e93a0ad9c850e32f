// Public pages of questions and answers: the published list, one question, the form, the
// confirmation with the tracking code, and the tracking page. Text people typed is shown as text;
// paragraphs are kept.
import { Layout } from '../../../core/html/Layout.tsx';
import { Pagination } from '../../../core/html/Pagination.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { optionLabel } from '../../../core/content-types/declaration.ts';
import type { SubmissionStatus } from '../../../core/submissions/declaration.ts';
import { SubmissionForm, type FormState } from '../../../core/submissions/form.tsx';
import { submissionStrings } from '../../../core/submissions/i18n.ts';
import { formatDate, formatDatetimeAttr } from '../../../core/text/datetime.ts';
import { questionFields, questionKind, questionPaths } from '../declaration.ts';
import { questionStrings } from '../i18n.ts';
import type { PublishedQuestion } from '../queries.ts';

/** Paragraphs of plain text, as typed (blank lines separate them, line breaks kept). */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => (
          <p>
            {p.split('\n').map((line, i) => (
              <>
                {i > 0 && <br />}
                {line}
              </>
            ))}
          </p>
        ))}
    </>
  );
}

export const questionUrl = (lang: 'vi' | 'en', id: number) => `${questionPaths[lang].list}/${id}`;

function Actions({ lang }: { lang: 'vi' | 'en' }) {
  const s = questionStrings[lang];
  return (
    <p class="qa-actions">
      <a class="button" href={questionPaths[lang].ask}>
        {s.ask}
      </a>{' '}
      <a class="button button--secondary" href={questionPaths[lang].track}>
        {s.track}
      </a>
    </p>
  );
}

function Answered({ item, lang, heading }: { item: PublishedQuestion; lang: 'vi' | 'en'; heading: 'h2' | 'h3' }) {
  const s = questionStrings[lang];
  const H = heading;
  return (
    <div class="qa-answer">
      <H class="qa-answer__heading">{s.answer}</H>
      <Paragraphs text={item.answer} />
      <p class="qa-answer__by">
        {item.answeredBy && <>{s.answeredBy}: {item.answeredBy} · </>}
        {s.answeredOn}: <time dateTime={formatDatetimeAttr(item.answeredAt)}>{formatDate(item.answeredAt)}</time>
      </p>
    </div>
  );
}

export function QuestionsPage({ env, result, params }: { env: PageEnv; result: { items: PublishedQuestion[]; total: number; page: number; pageCount: number }; params: { field?: string | undefined; q?: string | undefined } }) {
  const { lang, t } = env;
  const s = questionStrings[lang];
  const pageParam = lang === 'vi' ? 'trang' : 'page';
  const fieldParam = lang === 'vi' ? 'linh-vuc' : 'field';
  const href = (page: number) => {
    const q = new URLSearchParams();
    if (params.q) q.set('q', params.q);
    if (params.field) q.set(fieldParam, params.field);
    if (page > 1) q.set(pageParam, String(page));
    const text = q.toString();
    return `${questionPaths[lang].list}${text ? `?${text}` : ''}`;
  };
  return (
    <Layout env={env} title={result.page > 1 ? `${s.title} – ${t.pageN(result.page)}` : s.title} description={s.intro} canonical={`${href(result.page)}`} breadcrumb={[{ label: s.title }]}>
      <div class="container qa">
        <h1 class="page-title">{s.title}</h1>
        <p>{s.intro}</p>
        <Actions lang={lang} />
        <form method="get" action={questionPaths[lang].list} class="qa-filters" role="search">
          <div class="qa-filters__field">
            <label for="qa-q">{s.searchLabel}</label>
            <input id="qa-q" type="search" name="q" value={params.q ?? ''} maxLength={200} />
          </div>
          <div class="qa-filters__field">
            <label for="qa-field">{questionKind.fields[0]!.label[lang]}</label>
            <select id="qa-field" name={fieldParam}>
              <option value="">{s.allFields}</option>
              {questionFields.map((o) => (
                <option value={o.value} selected={o.value === params.field}>
                  {o.label[lang]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="button">
            {s.filter}
          </button>
        </form>
        <p class="qa-count" role="status">
          {result.total > 0 ? s.count(result.total) : s.none}
        </p>
        <ol class="qa-list">
          {result.items.map((item) => (
            <li class="qa-item">
              <article aria-labelledby={`qa-${item.id}`}>
                <h2 id={`qa-${item.id}`} class="qa-item__title">
                  <a href={questionUrl(lang, item.id)}>{item.title}</a>
                </h2>
                <p class="qa-item__meta">
                  {optionLabel(questionFields, item.field, lang) ?? item.field} · {s.sentOn}: <time dateTime={formatDatetimeAttr(item.askedAt)}>{formatDate(item.askedAt)}</time>
                </p>
                <div class="qa-item__question">
                  <Paragraphs text={item.content} />
                </div>
                <Answered item={item} lang={lang} heading="h3" />
              </article>
            </li>
          ))}
        </ol>
        <Pagination env={env} page={result.page} pageCount={result.pageCount} href={href} />
      </div>
    </Layout>
  );
}

export function QuestionPage({ env, item }: { env: PageEnv; item: PublishedQuestion }) {
  const { lang } = env;
  const s = questionStrings[lang];
  return (
    <Layout env={env} title={item.title} canonical={`${questionUrl(lang, item.id)}`} breadcrumb={[{ label: s.title, href: questionPaths[lang].list }, { label: item.title }]}>
      <div class="container qa">
        <article class="qa-item qa-item--single">
          <h1 class="page-title">{item.title}</h1>
          <p class="qa-item__meta">
            {optionLabel(questionFields, item.field, lang) ?? item.field} · {s.sentOn}: <time dateTime={formatDatetimeAttr(item.askedAt)}>{formatDate(item.askedAt)}</time>
          </p>
          <h2 class="qa-answer__heading">{s.question}</h2>
          <Paragraphs text={item.content} />
          <Answered item={item} lang={lang} heading="h2" />
        </article>
        <Actions lang={lang} />
      </div>
    </Layout>
  );
}

export function AskPage({ env, state }: { env: PageEnv; state: FormState }) {
  const { lang } = env;
  const s = questionStrings[lang];
  return (
    <Layout env={env} title={state.problems.length ? `${submissionStrings[lang].errorSummary} ${s.askTitle}` : s.askTitle} breadcrumb={[{ label: s.title, href: questionPaths[lang].list }, { label: s.askTitle }]}>
      <div class="container qa">
        <h1 class="page-title">{s.askTitle}</h1>
        <p>{s.askIntro}</p>
        <SubmissionForm kind={questionKind} state={state} lang={lang} action={questionPaths[lang].ask} submitLabel={s.ask} />
      </div>
    </Layout>
  );
}

export function SentPage({ env, code }: { env: PageEnv; code: string }) {
  const { lang } = env;
  const s = questionStrings[lang];
  return (
    <Layout env={env} title={s.sentTitle} breadcrumb={[{ label: s.title, href: questionPaths[lang].list }, { label: s.sentTitle }]}>
      <div class="container qa">
        <h1 class="page-title">{s.sentTitle}</h1>
        <div class="qa-sent" role="status">
          <p>{s.sentText}</p>
          <p>
            {s.yourCode}: <strong class="tracking-code">{code}</strong>
          </p>
          <p>{s.keepCode}</p>
          <p>
            <a href={`${questionPaths[lang].track}?ma=${encodeURIComponent(code)}`}>{s.followLink}</a>
          </p>
        </div>
      </div>
    </Layout>
  );
}

export interface TrackedQuestion {
  code: string;
  status: SubmissionStatus;
  title: string;
  askedAt: string;
  answer: PublishedQuestion | undefined;
}

export function TrackPage({ env, code, found, problem }: { env: PageEnv; code: string; found?: TrackedQuestion | undefined; problem?: string | undefined }) {
  const { lang } = env;
  const s = questionStrings[lang];
  const status = submissionStrings[lang].status;
  return (
    <Layout env={env} title={s.trackTitle} breadcrumb={[{ label: s.title, href: questionPaths[lang].list }, { label: s.trackTitle }]}>
      <div class="container qa">
        <h1 class="page-title">{s.trackTitle}</h1>
        <p>{s.trackIntro}</p>
        <form method="get" action={questionPaths[lang].track} class="qa-track">
          <div class={`form-field${problem ? ' form-field--error' : ''}`}>
            <label for="qa-code">{s.codeLabel}</label>
            <p class="form-hint" id="qa-code-hint">
              {s.codeHint}
            </p>
            {problem && (
              <p class="error-message" id="qa-code-error" role="alert">
                {problem}
              </p>
            )}
            <input id="qa-code" name="ma" type="text" value={code} maxLength={20} autoComplete="off" autoCapitalize="characters" aria-describedby={problem ? 'qa-code-hint qa-code-error' : 'qa-code-hint'} aria-invalid={problem ? 'true' : undefined} />
          </div>
          <button type="submit" class="button">
            {s.lookUp}
          </button>
        </form>
        {found && (
          <section class="qa-status" aria-labelledby="qa-status-title">
            <h2 id="qa-status-title">{found.title}</h2>
            <dl class="qa-status__facts">
              <dt>{s.codeLabel}</dt>
              <dd>{found.code}</dd>
              <dt>{s.sentOn}</dt>
              <dd>
                <time dateTime={formatDatetimeAttr(found.askedAt)}>{formatDate(found.askedAt)}</time>
              </dd>
              <dt>{s.state}</dt>
              <dd>
                <strong class={`qa-state qa-state--${found.status}`}>{status[found.status]}</strong>
              </dd>
            </dl>
            {found.answer && <Answered item={found.answer} lang={lang} heading="h3" />}
          </section>
        )}
      </div>
    </Layout>
  );
}
