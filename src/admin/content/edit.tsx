// Creating and editing items of any declared type in the back office: the form pages, save,
// autosave (JSON) and workflow moves. Bad field values come back on the form, each message next
// to its field in the user's language; workflow refusals as the page's error, never as a 500.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { can } from '../../core/auth/permissions.ts';
import { listCategories } from '../../core/content/categories.ts';
import type { ContentTypeDeclaration } from '../../core/content-types/declaration.ts';
import { parseFields } from '../../core/content-types/field-index.ts';
import { checkLinks, FieldsInvalid, validateFields } from '../../core/content-types/validate.ts';
import type { AppContext } from '../../core/context.ts';
import type { Content, Language } from '../../core/db/schema.ts';
import { AppError, parseId } from '../../core/errors.ts';
import type { Auth } from '../../core/http/auth.ts';
import { moduleOfType } from '../../core/modules.ts';
import { formatStamp, parseLocalInput } from '../../core/text/datetime.ts';
import { createDraft, editingContext, getForActor, saveContent, transition } from '../../core/workflow/content.ts';
import { WorkflowError } from '../../core/workflow/errors.ts';
import { transitions, type Transition } from '../../core/workflow/states.ts';
import { adminEnv, adminLanguage, type AdminEnv } from '../env.ts';
import { formValue } from '../forms.tsx';
import { guard } from '../guard.ts';
import { sendAdminPage } from '../respond.ts';
import { ContentForm, type Envelope } from './ContentForm.tsx';
import { jsonRawFields, loadChoices, postedFields, shownFields, type RawFields } from './field-values.ts';
import { contentText } from './i18n.ts';
import { declarationOrNotFound } from './types.ts';

type TypeRequest = FastifyRequest;
type ItemRequest = FastifyRequest<{ Params: { id: string }; Querystring: { ok?: string } }>;
type MoveRequest = FastifyRequest<{ Params: { id: string; move: string } }>;
type AutosaveRequest = FastifyRequest<{ Params: { id: string }; Body: { title?: unknown; summary?: unknown; body?: unknown; baseRevision?: unknown; fields?: unknown } }>;

/**
 * Where a handler works: the declared type (the URL's `:type`, or the one an older address stands
 * for) and the base its redirects after a change go to, `/admin/content/<type>` unless an older
 * address keeps its own (its pages redirect to the generic ones in turn).
 */
export interface Place {
  type: string;
  back?: string | undefined;
}

interface FormState {
  envelope: Envelope;
  values: RawFields;
  errors?: Record<string, string>;
  flash?: string | undefined;
  error?: string | undefined;
  status?: number;
}

const meta = (request: FastifyRequest) => ({ ip: request.ip, actorEmail: request.auth?.user.email });
const itemBase = (declaration: ContentTypeDeclaration, id: number, place?: Place) => `${place?.back ?? `/admin/content/${encodeURIComponent(declaration.type)}`}/${id}`;

/** The item of `:id`, which must be of the place's type and visible to the (already guarded) actor (else 404 / 403). */
async function itemOf(ctx: AppContext, auth: Auth, request: FastifyRequest<{ Params: { id: string } }>, declaration: ContentTypeDeclaration): Promise<Content> {
  const content = await getForActor(ctx.db.kysely, auth.actor, parseId(request.params.id));
  if (content.type !== declaration.type) throw new AppError('NOT_FOUND');
  return content;
}

function envelopeOf(content: Content): Envelope {
  return { title: content.title, summary: content.summary, body: content.body, categoryId: content.category_id };
}

function postedEnvelope(body: unknown): Envelope {
  return { title: formValue(body, 'title'), summary: formValue(body, 'summary'), body: formValue(body, 'body'), categoryId: Number(formValue(body, 'category')) || null };
}

async function renderForm(ctx: AppContext, env: AdminEnv, reply: FastifyReply, declaration: ContentTypeDeclaration, content: Content | undefined, state: FormState) {
  const db = ctx.db.kysely;
  let previewToken: string | undefined;
  let warning: string | undefined;
  if (content) {
    const editing = await editingContext(db, content.id, env.auth!.user.id);
    previewToken = editing.previewToken;
    if (editing.otherEditor) warning = env.t.otherEditor(editing.otherEditor.name, formatStamp(editing.otherEditor.at));
  }
  return sendAdminPage(
    reply,
    <ContentForm
      env={env}
      declaration={declaration}
      content={content}
      envelope={state.envelope}
      values={state.values}
      errors={state.errors}
      categories={declaration.categories ? await listCategories(db, declaration.type) : []}
      choices={await loadChoices(db, declaration.fields)}
      previewToken={previewToken}
      flash={state.flash}
      error={state.error}
      warning={warning}
    />,
    state.status ?? 200,
  );
}

