// Preview of any revision of any type exactly as the public would see it, through an unguessable
// link (/xem-truoc/<token>); never indexed, never cached. The type's module renders its own page
// (PortalModule.preview); a type without one shows its declared fields by their labels.
import type { FastifyInstance } from 'fastify';
import type { ContentTypeDeclaration, FieldDeclaration } from '../content-types/declaration.ts';
import { parseFields } from '../content-types/field-index.ts';
import { cellText, columnsOf, storedRows } from '../content-types/rows.ts';
import type { AppContext } from '../context.ts';
import type { Content } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { Layout } from '../html/Layout.tsx';
import type { PageEnv } from '../html/page-env.ts';
import { pageEnv, sendPage } from '../http/page.ts';
import { moduleOfType } from '../modules.ts';
import { formatDate, formatStamp } from '../text/datetime.ts';

function shown(field: FieldDeclaration, value: unknown, env: PageEnv): string {
  const one = (v: unknown): string => {
    if (field.kind === 'select') return field.options?.find((o) => o.value === v)?.label[env.lang] ?? String(v);
    if (field.kind === 'date' && typeof v === 'string') return formatDate(`${v}T12:00:00Z`);
    if (field.kind === 'dateTime' && typeof v === 'string') return formatStamp(v);
    if (field.kind === 'coordinates' && v && typeof v === 'object') return `${(v as { lat: number }).lat}, ${(v as { lng: number }).lng}`;
    if (typeof v === 'number') return v.toLocaleString(env.lang === 'vi' ? 'vi-VN' : 'en-GB');
    return String(v);
  };
  return (Array.isArray(value) ? value : [value]).map(one).join(', ');
}

/** A `rows` field as a table under its label: a column per declared column, a row per entry; on a phone each row stacks with its cells labelled. */
function RowsTable({ env, field, value }: { env: PageEnv; field: FieldDeclaration; value: unknown }) {
  const columns = columnsOf(field);
  const rows = storedRows(field, value);
  return (
    <section class="field-rows">
      <h2>{field.label[env.lang]}</h2>
      <table class="field-rows__table">
        <caption class="visually-hidden">{field.label[env.lang]}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col">{c.label[env.lang]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              {columns.map((c) => (
                <td data-label={c.label[env.lang]}>{cellText(c, row[c.name], env.lang)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A declared type's item without a page of its own: title, summary, fields by label (rows as tables), body. */
export function DeclaredItemPage({ env, declaration, item }: { env: PageEnv; declaration: ContentTypeDeclaration; item: Content }) {
  const values = parseFields(item.fields);
  const fields = declaration.fields.filter((f) => f.kind !== 'richText' && f.kind !== 'rows' && values[f.name] !== undefined);
  return (
    <Layout env={env} title={item.title}>
      <div class="container">
        <article class="article">
          <p class="article__category">{declaration.label[env.lang]}</p>
          <h1 class="article__title">{item.title}</h1>
          {item.summary && <p class="article__summary">{item.summary}</p>}
          {fields.length > 0 && (
            <dl class="facts">
              {fields.map((f) => (
                <>
                  <dt>{f.label[env.lang]}</dt>
                  <dd>{shown(f, values[f.name], env)}</dd>
                </>
              ))}
            </dl>
          )}
          {declaration.fields
            .filter((f) => f.kind === 'rows' && storedRows(f, values[f.name]).length > 0)
            .map((f) => (
              <RowsTable env={env} field={f} value={values[f.name]} />
            ))}
          {declaration.fields
            .filter((f) => f.kind === 'richText' && typeof values[f.name] === 'string')
            .map((f) => (
              <section>
                <h2>{f.label[env.lang]}</h2>
                <div class="article-body" dangerouslySetInnerHTML={{ __html: values[f.name] as string }} />
              </section>
            ))}
          {item.body && <div class="article-body" dangerouslySetInnerHTML={{ __html: item.body }} />}
        </article>
      </div>
    </Layout>
  );
}

export function registerPreview(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.db.kysely;
  app.get<{ Params: { token: string } }>('/xem-truoc/:token', async (request, reply) => {
    const token = request.params.token;
    if (!/^[\w-]{20,64}$/.test(token)) throw new AppError('NOT_FOUND');
    const row = await db
      .selectFrom('revisions')
      .innerJoin('content', 'content.id', 'revisions.content_id')
      .selectAll('content')
      .select(['revisions.title as r_title', 'revisions.summary as r_summary', 'revisions.body as r_body', 'revisions.category_id as r_category', 'revisions.fields as r_fields', 'revisions.created_at as r_at'])
      .where('revisions.preview_token', '=', token)
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND');
    const { r_title, r_summary, r_body, r_category, r_fields, r_at, ...content } = row;
    // the revision's text on the item's envelope; a draft shows the revision's time as its date
    const item = { ...content, title: r_title, summary: r_summary, body: r_body, category_id: r_category, fields: r_fields, published_at: content.published_at ?? r_at } as Content;
    const mod = moduleOfType(item.type);
    const env = await pageEnv(ctx, request);
    const page = mod?.preview ? await mod.preview(ctx, env, item) : mod?.declaration ? <DeclaredItemPage env={env} declaration={mod.declaration} item={item} /> : undefined;
    if (!page) throw new AppError('NOT_FOUND');
    reply.header('X-Robots-Tag', 'noindex, nofollow').header('Cache-Control', 'private, no-store').header('Referrer-Policy', 'no-referrer');
    return sendPage(reply, page);
  });
}
