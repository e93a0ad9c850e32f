// The public form of a submission kind, and the handling of what it sends. Every field is checked
// on the server; problems are shown beside their field and in a summary that takes focus
// (public/js/site.js), in the reader's language; nothing is stored unless all is well. What people
// type is only ever shown as text. A kind that takes attachments gets a file input and a
// multipart form; the files are judged by their content and stored privately with the submission
// (files.ts), and the body is read with limits and anti-spam checks before any file (body.ts).
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppContext } from '../context.ts';
import { optionLabel, type FieldDeclaration, type FieldValues } from '../content-types/declaration.ts';
import { FieldsInvalid, validateFields } from '../content-types/validate.ts';
import type { Database, Language } from '../db/schema.ts';
import { appSecret } from '../settings.ts';
import { toNfc } from '../text/fold.ts';
import { fieldSetOf, type SubmissionKind } from './declaration.ts';
import {
  attemptsThisHour,
  challengeAfter,
  challengeAnswered,
  challengeQuestion,
  checkFormToken,
  countAttempt,
  honeypotName,
  issueFormToken,
  limitKey,
  perAddressPerHour,
  perContactPerHour,
  secondsToNextHour,
} from './guard.ts';
import { cleanOriginalName } from '../media/process.ts';
import { attachmentInput, readSentBody, type BodyFailure } from './body.ts';
import { AttachmentRefused, attachmentAccept, checkAttachment, type CheckedAttachment } from './files.ts';
import { submissionStrings } from './i18n.ts';
import { receive, type Received } from './store.ts';

const secrets = new WeakMap<Kysely<Database>, Promise<string>>();
/** The installation's secret, read once per database handle. */
export function formSecret(db: Kysely<Database>): Promise<string> {
  let secret = secrets.get(db);
  if (!secret) {
    secret = appSecret(db);
    secrets.set(db, secret);
  }
  return secret;
}

/** One problem of a sent form: the input it belongs to ('form' for the whole form) and why. */
export interface FormProblem {
  field: string;
  message: string;
}

/** What the form shows: the values typed so far and the problems, if any. */
export interface FormState {
  token: string;
  values: Record<string, string>;
  problems: FormProblem[];
  /** the check question, when this address must answer one */
  challenge?: string | undefined;
  /** a file was sent with a form that came back: browsers never keep it, so the sender is told to choose it again */
  reattach?: boolean | undefined;
}

export async function freshForm(ctx: AppContext, request: FastifyRequest, kind: SubmissionKind, lang: Language, now = new Date()): Promise<FormState> {
  const secret = await formSecret(ctx.db.kysely);
  const token = issueFormToken(secret, kind.kind, now);
  const attempts = await attemptsThisHour(ctx.db.kysely, limitKey(secret, 'ip', request.ip), now);
  return { token, values: {}, problems: [], challenge: attempts >= challengeAfter ? challengeQuestion(secret, token, lang) : undefined };
}

export type SubmitOutcome = { ok: true; received: Received } | { ok: false; status: 400 | 413 | 429; state: FormState; retryAfter?: number };