/** Checks posted field values as the API does (validateFields + checkLinks); throws FieldsInvalid. */
async function checkedFields(ctx: AppContext, declaration: ContentTypeDeclaration, raw: RawFields) {
  const values = await validateFields(declaration, raw, 'form');
  await checkLinks(ctx.db.kysely, declaration, values);
  return values;
}

function problemsByField(error: FieldsInvalid, lang: Language): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of error.problems) out[p.field] = out[p.field] ? `${out[p.field]} ${p.message[lang]}` : p.message[lang];
  return out;
}

export async function showNewForm(ctx: AppContext, request: TypeRequest, reply: FastifyReply, place: Place) {
  const auth = await guard(ctx, request);
  const declaration = declarationOrNotFound(place.type);
  if (declaration.adminPath) return reply.redirect(`${declaration.adminPath}/new`, 303);
  if (!can(auth.actor, 'article.create', declaration.type)) throw new AppError('FORBIDDEN');
  return renderForm(ctx, await adminEnv(ctx, request), reply, declaration, undefined, { envelope: { title: '', summary: '', body: '', categoryId: null }, values: {} });
}

export async function createItem(ctx: AppContext, request: TypeRequest, reply: FastifyReply, place: Place) {
  const auth = await guard(ctx, request);
  const declaration = declarationOrNotFound(place.type);
  if (!can(auth.actor, 'article.create', declaration.type)) throw new AppError('FORBIDDEN');
  const envelope = postedEnvelope(request.body);
  const values = postedFields(declaration, request.body);
  try {
    const fields = await checkedFields(ctx, declaration, values);
    const content = await createDraft(
      ctx.db.kysely,
      auth.actor,
      declaration.type,
      { title: envelope.title, summary: envelope.summary, body: envelope.body, categoryId: declaration.categories ? (envelope.categoryId ?? (declaration.categoryOptional ? null : 0)) : null, fields },
      { ...meta(request), afterInsert: (trx, id) => moduleOfType(declaration.type)?.afterCreate?.(trx, id, { name: auth.user.name }) ?? Promise.resolve() },
    );
    return reply.redirect(`${itemBase(declaration, content.id, place)}?ok=created`, 303);
  } catch (error) {
    if (!(error instanceof FieldsInvalid) && (!(error instanceof WorkflowError) || error.code === 'FORBIDDEN')) throw error;
    const env = await adminEnv(ctx, request);
    if (error instanceof FieldsInvalid) return renderForm(ctx, env, reply, declaration, undefined, { envelope, values, errors: problemsByField(error, env.lang), error: env.t.fieldsInvalid, status: 400 });
    return renderForm(ctx, env, reply, declaration, undefined, { envelope, values, error: error.messageIn(env.lang), status: error.status });
  }
}

export async function showEditForm(ctx: AppContext, request: ItemRequest, reply: FastifyReply, place: Place) {
  const auth = await guard(ctx, request);
  const declaration = declarationOrNotFound(place.type);
  const content = await itemOf(ctx, auth, request, declaration);
  if (declaration.adminPath) return reply.redirect(`${declaration.adminPath}/${content.id}`, 303);
  const env = await adminEnv(ctx, request);
  const ok = request.query.ok;
  const flash = ok === 'created' ? contentText[env.lang].created : ok === 'saved' ? env.t.saved : ok === 'moved' ? env.t.movedOk(env.t.statuses[content.status]!) : undefined;
  return renderForm(ctx, env, reply, declaration, content, { envelope: envelopeOf(content), values: shownFields(declaration, parseFields(content.fields)), flash });
}

