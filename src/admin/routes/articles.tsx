// Writing and moving articles in the back office: new, edit, save, autosave (JSON), workflow
// moves. Every refusal is shown on the page in the user's language, never as a 500.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { listCategories } from '../../core/content/categories.ts';
import type { AppContext } from '../../core/context.ts';
import type { Content } from '../../core/db/schema.ts';
import { parseId } from '../../core/errors.ts';
import { queryOf } from '../../core/http/query-schema.ts';
import { formatStamp, parseLocalInput } from '../../core/text/datetime.ts';
import { createDraft, editingContext, getForActor, saveContent, transition } from '../../core/workflow/content.ts';
import { WorkflowError } from '../../core/workflow/errors.ts';
import { transitions, type Transition } from '../../core/workflow/states.ts';
import { moduleOfType } from '../../core/modules.ts';
import { articleDeclaration } from '../content/types.ts';
import { parseFields } from '../../core/content-types/field-index.ts';
import { checkLinks, FieldsInvalid, validateFields } from '../../core/content-types/validate.ts';
import { loadChoices, postedFields, shownFields, type RawFields } from '../content/field-values.ts';
import { adminEnv } from '../env.ts';
import { Field, Select, formValue } from '../forms.tsx';
import { guard } from '../guard.ts';
import { AdminLayout, CsrfField } from '../views/AdminLayout.tsx';
import { ArticleForm } from '../views/ArticleForm.tsx';
import { sendAdminPage } from './session.tsx';

