// Pieces shared by the poll pages: the results as a table of answers with a bar, the count and the
// percentage as text (never a colour alone, and readable without JavaScript or CSS), the averages
// of the ratings, a poll's period and state, and the parts of the two forms.
import type { Language } from '../../../core/db/schema.ts';
import { honeypotName } from '../../../core/submissions/guard.ts';
import { formatDatetimeAttr, formatStamp } from '../../../core/text/datetime.ts';
import { pollPaths, resultsSegment, type PollState } from '../declaration.ts';
import { pollStrings } from '../i18n.ts';
import type { PollItem } from '../queries.ts';
import { criteria, type RatingSummary, type Tally } from '../store.ts';

export const pollUrl = (lang: Language, slug: string) => `${pollPaths[lang]}/${slug}`;
export const resultsUrl = (lang: Language, slug: string) => `${pollUrl(lang, slug)}/${resultsSegment[lang]}`;

const decimal = (lang: Language, n: number) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(n);
/** "36,6%" / "36.6%" */
export const percentText = (lang: Language, share: number) => `${decimal(lang, share)}%`;

export function When({ at }: { at: string }) {
  return at ? <time dateTime={formatDatetimeAttr(at)}>{formatStamp(at)}</time> : null;
}

export function StateBadge({ state, lang }: { state: PollState; lang: Language }) {
  return <span class={`state-badge state-badge--${state}`}>{pollStrings[lang].state[state]}</span>;
}

export function Period({ poll, lang }: { poll: PollItem; lang: Language }) {
  return (
    <>
      <When at={poll.opensAt} /> – {poll.closesAt ? <When at={poll.closesAt} /> : pollStrings[lang].noClosing}
    </>
  );
}

export function PollFacts({ poll, lang }: { poll: PollItem; lang: Language }) {
  const s = pollStrings[lang];
  return (
    <dl class="poll-facts">
      <dt>{s.period}</dt>
      <dd>
        <Period poll={poll} lang={lang} />
      </dd>
      <dt>{s.status}</dt>
      <dd>
        <StateBadge state={poll.state} lang={lang} />
      </dd>
    </dl>
  );
}

/** The votes for each answer: a table with a caption; each row has the count and the share as text, and a bar. */
export function ResultsTable({ poll, tally, mine, lang }: { poll: PollItem; tally: Tally; mine: number | undefined; lang: Language }) {
  const s = pollStrings[lang];
  return (
    <table class="poll-results">
      <caption>{s.resultsCaption(tally.total)}</caption>
      <thead>
        <tr>
          <th scope="col">{s.answer}</th>
          <th scope="col">{s.votes}</th>
          <th scope="col">{s.share}</th>
        </tr>
      </thead>
      <tbody>
        {poll.options.map((option, i) => {
          const count = tally.counts[i] ?? 0;
          const share = tally.total > 0 ? (count * 100) / tally.total : 0;
          const text = percentText(lang, share);
          return (
            <tr class={`poll-results__row${mine === i ? ' poll-results__row--mine' : ''}`}>
              <th scope="row" class="poll-results__answer">
                {option}
                {mine === i && <strong class="poll-results__mine"> {s.yourChoice}</strong>}
              </th>
              <td class="poll-results__count" data-label={s.votes}>
                {count.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')}
              </td>
              <td class="poll-results__share" data-label={s.share}>
                {/* the bar repeats the figure beside it, so it is hidden from screen readers */}
                <meter class="poll-bar" min={0} max={100} value={Number(share.toFixed(1))} aria-hidden="true">
                  {text}
                </meter>{' '}
                <span class="poll-results__percent">{text}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The average of each criterion out of 5, with the number of ratings in the caption. */
export function RatingTable({ summary, lang }: { summary: RatingSummary; lang: Language }) {
  const s = pollStrings[lang];
  if (summary.count === 0) return <p>{s.noRatings}</p>;
  return (
    <table class="poll-results rating-results">
      <caption>{s.ratingCaption(summary.count)}</caption>
      <thead>
        <tr>
          <th scope="col">{s.criterion}</th>
          <th scope="col">{s.average}</th>
        </tr>
      </thead>
      <tbody>
        {criteria.map((c) => {
          const avg = summary.averages[c];
          const text = s.outOfFive(decimal(lang, Math.round(avg * 10) / 10));
          return (
            <tr class="poll-results__row">
              <th scope="row" class="poll-results__answer">
                {s.criteria[c].label}
              </th>
              <td class="poll-results__share" data-label={s.average}>
                <meter class="poll-bar" min={0} max={5} value={Number(avg.toFixed(2))} aria-hidden="true">
                  {text}
                </meter>{' '}
                <span class="poll-results__percent">{text}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export interface FormProblem {
  /** the input's id it is about ('' for the whole form) */
  field: string;
  message: string;
}

/** What a form shows: its token, what was chosen, and why it was refused. */
export interface FormState {
  token: string;
  values: Record<string, string>;
  problems: FormProblem[];
}

/** The problems on top of a refused form, taking focus (public/js/site.js); links go to their input. */
export function ErrorSummary({ problems, lang }: { problems: FormProblem[]; lang: Language }) {
  if (problems.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} data-focus-on-load>
      <h2>{pollStrings[lang].errorSummary}</h2>
      <ul>
        {problems.map((p) => (
          <li>{p.field ? <a href={`#${p.field}`}>{p.message}</a> : p.message}</li>
        ))}
      </ul>
    </div>
  );
}

/** People never see this input; robots that fill every input do. */
export function Honeypot({ lang, id }: { lang: Language; id: string }) {
  return (
    <div class="form-honeypot" aria-hidden="true">
      <label for={id}>{pollStrings[lang].honeypot}</label>
      <input id={id} name={honeypotName} type="text" tabIndex={-1} autoComplete="off" value="" />
    </div>
  );
}