export async function saveItem(ctx: AppContext, request: ItemRequest, reply: FastifyReply, place: Place) {
  const auth = await guard(ctx, request);
  const declaration = declarationOrNotFound(place.type);
  const content = await itemOf(ctx, auth, request, declaration);
  const envelope = postedEnvelope(request.body);
  const values = postedFields(declaration, request.body);
  try {
    const fields = await checkedFields(ctx, declaration, values);
    await saveContent(
      ctx.db.kysely,
      auth.actor,
      content.id,
      { title: envelope.title, summary: envelope.summary, body: envelope.body, fields, ...(declaration.categories && envelope.categoryId ? { categoryId: envelope.categoryId } : {}) },
      { ...meta(request), baseRevision: Number(formValue(request.body, 'baseRevision')) || undefined },
    );
    return reply.redirect(`${itemBase(declaration, content.id, place)}?ok=saved`, 303);
  } catch (error) {
    if (!(error instanceof FieldsInvalid) && (!(error instanceof WorkflowError) || error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) throw error;
    const env = await adminEnv(ctx, request);
    if (error instanceof FieldsInvalid) return renderForm(ctx, env, reply, declaration, content, { envelope, values, errors: problemsByField(error, env.lang), error: env.t.fieldsInvalid, status: 400 });
    return renderForm(ctx, env, reply, declaration, content, { envelope, values, error: error.messageIn(env.lang), status: error.status });
  }
}

export async function autosaveItem(ctx: AppContext, request: AutosaveRequest, reply: FastifyReply, place: Place) {
  const auth = await guard(ctx, request);
  const declaration = declarationOrNotFound(place.type);
  const content = await itemOf(ctx, auth, request, declaration);
  const b = request.body ?? {};
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const lang = adminLanguage(request);
  try {
    const raw = b.fields === undefined ? undefined : jsonRawFields(b.fields);
    if (b.fields !== undefined && !raw) throw new AppError('BAD_BODY');
    const fields = raw ? await checkedFields(ctx, declaration, raw) : undefined;
    const saved = await saveContent(ctx.db.kysely, auth.actor, content.id, { title: str(b.title), summary: str(b.summary), body: str(b.body), fields }, {
      ...meta(request),
      note: 'autosave',
      baseRevision: typeof b.baseRevision === 'number' ? b.baseRevision : Number(b.baseRevision) || undefined,
    });
    return { revision: saved.revision, savedAt: saved.updated_at };
  } catch (error) {
    // An autosave with a half-typed bad value saves nothing and says why; the explicit save shows it at the field.
    if (error instanceof FieldsInvalid) {
      // each problem under the label the editor sees on the form, never the internal field name
      const said = (l: Language) => error.problems.map((p) => `${declaration.fields.find((f) => f.name === p.field)?.label[l] ?? p.field}: ${p.message[l]}`).join(' ');
      return reply.code(400).send({ error: { code: 'BAD_FIELDS', message: said(lang), messageVi: said('vi') } });
    }
    if (!(error instanceof WorkflowError)) throw error;
    return reply.code(error.status).send({ error: { code: error.code, message: error.messageIn(lang), messageVi: error.messageIn('vi') } });
  }
}

export async function moveItem(ctx: AppContext, request: MoveRequest, reply: FastifyReply, place: Place) {
  const auth = await guard(ctx, request);
  const declaration = declarationOrNotFound(place.type);
  const move = request.params.move as Transition;
  if (!Object.hasOwn(transitions, move)) return reply.callNotFound();
  const content = await itemOf(ctx, auth, request, declaration);
  const body = request.body;
  const publishAtRaw = formValue(body, 'publishAt');
  try {
    await transition(
      ctx.db.kysely,
      auth.actor,
      content.id,
      move,
      {
        reason: formValue(body, 'reason') || undefined,
        kind: formValue(body, 'kind') || undefined,
        redirectTo: formValue(body, 'redirectTo') || undefined,
        publishAt: publishAtRaw ? (parseLocalInput(publishAtRaw)?.toISOString() ?? 'invalid') : undefined,
      },
      meta(request),
    );
    return reply.redirect(`${itemBase(declaration, content.id, place)}?ok=moved`, 303);
  } catch (error) {
    if (!(error instanceof WorkflowError) || error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN') throw error;
    const env = await adminEnv(ctx, request);
    const current = await getForActor(ctx.db.kysely, auth.actor, content.id);
    return renderForm(ctx, env, reply, declaration, current, { envelope: envelopeOf(current), values: shownFields(declaration, parseFields(current.fields)), error: error.messageIn(env.lang), status: error.status });
  }
}