const namePattern = /^[\p{L}\p{M}][\p{L}\p{M}\s.'’-]{1,99}$/u;
const emailPattern = /^[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[^\s@<>"'(),;:]{2,}$/;
const digits = (phone: string) => phone.replace(/\D/g, '');

export interface SubmitOptions {
  /** the item it is about (a draft), already checked by the caller */
  subjectId?: number | null;
  /** the module's own rules on the checked values (an article of this draft), as problems of inputs */
  check?: (fields: FieldValues) => FormProblem[];
  now?: Date;
}

/** Why the transport of a form was refused, as the sender reads it, and the status. */
function bodyProblem(failure: BodyFailure, kind: SubmissionKind, lang: Language): { problem: FormProblem; status: 400 | 413 } {
  const s = submissionStrings[lang].problems;
  const max = kind.attachments?.max ?? 0;
  switch (failure.code) {
    case 'tooLarge':
      return { problem: { field: attachmentInput, message: s.fileTooLarge(failure.name ? cleanOriginalName(failure.name) : '', kind.attachments?.maxMb ?? 0) }, status: 413 };
    case 'tooManyFiles':
      return max > 0 ? { problem: { field: attachmentInput, message: s.tooManyFiles(max) }, status: 413 } : { problem: { field: 'form', message: s.noFilesTaken }, status: 400 };
    case 'tooManyFields':
    case 'fieldTooLong':
      return { problem: { field: 'form', message: s.bodyTooLarge }, status: 413 };
    default:
      return { problem: { field: 'form', message: s.badUpload }, status: 400 };
  }
}

/**
 * Checks and stores one sent form of a kind, url-encoded or multipart (with the kind's attached
 * files). The checks that need no file run before any file is read (see body.ts); the files are
 * checked by their content with the other fields, and stored with the submission only when all
 * is well.
 */
export async function handleSubmission(ctx: AppContext, request: FastifyRequest, kind: SubmissionKind, lang: Language, options: SubmitOptions = {}): Promise<SubmitOutcome> {
  const now = options.now ?? new Date();
  const subjectId = options.subjectId ?? null;
  const db = ctx.db.kysely;
  const s = submissionStrings[lang].problems;
  const secret = await formSecret(db);

  const ipKey = limitKey(secret, 'ip', request.ip);
  const attempts = await attemptsThisHour(db, ipKey, now);
  await countAttempt(db, [ipKey], now);
  const token = issueFormToken(secret, kind.kind, now);
  const needsChallenge = attempts >= challengeAfter;
  const valuesOf = (sent: Map<string, string>) => {
    const values: Record<string, string> = {};
    for (const name of ['name', 'email', 'phone', ...kind.fields.map((f) => `f.${f.name}`)]) values[name] = toNfc(sent.get(name) ?? '');
    return values;
  };
  const refuse = (sent: Map<string, string>, problems: FormProblem[], status: 400 | 413 | 429 = 400, extra: { retryAfter?: number; reattach?: boolean } = {}): SubmitOutcome => ({
    ok: false,
    status,
    // the next form asks the question once this address has tried a few times
    state: { token, values: valuesOf(sent), problems, challenge: attempts + 1 >= challengeAfter ? challengeQuestion(secret, token, lang) : undefined, reattach: extra.reattach },
    ...(extra.retryAfter ? { retryAfter: extra.retryAfter } : {}),
  });

  // Token, honeypot, limit per address and check question: what needs no file.
  const gate = async (sent: Map<string, string>): Promise<SubmitOutcome | undefined> => {
    const checked = checkFormToken(secret, kind.kind, sent.get('_t'), now);
    if ('problem' in checked) return refuse(sent, [{ field: 'form', message: s[checked.problem === 'missing' ? 'formMissing' : checked.problem] }]);
    if ((sent.get(honeypotName) ?? '') !== '') return refuse(sent, [{ field: 'form', message: s.honeypot }]);
    if (await overLimit(db, limitKey(secret, 'ipok', request.ip), perAddressPerHour, now)) return refuse(sent, [{ field: 'form', message: s.tooMany(Math.ceil(secondsToNextHour(now) / 60)) }], 429, { retryAfter: secondsToNextHour(now) });
    if (needsChallenge && !challengeAnswered(secret, checked.nonce, sent.get('challenge'))) return refuse(sent, [{ field: 'challenge', message: s.challenge }]);
    return undefined;
  };
  const gated: { ran: boolean; outcome?: SubmitOutcome | undefined } = { ran: false };
  const sent = await readSentBody(request, kind, async (fields) => {
    gated.ran = true;
    gated.outcome = await gate(fields);
    return gated.outcome === undefined;
  });
  if (gated.outcome) return gated.outcome;
  if (sent.failure) {
    const { problem, status } = bodyProblem(sent.failure, kind, lang);
    return refuse(sent.fields, [problem], status);
  }
  if (!gated.ran) {
    const outcome = await gate(sent.fields);
    if (outcome) return outcome;
  }
  const values = valuesOf(sent.fields);

  const problems: FormProblem[] = [];
  const contact = kind.contact;
  const name = values.name!.replace(/\s+/g, ' ').trim();
  const email = values.email!.trim();
  const phone = values.phone!.trim();
  if (contact.name !== 'none') {
    if (name === '') {
      if (contact.name === 'required') problems.push({ field: 'name', message: s.required });
    } else if (!namePattern.test(name)) problems.push({ field: 'name', message: s.nameInvalid });
  }
  if (contact.email !== 'none' && email !== '' && (email.length > 254 || !emailPattern.test(email))) problems.push({ field: 'email', message: s.emailInvalid });
  if (contact.phone !== 'none' && phone !== '' && (!/^[\d\s+().-]{9,25}$/.test(phone) || digits(phone).length < 9 || digits(phone).length > 15)) problems.push({ field: 'phone', message: s.phoneInvalid });
  if (contact.emailOrPhone && email === '' && phone === '') problems.push({ field: 'email', message: s.emailOrPhone });
  else {
    if (contact.email === 'required' && email === '') problems.push({ field: 'email', message: s.required });
    if (contact.phone === 'required' && phone === '') problems.push({ field: 'phone', message: s.required });
  }

  let fields: FieldValues = {};
  const input: FieldValues = {};
  for (const field of kind.fields) if (values[`f.${field.name}`] !== '') input[field.name] = values[`f.${field.name}`];
  try {
    fields = await validateFields(fieldSetOf(kind), input, 'form');
  } catch (error) {
    if (!(error instanceof FieldsInvalid)) throw error;
    for (const p of error.problems) problems.push({ field: `f.${p.field}`, message: p.message[lang] });
  }

  // Attached files, judged by their content (files.ts); a kind without attachments took none (body.ts).
  const files: CheckedAttachment[] = [];
  for (const file of sent.files) {
    try {
      files.push(await checkAttachment(file.data, file.name));
    } catch (error) {
      if (!(error instanceof AttachmentRefused)) throw error;
      problems.push({ field: attachmentInput, message: error.messageIn(lang) });
    }
  }
  if (problems.length === 0 && options.check) problems.push(...options.check(fields));
  const reattach = sent.files.length > 0 && !problems.some((p) => p.field === attachmentInput);
  if (problems.length > 0) return refuse(sent.fields, problems, 400, { reattach });

  const contactKey = email || digits(phone);
  if (contactKey && (await overLimit(db, limitKey(secret, 'contact', contactKey), perContactPerHour, now))) {
    return refuse(sent.fields, [{ field: 'form', message: s.tooMany(Math.ceil(secondsToNextHour(now) / 60)) }], 429, { retryAfter: secondsToNextHour(now), reattach });
  }
  const received = await receive(db, kind, { name, email, phone }, fields, subjectId, now, files.length > 0 ? { dataDir: ctx.config.dataDir, files } : undefined);
  await countAttempt(db, [limitKey(secret, 'ipok', request.ip), ...(contactKey ? [limitKey(secret, 'contact', contactKey)] : [])], now);
  return { ok: true, received };
}

async function overLimit(db: Kysely<Database>, key: string, limit: number, now: Date): Promise<boolean> {
  return (await attemptsThisHour(db, key, now)) >= limit;
}

// ---- The form ----

const problemOf = (state: FormState, field: string) => state.problems.find((p) => p.field === field)?.message;
const inputId = (name: string) => `sf-${name.replace(/\./g, '-')}`;

function Described({ name, hint, problem }: { name: string; hint?: string | undefined; problem?: string | undefined }) {
  return (
    <>
      {hint && (
        <p class="form-hint" id={`${inputId(name)}-hint`}>
          {hint}
        </p>
      )}
      {problem && (
        <p class="error-message" id={`${inputId(name)}-error`}>
          {problem}
        </p>
      )}
    </>
  );
}

const describedBy = (name: string, hint: boolean, problem: boolean) => [hint ? `${inputId(name)}-hint` : '', problem ? `${inputId(name)}-error` : ''].filter(Boolean).join(' ') || undefined;

function FieldInput({ field, state, lang, choices }: { field: FieldDeclaration; state: FormState; lang: Language; choices?: Choice[] | undefined }) {
  const name = `f.${field.name}`;
  const id = inputId(name);
  const value = state.values[name] ?? '';
  const problem = problemOf(state, name);
  const hint = field.hint?.[lang];
  const s = submissionStrings[lang];
  const common = { id, name, 'aria-invalid': problem ? ('true' as const) : undefined, 'aria-describedby': describedBy(name, Boolean(hint), Boolean(problem)), required: field.required };
  return (
    <div class={`form-field${problem ? ' form-field--error' : ''}`}>
      <label for={id}>
        {field.label[lang]} <span class="form-field__need">{field.required ? s.required : s.optional}</span>
      </label>
      <Described name={name} hint={hint} problem={problem} />
      {field.kind === 'longText' ? (
        <textarea {...common} rows={8} maxLength={field.maxLength}>
          {value}
        </textarea>
      ) : field.kind === 'select' || choices ? (
        <select {...common}>
          <option value="">{choices?.find((c) => c.value === '')?.label ?? '—'}</option>
          {(choices ?? (field.options ?? []).map((o) => ({ value: o.value, label: o.label[lang] })))
            .filter((c) => c.value !== '')
            .map((c) => (
              <option value={c.value} selected={c.value === value}>
                {c.label}
              </option>
            ))}
        </select>
      ) : (
        <input {...common} type={field.kind === 'date' ? 'date' : 'text'} value={value} maxLength={field.maxLength} />
      )}
    </div>
  );
}

function ContactInput({ name, type, need, state, lang, autoComplete, hint }: { name: 'name' | 'email' | 'phone'; type: string; need: 'required' | 'optional'; state: FormState; lang: Language; autoComplete: string; hint?: string | undefined }) {
  const s = submissionStrings[lang];
  const id = inputId(name);
  const problem = problemOf(state, name);
  return (
    <div class={`form-field${problem ? ' form-field--error' : ''}`}>
      <label for={id}>
        {s[name]} <span class="form-field__need">{need === 'required' ? s.required : s.optional}</span>
      </label>
      <Described name={name} hint={hint} problem={problem} />
      <input id={id} name={name} type={type} value={state.values[name] ?? ''} autoComplete={autoComplete} maxLength={name === 'email' ? 254 : 100} required={need === 'required'} aria-invalid={problem ? 'true' : undefined} aria-describedby={describedBy(name, Boolean(hint), Boolean(problem))} />
    </div>
  );
}

/** The summary's links go to the inputs (the whole form's problems have no input). */
function ErrorSummary({ state, lang }: { state: FormState; lang: Language }) {
  if (state.problems.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} data-focus-on-load>
      <h2>{submissionStrings[lang].errorSummary}</h2>
      <ul>
        {state.problems.map((p) => (
          <li>{p.field === 'form' ? p.message : <a href={`#${inputId(p.field)}`}>{p.message}</a>}</li>
        ))}
      </ul>
    </div>
  );
}

/** A choice offered for a text field whose values depend on the item (a draft's articles); '' is the empty choice's label. */
export interface Choice {
  value: string;
  label: string;
}

/**
 * The file input of a kind that takes attachments. It comes after every other input: a multipart
 * body is read in order, and the checks that need no file (token, honeypot, check question) run
 * on what came before the first file.
 */
function AttachmentInput({ kind, state, lang }: { kind: SubmissionKind; state: FormState; lang: Language }) {
  const attachments = kind.attachments;
  if (!attachments || attachments.max < 1) return null;
  const s = submissionStrings[lang];
  const id = inputId(attachmentInput);
  const problem = state.problems
    .filter((p) => p.field === attachmentInput)
    .map((p) => p.message)
    .join(' ');
  const hint = [s.attachmentHint(attachments.max, attachments.maxMb), state.reattach ? s.reattach : ''].filter(Boolean).join(' ');
  return (
    <div class={`form-field${problem ? ' form-field--error' : ''}`}>
      <label for={id}>
        {s.attachment} <span class="form-field__need">{s.optional}</span>
      </label>
      <Described name={attachmentInput} hint={hint} problem={problem || undefined} />
      <input id={id} name={attachmentInput} type="file" accept={attachmentAccept} multiple={attachments.max > 1} aria-invalid={problem ? 'true' : undefined} aria-describedby={describedBy(attachmentInput, true, Boolean(problem))} />
    </div>
  );
}

export function SubmissionForm({ kind, state, lang, action, submitLabel, hidden = {}, choices = {} }: { kind: SubmissionKind; state: FormState; lang: Language; action: string; submitLabel?: string; hidden?: Record<string, string>; choices?: Record<string, Choice[]> }) {
  const s = submissionStrings[lang];
  const c = kind.contact;
  const challengeProblem = problemOf(state, 'challenge');
  const takesFiles = (kind.attachments?.max ?? 0) > 0;
  return (
    <form method="post" action={action} class="submission-form" enctype={takesFiles ? 'multipart/form-data' : undefined} noValidate>
      <ErrorSummary state={state} lang={lang} />
      <input type="hidden" name="_t" value={state.token} />
      {Object.entries(hidden).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      {kind.fields.map((field) => (
        <FieldInput field={field} state={state} lang={lang} choices={choices[field.name]} />
      ))}
      {c.name !== 'none' && <ContactInput name="name" type="text" need={c.name} state={state} lang={lang} autoComplete="name" />}
      {c.email !== 'none' && <ContactInput name="email" type="email" need={c.emailOrPhone ? 'optional' : c.email} state={state} lang={lang} autoComplete="email" hint={c.emailOrPhone ? s.emailOrPhoneHint : undefined} />}
      {c.phone !== 'none' && <ContactInput name="phone" type="tel" need={c.emailOrPhone ? 'optional' : c.phone} state={state} lang={lang} autoComplete="tel" />}
      {/* people never see this input; robots that fill every input do */}
      <div class="form-honeypot" aria-hidden="true">
        <label for={inputId(honeypotName)}>{s.honeypot}</label>
        <input id={inputId(honeypotName)} name={honeypotName} type="text" tabIndex={-1} autoComplete="off" value="" />
      </div>
      {state.challenge && (
        <div class={`form-field${challengeProblem ? ' form-field--error' : ''}`}>
          <label for={inputId('challenge')}>
            {s.challenge}: {state.challenge}
          </label>
          <Described name="challenge" problem={challengeProblem} />
          <input id={inputId('challenge')} name="challenge" type="text" inputMode="numeric" autoComplete="off" maxLength={3} required aria-invalid={challengeProblem ? 'true' : undefined} aria-describedby={describedBy('challenge', false, Boolean(challengeProblem))} />
        </div>
      )}
      <AttachmentInput kind={kind} state={state} lang={lang} />
      <p class="form-privacy">{s.privacy}</p>
      <button type="submit" class="button">
        {submitLabel ?? s.send}
      </button>
    </form>
  );
}

/** A field's value as a reader sees it (a select's label, else the text). */
export function shownValue(field: FieldDeclaration, value: unknown, lang: Language): string {
  if (field.kind === 'select') return optionLabel(field.options, value, lang) ?? (typeof value === 'string' ? value : '');
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}