export function registerArticleRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;
  const meta = (request: FastifyRequest) => ({ ip: request.ip, actorEmail: request.auth?.user.email });

  async function showEdit(request: FastifyRequest, reply: FastifyReply, content: Content, extra: { flash?: string; error?: string; status?: number; values?: RawFields; errors?: Record<string, string> } = {}) {
    const env = await adminEnv(ctx, request);
    const editing = await editingContext(db, content.id, env.auth!.user.id);
    const declaration = articleDeclaration();
    return sendAdminPage(
      reply,
      <ArticleForm
        env={env}
        content={content}
        categories={await listCategories(db, articleDeclaration().type)}
        previewToken={editing.previewToken}
        flash={extra.flash}
        error={extra.error}
        warning={editing.otherEditor ? env.t.otherEditor(editing.otherEditor.name, formatStamp(editing.otherEditor.at)) : undefined}
        declaration={declaration}
        values={extra.values ?? shownFields(declaration, parseFields(content.fields))}
        errors={extra.errors}
        choices={await loadChoices(db, declaration.fields)}
      />,
      extra.status ?? 200,
    );
  }

  app.get('/admin/articles/new', async (request, reply) => {
    const auth = await guard(ctx, request, 'article.create');
    const env = await adminEnv(ctx, request);
    const categories = (await listCategories(db, articleDeclaration().type)).filter((c) => auth.actor.role === 'admin' || auth.actor.categoryIds === null || auth.actor.categoryIds.includes(c.id));
    return sendAdminPage(
      reply,
      <AdminLayout env={env} title={env.t.newArticle}>
        <form method="post" action="/admin/articles" class="narrow-form">
          <CsrfField env={env} />
          <Field name="title" label={env.t.title} required maxLength={500} />
          <Select name="category" label={env.t.category} options={categories.map((c) => ({ value: String(c.id), label: c.name }))} />
          <button type="submit" class="button">
            {env.t.create}
          </button>
        </form>
      </AdminLayout>,
    );
  });

  app.post('/admin/articles', async (request, reply) => {
    const auth = await guard(ctx, request, 'article.create');
    try {
      const type = articleDeclaration().type;
      const content = await createDraft(db, auth.actor, type, { title: formValue(request.body, 'title'), body: '', categoryId: Number(formValue(request.body, 'category')) || 0 }, {
        ...meta(request),
        afterInsert: async (trx, id) => {
          await moduleOfType(type)?.afterCreate?.(trx, id, { name: auth.user.name });
        },
      });
      return reply.redirect(`/admin/articles/${content.id}?ok=created`, 303);
    } catch (error) {
      if (!(error instanceof WorkflowError)) throw error;
      const env = await adminEnv(ctx, request);
      return sendAdminPage(reply, <AdminLayout env={env} title={env.t.newArticle} error={error.messageIn(env.lang)}><p><a href="/admin/articles/new">{env.t.newArticle}</a></p></AdminLayout>, error.status);
    }
  });

  app.get<{ Params: { id: string }; Querystring: { ok?: string } }>('/admin/articles/:id', queryOf(['ok']), async (request, reply) => {
    const auth = await guard(ctx, request);
    const content = await getForActor(db, auth.actor, parseId(request.params.id));
    const env = await adminEnv(ctx, request);
    const flash = request.query.ok === 'created' ? env.t.createdOk : request.query.ok === 'saved' ? env.t.saved : request.query.ok === 'moved' ? env.t.movedOk(env.t.statuses[content.status]!) : undefined;
    return showEdit(request, reply, content, { flash });
  });

  app.post<{ Params: { id: string } }>('/admin/articles/:id', async (request, reply) => {
    const auth = await guard(ctx, request);
    const id = parseId(request.params.id);
    const body = request.body;
    const declaration = articleDeclaration();
    // a page without the declared inputs (an older form) leaves the stored fields alone
    const posted = declaration.fields.length > 0 && formValue(body, 'fieldsShown') === '1' ? postedFields(declaration, body) : undefined;
    try {
      let fields;
      if (posted) {
        fields = await validateFields(declaration, posted, 'form');
        await checkLinks(db, declaration, fields);
      }
      await saveContent(db, auth.actor, id, {
        title: formValue(body, 'title'),
        summary: formValue(body, 'summary'),
        body: formValue(body, 'body'),
        ...(formValue(body, 'category') ? { categoryId: Number(formValue(body, 'category')) || 0 } : {}),
        ...(fields ? { fields } : {}),
      }, { ...meta(request), baseRevision: Number(formValue(body, 'baseRevision')) || undefined });
      return reply.redirect(`/admin/articles/${id}?ok=saved`, 303);
    } catch (error) {
      const env = await adminEnv(ctx, request);
      if (error instanceof FieldsInvalid) {
        const errors: Record<string, string> = {};
        for (const p of error.problems) errors[p.field] = errors[p.field] ? `${errors[p.field]} ${p.message[env.lang]}` : p.message[env.lang];
        return showEdit(request, reply, await getForActor(db, auth.actor, id), { error: env.t.fieldsInvalid, status: 400, values: posted, errors });
      }
      if (!(error instanceof WorkflowError) || error.code === 'NOT_FOUND') throw error;
      return showEdit(request, reply, await getForActor(db, auth.actor, id), { error: error.messageIn(env.lang), status: error.status, ...(posted ? { values: posted } : {}) });
    }
  });

  app.post<{ Params: { id: string }; Body: { title?: unknown; summary?: unknown; body?: unknown; baseRevision?: unknown } }>('/admin/articles/:id/autosave', async (request, reply) => {
    const auth = await guard(ctx, request);
    const id = parseId(request.params.id);
    const b = request.body ?? {};
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    try {
      const saved = await saveContent(db, auth.actor, id, { title: str(b.title), summary: str(b.summary), body: str(b.body) }, {
        ...meta(request),
        note: 'autosave',
        baseRevision: typeof b.baseRevision === 'number' ? b.baseRevision : Number(b.baseRevision) || undefined,
      });
      return { revision: saved.revision, savedAt: saved.updated_at };
    } catch (error) {
      if (!(error instanceof WorkflowError)) throw error;
      return reply.code(error.status).send({ error: { code: error.code, message: error.messageIn((await adminEnv(ctx, request)).lang), messageVi: error.messageIn('vi') } });
    }
  });

  app.post<{ Params: { id: string; move: string } }>('/admin/articles/:id/move/:move', async (request, reply) => {
    const auth = await guard(ctx, request);
    const id = parseId(request.params.id);
    const move = request.params.move as Transition;
    if (!Object.hasOwn(transitions, move)) return reply.callNotFound();
    const body = request.body;
    const publishAtRaw = formValue(body, 'publishAt');
    try {
      await transition(db, auth.actor, id, move, {
        reason: formValue(body, 'reason') || undefined,
        kind: formValue(body, 'kind') || undefined,
        redirectTo: formValue(body, 'redirectTo') || undefined,
        publishAt: publishAtRaw ? (parseLocalInput(publishAtRaw)?.toISOString() ?? 'invalid') : undefined,
      }, meta(request));
      return reply.redirect(`/admin/articles/${id}?ok=moved`, 303);
    } catch (error) {
      if (!(error instanceof WorkflowError) || error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN') throw error;
      const env = await adminEnv(ctx, request);
      return showEdit(request, reply, await getForActor(db, auth.actor, id), { error: error.messageIn(env.lang), status: error.status });
    }
  });
}
