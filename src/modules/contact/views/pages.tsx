// /lien-he and /en/contact: the agency's address, telephone (a tel: link), fax and e-mail (a
// mailto: link, no target: the reader's own mail program opens in place) from the site settings;
// the published contact points with what to contact them about; the contact form on the same
// page. Then the confirmation with the tracking code and the tracking page. Text people typed is
// only ever shown as text, and their contact details never.
import type { ComponentChildren } from 'preact';
import { Layout } from '../../../core/html/Layout.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { pick } from '../../../core/i18n/index.ts';
import type { Language } from '../../../core/db/schema.ts';
import type { SubmissionStatus } from '../../../core/submissions/declaration.ts';
import { SubmissionForm, type FormState } from '../../../core/submissions/form.tsx';
import { submissionStrings } from '../../../core/submissions/i18n.ts';
import { formatDate, formatDatetimeAttr } from '../../../core/text/datetime.ts';
import { contactKind, contactPaths, contactPersonDeclaration } from '../declaration.ts';
import { contactStrings } from '../i18n.ts';
import type { ContactPerson } from '../queries.ts';

/** "(0297) 3 862 779" → "tel:+842973862779"; a number without a country code is Vietnamese. */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (phone.trim().startsWith('+')) return `tel:+${digits}`;
  return digits.startsWith('0') ? `tel:+84${digits.slice(1)}` : `tel:${digits}`;
}

const fieldLabel = (name: string, lang: Language) => contactPersonDeclaration.fields.find((f) => f.name === name)?.label[lang] ?? name;

export const statusLabel = (status: SubmissionStatus, lang: Language) => contactKind.statusLabels?.[status]?.[lang] ?? submissionStrings[lang].status[status];

function Phone({ value }: { value: string }) {
  return <a href={telHref(value)}>{value}</a>;
}

function Email({ value }: { value: string }) {
  return <a href={`mailto:${value}`}>{value}</a>;
}

function PersonCard({ person, lang }: { person: ContactPerson; lang: Language }) {
  const s = contactStrings[lang];
  const facts: [string, ComponentChildren][] = [];
  if (person.topics) facts.push([fieldLabel('topics', lang), person.topics]);
  if (person.phone) facts.push([fieldLabel('phone', lang), <Phone value={person.phone} />]);
  if (person.email) facts.push([fieldLabel('email', lang), <Email value={person.email} />]);
  if (person.hours) facts.push([fieldLabel('hours', lang), person.hours]);
  return (
    <li class="contact-person" id={person.slug}>
      <h3 class="contact-person__name">
        {person.name}
        {person.isDemo && <span class="badge">{s.demoBadge}</span>}
      </h3>
      <p class="contact-person__position">
        {person.position}
        {person.unit && <span class="contact-person__unit">{person.unit}</span>}
      </p>
      {facts.length > 0 && (
        <dl class="contact-facts">
          {facts.map(([label, value]) => (
            <>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </>
          ))}
        </dl>
      )}
    </li>
  );
}

export function ContactPage({ env, people, state }: { env: PageEnv; people: ContactPerson[]; state: FormState }) {
  const { lang, settings } = env;
  const s = contactStrings[lang];
  const paths = contactPaths[lang];
  const agency = pick(settings.agencyName, lang);
  const demo = people.some((p) => p.isDemo);
  return (
    <Layout
      env={env}
      title={state.problems.length ? `${submissionStrings[lang].errorSummary} ${s.write}` : s.title}
      description={s.description(agency)}
      canonical={paths.page}
      breadcrumb={[{ label: s.title }]}
    >
      <div class="container contact">
        <h1 class="page-title">{s.title}</h1>
        <p class="contact__intro">{s.intro}</p>
        <p class="contact__actions">
          <a class="button" href="#gui-thu">
            {s.write}
          </a>{' '}
          <a class="button button--secondary" href={paths.track}>
            {s.track}
          </a>
        </p>
        <div class="contact-layout">
          <div class="contact-layout__info">
            <section class="contact-agency" id="co-quan" aria-labelledby="co-quan-title">
              <h2 id="co-quan-title" class="contact__heading">
                {agency}
              </h2>
              <dl class="contact-facts">
                <dt>{s.address}</dt>
                <dd>{pick(settings.address, lang)}</dd>
                {settings.phone && (
                  <>
                    <dt>{s.phone}</dt>
                    <dd>
                      <Phone value={settings.phone} />
                    </dd>
                  </>
                )}
                {settings.fax && (
                  <>
                    <dt>{s.fax}</dt>
                    <dd>{settings.fax}</dd>
                  </>
                )}
                {settings.email && (
                  <>
                    <dt>{s.email}</dt>
                    <dd>
                      <Email value={settings.email} />
                    </dd>
                  </>
                )}
              </dl>
            </section>
            <section class="contact-people-section" id="dau-moi" aria-labelledby="dau-moi-title">
              <h2 id="dau-moi-title" class="contact__heading">
                {s.people}
              </h2>
              <p>{s.peopleIntro}</p>
              {s.contentInVietnamese && people.length > 0 && <p class="contact__note">{s.contentInVietnamese}</p>}
              {demo && (
                <p class="notice" role="note">
                  {s.demoNotice}
                </p>
              )}
              {people.length === 0 ? (
                <p>{s.noPeople}</p>
              ) : (
                <ul class="contact-people">
                  {people.map((person) => (
                    <PersonCard person={person} lang={lang} />
                  ))}
                </ul>
              )}
            </section>
          </div>
          <section class="contact-write" id="gui-thu" aria-labelledby="gui-thu-title">
            <h2 id="gui-thu-title" class="contact__heading">
              {s.write}
            </h2>
            <p>{s.writeIntro}</p>
            <SubmissionForm kind={contactKind} state={state} lang={lang} action={`${paths.page}#gui-thu`} submitLabel={s.send} />
          </section>
        </div>
      </div>
    </Layout>
  );
}

