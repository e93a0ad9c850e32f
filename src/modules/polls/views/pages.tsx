// Public pages: /danh-gia (the rating form and averages, then the polls), a poll's page with its
// form, and its results page. Everything works without JavaScript: forms post, results are HTML.
import { Layout } from '../../../core/html/Layout.tsx';
import type { PageEnv } from '../../../core/html/page-env.ts';
import { formatStamp } from '../../../core/text/datetime.ts';
import { pollPaths } from '../declaration.ts';
import { pollStrings } from '../i18n.ts';
import type { PollItem } from '../queries.ts';
import { criteria, type RatingSummary, type Scores, type Tally } from '../store.ts';
import { ErrorSummary, Honeypot, Period, PollFacts, RatingTable, ResultsTable, StateBadge, pollUrl, resultsUrl, type FormState } from './parts.tsx';

/** The id of a criterion's first choice (where an error summary's link goes). */
export const scoreInputId = (criterion: string, score = 1) => `rf-${criterion}-${score}`;
export const optionInputId = (index: number) => `po-${index}`;

function RatingForm({ env, form }: { env: PageEnv; form: FormState }) {
  const { lang } = env;
  const s = pollStrings[lang];
  return (
    <form method="post" action={pollPaths[lang]} class="rating-form" noValidate>
      <ErrorSummary problems={form.problems} lang={lang} />
      <input type="hidden" name="_t" value={form.token} />
      {criteria.map((c) => {
        const problem = form.problems.find((p) => p.field === scoreInputId(c))?.message;
        const describedBy = [`rf-${c}-hint`, problem ? `rf-${c}-error` : ''].filter(Boolean).join(' ');
        return (
          <fieldset class={`rating-criterion${problem ? ' form-field--error' : ''}`} aria-describedby={describedBy}>
            <legend>{s.criteria[c].label}</legend>
            <p class="form-hint" id={`rf-${c}-hint`}>
              {s.criteria[c].hint}
            </p>
            {problem && (
              <p class="error-message" id={`rf-${c}-error`}>
                {problem}
              </p>
            )}
            <div class="rating-scale">
              {s.scoreWords.map((word, i) => (
                <div class="rating-scale__choice">
                  <input type="radio" id={scoreInputId(c, i + 1)} name={c} value={String(i + 1)} checked={form.values[c] === String(i + 1)} required />
                  <label for={scoreInputId(c, i + 1)}>
                    <span class="rating-scale__score">{i + 1}</span> <span class="rating-scale__word">{word}</span>
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        );
      })}
      <Honeypot lang={lang} id="rf-website" />
      <p class="form-privacy">{s.privacy}</p>
      <button type="submit" class="button">
        {s.sendRating}
      </button>
    </form>
  );
}

function MyScores({ env, scores }: { env: PageEnv; scores: Scores }) {
  const s = pollStrings[env.lang];
  return (
    <div class="notice poll-thanks" role="status">
      <p>{s.ratedToday}</p>
      <p class="poll-thanks__scores">
        {s.yourScores}: {criteria.map((c) => `${s.criteria[c].label} ${scores[c]}/5`).join(' · ')}
      </p>
    </div>
  );
}

export function PollsPage({ env, polls, summary, mine, form }: { env: PageEnv; polls: PollItem[]; summary: RatingSummary; mine: Scores | undefined; form: FormState }) {
  const { lang } = env;
  const s = pollStrings[lang];
  return (
    <Layout env={env} title={s.title} description={s.intro} canonical={pollPaths[lang]} breadcrumb={[{ label: s.title }]}>
      <div class="container polls">
        <h1 class="page-title">{s.title}</h1>
        <p class="polls__intro">{s.intro}</p>
        <nav class="polls__toc" aria-label={s.onThisPage}>
          <ul>
            <li>
              <a href="#danh-gia-cong">{s.rateHeading}</a>
            </li>
            <li>
              <a href="#tham-do">{s.pollsHeading}</a>
            </li>
          </ul>
        </nav>

        <section class="polls__section" aria-labelledby="danh-gia-cong">
          <h2 id="danh-gia-cong">{s.rateHeading}</h2>
          {mine ? (
            <>
              <ErrorSummary problems={form.problems} lang={lang} />
              <MyScores env={env} scores={mine} />
            </>
          ) : (
            <>
              <p>{s.rateIntro}</p>
              <RatingForm env={env} form={form} />
            </>
          )}
          <h3 class="polls__subheading">{s.ratingResults}</h3>
          <RatingTable summary={summary} lang={lang} />
        </section>

        <section class="polls__section" aria-labelledby="tham-do">
          <h2 id="tham-do">{s.pollsHeading}</h2>
          {s.vietnameseOnly && <p class="polls__note">{s.vietnameseOnly}</p>}
          {polls.length === 0 && <p>{s.noPolls}</p>}
          <ul class="poll-list">
            {polls.map((p) => (
              <li class={`poll-item poll-item--${p.state}`}>
                <h3 class="poll-item__title">
                  <a href={pollUrl(lang, p.item.slug)}>{p.item.title}</a>
                </h3>
                <p class="poll-item__meta">
                  <StateBadge state={p.state} lang={lang} /> {s.period}: <Period poll={p} lang={lang} />
                </p>
                {p.state !== 'upcoming' && (
                  <p class="poll-item__links">
                    {p.state === 'open' && (
                      <>
                        <a href={pollUrl(lang, p.item.slug)}>{s.takePart}</a>
                        {' · '}
                      </>
                    )}
                    <a href={resultsUrl(lang, p.item.slug)}>{s.seeResults}</a>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </Layout>
  );
}

/** Why the results are not shown yet (the rule of the poll, this reader, its state). */
function ResultsHidden({ poll, lang }: { poll: PollItem; lang: 'vi' | 'en' }) {
  const s = pollStrings[lang];
  if (poll.state === 'upcoming') return <p class="notice">{s.upcomingNotice(formatStamp(poll.opensAt))}</p>;
  if (poll.showResults === 'afterClosing') return <p class="notice">{poll.closesAt ? s.resultsAfterClosing(formatStamp(poll.closesAt)) : s.resultsAfterClosingNoDate}</p>;
  return <p class="notice">{s.resultsAfterVoting}</p>;
}

export function PollPage({ env, poll, mine, visible, form }: { env: PageEnv; poll: PollItem; mine: number | undefined; visible: boolean; form?: FormState | undefined }) {
  const { lang } = env;
  const s = pollStrings[lang];
  const item = poll.item;
  const problem = form?.problems.find((p) => p.field === optionInputId(0))?.message;
  const showForm = poll.state === 'open' && mine === undefined && form !== undefined;
  return (
    <Layout env={env} title={item.title} description={item.summary || s.intro} canonical={pollUrl(lang, item.slug)} breadcrumb={[{ label: s.title, href: pollPaths[lang] }, { label: item.title }]}>
      <div class="container polls">
        <article class="poll">
          <h1 class="page-title">{item.title}</h1>
          {item.is_demo === 1 && <p class="notice">{s.demo}</p>}
          {/* a refusal where no form is shown (a second vote, a closed poll) is still said first */}
          {!showForm && form && <ErrorSummary problems={form.problems} lang={lang} />}
          <PollFacts poll={poll} lang={lang} />
          {item.summary && <p class="poll__summary">{item.summary}</p>}
          {item.body && <div class="article-body" dangerouslySetInnerHTML={{ __html: item.body }} />}

          {mine !== undefined && (
            <p class="notice poll-thanks" role="status">
              {s.voted(poll.options[mine] ?? '')}
            </p>
          )}
          {poll.state === 'upcoming' && <p class="notice">{s.upcomingNotice(formatStamp(poll.opensAt))}</p>}
          {poll.state === 'closed' && <p class="notice">{s.closedNotice}</p>}

          {showForm && form && (
            <form method="post" action={pollUrl(lang, item.slug)} class="poll-form" noValidate>
              <ErrorSummary problems={form.problems} lang={lang} />
              <input type="hidden" name="_t" value={form.token} />
              <fieldset class={`poll-options${problem ? ' form-field--error' : ''}`} aria-describedby={problem ? 'poll-hint poll-error' : 'poll-hint'}>
                <legend>{s.chooseOne}</legend>
                <p class="form-hint" id="poll-hint">
                  {s.voteHint}
                </p>
                {problem && (
                  <p class="error-message" id="poll-error">
                    {problem}
                  </p>
                )}
                {poll.options.map((option, i) => (
                  <div class="poll-option">
                    <input type="radio" id={optionInputId(i)} name="option" value={String(i)} checked={form.values.option === String(i)} required />
                    <label for={optionInputId(i)}>{option}</label>
                  </div>
                ))}
              </fieldset>
              <Honeypot lang={lang} id="po-website" />
              <p class="form-privacy">{s.privacy}</p>
              <button type="submit" class="button">
                {s.vote}
              </button>
            </form>
          )}

          {poll.state !== 'upcoming' &&
            (visible ? (
              <p class="poll__links">
                <a class="button button--secondary" href={resultsUrl(lang, item.slug)}>
                  {s.seeResults}
                </a>
              </p>
            ) : (
              <ResultsHidden poll={poll} lang={lang} />
            ))}
          <p>
            <a href={`${pollPaths[lang]}#tham-do`}>{s.allPolls}</a>
          </p>
        </article>
      </div>
    </Layout>
  );
}

export function ResultsPage({ env, poll, mine, visible, tally }: { env: PageEnv; poll: PollItem; mine: number | undefined; visible: boolean; tally: Tally | undefined }) {
  const { lang } = env;
  const s = pollStrings[lang];
  const item = poll.item;
  const title = s.resultsTitle(item.title);
  return (
    <Layout env={env} title={title} description={item.summary || s.intro} canonical={resultsUrl(lang, item.slug)} breadcrumb={[{ label: s.title, href: pollPaths[lang] }, { label: item.title, href: pollUrl(lang, item.slug) }, { label: s.results }]}>
      <div class="container polls">
        <article class="poll">
          <h1 class="page-title">{title}</h1>
          {item.is_demo === 1 && <p class="notice">{s.demo}</p>}
          <PollFacts poll={poll} lang={lang} />
          {mine !== undefined && (
            <p class="notice poll-thanks" role="status">
              {s.voted(poll.options[mine] ?? '')}
            </p>
          )}
          {visible && tally ? (
            <>
              {tally.total === 0 && <p>{s.noVotes}</p>}
              <ResultsTable poll={poll} tally={tally} mine={mine} lang={lang} />
            </>
          ) : (
            <ResultsHidden poll={poll} lang={lang} />
          )}
          <p class="poll__links">
            {poll.state === 'open' && mine === undefined && (
              <>
                <a class="button" href={pollUrl(lang, item.slug)}>
                  {s.takePart}
                </a>{' '}
              </>
            )}
            <a href={`${pollPaths[lang]}#tham-do`}>{s.allPolls}</a>
          </p>
        </article>
      </div>
    </Layout>
  );
}
