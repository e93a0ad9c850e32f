// The API described as OpenAPI 3.1 at /api/v1/openapi.json (Circular 22/2023: data shared as
// documented web services). The common routes are written by hand next to the routes they
// describe; those of declared content types are generated from their declarations
// (fieldsJsonSchema). A test checks that every documented path answers and every API route is documented.
import type { FastifyInstance } from 'fastify';
import type { ContentTypeDeclaration } from '../content-types/declaration.ts';
import { fieldsJsonSchema } from '../content-types/validate.ts';
import { declaredTypes } from '../modules.ts';

const error = { $ref: '#/components/schemas/Error' };
const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), { description: { 400: 'Malformed parameters or body', 401: 'No or invalid API token', 403: 'Not allowed for this role or category', 404: 'Unknown id', 409: 'Illegal transition or edit conflict' }[c], content: { 'application/json': { schema: error } } }]));
const id = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const bearer = [{ bearer: [] }];
const ok = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });

const baseDocument = {
  openapi: '3.1.0',
  info: {
    title: 'congtin API',
    version: '1',
    description: 'Public read-only API of published content, and the admin API of the editorial workflow (Authorization: Bearer <token>; tokens are created with `npx congtin token create` or in the back office). Error messages come in English (message) and Vietnamese (messageVi).',
  },
  servers: [{ url: '/' }],
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Error: { type: 'object', properties: { error: { type: 'object', required: ['code', 'message', 'messageVi'], properties: { code: { type: 'string' }, message: { type: 'string' }, messageVi: { type: 'string' } } } } },
      ArticleSummary: { type: 'object', properties: { id: { type: 'integer' }, title: { type: 'string' }, url: { type: 'string', format: 'uri' }, category: { type: 'object', properties: { slug: { type: 'string' }, name: { type: 'string' } } }, summary: { type: 'string' }, publishedAt: { type: 'string', format: 'date-time' } } },
      Category: { type: 'object', properties: { id: { type: 'integer' }, slug: { type: 'string' }, name: { type: 'string' }, parentId: { type: ['integer', 'null'] } } },
      NewArticle: { type: 'object', required: ['title', 'body', 'category'], additionalProperties: false, properties: { title: { type: 'string', minLength: 3, maxLength: 500 }, summary: { type: 'string', maxLength: 2000 }, body: { type: 'string', description: 'HTML; sanitised on the server' }, category: { type: 'string', description: 'category slug' } } },
      ArticlePatch: { type: 'object', minProperties: 1, additionalProperties: false, properties: { title: { type: 'string' }, summary: { type: 'string' }, body: { type: 'string' }, category: { type: 'string' }, baseRevision: { type: 'integer', description: 'the revision the change is based on; 409 if someone saved since' } } },
      Move: { type: 'object', additionalProperties: false, properties: { reason: { type: 'string', description: 'required by return and unpublish' }, publishAt: { type: 'string', format: 'date-time', description: 'required by schedule; in the future' }, kind: { type: 'string', enum: ['error-gone', 'error-redirect', 'consolidated', 'withdrawn'], description: 'required by unpublish' }, redirectTo: { type: 'string', description: 'required by error-redirect and consolidated: a path on the portal or an https URL' } } },
      State: { type: 'object', properties: { id: { type: 'integer' }, status: { type: 'string', enum: ['draft', 'submitted', 'returned', 'approved', 'scheduled', 'published', 'withdrawn', 'removed'] }, revision: { type: 'integer' } } },
    },
  },
  paths: {
    '/api/v1/articles': { get: { summary: 'Published articles, newest first, 20 per page', parameters: [{ name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } }], responses: { 200: ok({ type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/ArticleSummary' } }, page: { type: 'integer' }, pageCount: { type: 'integer' }, total: { type: 'integer' } } }), ...errors(400, 404) } } },
    '/api/v1/articles/{id}': { get: { summary: 'One published article with its body', parameters: [id], responses: { 200: ok({ $ref: '#/components/schemas/ArticleSummary' }), ...errors(400, 404) } } },
    '/api/v1/search': {
      get: {
        summary: 'Search everything published (Vietnamese folding: "hoi nghi" finds "Hội nghị"; exact diacritics rank first; document numbers found whole)',
        parameters: [
          { name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: 200 } },
          { name: 'type', in: 'query', schema: { type: 'string' } },
          { name: 'language', in: 'query', schema: { type: 'string', enum: ['vi', 'en'] } },
          { name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
          { name: 'to', in: 'query', schema: { type: 'string', format: 'date' } },
          { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
        ],
        responses: { 200: ok({ type: 'object', properties: { items: { type: 'array', items: { type: 'object', properties: { type: { type: 'string' }, title: { type: 'string' }, url: { type: 'string' }, snippet: { type: 'string', description: 'HTML, matches in <mark>' }, publishedAt: { type: 'string', format: 'date-time' } } } }, total: { type: 'integer' }, page: { type: 'integer' } } }), ...errors(400) },
      },
    },
    '/api/v1/search/suggest': { get: { summary: 'Type-ahead: titles whose words start like the query', parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }], responses: { 200: ok({ type: 'object', properties: { items: { type: 'array', items: { type: 'object', properties: { title: { type: 'string' }, url: { type: 'string' } } } } } }) } } },
    '/api/v1/categories': { get: { summary: 'News categories', responses: { 200: ok({ type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Category' } } } }) } } },
    '/api/v1/admin/articles': {
      get: { summary: 'Articles the caller may see', security: bearer, parameters: [{ name: 'status', in: 'query', schema: { type: 'string' } }], responses: { 200: ok({ type: 'object' }), ...errors(401) } },
      post: { summary: 'Create a draft', security: bearer, requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/NewArticle' } } } }, responses: { 201: ok({ $ref: '#/components/schemas/State' }, 'Created'), ...errors(400, 401, 403) } },
    },
    '/api/v1/admin/articles/{id}': {
      get: { summary: 'An article as the editor sees it', security: bearer, parameters: [id], responses: { 200: ok({ type: 'object' }), ...errors(400, 401, 403, 404) } },
      patch: { summary: 'Edit an article', security: bearer, parameters: [id], requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/ArticlePatch' } } } }, responses: { 200: ok({ $ref: '#/components/schemas/State' }), ...errors(400, 401, 403, 404, 409) } },
    },
    '/api/v1/admin/articles/{id}/{move}': {
      post: {
        summary: 'Move an article through the workflow',
        description: 'submit: draft|returned → submitted; return (reason): submitted|approved|scheduled → returned; approve: submitted → approved (not by its author); publish: approved|scheduled → published; schedule (publishAt): approved → scheduled; unpublish (kind, reason, redirectTo): published → withdrawn|removed; publishNow: draft|submitted → published in one step, recorded as approve then publish (approvers and administrators; never one\'s own item except an administrator).',
        security: bearer,
        parameters: [id, { name: 'move', in: 'path', required: true, schema: { type: 'string', enum: ['submit', 'return', 'approve', 'publish', 'schedule', 'unpublish', 'publishNow'] } }],
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Move' } } } },
        responses: { 200: ok({ $ref: '#/components/schemas/State' }), ...errors(400, 401, 403, 404, 409) },
      },
    },
    '/api/v1/admin/articles/{id}/revisions': { get: { summary: 'Revisions, newest first, each with a preview link', security: bearer, parameters: [id], responses: { 200: ok({ type: 'object' }), ...errors(401, 403, 404) } } },
    '/api/v1/admin/audit': { get: { summary: 'The audit log (administrators)', security: bearer, parameters: [{ name: 'action', in: 'query', schema: { type: 'string' } }, { name: 'from', in: 'query', schema: { type: 'string', format: 'date' } }, { name: 'to', in: 'query', schema: { type: 'string', format: 'date' } }, { name: 'page', in: 'query', schema: { type: 'integer' } }], responses: { 200: ok({ type: 'object' }), ...errors(400, 401, 403) } } },
  },
} as const;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const schemaName = (d: ContentTypeDeclaration) => `Fields_${d.type.replace(/[^A-Za-z0-9_.-]/g, '_')}`;

/** Paths and schemas of the declared types: the generic admin API (one path, `type` among them) and each public API served by core. */
function contentTypePaths(publicTypes: readonly ContentTypeDeclaration[]) {
  const all = declaredTypes();
  const schemas: Record<string, unknown> = {};
  for (const d of all) schemas[schemaName(d)] = { ...fieldsJsonSchema(d), description: `Fields of ${d.label.en} (${d.type}); in a PATCH, null removes a value` };
  const fieldsOfAny = { oneOf: all.map((d) => ref(schemaName(d))), description: 'the fields of the type in the path (see Fields_<type>); unknown fields are refused' };
  const envelope = { title: { type: 'string', minLength: 3, maxLength: 500 }, summary: { type: 'string', maxLength: 2000 }, body: { type: 'string', description: 'HTML; sanitised on the server' }, category: { type: 'string', description: 'category slug (types with categories)' } };
  schemas.NewContent = { type: 'object', required: ['title'], additionalProperties: false, properties: { ...envelope, fields: fieldsOfAny } };
  schemas.ContentPatch = { type: 'object', minProperties: 1, additionalProperties: false, properties: { ...envelope, fields: fieldsOfAny, baseRevision: { type: 'integer', description: 'the revision the change is based on; 409 if someone saved since' } } };
  schemas.FieldsError = { type: 'object', properties: { error: { type: 'object', required: ['code', 'message', 'messageVi', 'fields'], properties: { code: { const: 'BAD_FIELDS' }, message: { type: 'string' }, messageVi: { type: 'string' }, fields: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' }, messageVi: { type: 'string' } } } } } } } };
  const type = { name: 'type', in: 'path', required: true, schema: { type: 'string', enum: all.map((d) => d.type) } };
  const badFields = { 400: { description: 'Malformed body, or field values refused (BAD_FIELDS names each field)', content: { 'application/json': { schema: { oneOf: [error, ref('FieldsError')] } } } } };
  const paths: Record<string, unknown> = {
    '/api/v1/admin/content/{type}': {
      get: { summary: 'Items of a declared type the caller may see, 25 per page', security: bearer, parameters: [type, ...['status', 'category', 'author', 'q'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })), { name: 'sort', in: 'query', schema: { type: 'string', enum: ['updated', 'published'] } }, { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } }], responses: { 200: ok({ type: 'object' }), ...errors(400, 401, 404) } },
      post: { summary: 'Create a draft of a declared type', security: bearer, parameters: [type], requestBody: { required: true, content: { 'application/json': { schema: ref('NewContent') } } }, responses: { 201: ok(ref('State'), 'Created'), ...errors(401, 403, 404), ...badFields } },
    },
    '/api/v1/admin/content/{type}/{id}': {
      get: { summary: 'An item as the editor sees it, with its fields', security: bearer, parameters: [type, id], responses: { 200: ok({ type: 'object' }), ...errors(400, 401, 403, 404) } },
      patch: { summary: 'Edit an item; `fields` keys replace the stored ones, null removes one', security: bearer, parameters: [type, id], requestBody: { required: true, content: { 'application/json': { schema: ref('ContentPatch') } } }, responses: { 200: ok(ref('State')), ...errors(401, 403, 404, 409), ...badFields } },
    },
    '/api/v1/admin/content/{type}/{id}/{move}': {
      post: { summary: 'Move an item through the workflow (as for articles)', security: bearer, parameters: [type, id, { name: 'move', in: 'path', required: true, schema: { type: 'string', enum: ['submit', 'return', 'approve', 'publish', 'schedule', 'unpublish', 'publishNow'] } }], requestBody: { content: { 'application/json': { schema: ref('Move') } } }, responses: { 200: ok(ref('State')), ...errors(400, 401, 403, 404, 409) } },
    },
    '/api/v1/admin/content/{type}/{id}/revisions': { get: { summary: 'Revisions with their fields, newest first', security: bearer, parameters: [type, id], responses: { 200: ok({ type: 'object' }), ...errors(401, 403, 404) } } },
  };
  for (const d of publicTypes) {
    const item = { type: 'object', properties: { id: { type: 'integer' }, title: { type: 'string' }, url: { type: 'string', format: 'uri' }, category: { type: ['object', 'null'], properties: { slug: { type: 'string' }, name: { type: 'string' } } }, summary: { type: 'string' }, publishedAt: { type: 'string', format: 'date-time' }, fields: ref(schemaName(d)) } };
    paths[`/api/v1/${d.api}`] = { get: { summary: `Published ${d.plural.en.toLowerCase()}, newest first, 20 per page`, parameters: [{ name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } }], responses: { 200: ok({ type: 'object', properties: { items: { type: 'array', items: item }, page: { type: 'integer' }, pageCount: { type: 'integer' }, total: { type: 'integer' } } }), ...errors(400, 404) } } };
    paths[`/api/v1/${d.api}/{id}`] = { get: { summary: `One published ${d.label.en.toLowerCase()} with its body`, parameters: [id], responses: { 200: ok({ ...item, properties: { ...item.properties, body: { type: 'string' }, updatedAt: { type: 'string', format: 'date-time' } } }), ...errors(400, 404) } } };
  }
  return { paths, schemas };
}

/** The whole document: the common routes and those of the declared types (publicTypes: the public APIs core serves). */
export function openApiDocument(publicTypes: readonly ContentTypeDeclaration[]) {
  const generated = contentTypePaths(publicTypes);
  return { ...baseDocument, components: { ...baseDocument.components, schemas: { ...baseDocument.components.schemas, ...generated.schemas } }, paths: { ...baseDocument.paths, ...generated.paths } };
}

export function registerOpenApi(app: FastifyInstance, publicTypes: readonly ContentTypeDeclaration[]): void {
  const document = openApiDocument(publicTypes);
  app.get('/api/v1/openapi.json', async (_request, reply) => reply.header('Cache-Control', 'public, max-age=300').send(document));
}