export function ContactSentPage({ env, code }: { env: PageEnv; code: string }) {
  const { lang } = env;
  const s = contactStrings[lang];
  const paths = contactPaths[lang];
  return (
    <Layout env={env} title={s.sentTitle} breadcrumb={[{ label: s.title, href: paths.page }, { label: s.sentTitle }]}>
      <div class="container contact">
        <h1 class="page-title">{s.sentTitle}</h1>
        <div class="qa-sent contact-sent" role="status">
          <p>{s.sentText}</p>
          <p>
            {s.yourCode}: <strong class="tracking-code">{code}</strong>
          </p>
          <p>{s.keepCode}</p>
          <p>
            <a href={`${paths.track}?ma=${encodeURIComponent(code)}`}>{s.followLink}</a>
          </p>
        </div>
        <p>
          <a href={paths.page}>{s.backToContact}</a>
        </p>
      </div>
    </Layout>
  );
}

export interface TrackedMessage {
  code: string;
  status: SubmissionStatus;
  subject: string;
  sentAt: string;
}

export function ContactTrackPage({ env, code, found, problem }: { env: PageEnv; code: string; found?: TrackedMessage | undefined; problem?: string | undefined }) {
  const { lang } = env;
  const s = contactStrings[lang];
  const paths = contactPaths[lang];
  return (
    <Layout env={env} title={s.trackTitle} canonical={paths.track} breadcrumb={[{ label: s.title, href: paths.page }, { label: s.trackTitle }]}>
      <div class="container contact">
        <h1 class="page-title">{s.trackTitle}</h1>
        <p>{s.trackIntro}</p>
        <form method="get" action={paths.track} class="qa-track">
          <div class={`form-field${problem ? ' form-field--error' : ''}`}>
            <label for="ct-code">{s.codeLabel}</label>
            <p class="form-hint" id="ct-code-hint">
              {s.codeHint}
            </p>
            {problem && (
              <p class="error-message" id="ct-code-error" role="alert">
                {problem}
              </p>
            )}
            <input id="ct-code" name="ma" type="text" value={code} maxLength={20} autoComplete="off" autoCapitalize="characters" aria-describedby={problem ? 'ct-code-hint ct-code-error' : 'ct-code-hint'} aria-invalid={problem ? 'true' : undefined} />
          </div>
          <button type="submit" class="button">
            {s.lookUp}
          </button>
        </form>
        {found && (
          <section class="qa-status" aria-labelledby="ct-status-title">
            <h2 id="ct-status-title">{found.subject}</h2>
            <dl class="qa-status__facts">
              <dt>{s.codeLabel}</dt>
              <dd>{found.code}</dd>
              <dt>{s.sentOn}</dt>
              <dd>
                <time dateTime={formatDatetimeAttr(found.sentAt)}>{formatDate(found.sentAt)}</time>
              </dd>
              <dt>{s.state}</dt>
              <dd>
                <strong class={`qa-state qa-state--${found.status}`}>{statusLabel(found.status, lang)}</strong>
              </dd>
            </dl>
          </section>
        )}
        <p>
          <a href={paths.page}>{s.backToContact}</a>
        </p>
      </div>
    </Layout>
  );
}
